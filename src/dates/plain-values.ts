/**
 * The granularity and interval of the most common TIMEX3 values, a year, a month, a day or an
 * ISO week in plain digits ("2025", "2025-04", "2025-04-24", "2025-W17"), read by hand: no
 * pattern, no look-up among the recent values, no Date to write a bound. Documents only
 * ({@link findDates} reads one per expression); `resolveDate`'s bundle keeps the pattern alone.
 *
 * @module
 */
import { dayNumber, dayOf, isoWeekStart, monthLength } from "./calendar.js";
import { calendarFacts, type CalendarFacts } from "./timex-value.js";

/** {@link calendarFacts}, a plain value read by hand, another remembered. */
export function documentFacts(value: string): CalendarFacts {
  return plainFacts(value) ?? recentCalendarFacts(value);
}

/**
 * The facts of the other values read lately ("2025-04-23TNI", "2025-Q3", "P3D"): an article
 * names a few many times, and news of one season names the same ones, while each reading costs
 * a regex match and calendar arithmetic. Bounded: cleared when full. Documents only: a phrase
 * given to `resolveDate` is read once.
 */
const recentFacts = new Map<string, CalendarFacts>();
const RECENT_FACTS_LIMIT = 2048;

/** {@link calendarFacts} through {@link recentFacts}. */
function recentCalendarFacts(value: string): CalendarFacts {
  let facts = recentFacts.get(value);
  if (facts === undefined) {
    facts = calendarFacts(value);
    if (recentFacts.size >= RECENT_FACTS_LIMIT) recentFacts.clear();
    recentFacts.set(value, facts);
  }
  // Each caller gets an interval of its own: the remembered one never leaves this module.
  const interval = facts.interval;
  return interval ? { granularity: facts.granularity!, interval: { start: interval.start, end: interval.end } } : facts;
}

/** The facts of a plain value, the same as the pattern reads (months and days roll over as it lets them), or undefined for any other value. */
function plainFacts(value: string): CalendarFacts | undefined {
  const year = digitsAt(value, 0, 4);
  if (year < 0) return undefined;
  const n = value.length;
  // A real year, month or day opens its interval with its own digits: only the end is written.
  if (n === 4) return { granularity: "year", interval: { start: `${value}-01-01${MIDNIGHT}`, end: stamp(year + 1, 1, 1) } };
  if (value.charCodeAt(4) !== 45) return undefined;
  if (value.charCodeAt(5) === 87 && (n === 7 || n === 8)) {
    // "W" and one or two digits.
    const week = digitsAt(value, 6, n - 6);
    if (week < 0) return undefined;
    const monday = isoWeekStart(year, week);
    return { granularity: "week", interval: days(monday, monday + 7) };
  }
  const month = digitsAt(value, 5, 2);
  if (month < 0) return undefined;
  const real = month >= 1 && month <= 12;
  if (n === 7) {
    return { granularity: "month", interval: real ? { start: `${value}-01${MIDNIGHT}`, end: midnightAfter(year, month, 1, 1) } : days(dayNumber(year, month, 1), dayNumber(year, month + 1, 1)) };
  }
  const day = n === 10 && value.charCodeAt(7) === 45 ? digitsAt(value, 8, 2) : -1;
  if (day < 0) return undefined;
  const length = real ? monthLength(year, month) : 0;
  if (day >= 1 && day <= length) {
    return { granularity: "day", interval: { start: value + MIDNIGHT, end: midnightAfter(year, month, day, length) } };
  }
  const first = dayNumber(year, month, day);
  return { granularity: "day", interval: days(first, first + 1) };
}

/** What follows a day in its midnight's ISO instant. */
const MIDNIGHT = "T00:00:00.000Z";

/** The ISO instant of the midnight opening a real day (a year past 9999 by its day number). */
function stamp(year: number, month: number, day: number): string {
  return year > 9999 ? midnight(dayNumber(year, month, day)) : `${twoDigits(Math.floor(year / 100))}${twoDigits(year % 100)}-${twoDigits(month)}-${twoDigits(day)}${MIDNIGHT}`;
}

/**
 * The ISO instant of the midnight after a real day of a month `length` days long: the next day's,
 * month's or year's first. Each path runs the same arithmetic: one that ran only at a month's end
 * would have no type feedback when the reader is optimized, and the first 31 March to come would
 * throw the optimized code away.
 */
function midnightAfter(year: number, month: number, day: number, length: number): string {
  const monthEnd = day === length ? 1 : 0;
  const yearEnd = monthEnd === 1 && month === 12 ? 1 : 0;
  return stamp(year + yearEnd, yearEnd === 1 ? 1 : month + monthEnd, monthEnd === 1 ? 1 : day + 1);
}

/** The interval from the midnight of day number `start` to that of `end`. */
function days(start: number, end: number): { start: string; end: string } {
  return { start: midnight(start), end: midnight(end) };
}

const MS_PER_DAY = 86_400_000;

/** `new Date(n * MS_PER_DAY).toISOString()`, a year of four digits by integer arithmetic (a Date and its formatting cost more than the rest of the reading). */
function midnight(n: number): string {
  const { year, month, day } = dayOf(n);
  return year < 0 || year > 9999 ? new Date(n * MS_PER_DAY).toISOString() : stamp(year, month, day);
}

function twoDigits(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** The value of the `count` ASCII digits of `text` from `at`, or -1 when any is not a digit or the text ends. */
export function digitsAt(text: string, at: number, count: number): number {
  if (at + count > text.length) return -1;
  let value = 0;
  for (let k = at; k < at + count; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}
