/**
 * The words a temporal phrase can start with, so the scanner runs the grammar only where a
 * phrase may begin: a Set lookup per token instead of every matcher at every token.
 *
 * @module
 */
import {
  AD_WORDS,
  APPROXIMATORS,
  CURRENT_WORDS,
  DATE_MODIFIERS,
  DECADE_WORDS,
  CLAUSE_REFERENCE_WORDS,
  DETERMINED_REFERENCE_WORDS,
  FOLLOWING_WORDS,
  FREQUENCY_DETERMINERS,
  FREQUENCY_WORDS,
  HOLIDAYS,
  MONTH_WORDS,
  ORDINAL_TENS,
  ORDINAL_WORDS,
  PART_OF_DAY_WORDS,
  PREVIOUS_WORDS,
  RATE_DETERMINERS,
  RECURRING_DAY_WORDS,
  REFERENCE_WORDS,
  SEASON_WORDS,
  UNIT_WORDS,
  WEEKDAY_WORDS,
} from "../lexicon/dates.js";
import type { TokenList } from "../text/tokens.js";
import { WordTable } from "../text/word-table.js";
import { isPossessive, word, type TokenView } from "./token-view.js";

/** Words that open phrases beyond the lexicon tables: edges, days, quarters; counts come by their unit (units, parts of day, decades and eras come from their tables). */
const OPENERS = [
  "latest", "final", "yearend", "same", "corresponding", "comparable", "near", "short", "distant", "these", "weekend", "weekend's", "week-end", "fy", "period", "h1", "h2",
  "fiscal", "calendar", "today", "tomorrow", "yesterday", "tonight's", "yesterday's", "tomorrow's", "midnight", "q1", "q2", "q3", "q4", "'", "’", "recent", "midmorning", "midafternoon",
];

/** Function words that open a phrase only when a trigger follows ("the third quarter", "that quarter"). */
const DETERMINERS: ReadonlySet<string> = new Set(["the", "that", "this", "a", "an"]);

let triggers: ReadonlySet<string> | undefined;

// Built on first use, so importing the package stays free of side effects.
function triggerWords(): ReadonlySet<string> {
  if (triggers) return triggers;
  const words = new Set<string>(OPENERS);
  const tables: Iterable<string>[] = [
    MONTH_WORDS.keys(), WEEKDAY_WORDS.keys(), UNIT_WORDS.keys(), ORDINAL_WORDS.keys(), ORDINAL_TENS.keys(),
    SEASON_WORDS.keys(), PART_OF_DAY_WORDS.keys(), REFERENCE_WORDS.keys(), CLAUSE_REFERENCE_WORDS.keys(), DETERMINED_REFERENCE_WORDS.keys(),
    FREQUENCY_WORDS.keys(), FREQUENCY_DETERMINERS, RECURRING_DAY_WORDS.keys(), DATE_MODIFIERS.keys(), PREVIOUS_WORDS, FOLLOWING_WORDS,
    CURRENT_WORDS, DECADE_WORDS.keys(), AD_WORDS, HOLIDAYS.map((h) => h.words[0] ?? ""),
  ];
  for (const table of tables) for (const w of table) words.add(w);
  triggers = words;
  return words;
}

/** How far before its unit a count may start ("three and a half years"). */
const COUNT_REACH = 4;

/** Token classes, as bit flags, computed once per document so the scan reads a byte per token. */
const OPENER = 1;
const UNIT = 2;
const NUMBER = 4;
const DETERMINER = 8;
const GATED = 16;
const NOT_COUNT = 32;
const PUNCT = 64;
/** A unit within {@link COUNT_REACH} tokens on, sentences aside: without it no number word can open a count, and most words have none. */
const UNIT_NEAR = 128;

/** The classes of the words and of the punctuation marks met so far, by id ({@link rememberedClasses}). */
export interface SeenClasses {
  readonly words: (number | undefined)[];
  readonly marks: (number | undefined)[];
}

/**
 * The class of each token (see the flags above), from `lower` (the lower-cased token texts):
 * one pass of Set lookups per document, so {@link mayStartPhrase} reads bytes, not strings;
 * `seen` keeps the classes of the words met for the next documents (none for one phrase).
 */
export function classifyTokens(tokens: TokenList, lower: readonly string[], seen?: SeenClasses): Uint8Array {
  const classes = new Uint8Array(lower.length);
  const known = wordClasses();
  const words = seen?.words ?? [];
  const marks = seen?.marks ?? [];
  for (let i = 0; i < lower.length; i++) {
    const kind = i < tokens.length ? tokens.kind(i) : undefined;
    const c = kind === "number" ? NUMBER
      : kind === "punct" ? (marks[tokens.id(i)] ??= known.get(lower[i]!) ?? PUNCT)
      : kind === "word" ? (words[tokens.id(i)] ??= wordClass(lower[i]!, known))
      : wordClass(lower[i]!, known);
    classes[i] = c;
    if (c & UNIT) markUnitNear(classes, i);
  }
  return classes;
}

/** Marks the tokens a count before the unit at `i` may start at (units are rare: a few tokens each). */
function markUnitNear(classes: Uint8Array, i: number): void {
  for (let k = Math.max(0, i - COUNT_REACH); k <= i; k++) classes[k]! |= UNIT_NEAR;
}

/** The class of a word token from its lower-cased text: the tables' flags and its shape's. */
function wordClass(w: string, known: ReadonlyMap<string, number>): number {
  return (known.get(w) ?? 0) | shapeClass(w, known);
}

/** The class of every word met so far, by word id: most words of a text recur, so one array read replaces a lookup and a look at its shape. */
const seenWords = /* @__PURE__ */ new WordTable<number>();

/** The class of every punctuation mark met so far, by its id (a mark's class is not a word's: a table of its own). */
const seenMarks = /* @__PURE__ */ new WordTable<number>();

/**
 * The classes met so far for the words of `tokens`' vocabulary, for {@link classifyTokens}.
 * Documents only: a phrase given to `resolveDate` is read once, and its bundle leaves the tables out.
 */
export function rememberedClasses(tokens: TokenList): SeenClasses {
  return { words: seenWords.of(tokens), marks: seenMarks.of(tokens) };
}

/** The classes a word takes from its shape: a hyphen, an "fy" prefix, a possessive of a trigger. */
function shapeClass(w: string, known: ReadonlyMap<string, number>): number {
  // Character codes, not string methods: this runs at every word of every document.
  if (w.indexOf("-") >= 0) return OPENER | UNIT;
  if (w.charCodeAt(0) === 102 && w.charCodeAt(1) === 121) return OPENER; // "fy"
  const n = w.length;
  const apostrophe = w.charCodeAt(n - 2);
  if (n >= 2 && w.charCodeAt(n - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019)) {
    return (known.get(w.slice(0, -2)) ?? 0) & (OPENER | UNIT); // "'s", "’s"
  }
  return 0;
}

let classesByWord: ReadonlyMap<string, number> | undefined;

// One Map lookup per token instead of a lookup per word list; built on first use.
function wordClasses(): ReadonlyMap<string, number> {
  if (classesByWord) return classesByWord;
  const map = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number): void => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | flag);
  };
  add(triggerWords(), OPENER);
  add(UNIT_WORDS.keys(), UNIT);
  add(DETERMINERS, DETERMINER);
  add(APPROXIMATORS.keys(), DETERMINER);
  add(GATED_OPENERS.keys(), GATED);
  add(MINUTE_WORDS, GATED);
  add(NOT_COUNTS, NOT_COUNT);
  classesByWord = map;
  return map;
}

/** True when a temporal phrase may start at token `i`; `classes` is {@link classifyTokens} of the document. */
export function mayStartPhrase(view: TokenView, i: number, classes: Uint8Array): boolean {
  if (i >= view.to) return false;
  const c = classes[i] ?? 0;
  // Most words are of no class: no opener, no unit near (see isTrigger).
  if (c === 0) return false;
  // Function words open a phrase only before a word that can: "the third quarter", "about two years".
  // Two in a row, an approximator and an article: "nearly an hour", "barely a month".
  if (c & DETERMINER) return isTrigger(view, (classes[i + 1] ?? 0) & DETERMINER ? i + 2 : i + 1, classes);
  if (c & GATED) {
    const gate = GATED_OPENERS.get(word(view, i));
    if (gate) return gate.has(word(view, i + 1));
    // A minute word opens a spoken time before "past", "to" or "o'clock", and counts as any number word.
    if (MINUTE_NEXT.has(word(view, i + 1))) return true;
  }
  return isTrigger(view, i, classes);
}

/** Openers that are common words, with the words that must follow them ("at least", "end of"). */
const GATED_OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["at", new Set(["least", "most"])],
  ["more", new Set(["than"])],
  ["less", new Set(["than"])],
  ["end", new Set(["of"])],
  ["start", new Set(["of"])],
  ["close", new Set(["of"])],
  ["beginning", new Set(["of"])],
  ["once", RATE_DETERMINERS],
  ["twice", RATE_DETERMINERS],
  ["thrice", RATE_DETERMINERS],
  ["middle", new Set(["of"])],
]);

/** Words the minutes of a spoken time open with ("half past three", "ten to six"): gated by {@link MINUTE_NEXT}. */
const MINUTE_WORDS = [
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
  "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "half",
];

/** What follows the minutes of a spoken time, or its hour ("three o'clock"). */
const MINUTE_NEXT: ReadonlySet<string> = new Set(["past", "to", "minutes", "o'clock", "o’clock"]);

/** Words that never start a count, so a unit after them does not make them triggers. */
const NOT_COUNTS: ReadonlySet<string> = new Set([
  "the", "a", "an", "in", "to", "of", "and", "or", "with", "for", "on", "at", "by", "from", "that", "this",
  "had", "has", "have", "was", "were", "is", "are", "be", "been", "it", "its", "his", "her", "their", "after", "before",
]);

function isTrigger(view: TokenView, i: number, classes: Uint8Array): boolean {
  if (i >= view.to) return false;
  const c = classes[i] ?? 0;
  if (c & (NUMBER | OPENER)) return true;
  if (c & (PUNCT | NOT_COUNT) || !(c & UNIT_NEAR)) return false;
  // A number word ("forty-four", "a dozen") counts only when a unit follows closely.
  const last = Math.min(view.to - 1, i + COUNT_REACH);
  for (let k = i; k <= last; k++) if ((classes[k] ?? 0) & UNIT) return true;
  return false;
}

/** True when `w` is a word some phrase starts with (not merely a possible number word before a unit). */
export function isOpenerWord(w: string): boolean {
  return triggerWords().has(w) || DETERMINERS.has(w) || APPROXIMATORS.has(w) || GATED_OPENERS.has(w) || w.includes("-") || w.startsWith("fy") || isPossessive(w);
}
