/**
 * Readers for the pieces date phrases are made of: counts, ordinals, days of the month, years
 * and clock times. Each reads at a token index and returns the value and the index just past it.
 *
 * @module
 */
import { AD_WORDS, BC_WORDS, CITY_ZONE_WORDS, MERIDIEM_WORDS, US_ZONE_WORDS, ZONE_WORDS, PART_OF_DAY_WORDS, WEEKDAY_WORDS, ORDINAL_SUFFIXES, ORDINAL_TENS, ORDINAL_WORDS, VAGUE_COUNT_WORDS, ARTICLE_ONE } from "../lexicon/dates.js";
import { MULTIPLIER_WORDS, ONE_ARTICLES, SCALE_WORDS, TENS_WORDS, UNIT_WORDS as NUMBER_UNIT_WORDS } from "../lexicon/numbers.js";
import { readNumber } from "../numbers/read-number.js";
import type { ClockTime } from "./spec.js";
import { isAllCaps, kindAt, touchesPrevious, word, type TokenView } from "./token-view.js";

/** A value read at a token index, with the index just past it. */
export interface Read<T> {
  /** What was read. */
  readonly value: T;
  /** Index of the first token after it. */
  readonly end: number;
}

/** A count of units: a number, or `"X"` when the text leaves it open ("several"). */
export type Count = number | "X";

/** The token index just past character offset `end`, when `end` falls on a token boundary. */
function tokenEndingAt(view: TokenView, i: number, end: number): number | undefined {
  for (let j = i; j < view.to && j < i + 8; j++) {
    const tokenEnd = view.tokens.end(j);
    if (tokenEnd === end) return j + 1;
    if (tokenEnd > end) return undefined;
  }
  return undefined;
}

/** Reads a number with the shared reader ("44", "forty-four", "a dozen"), on token boundaries; each index once per view. */
export function readNumberAt(view: TokenView, i: number): Read<number> | undefined {
  if (i < view.from || i >= view.to) return undefined;
  const memo = (view.numbers ??= new Array<Read<number> | null | undefined>(view.to - view.from));
  const known = memo[i - view.from];
  if (known !== undefined) return known ?? undefined;
  const read = readNumberOnce(view, i);
  memo[i - view.from] = read ?? null;
  return read;
}

function readNumberOnce(view: TokenView, i: number): Read<number> | undefined {
  const kind = kindAt(view, i);
  if (kind === undefined || (kind === "word" && !opensNumberWords(view.lower[i]!))) return undefined;
  // Documents read plain digits by hand (plain-digits.ts); null asks the shared reader.
  const plain = kind === "number" && view.plainDigits ? view.plainDigits(view, i) : null;
  if (plain !== null) return plain;
  const reading = readNumber(view.text, view.tokens.start(i));
  if (!reading || !Number.isFinite(reading.value)) return undefined;
  const end = tokenEndingAt(view, i, reading.end);
  return end === undefined ? undefined : { value: reading.value, end };
}

let numberFirstWords: ReadonlySet<string> | undefined;

/**
 * False when the shared reader cannot read a number from the word `w` (lower-cased): it reads
 * words only from a first run of ASCII letters that its lexicons list, and the scanner asks at
 * most words of a sentence, so a Set lookup saves the reader's slicing and lower-casing.
 */
function opensNumberWords(w: string): boolean {
  numberFirstWords ??= new Set([...NUMBER_UNIT_WORDS.keys(), ...TENS_WORDS.keys(), ...MULTIPLIER_WORDS.keys(), ...SCALE_WORDS.keys(), ...ONE_ARTICLES]);
  let n = 0;
  while (n < w.length && w.charCodeAt(n) >= 97 && w.charCodeAt(n) <= 122) n++;
  return numberFirstWords.has(n === w.length ? w : w.slice(0, n));
}

/**
 * False when no reader here can read a count, an ordinal, a day of the month or a spoken year
 * from a token that is the word `w` (lower-cased): the grammar's opener table (grammar/openers.ts)
 * skips the matchers that start with such a reading. True is only "maybe". A hyphenated number
 * or ordinal ("forty-four", "twenty-fourth") opens with a tens word, which {@link opensNumberWords} knows.
 */
export function mayReadNumberWord(w: string): boolean {
  return opensNumberWords(w) || ORDINAL_WORDS.has(w) || ORDINAL_TENS.has(w) || ARTICLE_ONE.has(w) || VAGUE_COUNT_WORDS.has(w) || w === "half";
}

/** The value of `s` when it is `min` to `max` ASCII digits ("05" is 5), else -1: a regex test costs more. */
export function digitsValue(s: string, min: number, max: number): number {
  if (s.length < min || s.length > max) return -1;
  let value = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/** Reads a count before a unit: a number, "a"/"an", or a vague word ("several", "a few"). */
export function readCount(view: TokenView, i: number): Read<Count> | undefined {
  const w = word(view, i);
  // "half an hour", "half a day".
  if (w === "half" && (word(view, i + 1) === "an" || word(view, i + 1) === "a")) return { value: 0.5, end: i + 2 };
  if (w === "a" || w === "an") {
    const next = word(view, i + 1);
    // "a quarter of a century", "a quarter of an hour".
    if (next === "quarter" && word(view, i + 2) === "of" && ARTICLE_ONE.has(word(view, i + 3))) return { value: 0.25, end: i + 4 };
    if (next === "few" || next === "couple") return { value: next === "few" ? "X" : 2, end: next === "couple" && word(view, i + 2) === "of" ? i + 3 : i + 2 };
  }
  const number = readNumberAt(view, i);
  if (number) return withHalf(view, number);
  if (ARTICLE_ONE.has(w)) return withHalf(view, { value: 1, end: i + 1 });
  if (VAGUE_COUNT_WORDS.has(w)) return { value: "X", end: i + 1 };
  return undefined;
}

// "three and a half years", "2 1/2 years": the half is part of the count.
function withHalf(view: TokenView, count: Read<number>): Read<Count> {
  const j = count.end;
  if (word(view, j) === "and" && word(view, j + 1) === "a" && word(view, j + 2) === "half") return { value: count.value + 0.5, end: j + 3 };
  if (word(view, j) === "1" && word(view, j + 1) === "/" && word(view, j + 2) === "2" && touchesPrevious(view, j + 1) && touchesPrevious(view, j + 2)) {
    return { value: count.value + 0.5, end: j + 3 };
  }
  return count;
}

/** Reads an ordinal: "3rd", "third", "twenty-fourth", "twenty fourth". */
export function readOrdinal(view: TokenView, i: number): Read<number> | undefined {
  const kind = kindAt(view, i);
  if (kind === undefined) return undefined;
  const w = word(view, i);
  const digits = kind === "number" ? digitsValue(w, 1, 2) : -1;
  if (digits >= 0 && ORDINAL_SUFFIXES.has(word(view, i + 1)) && touchesPrevious(view, i + 1)) return { value: digits, end: i + 2 };
  // The tables below are of words: no digits ("2024" is read here at every year).
  if (kind === "number") return undefined;
  const single = ORDINAL_WORDS.get(w);
  if (single !== undefined) return { value: single, end: i + 1 };
  const hyphen = w.indexOf("-");
  if (hyphen > 0) {
    const tens = ORDINAL_TENS.get(w.slice(0, hyphen));
    const unit = ORDINAL_WORDS.get(w.slice(hyphen + 1));
    if (tens !== undefined && unit !== undefined && unit < 10) return { value: tens + unit, end: i + 1 };
  }
  const tens = ORDINAL_TENS.get(w);
  // The next word is read only after a tens word: this runs wherever a day of the month may start.
  const unit = tens === undefined ? undefined : ORDINAL_WORDS.get(word(view, i + 1));
  if (tens !== undefined && unit !== undefined && unit < 10) return { value: tens + unit, end: i + 2 };
  return undefined;
}

/** Reads a day of the month: "5", "05", "5th", "fifth", "twenty-fourth". */
export function readDayOfMonth(view: TokenView, i: number): Read<number> | undefined {
  const kind = kindAt(view, i);
  if (kind === undefined) return undefined;
  const ordinal = readOrdinal(view, i);
  if (ordinal) return ordinal.value >= 1 && ordinal.value <= 31 ? ordinal : undefined;
  const value = kind === "number" ? digitsValue(view.tokens.text(i), 1, 2) : -1;
  return value >= 1 && value <= 31 ? { value, end: i + 1 } : undefined;
}

/** Reads a year written in four digits (1000–2199), or as "'98" (a document passes over a numbered thing, "Resolution 1441": not-years.ts). */
export function readYear(view: TokenView, i: number): Read<number> | undefined {
  const kind = kindAt(view, i);
  if (kind === undefined) return undefined;
  const text = view.tokens.text(i);
  if (kind === "number") {
    // 1000–2199.
    const value = digitsValue(text, 4, 4);
    return value >= 1000 && value < 2200 ? { value, end: i + 1 } : undefined;
  }
  if ((text === "'" || text === "’") && touchesPrevious(view, i + 1)) {
    const value = kindAt(view, i + 1) === "number" ? digitsValue(view.tokens.text(i + 1), 2, 2) : -1;
    if (value >= 0) return { value: twoDigitYear(value), end: i + 2 };
  }
  return kind === "word" ? readSpokenYear(view, i) : undefined;
}

/**
 * A year with its era mark: "480 BC" (the astronomical year -479, as 1 BC is year 0), "AD 476"
 * and "476 AD" (476). A mark counts only in capitals ("BC", "A.D."); "an ad" or "bc" is a word.
 */
export function readEpochYear(view: TokenView, i: number): Read<number> | undefined {
  const kind = kindAt(view, i);
  if (kind === "word" && AD_WORDS.has(word(view, i)) && isAllCaps(view, i)) {
    const year = yearDigits(view, i + 1);
    return year !== undefined ? { value: year, end: i + 2 } : undefined;
  }
  const year = kind === "number" ? yearDigits(view, i) : undefined;
  if (year === undefined) return undefined;
  const mark = word(view, i + 1);
  if (BC_WORDS.has(mark) && isAllCaps(view, i + 1)) return { value: 1 - year, end: i + 2 };
  return AD_WORDS.has(mark) && isAllCaps(view, i + 1) ? { value: year, end: i + 2 } : undefined;
}

/** The value of a number token of one to four digits without a leading zero, as a year. */
function yearDigits(view: TokenView, i: number): number | undefined {
  if (kindAt(view, i) !== "number") return undefined;
  const text = view.tokens.text(i);
  if (text.length > 4 || text.charCodeAt(0) === 48) return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** A year said in words, as broadcast transcripts write it: "nineteen ninety-four" is 1994. */
export function readSpokenYear(view: TokenView, i: number): Read<number> | undefined {
  if (kindAt(view, i) !== "word") return undefined;
  const century = readNumberAt(view, i);
  if (!century || century.value < 11 || century.value > 20 || century.end !== i + 1) return undefined;
  const rest = readNumberAt(view, century.end);
  if (!rest || rest.value < 10 || rest.value > 99 || kindAt(view, century.end) !== "word") return undefined;
  return { value: century.value * 100 + rest.value, end: rest.end };
}

/** Reads a two-digit year after a day and month ("3 Feb 82"). */
export function readShortYear(view: TokenView, i: number): Read<number> | undefined {
  const value = kindAt(view, i) === "number" ? digitsValue(view.tokens.text(i), 2, 2) : -1;
  if (value >= 0) return { value: twoDigitYear(value), end: i + 1 };
  return readYear(view, i);
}

/** The year a two-digit one names: 00–49 this century, 50–99 the last ("'98", "FY99"). */
export function twoDigitYear(n: number): number {
  return n < 50 ? 2000 + n : 1900 + n;
}



const DAY_BEFORE_AT: ReadonlySet<string> = new Set([
  ...PART_OF_DAY_WORDS.keys(), ...WEEKDAY_WORDS.keys(), "today", "tomorrow", "yesterday",
]);



/** Reads a clock time: "6:15 am", "8pm", "2 PM", "17:00 GMT", "0315 GMT", "at 9a" (after "at"). */
export function readClock(view: TokenView, i: number): Read<ClockTime> | undefined {
  if (kindAt(view, i) !== "number") return undefined;
  const text = view.tokens.text(i);
  // "6:15", "0315" (00:00–23:59) or a bare hour "6".
  // "10.30am", "2.15 pm": British clocks write a point, read as a clock only before am/pm.
  const colonAt = text.indexOf(":");
  const at = colonAt < 0 && MERIDIEM_WORDS.has(word(view, i + 1)) ? text.indexOf(".") : colonAt;
  const colon = at > 0 && digitsValue(text.slice(0, at), 1, 2) >= 0 && digitsValue(text.slice(at + 1), 2, 2) >= 0;
  const digits = at < 0 ? digitsValue(text, 1, 4) : -1;
  const compact = text.length === 4 && digits >= 0 && Math.floor(digits / 100) <= 23 && digits % 100 <= 59;
  const bare = text.length <= 2 && digits >= 0 ? digits : undefined;
  let hour: number;
  let minute: number | undefined;
  if (colon) [hour, minute] = [digitsValue(text.slice(0, at), 1, 2), digitsValue(text.slice(at + 1), 2, 2)];
  else if (compact) [hour, minute] = [Math.floor(digits / 100), digits % 100];
  else if (bare !== undefined) hour = bare;
  else return undefined;
  if (hour > 24 || (minute ?? 0) > 59) return undefined;
  let end = i + 1;
  let meridiem = MERIDIEM_WORDS.get(word(view, end));
  // "9a", "5p" only glued to the number after "at": alone they are too ambiguous.
  if (!meridiem && touchesPrevious(view, end) && word(view, i - 1) === "at" && (word(view, end) === "a" || word(view, end) === "p")) {
    meridiem = word(view, end) === "a" ? "am" : "pm";
  }
  const oclock = !colon && !compact && (word(view, end) === "o'clock" || word(view, end) === "o’clock");
  if (oclock) end += 1;
  if (!meridiem && oclock) meridiem = MERIDIEM_WORDS.get(word(view, end));
  if (meridiem) {
    end += 1;
    if (hour > 12 || hour === 0) return undefined;
    hour = meridiem === "pm" ? (hour % 12) + 12 : hour % 12;
  }
  const city = word(view, end + 1) === "time" ? CITY_ZONE_WORDS.get(word(view, end)) : undefined;
  const zone = ZONE_WORDS.get(word(view, end)) ?? city;
  if (zone) end += city ? 2 : 1;
  // US zone names are kept in the extent; their offset changes with daylight saving, so it is left out.
  else if (US_ZONE_WORDS.has(word(view, end))) end += 1;
  else if (word(view, end) === "local" && word(view, end + 1) === "time") end += 2;
  // "4 in the morning", "eleven at night", "3 o'clock in the afternoon": the part of the day sets the half of the clock.
  // Only after a preposition of time or "o'clock": "killed 3 in the morning raid" counts people.
  const half = !colon && !compact && !meridiem && bare !== undefined && bare >= 1 && bare <= 12 && (oclock || CLOCK_PREPOSITIONS.has(word(view, i - 1))) ? dayHalfAfter(view, end) : undefined;
  if (half) return { value: { hour: half.pm ? (hour % 12) + 12 : hour % 12 }, end: half.end };
  if (oclock && !meridiem) return { value: { hour }, end };
  // "this evening at 11", "Monday at 9": after a day or a part of day, "at" and a bare hour make a clock time.
  if (!colon && !meridiem && !zone && bare !== undefined && bare <= 12 && word(view, i - 1) === "at" && DAY_BEFORE_AT.has(word(view, i - 2))) {
    return { value: { hour }, end };
  }
  // A bare number is a clock time only with a meridiem or a zone ("at 5" is left alone).
  if (!colon && !meridiem && !zone) return compact && word(view, end) === "hours" ? { value: { hour, minute: minute ?? 0 }, end: end + 1 } : undefined;
  // "2:18" alone after a word that leads to no time is a length or a verse ("Video (2:18)", "Ephesians 5:11").
  if (!meridiem && end === i + 1 && i > view.from && !CLOCK_PREPOSITIONS.has(word(view, i - 1)) && !DAY_BEFORE_AT.has(word(view, i - 1)) && !dayHalfAfter(view, end)) return undefined;
  return { value: { hour: hour % 24, ...(minute !== undefined ? { minute } : {}), ...(zone ? { zone } : {}) }, end };
}

/** Prepositions before a bare hour that make it a clock time when a part of the day follows ("at 4 in the morning"). */
const CLOCK_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "by", "before", "after", "until", "till", "around", "about", "from", "to", "since", "and", "-", "–", "through", "between", "approximately", "roughly", "almost", "nearly", "just", "or"]);

/** The half of the day "in the morning", "in the afternoon", "in the evening" or "at night" at `i` puts a bare hour in. */
export function dayHalfAfter(view: TokenView, i: number): { pm: boolean; end: number } | undefined {
  const first = word(view, i);
  if (first === "at" && word(view, i + 1) === "night") return { pm: true, end: i + 2 };
  if (first !== "in" || word(view, i + 1) !== "the") return undefined;
  const part = word(view, i + 2);
  if (part === "morning") return { pm: false, end: i + 3 };
  return part === "afternoon" || part === "evening" ? { pm: true, end: i + 3 } : undefined;
}

/** The end of "1941–42", "2012/2013" after the first year ends at `end`: the next year written after a dash or slash, else `end`. */
export function nextYearEnd(view: TokenView, year: number, end: number): number {
  const dash = word(view, end);
  if ((dash !== "–" && dash !== "-" && dash !== "/") || kindAt(view, end + 1) !== "number") return end;
  const next = view.tokens.text(end + 1);
  const n = Number(next);
  const following = year + 1;
  return (next.length === 2 && n === following % 100) || (next.length === 4 && n === following) ? end + 2 : end;
}
