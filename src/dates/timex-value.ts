/**
 * TIMEX3 values: writing them at a grain, and reading a calendar value back into the interval
 * of time it denotes.
 *
 * @module
 */
import type { Granularity, Interval } from "../model.js";
import { checkText } from "../options.js";
import { dayNumber, isoInstant, isoWeekStart } from "./calendar.js";

/** Zero-pads `n` to `width` digits. */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** The TIMEX3 value of a year: `"2025"`; years before the common era (0 is 1 BC) take the "BC" prefix (`"BC0480"`). */
export function yearValue(year: number): string {
  return year >= 1 ? pad(year, 4) : `BC${pad(1 - year, 4)}`;
}

/** The TIMEX3 value of a calendar day: `"2025-04-24"`. */
export function dayValue(year: number, month: number, day: number): string {
  return `${yearValue(year)}-${pad(month)}-${pad(day)}`;
}

/** The TIMEX3 value of a month: `"2024-07"`. */
export function monthValue(year: number, month: number): string {
  return `${yearValue(year)}-${pad(month)}`;
}

/** The TIMEX3 value of an ISO week: `"2025-W17"`. */
export function weekValue(year: number, week: number): string {
  return `${yearValue(year)}-W${pad(week)}`;
}

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 24 * MS_PER_HOUR;

// Hours (from the day's midnight) that each TIMEX3 part of day covers; night runs past midnight.
const PART_OF_DAY_HOURS: Readonly<Record<string, readonly [number, number]>> = {
  MO: [5, 12],
  MI: [11, 13],
  AF: [12, 18],
  EV: [17, 21],
  NI: [20, 30],
  DT: [6, 18],
};

// First month and length in months of each season; winter runs into the next year.
const SEASON_MONTHS: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const CALENDAR_VALUE =
  /^(\d{2,4})(?:-(?:(\d{2})(?:-(\d{2})(?:T(?:(MO|MI|AF|EV|NI|DT)|(\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?))?)?|Q([1-4])|H([12])|(SP|SU|FA|WI)|W(\d{1,2})(-WE|-([1-7]))?))?$/u;

/**
 * The interval a calendar TIMEX3 value denotes, in UTC instants with `end` exclusive; undefined
 * for durations, sets, reference tokens (`PRESENT_REF`) and values with unknown digits.
 *
 * @param value - A TIMEX3 value such as `"2024-07"`, `"2025-W17"`, `"199"` or `"2025-04-23TNI"`.
 * @returns The interval, or undefined when the value is not a calendar value.
 * @throws TypeError when `value` is not a string (a year as the number `2024` is `"2024"`).
 *
 * @example
 * ```ts
 * timexInterval("2024-07");
 * // { start: "2024-07-01T00:00:00.000Z", end: "2024-08-01T00:00:00.000Z" }
 * timexInterval("P3D"); // undefined
 * ```
 *
 * @group Dates
 */
export function timexInterval(value: string): Interval | undefined {
  checkText("timexInterval", value, "value");
  const m = CALENDAR_VALUE.exec(value);
  return m ? intervalOf(m) : undefined;
}

/**
 * The granularity and interval of a value with one match of the calendar pattern (the dates
 * stage asks both of every expression); the interval only when no digit is unknown.
 */
export function calendarFacts(value: string): CalendarFacts {
  if (value.includes("X")) {
    const granularity = granularityOf(value);
    return granularity ? { granularity } : {};
  }
  return anchoredFacts(value);
}

/**
 * {@link calendarFacts} of a value with no `X` digit: what every value resolved against an anchor
 * is. `resolveDate` always has one, so its bundle leaves out the reading of `X` digits.
 */
export function anchoredFacts(value: string): CalendarFacts {
  const m = CALENDAR_VALUE.exec(value);
  if (!m) return {};
  const interval = intervalOf(m);
  return interval ? { granularity: granularityOfMatch(m), interval } : { granularity: granularityOfMatch(m) };
}

/** What {@link calendarFacts} tells of a value. */
export type CalendarFacts = { readonly granularity?: Granularity; readonly interval?: Interval };

function intervalOf(m: RegExpExecArray): Interval | undefined {
  const digits = m[1]!;
  const [month, day, part, hour, minute, zone, quarter, half, season, week, weekPart, weekday] = m.slice(2);
  if (digits.length === 2) return range(days(Number(digits) * 100, 1, 1), days(Number(digits) * 100 + 100, 1, 1));
  if (digits.length === 3) return range(days(Number(digits) * 10, 1, 1), days(Number(digits) * 10 + 10, 1, 1));
  if (m[0].length > 4 && digits.length !== 4) return undefined;
  const year = Number(digits);
  if (quarter) return monthsRange(year, (Number(quarter) - 1) * 3 + 1, 3);
  if (half) return monthsRange(year, (Number(half) - 1) * 6 + 1, 6);
  if (season) return monthsRange(year, SEASON_MONTHS[season] ?? 1, 3);
  if (week) {
    const monday = isoWeekStart(year, Number(week)) * MS_PER_DAY;
    if (weekPart === "-WE") return range(monday + 5 * MS_PER_DAY, monday + 7 * MS_PER_DAY);
    if (weekday) return range(monday + (Number(weekday) - 1) * MS_PER_DAY, monday + Number(weekday) * MS_PER_DAY);
    return range(monday, monday + 7 * MS_PER_DAY);
  }
  if (!month) return range(days(year, 1, 1), days(year + 1, 1, 1));
  if (!day) return monthsRange(year, Number(month), 1);
  const midnight = days(year, Number(month), Number(day));
  if (part) {
    const [from, to] = PART_OF_DAY_HOURS[part] ?? [0, 24];
    return range(midnight + from * MS_PER_HOUR, midnight + to * MS_PER_HOUR);
  }
  if (!hour) return range(midnight, midnight + MS_PER_DAY);
  const shift = zoneOffsetMs(zone);
  const startOfHour = midnight + Number(hour) * MS_PER_HOUR - shift;
  if (!minute) return range(startOfHour, startOfHour + MS_PER_HOUR);
  const startOfMinute = startOfHour + Number(minute) * 60_000;
  return range(startOfMinute, startOfMinute + 60_000);
}

/** The granularity a calendar TIMEX3 value is written at, or undefined for other values. */
export function granularityOf(value: string): Granularity | undefined {
  const m = CALENDAR_VALUE.exec(value.replace(/X/gu, "0"));
  return m ? granularityOfMatch(m) : undefined;
}

function granularityOfMatch(m: RegExpExecArray): Granularity {
  const digits = m[1]!;
  if (digits.length === 2) return "century";
  if (digits.length === 3) return "decade";
  if (m[8]) return "quarter";
  if (m[9]) return "half";
  if (m[10]) return "season";
  if (m[11]) return m[13] ? "day" : "week";
  if (!m[2]) return "year";
  if (!m[3]) return "month";
  if (m[4]) return "part-of-day";
  if (!m[5]) return "day";
  return m[6] ? "minute" : "hour";
}

function days(year: number, month: number, day: number): number {
  return dayNumber(year, month, day) * MS_PER_DAY;
}

function monthsRange(year: number, month: number, count: number): Interval {
  return range(days(year, month, 1), days(year, month + count, 1));
}

function range(start: number, end: number): Interval {
  return { start: isoInstant(start), end: isoInstant(end) };
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}
