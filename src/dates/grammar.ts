/**
 * The date grammar: small matchers, each reading one family of temporal phrases at a token
 * index ("July 2024", "last week", "44 days ago", "three-day", "daily", "6:15 am") into a
 * {@link Reading}. Every matcher looks at a bounded number of tokens, so a scan is linear.
 *
 * @module
 */
import {
  AMBIGUOUS_MONTH_WORDS,
  ANAPHORIC_SHIFT_WORDS,
  DECADE_WORDS,
  COUNT_FILLERS,
  HOLIDAYS,
  BACKWARD_WORDS,
  CURRENT_WORDS,
  DETERMINED_REFERENCE_PHRASES,
  DETERMINED_REFERENCE_WORDS,
  FOLLOWING_WORDS,
  FORWARD_WORDS,
  FREQUENCY_DETERMINERS,
  FREQUENCY_WORDS,
  MONTH_WORDS,
  ORDINAL_WORDS,
  PART_OF_DAY_WORDS,
  PREVIOUS_WORDS,
  REFERENCE_WORDS,
  SEASON_WORDS,
  UNIT_WORDS,
  WEEKDAY_WORDS,
  type TimeUnit,
} from "../lexicon/dates.js";
import { readNumber } from "../numbers/read-number.js";
import { readClock, readCount, readDayOfMonth, readNumberAt, readOrdinal, readShortYear, readYear, type Count } from "./read-parts.js";
import type { DateSpec, Placement, Reading } from "./spec.js";
import { isCapitalized, tokenAt, touchesPrevious, word, type TokenView } from "./token-view.js";

/** A phrase a matcher read: the reading and the token index just past it. */
export interface Match {
  /** Index of the first token after the phrase. */
  readonly end: number;
  /** What the phrase means. */
  readonly reading: Reading;
}

/** Reads one family of phrases starting exactly at token `i`. */
export type Matcher = (view: TokenView, i: number) => Match | undefined;

const date = (spec: DateSpec, end: number, extra: Partial<Reading> = {}): Match => ({ end, reading: { spec, type: "DATE", ...extra } });
const fixed = (value: string, type: Reading["type"], end: number): Match => ({ end, reading: { spec: { kind: "fixed", value }, type } });

/** The word without a possessive "'s". */
function withoutPossessive(w: string): string {
  return w.endsWith("'s") || w.endsWith("’s") ? w.slice(0, -2) : w;
}

/** The unit a word names, reading "year's" as "year". */
export function unitOf(w: string): TimeUnit | undefined {
  return UNIT_WORDS.get(withoutPossessive(w));
}

/** The shift a word like "last", "next", "this" gives: -1, 1, 0, or undefined. */
function shiftOf(w: string): -1 | 0 | 1 | undefined {
  if (PREVIOUS_WORDS.has(w) || w === "latest") return -1;
  if (FOLLOWING_WORDS.has(w)) return 1;
  if (CURRENT_WORDS.has(w)) return 0;
  return undefined;
}

function placementOf(shift: -1 | 0 | 1 | undefined): Placement {
  return shift === undefined ? "tense" : shift === -1 ? "previous" : shift === 1 ? "next" : "current";
}

/** Month word at `i`, when capitalized (or the phrase is all in capitals). */
function monthAt(view: TokenView, i: number, attached = false): number | undefined {
  const w = withoutPossessive(word(view, i));
  const month = MONTH_WORDS.get(w);
  // Lower case is fine for an unambiguous full name ("in february"), or with a day or year beside it ("march 3").
  return month !== undefined && (isCapitalized(view, i) || attached || (w.length > 3 && !AMBIGUOUS_MONTH_WORDS.has(w))) ? month : undefined;
}

/** Skips the dot of an abbreviation written apart by the tokenizer ("Sept." is "Sept" + "."). */
function afterAbbreviationDot(view: TokenView, i: number): number {
  return word(view, i) === "." && touchesPrevious(view, i) && word(view, i - 1).length <= 4 ? i + 1 : i;
}

// ---------------------------------------------------------------- calendar dates

/** "Sept. 2, 1945", "May 9", "July 2024", "10 August 2012", "Friday 8 August", "Oct/2". */
export const matchCalendarDate: Matcher = (view, i) => {
  const weekday = WEEKDAY_WORDS.get(word(view, i));
  if (weekday !== undefined && isCapitalized(view, i)) {
    let j = afterAbbreviationDot(view, i + 1);
    if (word(view, j) === ",") j += 1;
    const rest = monthLed(view, j) ?? dayLed(view, j);
    return rest && rest.reading.spec.kind === "date" && rest.reading.spec.day !== undefined ? rest : undefined;
  }
  const shift = shiftOf(word(view, i));
  if (shift !== undefined && shift !== 0 && monthAt(view, i + 1) !== undefined) {
    const rest = monthLed(view, i + 1, placementOf(shift));
    return rest;
  }
  return monthLed(view, i) ?? dayLed(view, i);
};

function monthLed(view: TokenView, i: number, placement: Placement = "tense"): Match | undefined {
  const month = monthAt(view, i, hasDayOrYearAfter(view, i));
  if (month === undefined) return undefined;
  let j = afterAbbreviationDot(view, i + 1);
  if (word(view, j) === "/" && touchesPrevious(view, j)) {
    const day = readDayOfMonth(view, j + 1);
    return day && touchesPrevious(view, j + 1) ? date({ kind: "date", month, day: day.value, placement }, day.end) : undefined;
  }
  // "March the 3rd".
  const day = readDayOfMonth(view, j) ?? (word(view, j) === "the" ? readOrdinal(view, j + 1) : undefined);
  // "May 9 million" is a count, not a date.
  if (day && !UNIT_WORDS.has(word(view, day.end)) && word(view, day.end) !== "%") {
    let k = day.end;
    if (word(view, k) === ",") k += 1;
    const year = readYear(view, k);
    if (year) return date({ kind: "date", year: year.value, month, day: day.value, placement }, year.end);
    const yearShift = shiftOf(word(view, k));
    if (yearShift !== undefined && unitOf(word(view, k + 1)) === "year" && !word(view, k + 1).endsWith("s")) {
      return date({ kind: "date", month, day: day.value, placement, yearShift }, k + 2);
    }
    return date({ kind: "date", month, day: day.value, placement }, day.end);
  }
  if (word(view, j) === "," || word(view, j) === "of") j += 1;
  const year = readYear(view, j);
  if (year) return date({ kind: "date", year: year.value, month, placement }, year.end);
  const yearShift = shiftOf(word(view, j));
  if (yearShift !== undefined && unitOf(word(view, j + 1)) === "year" && !word(view, j + 1).endsWith("s")) {
    // "October this year", "July last year": the month of the named year.
    return date({ kind: "date", month, placement, yearShift }, j + 2);
  }
  const w = word(view, i);
  if (AMBIGUOUS_MONTH_WORDS.has(w) && !(w === "may" && monthContext(view, i)) && !(w === "march" && monthContext(view, i))) {
    return undefined;
  }
  return date({ kind: "date", month, placement }, i + 1);
}

const MONTH_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  "in", "since", "until", "till", "by", "of", "from", "to", "through", "during", "before", "after",
  "early", "late", "mid", "last", "next", "this", "-", "and", "or", "between", "end", "beginning", "late-", "mid-", "the", "that",
]);

// "May" and "March" alone are months only after a preposition or modifier ("in May").
function monthContext(view: TokenView, i: number): boolean {
  return MONTH_CONTEXT_WORDS.has(word(view, i - 1));
}

/** True when a day or a year follows the month word at `i` ("march 3", "may 2024"). */
function hasDayOrYearAfter(view: TokenView, i: number): boolean {
  const j = afterAbbreviationDot(view, i + 1);
  const k = word(view, j) === "the" || word(view, j) === "," ? j + 1 : j;
  return readDayOfMonth(view, k) !== undefined || readYear(view, k) !== undefined;
}

function dayLed(view: TokenView, i: number): Match | undefined {
  const day = readDayOfMonth(view, i);
  if (!day) return undefined;
  let j = day.end;
  if (word(view, j) === "of") j += 1;
  const month = monthAt(view, j, true);
  if (month === undefined) return undefined;
  let k = afterAbbreviationDot(view, j + 1);
  if (word(view, k) === ",") k += 1;
  const year = readShortYear(view, k);
  return year
    ? date({ kind: "date", year: year.value, month, day: day.value, placement: "tense" }, year.end)
    : date({ kind: "date", month, day: day.value, placement: "tense" }, j + 1);
}

const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "by", "from", "to", "until", "till", "through", "before", "after", "since"]);

/** "15.02.2013": day, month and year with dots, as one number token. */
function dottedDate(view: TokenView, i: number): Match | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(tokenAt(view, i)?.text ?? "");
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? date({ kind: "date", year, month, day, placement: "tense" }, i + 1) : undefined;
}

/** "2024-07-04", "2015-12", "2/2013", "11/02/1989", "2015/03/04", "15.02.2013". */
export const matchNumericDate: Matcher = (view, i) => {
  const dotted = dottedDate(view, i);
  if (dotted) return dotted;
  const parts: string[] = [];
  const seps: string[] = [];
  let j = i;
  while (parts.length < 3) {
    const t = tokenAt(view, j);
    if (t?.kind !== "number" || !/^\d{1,4}$/u.test(t.text) || (parts.length > 0 && !touchesPrevious(view, j))) break;
    parts.push(t.text);
    const sep = word(view, j + 1);
    if ((sep !== "-" && sep !== "/") || !touchesPrevious(view, j + 1) || parts.length === 3) {
      j += 1;
      break;
    }
    seps.push(sep);
    j += 2;
  }
  if (parts.length < 2 || (seps[0] !== undefined && seps[1] !== undefined && seps[0] !== seps[1])) return undefined;
  const n = parts.map(Number);
  const [a, b, c] = [n[0]!, n[1]!, n[2]];
  const [la, lb] = [parts[0]!.length, parts[1]!.length];
  if (la === 4 && lb <= 2 && (seps[0] === "-" || (seps[0] === "/" && c !== undefined))) {
    if (b < 1 || b > 12) return undefined;
    if (c === undefined) return date({ kind: "date", year: a, month: b, placement: "tense" }, j);
    if (parts[2]!.length !== 2 || c < 1 || c > 31) return undefined;
    const spec: DateSpec = { kind: "date", year: a, month: b, day: c, placement: "tense" };
    // ISO 8601 with a time: "2012-08-10T12:00:00" is tokenized "10", "T12", ":", "00:00".
    const hour = /^t(\d{2})$/u.exec(word(view, j));
    const rest = /^(\d{2})(?::\d{2})?$/u.exec(tokenAt(view, j + 2)?.text ?? "");
    if (hour && rest && touchesPrevious(view, j) && word(view, j + 1) === ":" && touchesPrevious(view, j + 1) && touchesPrevious(view, j + 2)) {
      return { end: j + 3, reading: { spec, type: "TIME", clock: { hour: Number(hour[1]) % 24, minute: Number(rest[1]) } } };
    }
    return date(spec, j);
  }
  if (seps[0] !== "/" || la > 2) return undefined;
  if (c === undefined) {
    if (lb === 4 && a >= 1 && a <= 12) return date({ kind: "date", year: b, month: a, placement: "tense" }, j);
    // "on 12/25": month and day, only after a preposition of time (a bare "3/4" is a fraction).
    if (lb <= 2 && a >= 1 && a <= 12 && b >= 1 && b <= 31 && DATE_PREPOSITIONS.has(word(view, i - 1))) {
      return date({ kind: "date", month: a, day: b, placement: "tense" }, j);
    }
    return undefined;
  }
  const lc = parts[2]!.length;
  if (lb > 2 || (lc !== 2 && lc !== 4) || a < 1 || a > 12 || b < 1 || b > 31) return undefined;
  return date({ kind: "date", year: lc === 2 ? (c < 50 ? 2000 + c : 1900 + c) : c, month: a, day: b, placement: "tense" }, j);
};

// ---------------------------------------------------------------- weekdays and days

/** "Thursday", "last Friday", "next Monday", "Thursday night", "Tuesday of last week". */
export const matchWeekday: Matcher = (view, i) => {
  // "this week's Friday", "next week Monday": a weekday of the named week.
  const leadShift = shiftOf(word(view, i));
  const leadWeek = leadShift !== undefined && (word(view, i + 1) === "week" || word(view, i + 1) === "week's");
  const named = leadWeek ? WEEKDAY_WORDS.get(word(view, i + 2)) : undefined;
  if (named !== undefined && word(view, i + 2).length >= 6) {
    return date({ kind: "weekday", weekday: named, placement: "current", weekShift: leadShift ?? 0 }, i + 3);
  }
  let j = i;
  const shift = shiftOf(word(view, i));
  if (shift !== undefined) j += 1;
  const weekday = WEEKDAY_WORDS.get(withoutPossessive(word(view, j)));
  // Full names only ("Wed" is a word too); lower case is fine for them ("this friday").
  if (weekday === undefined || word(view, j).length < 6) return undefined;
  const placement = placementOf(shift);
  let end = j + 1;
  let weekShift: number | undefined;
  // "Tuesday of last week", "Tuesday next week".
  const ofAt = word(view, end) === "of" ? end + 1 : end;
  if (shift === undefined && unitOf(word(view, ofAt + 1)) === "week" && !word(view, ofAt + 1).endsWith("s")) {
    const s = shiftOf(word(view, ofAt));
    if (s !== undefined) {
      weekShift = s;
      end = ofAt + 2;
    }
  }
  const spec: DateSpec = { kind: "weekday", weekday, placement, ...(weekShift !== undefined ? { weekShift } : {}) };
  const part = PART_OF_DAY_WORDS.get(withoutPossessive(word(view, end)));
  if (part && word(view, end) !== "tonight" && word(view, end) !== "overnight") return { end: end + 1, reading: { spec, type: "TIME", partOfDay: part } };
  return date(spec, end);
};

const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ["today", 0], ["tomorrow", 1], ["tomorrow's", 1], ["yesterday", -1], ["yesterday's", -1],
]);

/** "today", "yesterday morning", "tonight", "last night", "this morning", "the day before yesterday". */
export const matchRelativeDay: Matcher = (view, i) => {
  const w = word(view, i);
  const dayAt = w === "the" ? i + 1 : i;
  if (word(view, dayAt) === "day" && (word(view, dayAt + 1) === "before" || word(view, dayAt + 1) === "after")) {
    const base = DAY_WORDS.get(word(view, dayAt + 2));
    if (base !== undefined) return date({ kind: "day-shift", days: base + (word(view, dayAt + 1) === "before" ? -1 : 1) }, dayAt + 3);
  }
  const days = DAY_WORDS.get(w);
  if (days !== undefined) {
    const part = PART_OF_DAY_WORDS.get(word(view, i + 1));
    if (part && word(view, i + 1) !== "overnight" && word(view, i + 1) !== "tonight") {
      return { end: i + 2, reading: { spec: { kind: "day-shift", days }, type: "TIME", partOfDay: part } };
    }
    return date({ kind: "day-shift", days }, i + 1);
  }
  if (w === "tonight" || w === "tonight's") return { end: i + 1, reading: { spec: { kind: "day-shift", days: 0 }, type: "TIME", partOfDay: "NI" } };
  if (w === "overnight") return { end: i + 1, reading: { spec: { kind: "day-shift", days: -1 }, type: "TIME", partOfDay: "NI" } };
  const part = PART_OF_DAY_WORDS.get(word(view, i + 1));
  if (part && (w === "last" || w === "this")) {
    return { end: i + 2, reading: { spec: { kind: "day-shift", days: w === "last" ? -1 : 0 }, type: "TIME", partOfDay: part } };
  }
  return undefined;
};

const DAY_FOCUS_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "during", "throughout", "spent", "through"]);

/** "earlier in the day", "spent the night": the day (or night) the story is on. */
export const matchDayInFocus: Matcher = (view, i) => {
  if (word(view, i) !== "the" || !DAY_FOCUS_PREPOSITIONS.has(word(view, i - 1))) return undefined;
  const w = word(view, i + 1);
  if (w === "day") return date({ kind: "day-in-focus" }, i + 2);
  if (w === "night") return { end: i + 2, reading: { spec: { kind: "day-in-focus" }, type: "TIME", partOfDay: "NI" } };
  return undefined;
};

/** "midday", "noon" before "on Saturday": a part of day whose day comes next. */
export const matchPartOfDay: Matcher = (view, i) => {
  const w = word(view, i);
  if ((w !== "midday" && w !== "noon") || word(view, i - 1) === "high") return undefined;
  // "noon" is a clock time (12:00); "midday" the part of day around it.
  if (w === "noon") return { end: i + 1, reading: { spec: { kind: "clock" }, type: "TIME", clock: { hour: 12, minute: 0 } } };
  return { end: i + 1, reading: { spec: { kind: "clock" }, type: "TIME", partOfDay: "MI" } };
};

// ---------------------------------------------------------------- units relative to the anchor

/** "last week", "this year", "next month", "the latest quarter", "last weekend", "next year's". */
export const matchUnitShift: Matcher = (view, i) => {
  if (word(view, i) === "the" && word(view, i + 1) === "weekend") return date({ kind: "weekend", placement: "tense" }, i + 2);
  // "the week after next", "the month before last".
  const unitAfterThe = word(view, i) === "the" ? unitOf(word(view, i + 1)) : undefined;
  if (unitAfterThe && unitAfterThe !== "hour" && unitAfterThe !== "minute" && unitAfterThe !== "second") {
    if (word(view, i + 2) === "after" && word(view, i + 3) === "next") return date({ kind: "unit-shift", unit: unitAfterThe, shift: 2 }, i + 4);
    if (word(view, i + 2) === "before" && word(view, i + 3) === "last") return date({ kind: "unit-shift", unit: unitAfterThe, shift: -2 }, i + 4);
  }
  const shift = shiftOf(word(view, i));
  if (shift === undefined) return undefined;
  const w = word(view, i + 1);
  if (w === "weekend" || w === "weekend's" || w === "week-end") return date({ kind: "weekend", placement: placementOf(shift) }, i + 2);
  // "next fiscal year".
  if ((w === "fiscal" || w === "calendar") && unitOf(word(view, i + 2)) === "year") return date({ kind: "unit-shift", unit: "year", shift }, i + 3);
  const unit = unitOf(w);
  if (!unit || w.endsWith("s") && !w.endsWith("'s") && !w.endsWith("’s")) return undefined;
  if (unit === "hour" || unit === "minute" || unit === "second") return undefined;
  // "the last week of March" is part of March, not the week before this one.
  if (word(view, i + 2) === "of" && (monthAt(view, i + 3) !== undefined || readYear(view, i + 3) !== undefined || word(view, i + 3) === "the")) return undefined;
  // "the past year" counts back from now; "the latest quarter" is the last one reported.
  return date({ kind: "unit-shift", unit, shift, ...(ANAPHORIC_SHIFT_WORDS.has(word(view, i)) ? { anaphoric: true } : {}) }, i + 2);
};

/** "on the 5th": a day of the anchor's month, placed by tense like any year-less date. */
export const matchDayOfThisMonth: Matcher = (view, i) => {
  if (word(view, i) !== "the" || word(view, i - 1) !== "on") return undefined;
  const day = readOrdinal(view, i + 1);
  if (!day || day.value > 31 || tokenAt(view, i + 1)?.kind !== "number" || unitOf(word(view, day.end)) || word(view, day.end) === "of") return undefined;
  return date({ kind: "day-of-shifted-month", day: day.value, shift: 0, byTense: true }, day.end);
};

/** "the 15th day of next month", "20th of the current month". */
export const matchDayOfShiftedMonth: Matcher = (view, i) => {
  const j = word(view, i) === "the" ? i + 1 : i;
  const day = readOrdinal(view, j);
  if (!day || day.value > 31) return undefined;
  let k = day.end;
  if (word(view, k) === "day") k += 1;
  if (word(view, k) !== "of") return undefined;
  k += 1;
  if (word(view, k) === "the") k += 1;
  const shift = shiftOf(word(view, k));
  if (shift === undefined || unitOf(word(view, k + 1)) !== "month") return undefined;
  return date({ kind: "day-of-shifted-month", day: day.value, shift }, k + 2);
};

// ---------------------------------------------------------------- counted units

const DURATION_LETTER: Readonly<Record<TimeUnit, string>> = {
  century: "CE", decade: "DE", year: "Y", half: "M", quarter: "Q", month: "M", week: "W", day: "D", hour: "H", minute: "M", second: "S",
};

/** The TIMEX3 duration of `count` units: `P44D`, `PTXH`, `P3Y6M`; decades and centuries in years, as TimeBank writes them. */
export function durationValue(count: Count, unit: TimeUnit): string {
  if (unit === "decade" || unit === "century") {
    const years = unit === "decade" ? 10 : 100;
    return count === "X" ? (unit === "decade" ? "PXY" : "PXC") : durationValue(count * years, "year");
  }
  const time = unit === "hour" || unit === "minute" || unit === "second";
  const prefix = time ? "PT" : "P";
  if (count === "X") return `${prefix}X${DURATION_LETTER[unit]}`;
  const n = unit === "half" ? count * 6 : count;
  if (Number.isInteger(n)) return `${prefix}${n}${DURATION_LETTER[unit]}`;
  const whole = Math.floor(n);
  const fraction = n - whole;
  return halfDuration(prefix, whole, unit, fraction);
}

// Halves of a unit are written in the next smaller unit: 3.5 years is P3Y6M.
function halfDuration(prefix: string, whole: number, unit: TimeUnit, fraction: number): string {
  const smaller: Partial<Record<TimeUnit, [string, number]>> = {
    year: ["M", 12], month: ["D", 30], week: ["D", 7], day: ["H", 24], hour: ["M", 60], minute: ["S", 60],
  };
  const next = smaller[unit];
  if (!next) return `${prefix}${whole}${DURATION_LETTER[unit]}`;
  const part = Math.round(fraction * next[1]);
  const timePart = unit === "day" ? `T${part}H` : `${part}${next[0]}`;
  return `${prefix}${whole > 0 ? `${whole}${DURATION_LETTER[unit]}` : ""}${timePart}`;
}

const COUNT_LEAD: ReadonlySet<string> = new Set(["past", "last", "next", "first", "coming", "previous", "following", "final", "initial", "latest", "preceding"]);

/** "44 days ago", "two years hence", "three weeks from tomorrow", "the past two months", "several years", "a week". */
export const matchCountedUnits: Matcher = (view, i) => {
  let j = i;
  if (word(view, j) === "the") j += 1;
  const lead = COUNT_LEAD.has(word(view, j)) ? word(view, j) : undefined;
  if (lead) j += 1;
  // "the 1988 quarter" names a year's quarter, not 1988 of them.
  const countToken = tokenAt(view, j);
  if (countToken?.kind === "number" && /^[12]\d{3}$/u.test(countToken.text)) return undefined;
  const count = readCount(view, j);
  let unitAt = count ? count.end : j;
  let value: Count | undefined = count?.value;
  if (!count) {
    // "the past few days", "recent weeks", "the weeks ahead": the lead word is the vague count.
    const ahead = word(view, i) === "the" && j === i + 1 && word(view, j + 1) === "ahead" && unitOf(word(view, j)) !== undefined;
    if (!lead && word(view, j) !== "recent" && !ahead) return undefined;
    if (word(view, j) === "recent") unitAt = j + 1;
    value = "X";
  }
  if (word(view, unitAt) === "few") unitAt += 1;
  if (COUNT_FILLERS.has(word(view, unitAt)) && unitOf(word(view, unitAt + 1))) unitAt += 1;
  const w = word(view, unitAt);
  const unit = unitOf(w);
  if (!unit || w.endsWith("'s")) return undefined;
  const plural = w.endsWith("s");
  if (value === undefined) return undefined;
  // "52 years old" is an age; "60 Minutes" a name.
  if (word(view, unitAt + 1) === "old" || (isCapitalized(view, unitAt) && unitAt > view.from && !isCapitalized(view, unitAt - 1))) return undefined;
  // "four flights a week", "$2 million a year": a rate, not a length of time ("$2 million a year ago" is a date).
  const pointer = word(view, unitAt + 1);
  if (count && (word(view, j) === "a" || word(view, j) === "an") && !plural && !BACKWARD_WORDS.has(pointer) && !FORWARD_WORDS.has(pointer) && isRateContext(view, j - 1)) return undefined;
  if (value === "X" && !plural) return undefined;
  if (value === 1 && plural && count) return undefined;
  // "a second" is nearly always the ordinal ("a second attack").
  if (unit === "second" && count && !Number.isInteger(Number(word(view, j)))) return undefined;
  let end = unitAt + 1;
  // "a year and a half", "a minute and a half".
  if (typeof value === "number" && word(view, end) === "and" && word(view, end + 1) === "a" && word(view, end + 2) === "half") {
    value += 0.5;
    end += 3;
  }
  if (word(view, end) === "time" && word(view, i - 1) === "in") end += 1;
  // "1 year, 2 months and 3 days ago": further counted units joined by commas or "and".
  const more: { unit: TimeUnit; count: number }[] = [];
  // Not after "the last": "the last 3 months and 2 days ago they..." is two expressions.
  const continuesList = word(view, i - 1) === "and" || word(view, i - 1) === ",";
  for (let n = 0; n < 6 && !lead && !continuesList && typeof value === "number" && (word(view, end) === "," || word(view, end) === "and"); n++) {
    const nextCount = readCount(view, end + 1);
    const nextUnit = nextCount && typeof nextCount.value === "number" ? unitOf(word(view, nextCount.end)) : undefined;
    if (!nextCount || typeof nextCount.value !== "number" || !nextUnit || word(view, nextCount.end).endsWith("'s")) break;
    more.push({ unit: nextUnit, count: nextCount.value });
    end = nextCount.end + 1;
  }
  const after = word(view, end);
  if (more.length > 0 && typeof value === "number") {
    const parts = [{ unit, count: value }, ...more];
    if (BACKWARD_WORDS.has(after) || FORWARD_WORDS.has(after)) {
      const sign = BACKWARD_WORDS.has(after) ? -1 : 1;
      return date({ kind: "compound-offset", parts: parts.map((p) => ({ unit: p.unit, count: sign * p.count })) }, end + 1);
    }
    if (after === "from" && (word(view, end + 1) === "now" || word(view, end + 1) === "today")) return date({ kind: "compound-offset", parts }, end + 2);
    return fixed(compoundDuration(parts), "DURATION", end);
  }
  const duration = durationValue(value, unit);
  if (!lead && word(view, i) !== "the" && value !== "X") {
    const short = unit === "hour" || unit === "minute" || unit === "second" || unit === "day" || unit === "week";
    // "3 days after tomorrow": counted from a day the text names.
    const named = after === "before" || after === "after" ? fromBase(word(view, end + 1)) : undefined;
    if (named !== undefined && word(view, end + 1) !== "now") {
      return date({ kind: "offset", unit, count: after === "before" ? -value : value, baseDays: named }, end + 2);
    }
    // "one week after": counted from another event, so the length is what is stated.
    if (after === "before" || after === "after") return fixed(duration, "DURATION", end);
    // "three days later": in news a length from some event; in a narrative a date on its timeline.
    if (short && (after === "earlier" || after === "later")) {
      return date({ kind: "offset", unit, count: (after === "earlier" ? -1 : 1) * value, baseDays: 0, inNews: duration }, end + 1);
    }
    if (BACKWARD_WORDS.has(after) || FORWARD_WORDS.has(after)) {
      const sign = BACKWARD_WORDS.has(after) ? -1 : 1;
      return date({ kind: "offset", unit, count: sign * value, baseDays: 0 }, end + 1);
    }
    if (after === "from") {
      const base = fromBase(word(view, end + 1));
      if (base !== undefined) return date({ kind: "offset", unit, count: value, baseDays: base }, end + 2);
    }
    // "in five days" points ahead, unless the clause is in the past ("the first talks in three years").
    if (word(view, i - 1) === "in" && word(view, end) !== "of" && (Number.isInteger(value) || unit === "hour") && end - i <= 4) {
      return date({ kind: "offset", unit, count: value, baseDays: 0, unlessPast: duration }, end);
    }
  }
  if (value === "X" && BACKWARD_WORDS.has(after) && after === "ago") return fixed("PAST_REF", "DATE", end + 1);
  // "the weeks ahead": an open length of time from now.
  if (value === "X" && after === "ahead") return fixed(duration, "DURATION", end + 1);
  return fixed(duration, "DURATION", end);
};

/** The TIMEX3 duration of several counted units: 1 year and 2 months is `P1Y2M`. */
function compoundDuration(parts: readonly { unit: TimeUnit; count: number }[]): string {
  const total = new Map<TimeUnit, number>();
  for (const p of parts) total.set(p.unit, (total.get(p.unit) ?? 0) + p.count);
  const date = (["year", "month", "week", "day"] as const).filter((u) => total.has(u)).map((u) => `${total.get(u)}${DURATION_LETTER[u]}`).join("");
  const time = (["hour", "minute", "second"] as const).filter((u) => total.has(u)).map((u) => `${total.get(u)}${DURATION_LETTER[u]}`).join("");
  return `P${date}${time ? `T${time}` : ""}`;
}

/** True when the token before "a week" is an amount or a counted noun, so "a week" is a rate. */
function isRateContext(view: TokenView, i: number): boolean {
  const t = tokenAt(view, i);
  if (!t) return false;
  const w = word(view, i);
  if (t.kind === "number" || w === "%" || w === "times" || w === "twice" || w === "once" || w === "million" || w === "billion") return true;
  // "four flights a week": a counted noun before it.
  const counted = w.length > 3 && w.endsWith("s") && unitOf(w) === undefined;
  return counted && (tokenAt(view, i - 1)?.kind === "number" || readNumberAt(view, i - 1) !== undefined);
}

function fromBase(w: string): number | undefined {
  if (w === "now" || w === "today") return 0;
  if (w === "tomorrow") return 1;
  if (w === "yesterday") return -1;
  return undefined;
}

const BARE_UNIT_BLOCKERS: ReadonlySet<string> = new Set(["early", "small", "wee", "the", "these", "those", "office", "working", "opening", "business", "visiting", "peak"]);

/** "hours", "years", "decades": a bare plural unit is an open duration (`PTXH`). */
export const matchBareUnits: Matcher = (view, i) => {
  const w = word(view, i);
  const unit = unitOf(w);
  if (!unit || !w.endsWith("s") || w.endsWith("'s") || unit === "second" || unit === "quarter" || unit === "half") return undefined;
  // "the early hours of Sunday" names a time of day, not a length of time.
  if (w.length <= 3 || BARE_UNIT_BLOCKERS.has(word(view, i - 1))) return undefined;
  if (isCapitalized(view, i) && i > view.from && !isCapitalized(view, i - 1)) return undefined;
  // "52 years old": the count was refused as an age, so the unit alone is no length either.
  if (word(view, i + 1) === "old" || tokenAt(view, i - 1)?.kind === "number") return undefined;
  return fixed(durationValue("X", unit), "DURATION", i + 1);
};

/** "three-day", "two-hour", "hours-long", "30-day", "third-quarter", "mid-2024", "mid-July", "year-earlier". */
export const matchCompound: Matcher = (view, i) => {
  const t = tokenAt(view, i);
  if (!t) return undefined;
  if (t.kind === "number" && word(view, i + 1) === "-" && touchesPrevious(view, i + 1) && touchesPrevious(view, i + 2)) {
    const unitWord = word(view, i + 2);
    const [head = "", tail] = unitWord.split("-", 2);
    const unit = unitOf(head);
    if (unit && !head.endsWith("s") && (tail === undefined || tail === "long") && /^\d{1,4}$/u.test(t.text)) {
      return fixed(durationValue(Number(t.text), unit), "DURATION", i + 3);
    }
    return undefined;
  }
  const w = word(view, i);
  const hyphen = w.indexOf("-");
  if (t.kind !== "word" || hyphen <= 0) return undefined;
  const parts = w.split("-");
  const [first = "", second = "", third] = parts;
  if (parts.length > 3 || third === "old") return undefined;
  if (first === "mid" || first === "early" || first === "late") {
    const mod = first === "mid" ? "MID" : first === "early" ? "START" : "END";
    if (/^[12]\d{3}$/u.test(second)) return { end: i + 1, reading: { spec: { kind: "era", unit: "year", number: Number(second) }, type: "DATE", mod } };
    if (/^[12]\d{3}s$/u.test(second)) return { end: i + 1, reading: { spec: { kind: "era", unit: "decade", number: Math.floor(Number(second.slice(0, 4)) / 10) }, type: "DATE", mod } };
    const month = MONTH_WORDS.get(second);
    if (month !== undefined && second.length > 3) return { end: i + 1, reading: { spec: { kind: "date", month, placement: "tense" }, type: "DATE", mod } };
    return undefined;
  }
  if ((first === "year" && (second === "earlier" || second === "ago")) && third === undefined) {
    // "the year-earlier period", "the year-ago quarter": the whole noun phrase is the expression.
    const noun = word(view, i + 1);
    const end = noun === "period" || noun === "quarter" ? i + 2 : i + 1;
    return date({ kind: "offset", unit: "year", count: -1, baseDays: 0 }, end);
  }
  const quarter = ORDINAL_WORDS.get(first);
  if (second === "quarter" && third === undefined && quarter !== undefined && quarter <= 4) {
    return date({ kind: "part-of-year", unit: "quarter", part: String(quarter), placement: "tense" }, i + 1);
  }
  const unit = unitOf(second);
  if (unit && (third === undefined || third === "long")) {
    if (!second.endsWith("s") || third === "long") {
      const n = readNumber(view.text, t.start);
      if (n && n.end === t.start + first.length) return fixed(durationValue(n.value, unit), "DURATION", i + 1);
    }
    return undefined;
  }
  const leadUnit = unitOf(first);
  if (leadUnit && second === "long" && third === undefined) {
    return fixed(durationValue(first.endsWith("s") ? "X" : 1, leadUnit), "DURATION", i + 1);
  }
  return undefined;
};

// ---------------------------------------------------------------- years, decades, quarters, seasons

const MONEY_SIGNS: ReadonlySet<string> = new Set(["$", "€", "£", "¥", "#", "no"]);

/** "1945", "fiscal 1989", "the 1990s", "'90s", "the 21st century". */
export const matchEra: Matcher = (view, i) => {
  let j = i;
  if (word(view, j) === "fiscal" || (word(view, j) === "calendar" && word(view, j + 1) === "year")) j += word(view, j) === "fiscal" ? 1 : 2;
  if (word(view, j) === "year" && word(view, j - 1) === "the" && j === i) return undefined;
  const year = readYear(view, j);
  if (year) {
    if (MONEY_SIGNS.has(word(view, i - 1)) || word(view, year.end) === "%") return undefined;
    if (word(view, year.end) === "s" && touchesPrevious(view, year.end)) {
      return date({ kind: "era", unit: "decade", number: Math.floor(year.value / 10) }, year.end + 1);
    }
    // A year next to a unit is a count ("2014 people" is rare; "1500 hours" is not).
    if (unitOf(word(view, year.end)) && !word(view, year.end).endsWith("'s")) return undefined;
    return date({ kind: "era", unit: "year", number: year.value }, year.end);
  }
  const ordinal = readOrdinal(view, j);
  if (ordinal && word(view, ordinal.end) === "century" && ordinal.value >= 1) {
    return date({ kind: "era", unit: "century", number: ordinal.value - 1 }, ordinal.end + 1);
  }
  return undefined;
};

const YEAR_QUALIFIERS: ReadonlySet<string> = new Set(["full", "fiscal", "current", "calendar", "whole", "entire"]);

/**
 * "the year", "the fiscal year", "the year two thousand": the year the report is about, a length
 * of a year when the sentence bounds it ("the year ended June 30"), or the year a number names.
 */
export const matchTheYear: Matcher = (view, i) => {
  if (word(view, i) !== "the") return undefined;
  let j = i + 1;
  if (YEAR_QUALIFIERS.has(word(view, j))) j += 1;
  if (word(view, j) !== "year") return undefined;
  const named = readNumberAt(view, j + 1);
  if (named && named.value >= 1000 && named.value <= 2999 && Number.isInteger(named.value)) {
    return date({ kind: "era", unit: "year", number: named.value }, named.end);
  }
  const after = word(view, j + 1);
  if (after === "ended" || after === "ending" || after === "to") return fixed("P1Y", "DURATION", j + 1);
  if (after === "'s" || after === "before" || after === "after" || after === "earlier" || after === "later") return undefined;
  return date({ kind: "unit-shift", unit: "year", shift: 0 }, j + 1);
};

/** "nineteen ninety-six", "twenty twenty-two": a year said as two numbers. */
export const matchSpokenYear: Matcher = (view, i) => {
  if (tokenAt(view, i)?.kind !== "word") return undefined;
  const century = readNumberAt(view, i);
  if (!century || century.value < 11 || century.value > 20 || century.end !== i + 1) return undefined;
  const rest = readNumberAt(view, century.end);
  if (!rest || rest.value < 10 || rest.value > 99 || tokenAt(view, century.end)?.kind !== "word") return undefined;
  return date({ kind: "era", unit: "year", number: century.value * 100 + rest.value }, rest.end);
};


/** "the 80s", "the eighties": a decade of the twentieth century. */
export const matchCenturylessDecade: Matcher = (view, i) => {
  if (word(view, i) !== "the") return undefined;
  const words = DECADE_WORDS.get(word(view, i + 1));
  if (words !== undefined) return date({ kind: "era", unit: "decade", number: 190 + words }, i + 2);
  const t = tokenAt(view, i + 1);
  if (t?.kind === "number" && /^[2-9]0$/u.test(t.text) && word(view, i + 2) === "s" && touchesPrevious(view, i + 2)) {
    return date({ kind: "era", unit: "decade", number: 190 + Number(t.text) / 10 }, i + 3);
  }
  return undefined;
};

/** "FY2014", "FY 2014": a fiscal year. */
export const matchFiscalYear: Matcher = (view, i) => {
  const w = word(view, i);
  const glued = /^fy([12]\d{3})$/u.exec(w);
  if (glued) return date({ kind: "era", unit: "year", number: Number(glued[1]) }, i + 1);
  const year = w === "fy" ? readYear(view, i + 1) : undefined;
  return year ? date({ kind: "era", unit: "year", number: year.value }, year.end) : undefined;
};

/** "'90s": an apostrophe, two digits and "s". */
export const matchShortDecade: Matcher = (view, i) => {
  const w = word(view, i);
  if ((w !== "'" && w !== "’") || !touchesPrevious(view, i + 1) || !touchesPrevious(view, i + 2)) return undefined;
  const t = tokenAt(view, i + 1);
  if (t?.kind !== "number" || !/^\d{2}$/u.test(t.text) || word(view, i + 2) !== "s") return undefined;
  return date({ kind: "era", unit: "decade", number: 190 + Math.floor(Number(t.text) / 10) }, i + 3);
};

/** "the third quarter", "Q3 2019", "fourth quarter 2018", "the first half of 1990", "next year's first quarter". */
export const matchQuarter: Matcher = (view, i) => {
  let j = i;
  let yearShift: number | undefined;
  let year: number | undefined;
  const shift = shiftOf(word(view, j));
  if (shift !== undefined && unitOf(word(view, j + 1)) === "year" && word(view, j + 1).endsWith("'s")) {
    yearShift = shift;
    j += 2;
  }
  const leadYear = readYear(view, j);
  if (leadYear) {
    year = leadYear.value;
    j = leadYear.end;
  }
  if (word(view, j) === "fiscal" || word(view, j) === "calendar") j += 1;
  let part: number | undefined;
  let unit: "quarter" | "half" | undefined;
  const q = /^([qh])([1-4])$/u.exec(word(view, j));
  if (q && (q[1] === "q" || q[2] === "1" || q[2] === "2")) {
    part = Number(q[2]);
    unit = q[1] === "q" ? "quarter" : "half";
    j += 1;
  } else if (word(view, j).endsWith("-quarter") && ORDINAL_WORDS.has(word(view, j).slice(0, -8))) {
    part = ORDINAL_WORDS.get(word(view, j).slice(0, -8))!;
    unit = "quarter";
    if (part > 4) return undefined;
    j += 1;
  } else {
    // "the last half of 1989" is the second half.
    const lastPart = word(view, j) === "last" && (word(view, j + 1) === "half" || word(view, j + 1) === "quarter") && word(view, j - 1) === "the";
    const ordinal = lastPart ? { value: word(view, j + 1) === "half" ? 2 : 4, end: j + 1 } : readOrdinal(view, j);
    const w = ordinal ? word(view, ordinal.end) : "";
    if (!ordinal || (w !== "quarter" && w !== "half")) return undefined;
    if (lastPart && readYear(view, ordinal.end + 2) === undefined) return undefined;
    unit = w;
    part = ordinal.value;
    if (part > (unit === "quarter" ? 4 : 2)) return undefined;
    j = ordinal.end + 1;
  }
  if (year === undefined && yearShift === undefined) {
    let k = j;
    if (word(view, k) === "of" || word(view, k) === ",") k += 1;
    const trailing = readYear(view, k);
    if (trailing) {
      year = trailing.value;
      j = trailing.end;
    } else {
      if (word(view, k) === "the") k += 1;
      const s = shiftOf(word(view, k));
      if (s !== undefined && unitOf(word(view, k + 1)) === "year") {
        yearShift = s;
        j = k + 2;
      }
    }
  }
  const spec: DateSpec = {
    kind: "part-of-year",
    unit,
    part: String(part),
    ...(year !== undefined ? { year } : {}),
    ...(yearShift !== undefined ? { yearShift } : {}),
    placement: "tense",
  };
  return date(spec, j);
};

const FOCUS_DETERMINERS: ReadonlySet<string> = new Set(["the", "that", "this"]);

/** "the quarter", "that quarter", "the latest period": the quarter the report is about. */
export const matchQuarterInFocus: Matcher = (view, i) => {
  const w = word(view, i);
  if (!FOCUS_DETERMINERS.has(w)) return undefined;
  if (word(view, i + 1) === "quarter" && w !== "this") return date({ kind: "quarter-in-focus" }, i + 2);
  if (w === "the" && (word(view, i + 1) === "latest" || word(view, i + 1) === "recent") && word(view, i + 2) === "period") {
    return date({ kind: "quarter-in-focus" }, i + 3);
  }
  return undefined;
};

/** "last fall", "this summer", "summer 2024", "the winter of 1998". */
export const matchSeason: Matcher = (view, i) => {
  const shift = shiftOf(word(view, i));
  const j = shift !== undefined ? i + 1 : i;
  const season = SEASON_WORDS.get(word(view, j));
  if (!season) return undefined;
  let k = j + 1;
  if (word(view, k) === "of") k += 1;
  const year = readYear(view, k);
  if (year) return date({ kind: "part-of-year", unit: "season", part: season, year: year.value, placement: "tense" }, year.end);
  // "the summer", "in winter": the season of the anchor's year; "the fall of the city" is no season.
  if (shift === undefined && (!SEASON_CONTEXT_WORDS.has(word(view, i - 1)) || word(view, j + 1) === "of")) return undefined;
  return date({ kind: "part-of-year", unit: "season", part: season, placement: placementOf(shift) }, j + 1);
};

const SEASON_CONTEXT_WORDS: ReadonlySet<string> = new Set(["the", "in", "during", "this", "early", "late", "mid"]);

/** "Christmas", "New Year's Day", "Thanksgiving Day": holidays with a fixed rule. */
export const matchHoliday: Matcher = (view, i) => {
  for (const holiday of HOLIDAYS) {
    const words = holiday.words;
    if (word(view, i) !== words[0]) continue;
    let k = 1;
    while (k < words.length && word(view, i + k) === words[k]) k++;
    if (k < words.length) continue;
    let end = i + k;
    if (word(view, end) === "day" || word(view, end) === "eve") {
      if (word(view, end) === "eve" && holiday.day !== undefined) {
        return date({ kind: "holiday", month: holiday.month, day: holiday.day - 1 }, end + 1);
      }
      end += 1;
    }
    const year = readYear(view, end);
    const rule = { month: holiday.month, ...(holiday.day !== undefined ? { day: holiday.day } : {}), ...(holiday.nth !== undefined ? { nth: holiday.nth, weekday: holiday.weekday ?? 1 } : {}) };
    return year
      ? date({ kind: "holiday", ...rule, year: year.value }, year.end)
      : date({ kind: "holiday", ...rule }, end);
  }
  return undefined;
};

// ---------------------------------------------------------------- reference words, sets, clock times

/** "now", "currently", "recently", "the past", "the future", "soon". */
export const matchReference: Matcher = (view, i) => {
  const w = word(view, i);
  if (w === "these" && word(view, i + 1) === "days") return fixed("PRESENT_REF", "DATE", i + 2);
  if (w === "the") {
    const phrase = DETERMINED_REFERENCE_PHRASES.get(`${word(view, i + 1)} ${word(view, i + 2)}`);
    if (phrase) return fixed(phrase, "DATE", i + 3);
    const value = DETERMINED_REFERENCE_WORDS.get(word(view, i + 1));
    return value ? fixed(value, "DATE", i + 2) : undefined;
  }
  const value = REFERENCE_WORDS.get(w);
  if (!value) return undefined;
  // "right now", "until now": the word alone is the expression.
  return fixed(value, "DATE", i + 1);
};

/** "daily", "weekly", "annual", "every day", "each year", "every Monday". */
export const matchFrequency: Matcher = (view, i) => {
  const w = word(view, i);
  const period = FREQUENCY_WORDS.get(w);
  if (period) return fixed(period, "SET", i + 1);
  if (!FREQUENCY_DETERMINERS.has(w)) return undefined;
  if (w === "per" && word(view, i + 1) === "second") return undefined;
  const weekday = WEEKDAY_WORDS.get(word(view, i + 1));
  if (weekday !== undefined && word(view, i + 1).length >= 6) return fixed(`XXXX-WXX-${weekday}`, "SET", i + 2);
  // "each July", "every winter": the month or season of every year.
  const month = w === "per" ? undefined : MONTH_WORDS.get(word(view, i + 1));
  if (month !== undefined && word(view, i + 1).length > 3 && isCapitalized(view, i + 1)) return fixed(`XXXX-${String(month).padStart(2, "0")}`, "SET", i + 2);
  const season = w === "per" ? undefined : SEASON_WORDS.get(word(view, i + 1));
  if (season !== undefined) return fixed(`XXXX-${season}`, "SET", i + 2);
  const count = readCount(view, i + 1);
  const unitAt = count && count.value !== "X" ? count.end : i + 1;
  const unit = unitOf(word(view, unitAt));
  if (!unit) return undefined;
  return fixed(durationValue(count && count.value !== "X" ? count.value : 1, unit), "SET", unitAt + 1);
};

/** "6:15 am", "8pm", "17:00 GMT", "0315 GMT". */
export const matchClock: Matcher = (view, i) => {
  const clock = readClock(view, i);
  return clock ? { end: clock.end, reading: { spec: { kind: "clock" }, type: "TIME", clock: clock.value } } : undefined;
};

/** The matchers whose phrases can start with a number written in digits ("44 days", "2024", "6:15 am"). */
export const NUMBER_MATCHERS: readonly Matcher[] = [
  matchCalendarDate,
  matchNumericDate,
  matchDayOfShiftedMonth,
  matchCountedUnits,
  matchCompound,
  matchEra,
  matchQuarter,
  matchClock,
];

/** The matchers whose phrases can start with a number word ("forty-four days", "nineteen ninety-six"). */
export const COUNT_MATCHERS: readonly Matcher[] = [matchCountedUnits, matchSpokenYear];

/** The matchers whose phrases can start with punctuation ("'90s"). */
export const PUNCTUATION_MATCHERS: readonly Matcher[] = [matchShortDecade];

/** Every matcher; the scanner picks the subset by the first token's kind, and the longest phrase wins. */
export const MATCHERS: readonly Matcher[] = [
  matchCalendarDate,
  matchNumericDate,
  matchWeekday,
  matchRelativeDay,
  matchPartOfDay,
  matchDayInFocus,
  matchUnitShift,
  matchDayOfShiftedMonth,
  matchCountedUnits,
  matchBareUnits,
  matchCompound,
  matchEra,
  matchTheYear,
  matchSpokenYear,
  matchShortDecade,
  matchFiscalYear,
  matchCenturylessDecade,
  matchDayOfThisMonth,
  matchQuarter,
  matchQuarterInFocus,
  matchSeason,
  matchHoliday,
  matchReference,
  matchFrequency,
  matchClock,
];
