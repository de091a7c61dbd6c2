/**
 * The granularity and interval of the most common TIMEX3 values, a year, a month, a day or an
 * ISO week in plain digits ("2025", "2025-04", "2025-04-24", "2025-W17"), read by hand: no
 * pattern, no look-up among the recent values, no Date to write a bound. Documents only
 * ({@link findDates} reads one per expression); `resolveDate`'s bundle keeps the pattern alone.
 *
 * @module
 */
import { dayNumber, dayOf, isoWeekStart } from "./calendar.js";
import { calendarFacts, type CalendarFacts } from "./timex-value.js";

/** {@link calendarFacts}, a plain value read by hand. */
export function documentFacts(value: string): CalendarFacts {
  return plainFacts(value) ?? calendarFacts(value);
}

/** The facts of a plain value, the same as the pattern reads (months and days roll over as it lets them), or undefined for any other value. */
function plainFacts(value: string): CalendarFacts | undefined {
  const year = digitsAt(value, 0, 4);
  if (year < 0) return undefined;
  const n = value.length;
  if (n === 4) return { granularity: "year", interval: days(dayNumber(year, 1, 1), dayNumber(year + 1, 1, 1)) };
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
  if (n === 7) return { granularity: "month", interval: days(dayNumber(year, month, 1), dayNumber(year, month + 1, 1)) };
  const day = n === 10 && value.charCodeAt(7) === 45 ? digitsAt(value, 8, 2) : -1;
  if (day < 0) return undefined;
  const first = dayNumber(year, month, day);
  return { granularity: "day", interval: days(first, first + 1) };
}

/** The interval from the midnight of day number `start` to that of `end`. */
function days(start: number, end: number): { start: string; end: string } {
  return { start: midnight(start), end: midnight(end) };
}

const MS_PER_DAY = 86_400_000;

/** `new Date(n * MS_PER_DAY).toISOString()`, a year of four digits by integer arithmetic (a Date and its formatting cost more than the rest of the reading). */
function midnight(n: number): string {
  const { year, month, day } = dayOf(n);
  if (year < 0 || year > 9999) return new Date(n * MS_PER_DAY).toISOString();
  return `${twoDigits(Math.floor(year / 100))}${twoDigits(year % 100)}-${twoDigits(month)}-${twoDigits(day)}T00:00:00.000Z`;
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
