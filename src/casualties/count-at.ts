/**
 * Reads a count of people at a token: a number with its bounds, a vague amount, or "a"/"an"
 * before a singular noun; never an age, a year, a price, a percentage or a label.
 *
 * @module
 */
import type { Count } from "../model.js";
import { mayStartCount, readCount } from "../numbers/read-count.js";
import { readNumber } from "../numbers/read-number.js";
import { AGE_BEFORE, ESTIMATE_BOUNDS, NOT_COUNT_AFTER, NOT_COUNT_BEFORE, PARENT_NOUNS, YEAR_BEFORE } from "../lexicon/casualty-cues.js";
import { kindAt, textAt, tokenAtOrAfter, type TokenView } from "./token-view.js";

/** A count read at a token. */
export interface CountAt {
  /** The bounds. */
  readonly count: Count;
  /** Offset of the first character (bound words included). */
  readonly start: number;
  /** Offset just past the count. */
  readonly endOffset: number;
  /** Index of the first token after the count. */
  readonly end: number;
  /** True for vague amounts ("dozens", "several"). */
  readonly vague: boolean;
}

/** "a number of": as many as "several". */
const A_NUMBER_OF: Count = { min: 3, max: 9, approximate: true };

/** Largest count we believe a text states about people; bigger numbers are money or measures. */
const MAX_PEOPLE = 100_000_000;

/**
 * The count of people that starts at token `i`, or undefined. `a`/`an` count as one only before
 * a noun for people; the caller checks that.
 */
export function countAt(view: TokenView, i: number): CountAt | undefined {
  const word = view.lower[i];
  if (i < 0 || i >= view.tokens.length || !word || !(mayStartCount(word) || word === "both")) return undefined;
  if (NOT_COUNT_BEFORE.has(view.lower[i - 1] ?? "")) return undefined;
  // "a father of 3": the number counts the parent's children.
  if (view.lower[i - 1] === "of" && PARENT_NOUNS.has(view.lower[i - 2] ?? "")) return undefined;
  // "Jan. 19", "No. 5": the word before is abbreviated.
  if (view.lower[i - 1] === "." && NOT_COUNT_BEFORE.has(view.lower[i - 2] ?? "") && view.tokens.end(i - 2) === view.tokens.start(i - 1)) return undefined;
  const start = view.tokens.start(i);
  const reading = readCount(view.text, start);
  // "four-year-old", "13-month-old", "his 12- and 10-year-old sons": a number joined to a word modifies it
  // (a range, "12-15", was read whole).
  if (reading && view.text[reading.end] === "-" && !/\p{Nd}/u.test(view.text[reading.end + 1] ?? "")) return undefined;
  if (reading) {
    const end = tokenAtOrAfter(view, reading.end, i + 1);
    if (!isCountOfPeople(view, reading.count, reading.numberStart, end, i)) return undefined;
    return { count: estimated(view.text, start, reading.count), start, endOffset: reading.end, end, vague: reading.vague };
  }
  // "a number of insurgents": a vague amount, read as "several" is.
  if (word === "a" && view.lower[i + 1] === "number" && view.lower[i + 2] === "of") {
    return { count: A_NUMBER_OF, start, endOffset: view.tokens.end(i + 1), end: i + 2, vague: true };
  }
  if (word === "a" || word === "an") return { count: { min: 1, max: 1 }, start, endOffset: view.tokens.end(i), end: i + 1, vague: false };
  // "both men were killed", "both of the girls were hurt".
  if (word === "both") {
    const end = view.lower[i + 1] === "of" ? i + 2 : i + 1;
    return { count: { min: 2, max: 2 }, start, endOffset: view.tokens.end(end - 1), end, vague: false };
  }
  return undefined;
}

/**
 * "as many as five", "up to 19": in a toll, the figure reported, hedged (`{ min: 5, max: 5,
 * approximate: true }`), as "about five" is; read alone, the phrase keeps only its ceiling.
 */
function estimated(text: string, start: number, count: Count): Count {
  if (count.min !== 0 || count.max === undefined || count.approximate) return count;
  const lower = text.slice(start, start + 11).toLowerCase();
  return ESTIMATE_BOUNDS.some((bound) => lower.startsWith(bound)) ? { min: count.max, max: count.max, approximate: true } : count;
}

/** Rejects what reads as a number but is not a count of people. */
function isCountOfPeople(view: TokenView, count: Count, numberStart: number, end: number, first: number): boolean {
  const top = count.max ?? count.min;
  if (top <= 0 || top > MAX_PEOPLE || !Number.isInteger(count.min)) return false;
  const next = view.lower[end] ?? "";
  if (NOT_COUNT_AFTER.has(next)) return false;
  // "a 12-year-old" is an age; "12-15" was read as a range already.
  if (next === "-" && /^year/u.test(view.lower[end + 1] ?? "")) return false;
  if (/^(?:year|month|week|day)s?$/u.test(next) && /^olds?$/u.test(view.lower[end + 1] ?? "")) return false;
  if (/^(?:year|month|week|day)s?-old$/u.test(next)) return false;
  // "John Smith, 25, of Springfield": an age after a name.
  // "Tom Baker Jr., 21 of Springfield": the name may end on an abbreviation's dot.
  const named = view.lower[first - 2] === "." ? first - 3 : first - 2;
  if (view.lower[first - 1] === "," && (next === "," || next === "of") && /^\p{Lu}/u.test(textAt(view, named) ?? "")) return false;
  // "between the ages of 21 and 58", "ages 12 to 16": the upper age of a range.
  if (isAgeRangeEnd(view, first)) return false;
  // "3 of 11" under a photo: a gallery counter, either number.
  if (next === "of" && kindAt(view, end + 1) === "number") return false;
  if (view.lower[first - 1] === "of" && kindAt(view, first - 2) === "number") return false;
  if (view.text[numberStart - 1] === "$" || view.text[numberStart - 1] === "£" || view.text[numberStart - 1] === "€") return false;
  const isYearLike = count.max === count.min && count.min >= 1900 && count.min <= 2100 && !view.text.slice(numberStart, numberStart + 5).includes(",");
  if (isYearLike && (YEAR_BEFORE.has(view.lower[first - 1] ?? "") || next === "," || first === 0)) return false;
  // "Sept. 15, 2015 shooting": the year of a date written day first.
  if (isYearLike && view.lower[first - 1] === "," && kindAt(view, first - 2) === "number") return false;
  // "Image 3 of 33 Seven people were shot": a number glued to the next count is a label.
  if (startsNumber(view, end)) return false;
  return true;
}

/** True when a number in digits or words (not "a"/"an") starts at token `k`. */
function startsNumber(view: TokenView, k: number): boolean {
  if (k < 0 || k >= view.tokens.length) return false;
  if (view.tokens.kind(k) === "number") return true;
  const word = view.lower[k]!;
  return word !== "a" && word !== "an" && mayStartCount(word) && readNumber(view.text, view.tokens.start(k)) !== undefined;
}

/** True when the number at `first` ends a range of ages: "ages 12 and 16", "between the ages of 21 and 58". */
function isAgeRangeEnd(view: TokenView, first: number): boolean {
  const joiner = view.lower[first - 1] ?? "";
  if ((joiner !== "and" && joiner !== "to") || kindAt(view, first - 2) !== "number") return false;
  const before = view.lower[first - 3] ?? "";
  return AGE_BEFORE.has(before) || (before === "of" && AGE_BEFORE.has(view.lower[first - 4] ?? ""));
}
