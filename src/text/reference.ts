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
 * (read in UTC, or in `timeZone`).
 *
 * With `timeZone` (an IANA name such as `"Europe/Kyiv"`, the publication's place), an instant
 * (a `Date`, or a date-time with `Z` or an offset) is read on that place's wall clock: a story
 * stamped `2025-04-24T22:30:00Z` in Kyiv was published on April 25 there. A date, or a date-time
 * without a zone, is already that wall clock and stays as written. The machine's zone is never read.
 *
 * @throws RangeError when the value is not a real calendar date in ISO 8601 form, or
 * `timeZone` is not a time zone the runtime knows.
 */
export function parseReference(value: string | Date, timeZone?: string): Reference {
  if (timeZone === undefined) return readReference(value);
  const format = formatFor(timeZone);
  const written = readReference(value);
  if (value instanceof Date) return onWallClock(value.getTime(), format, written.iso);
  return written.zone ? onWallClock(instantOf(written.iso, written.zone), format, written.iso) : written;
}

/**
 * Reads a reference date as written, with no time zone to move it into: the part of
 * {@link parseReference} that `resolveDate` needs, apart so its bundle leaves `Intl` out.
 *
 * @param name - The parameter the value was given as, for the messages: `published` (the
 * option), or `reference` (resolveDate's).
 * @throws RangeError when the value is not a real calendar date in ISO 8601 form.
 * @throws TypeError when the value is neither a string nor a `Date`.
 */
export function readReference(value: string | Date, name = "published"): Reference {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError(`newsfacts: \`${name}\` is an invalid Date`);
    return readReference(value.toISOString(), name);
  }
  if (typeof value !== "string") {
    throw new TypeError(`newsfacts: \`${name}\` must be an ISO 8601 string or a Date, got ${value === null ? "null" : typeof value}`);
  }
  const iso = value.trim();
  const m = ISO.exec(iso);
  if (!m) {
    throw new RangeError(`newsfacts: \`${name}\` must be an ISO 8601 date such as "2025-04-24" or "2025-04-24T09:30:00Z", got ${JSON.stringify(value)}`);
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`newsfacts: \`${name}\` is not a calendar date: ${JSON.stringify(value)}`);
  }
  if (m[4] === undefined) return { year, month, day, iso };
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  if (hour > 23 || minute > 59) {
    throw new RangeError(`newsfacts: \`${name}\` has an invalid time: ${JSON.stringify(value)}`);
  }
  return { year, month, day, hour, minute, ...(m[6] ? { zone: m[6] } : {}), iso };
}

/**
 * Checks a `timeZone` option on its own (when no `published` comes with it).
 *
 * @throws RangeError when `timeZone` is not a time zone the runtime knows.
 */
export function checkTimeZone(timeZone: string): void {
  formatFor(timeZone);
}

/**
 * Reads the `published` and `timeZone` options every parse function takes.
 *
 * @returns The reference, or undefined when no `published` is given (left out, `undefined` or `null`).
 * @throws RangeError when `published` is not a valid ISO 8601 date or `timeZone` is not a time zone the runtime knows.
 */
export function referenceOf(options: { readonly published?: string | Date | null | undefined; readonly timeZone?: string }): Reference | undefined {
  if (options.published == null) {
    if (options.timeZone !== undefined) checkTimeZone(options.timeZone);
    return undefined;
  }
  return parseReference(options.published, options.timeZone);
}

/** One formatter a zone: building one costs far more than using it. */
const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The formatter that reads an instant on `timeZone`'s wall clock. */
function formatFor(timeZone: string): Intl.DateTimeFormat {
  if (typeof timeZone !== "string") throw new TypeError(`newsfacts: \`timeZone\` must be a string, got ${typeof timeZone}`);
  const known = FORMATS.get(timeZone);
  if (known) return known;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
  } catch {
    throw new RangeError(`newsfacts: \`timeZone\` must be an IANA time zone name such as "Europe/Kyiv" or "UTC", got ${JSON.stringify(timeZone)}`);
  }
  FORMATS.set(timeZone, format);
  return format;
}

/** The instant (ms since the epoch) of a date-time written with a zone designator. */
function instantOf(iso: string, zone: string): number {
  // Date.parse reads a date-time with an explicit zone the same on every machine; "+0300" gets its colon first.
  const withColon = /^[+-]\d{4}$/u.test(zone) ? iso.slice(0, iso.length - 5) + zone.slice(0, 3) + ":" + zone.slice(3) : iso;
  return Date.parse(withColon.replace(" ", "T"));
}

/** The reference an instant gives on a zone's wall clock, with that moment's offset as its zone. */
function onWallClock(instant: number, format: Intl.DateTimeFormat, iso: string): Reference {
  const fields: Record<string, number> = {};
  for (const part of format.formatToParts(instant)) if (part.type !== "literal") fields[part.type] = Number(part.value);
  const [year, month, day, hour, minute] = [fields["year"] ?? 1970, fields["month"] ?? 1, fields["day"] ?? 1, fields["hour"] ?? 0, fields["minute"] ?? 0];
  const offsetMinutes = Math.round((Date.UTC(year, month - 1, day, hour, minute, fields["second"] ?? 0) - Math.floor(instant / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const zone = offsetMinutes === 0 ? "Z" : `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
  return { year, month, day, hour, minute, zone, iso };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, by the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}
