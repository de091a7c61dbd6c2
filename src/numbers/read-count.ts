/**
 * Reads a count with its bounds: "at least 12", "more than a dozen", "between 10 and 15",
 * "about 1,200", "dozens". A count is what a toll states, so "more than 12" is 13 or more.
 *
 * @module
 */
import type { Count } from "../model.js";
import { BOUND_PHRASES, ONE_ARTICLES, TENS_WORDS, UNIT_WORDS, VAGUE_AMOUNTS, type BoundKind } from "../lexicon/numbers.js";
import { checkText } from "../options.js";
import { readNumber } from "./read-number.js";
import { isLowerAt } from "../text/chars.js";
import { lowerCase } from "../text/tokens.js";

/** A count read from the text. @group Numbers */
export interface CountReading {
  /** The bounds. */
  readonly count: Count;
  /** Offset of the number itself, after any bound words ("12" in "at least 12"). */
  readonly numberStart: number;
  /** Offset just past the count's last character. */
  readonly end: number;
  /** True when the count is a vague amount ("dozens", "several"), not a number. */
  readonly vague: boolean;
}

/** Phrases by their first word, longest first, so "a couple of" is tried before "a couple". */
type PhraseTable<T> = ReadonlyMap<string, readonly (readonly [string, T])[]>;

/* @__NO_SIDE_EFFECTS__ */
function byFirstWord<T>(phrases: ReadonlyMap<string, T>): PhraseTable<T> {
  const table = new Map<string, [string, T][]>();
  for (const [phrase, value] of phrases) {
    const first = phrase.split(" ")[0]!;
    table.set(first, [...(table.get(first) ?? []), [phrase, value]]);
  }
  for (const list of table.values()) list.sort((a, b) => b[0].length - a[0].length);
  return table;
}

const BOUNDS = byFirstWord(BOUND_PHRASES);
const VAGUE = byFirstWord(VAGUE_AMOUNTS);
/** Longest first word of a bound or vague phrase ("approximately"). */
const MAX_FIRST_WORD = 16;

/**
 * Reads the count that starts exactly at `from`: optional bound words, then a number, a range
 * ("10 to 15", "between 10 and 15", "10-15") or a vague amount.
 *
 * @param text - The text.
 * @param from - Where the count must start.
 * @returns The count, where its number starts and where it ends; undefined when none starts at `from`.
 *
 * @example
 * ```ts
 * readCount("at least 12 people", 0); // { count: { min: 12 }, numberStart: 9, end: 11, vague: false }
 * ```
 *
 * @group Numbers
 */
export function readCount(text: string, from: number): CountReading | undefined {
  if (from < 0 || from >= text.length) return undefined;
  const between = readBetween(text, from);
  if (between) return between;
  const bound = matchPhrase(text, from, BOUNDS, true);
  const at = bound ? bound.end + 1 : from;
  const kind: BoundKind = bound?.value ?? "exact";
  const vague = matchPhrase(text, at, VAGUE, false);
  if (vague && !bound) {
    const { min, max } = vague.value;
    return { count: { min, ...(max !== undefined ? { max } : {}), approximate: true }, numberStart: at, end: vague.end, vague: true };
  }
  const first = readNumber(text, at);
  if (!first) return undefined;
  const second = kind === "exact" ? readRangeEnd(text, first.end, first.value) : undefined;
  if (second) return { count: { min: first.value, max: second.value }, numberStart: at, end: second.end, vague: false };
  return { count: bounded(kind, first.value), numberStart: at, end: first.end, vague: false };
}

/**
 * Parses a phrase that is a count and nothing else.
 *
 * @param phrase - A count such as "at least 12", "more than a dozen", "10 to 15" or "about 1,200".
 * @returns The count's bounds, or undefined when the phrase is not a count.
 * @throws TypeError when `phrase` is not a string.
 *
 * @example
 * ```ts
 * parseCount("at least 12");       // { min: 12 }
 * parseCount("more than a dozen"); // { min: 13 }
 * parseCount("between 10 and 15"); // { min: 10, max: 15 }
 * parseCount("about 40");          // { min: 40, max: 40, approximate: true }
 * parseCount("12 drones");         // undefined
 * ```
 *
 * @group Casualties
 */
export function parseCount(phrase: string): Count | undefined {
  checkText("parseCount", phrase, "phrase");
  const start = phrase.length - phrase.trimStart().length;
  const end = phrase.trimEnd().length;
  if (end <= start) return undefined;
  const reading = readCount(phrase.slice(0, end), start);
  return reading && reading.end === end ? reading.count : undefined;
}

/**
 * The count a bound word and a number give. A switch, not ts-pattern's match(): this runs once
 * per count read, and the `never` default keeps it exhaustive.
 */
// Where only an upper bound is stated ("up to 12"), the lower bound is 0: the text does not give one.
function bounded(kind: BoundKind, n: number): Count {
  switch (kind) {
    case "exact":
      return { min: n, max: n };
    case "min":
      return { min: n };
    case "above":
      return { min: Math.floor(n) + 1 };
    case "max":
      return { min: 0, max: n };
    case "below":
      return { min: 0, max: Math.max(0, Math.ceil(n) - 1) };
    case "nearly":
      return { min: 0, max: n, approximate: true };
    case "approximate":
      return { min: n, max: n, approximate: true };
    default: {
      const unhandled: never = kind;
      return unhandled;
    }
  }
}

/** "between 10 and 15". */
function readBetween(text: string, from: number): CountReading | undefined {
  if (!startsWithWord(text, from, "between")) return undefined;
  const first = readNumber(text, from + 8);
  if (!first || !startsWithWord(text, first.end, " and")) return undefined;
  const second = readNumber(text, first.end + 5);
  if (!second || second.value <= first.value) return undefined;
  return { count: { min: first.value, max: second.value }, numberStart: from + 8, end: second.end, vague: false };
}

/** The upper end of a range after a number: " to 15", " or 15", "-15", "–15", " - 15". */
function readRangeEnd(text: string, end: number, low: number): { value: number; end: number } | undefined {
  let at = end;
  if (text[at] === " ") at++;
  const c = text[at];
  if (c === "-" || c === "–") at++;
  else if (startsWithWord(text, at, "to") || startsWithWord(text, at, "or")) at += 2;
  else return undefined;
  if (text[at] === " ") at++;
  const high = readNumber(text, at);
  return high && high.value > low ? high : undefined;
}

/** The longest phrase of `phrases` at `at`, case-insensitive, followed by a space (or, unless `spaced`, by any non-word character). */
function matchPhrase<T>(text: string, at: number, phrases: PhraseTable<T>, spaced: boolean): { value: T; end: number } | undefined {
  let wordEnd = at;
  while (wordEnd < text.length && wordEnd - at <= MAX_FIRST_WORD && isLetter(text.charCodeAt(wordEnd))) wordEnd++;
  const candidates = wordEnd > at ? phrases.get(lowerCase(text.slice(at, wordEnd))) : undefined;
  if (!candidates) return undefined;
  for (const [phrase, value] of candidates) {
    const end = at + phrase.length;
    const next = text[end];
    const boundary = spaced ? next === " " : !/[\p{L}\p{Nd}]/u.test(next ?? "");
    if (boundary && isLowerAt(text, at, phrase)) return { value, end };
  }
  return undefined;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True when `word` is at `at` (case-insensitive) and is not followed by a letter. */
function startsWithWord(text: string, at: number, word: string): boolean {
  return isLowerAt(text, at, word) && !/[\p{L}\p{Nd}]/u.test(text[at + word.length] ?? "");
}

const COUNT_STARTS: ReadonlySet<string> = countStarts();

// A builder so that bundlers can drop the table when counts are not read (a top-level spread is kept).
/* @__NO_SIDE_EFFECTS__ */
function countStarts(): ReadonlySet<string> {
  return new Set([
    ...[...BOUND_PHRASES.keys(), ...VAGUE_AMOUNTS.keys()].map((phrase) => phrase.split(" ")[0]!),
    ...UNIT_WORDS.keys(),
    ...TENS_WORDS.keys(),
    ...ONE_ARTICLES,
    "between",
    "dozen",
    "half",
  ]);
}

/**
 * True when a count may start with `word` (lower case): a digit, a number word (a tokenizer's one
 * token "twenty-one" too), a bound word or a vague amount. A cheap filter before {@link readCount}.
 *
 * @param word - A token, lower case.
 * @returns Whether {@link readCount} can succeed at that token.
 *
 * @example
 * ```ts
 * mayStartCount("twelve"); // true
 * mayStartCount("twenty-one"); // true
 * mayStartCount("drones"); // false
 * ```
 *
 * @group Numbers
 */
export function mayStartCount(word: string): boolean {
  const c = word.charCodeAt(0);
  if ((c >= 48 && c <= 57) || COUNT_STARTS.has(word)) return true;
  const dash = word.indexOf("-");
  return dash > 0 && TENS_WORDS.has(word.slice(0, dash));
}
