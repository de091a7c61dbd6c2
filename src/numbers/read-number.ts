/**
 * Reads a number written in digits or words: "1,718", "3.5", "forty-four", "a dozen",
 * "two hundred", "1.2 million". Shared by the dates and casualties facets.
 *
 * A character scanner, not a regular expression: every loop is bounded by a fixed number of
 * digits or words, so a call costs O(1) whatever the input (a megabyte of digits included).
 *
 * @module
 */
import { isAsciiDigit, isAsciiLetter } from "../text/chars.js";
import { lowerCase } from "../text/tokens.js";
import { MULTIPLIER_WORDS, ONE_ARTICLES, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from "../lexicon/numbers.js";

/** A number read from the text. @group Numbers */
export interface NumberReading {
  /** The value. */
  readonly value: number;
  /** Offset just past the number's last character. */
  readonly end: number;
}

/** Longest run of digits we read as one number; a longer run is an identifier, not a count. */
const MAX_DIGITS = 15;
/** Longest number word we look at ("seventeen" is nine letters). */
const MAX_WORD = 12;
/** Most words one number spans ("one hundred and twenty-three thousand four hundred and five"). */
const MAX_WORDS = 12;

/**
 * Reads the number that starts exactly at `from` in `text`: digits with thousands separators
 * and a decimal part, number words, or digits with a scale word. A number glued to a letter or
 * a digit on either side ("12th", "B52") is not read.
 *
 * @param text - The text.
 * @param from - Where the number must start.
 * @returns The value and the offset just past the number, or undefined when none starts at `from`.
 *
 * @example
 * ```ts
 * readNumber("forty-four days ago", 0); // { value: 44, end: 10 }
 * readNumber("killed 1,718 people", 7); // { value: 1718, end: 12 }
 * readNumber("a dozen people", 0);      // { value: 12, end: 7 }
 * ```
 *
 * @group Numbers
 */
export function readNumber(text: string, from: number): NumberReading | undefined {
  if (from < 0 || from >= text.length || (from > 0 && isAlphanumeric(text.charCodeAt(from - 1)))) return undefined;
  return isAsciiDigit(text.charCodeAt(from)) ? readDigits(text, from) : readWords(text, from);
}

/** Digits, "1,718" separators, a ".5" decimal part, and an optional scale word ("1.2 million"). */
function readDigits(text: string, from: number): NumberReading | undefined {
  let end = skipDigits(text, from);
  if (end - from > MAX_DIGITS) return undefined;
  // Thousands separators only in groups of exactly three, and only after at most three digits.
  if (end - from <= 3) {
    let groups = 0;
    while (text[end] === "," && groups < 5) {
      const next = skipDigits(text, end + 1);
      if (next - (end + 1) !== 3) break;
      end = next;
      groups++;
    }
  }
  if (text[end] === "." && isAsciiDigit(text.charCodeAt(end + 1))) {
    const next = skipDigits(text, end + 1);
    if (next - (end + 1) > MAX_DIGITS) return undefined;
    end = next;
  }
  if (isAlphanumeric(text.charCodeAt(end))) return undefined;
  const value = Number(text.slice(from, end).replaceAll(",", ""));
  if (!Number.isFinite(value)) return undefined;
  const scaled = readScaleAfter(text, end);
  // Rounded to a millionth: 4.1 × 1,000,000 is 4099999.9999999995 in floating point, and "more than 4.1 million" is 4,100,001 or more.
  return scaled ? { value: Math.round(value * scaled.value * 1e6) / 1e6, end: scaled.end } : { value, end };
}

/** A scale or multiplier word after digits: "1.2 million", "3 dozen". */
function readScaleAfter(text: string, end: number): NumberReading | undefined {
  if (text[end] !== " ") return undefined;
  const word = wordAt(text, end + 1);
  if (!word) return undefined;
  const scale = SCALE_WORDS.get(word.lower) ?? MULTIPLIER_WORDS.get(word.lower);
  return scale === undefined ? undefined : { value: scale, end: word.end };
}

/** What the last word read was: it decides which words may follow. */
type Last = "start" | "half" | "article" | "unit" | "teen" | "tens" | "multiplier" | "scale" | "and";

/**
 * Number words: "forty-four", "twenty four", "one hundred and twenty", "two dozen",
 * "a hundred", "three thousand five hundred", "half a dozen". Stops at the first word that
 * cannot continue the number, and never ends on "half", "a" or "and".
 */
function readWords(text: string, from: number): NumberReading | undefined {
  let total = 0; // closed groups of thousands, millions...
  let group = 0; // the group being read, below a thousand
  let last: Last = "start";
  let end = from; // end of the last word that completes a number
  let value: number | undefined;
  let at = from;
  let hyphen = false;
  for (let n = 0; n < MAX_WORDS; n++) {
    const word = wordAt(text, at);
    const next: Step | undefined = word && accept(word.lower, last, group);
    // "twenty-first" is an ordinal, not twenty followed by a word.
    if (!word || !next) return hyphen ? undefined : value === undefined ? undefined : { value, end };
    last = next.last;
    if (next.closesGroup) {
      total += group * next.value;
      group = 0;
    } else if (next.multiplies) {
      group = (group || 1) * next.value;
    } else {
      group += next.value;
    }
    if (last !== "half" && last !== "article" && last !== "and") {
      end = word.end;
      value = total + group;
    }
    // Words are separated by one space, or a hyphen between tens and units ("forty-four").
    const gap = text[word.end];
    hyphen = gap === "-" && last === "tens";
    if (gap === " " || hyphen) at = word.end + 1;
    else break;
  }
  return value === undefined ? undefined : { value, end };
}

/** How a word continues the number being read. */
interface Step {
  readonly last: Last;
  readonly value: number;
  readonly multiplies?: boolean;
  readonly closesGroup?: boolean;
}

/** The step `word` makes after `last`, or undefined when it cannot continue the number. */
function accept(word: string, last: Last, group: number): Step | undefined {
  const unit = UNIT_WORDS.get(word);
  if (unit !== undefined) {
    if (last === "start" || last === "multiplier" || last === "scale" || last === "and") {
      // "one" before a multiplier is also an article ("one hundred"): same value either way.
      return { last: unit >= 10 ? "teen" : "unit", value: unit };
    }
    if (last === "tens" && unit >= 1 && unit <= 9) return { last: "unit", value: unit };
    return undefined;
  }
  const tens = TENS_WORDS.get(word);
  if (tens !== undefined) {
    return last === "start" || last === "multiplier" || last === "scale" || last === "and" ? { last: "tens", value: tens } : undefined;
  }
  const multiplier = MULTIPLIER_WORDS.get(word);
  if (multiplier !== undefined) {
    // "hundred" takes a count below a hundred before it; "dozen" also stands alone.
    if (last === "start" && multiplier === 12) return { last: "multiplier", value: 12, multiplies: true };
    if ((last === "article" || last === "unit" || last === "teen" || last === "tens") && group < 100) {
      return { last: "multiplier", value: multiplier, multiplies: true };
    }
    return undefined;
  }
  const scale = SCALE_WORDS.get(word);
  if (scale !== undefined) {
    if (last === "article") return { last: "scale", value: scale, closesGroup: true };
    return last === "unit" || last === "teen" || last === "tens" || last === "multiplier" ? { last: "scale", value: scale, closesGroup: true } : undefined;
  }
  // "half a dozen", "half a million": a half only before an article, which a multiplier must follow.
  if (word === "half" && last === "start") return { last: "half", value: 0.5, multiplies: true };
  if (ONE_ARTICLES.has(word) && (last === "start" || (last === "half" && word !== "one"))) return { last: "article", value: 1, multiplies: true };
  // "one hundred and twenty", "two thousand and five": "and" only after a multiplier or scale.
  if (word === "and" && (last === "multiplier" || last === "scale")) return { last: "and", value: 0 };
  return undefined;
}

/** The lower-cased run of ASCII letters starting at `at`, when it is a whole word of bounded length. */
function wordAt(text: string, at: number): { lower: string; end: number } | undefined {
  let end = at;
  while (end < text.length && end - at <= MAX_WORD && isAsciiLetter(text.charCodeAt(end))) end++;
  if (end === at || end - at > MAX_WORD || isAsciiDigit(text.charCodeAt(end))) return undefined;
  // ASCII letters only: lowerCase gives toLowerCase's string, the slice itself when it is lower case already.
  return { lower: lowerCase(text.slice(at, end)), end };
}

/** Offset just past the digits starting at `at`, looking at no more than one digit past the limit. */
function skipDigits(text: string, at: number): number {
  let end = at;
  while (end < text.length && end - at <= MAX_DIGITS && isAsciiDigit(text.charCodeAt(end))) end++;
  return end;
}

function isAlphanumeric(code: number): boolean {
  return isAsciiDigit(code) || isAsciiLetter(code) || (code > 0xbf && /[\p{L}\p{Nd}]/u.test(String.fromCharCode(code)));
}
