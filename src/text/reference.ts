/**
 * The publication reference: the wall-clock date (and time, when given) that relative dates
 * resolve against. Parsed from ISO 8601 without consulting the machine's clock or time zone.
 *
 * @module
 */

/** A reference date-time as written: calendar fields, never shifted to the machine's zone. */
export interface Reference {
  /** Full year, e.g. 2025. */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
  /** Hour, 0–23, when the reference has a time. */
  readonly hour?: number;
  /** Minute, 0–59, when the reference has a time. */
  readonly minute?: number;
  /** The zone designator as written (`"Z"`, `"+03:00"`), when given. */
  readonly zone?: string;
  /** The reference as an ISO 8601 string, as given (trimmed). */
  readonly iso: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/u;

/**
 * Parses an ISO 8601 date or date-time (`"2025-04-24"`, `"2025-04-24T09:30:00Z"`) or a `Date`
 * (read in UTC).
 *
 * @throws RangeError when the value is not a real calendar date in ISO 8601 form.
 */
export function parseReference(value: string | Date): Reference {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError("newsfacts: `published` is an invalid Date");
    return parseReference(value.toISOString());
  }
  if (typeof value !== "string") {
    throw new TypeError(`newsfacts: \`published\` must be an ISO 8601 string or a Date, got ${typeof value}`);
  }
  const iso = value.trim();
  const m = ISO.exec(iso);
  if (!m) {
    throw new RangeError(`newsfacts: \`published\` must be an ISO 8601 date such as "2025-04-24" or "2025-04-24T09:30:00Z", got ${JSON.stringify(value)}`);
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`newsfacts: \`published\` is not a calendar date: ${JSON.stringify(value)}`);
  }
  if (m[4] === undefined) return { year, month, day, iso };
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  if (hour > 23 || minute > 59) {
    throw new RangeError(`newsfacts: \`published\` has an invalid time: ${JSON.stringify(value)}`);
  }
  return { year, month, day, hour, minute, ...(m[6] ? { zone: m[6] } : {}), iso };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, by the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}
