/**
 * Calendar arithmetic on plain day numbers (days since 1970-01-01, UTC), so no result ever
 * depends on the machine's time zone.
 *
 * @module
 */

/** A calendar day. */
export interface Day {
  /** Full year. */
  readonly year: number;
  /** Month, 1–12. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** The day number (days since 1970-01-01) of a calendar day; overflowing fields roll over. */
export function dayNumber(year: number, month: number, day: number): number {
  if (Number.isSafeInteger(year) && Number.isSafeInteger(month) && Number.isSafeInteger(day) && Math.abs(year) < 100_000 && Math.abs(month) < 1_000_000 && Math.abs(day) < 10_000_000) {
    // Integer arithmetic (proleptic Gregorian, as Date counts), without a Date per call.
    const months = year * 12 + month - 1;
    const y = Math.floor(months / 12);
    return daysFromCivil(y, months - y * 12 + 1) + day - 1;
  }
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** Days from 1970-01-01 to the first of `month` (1–12) of `year` (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5);
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar day of a day number. */
export function dayOf(n: number): Day {
  if (!Number.isSafeInteger(n) || Math.abs(n) > 30_000_000) {
    const d = new Date(n * MS_PER_DAY);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  // H. Hinnant's civil_from_days.
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * `new Date(ms).toISOString()` for an instant in years 0000–9999 ("2025-04-24T00:00:00.000Z"),
 * written without a Date: the dates stage writes two per expression. Made from character codes
 * in one call, so the string is flat, as toISOString's is (a template literal would leave a
 * caller holding many expressions a tree of string pieces for each).
 */
export function isoInstant(ms: number): string {
  // The same instants recur (days around the publication date): each is written once, and shared.
  let iso = instants.get(ms);
  if (iso === undefined) {
    if (instants.size >= INSTANT_LIMIT) instants.clear();
    iso = writeInstant(ms);
    instants.set(ms, iso);
  }
  return iso;
}

/** Instants written so far, by milliseconds; started again past {@link INSTANT_LIMIT}. */
const instants = new Map<number, string>();
const INSTANT_LIMIT = 4096;

function writeInstant(ms: number): string {
  const n = Math.floor(ms / MS_PER_DAY);
  if (!Number.isSafeInteger(ms) || n < -719_528 || n > 2_932_896) return new Date(ms).toISOString();
  const { year, month, day } = dayOf(n);
  let rest = ms - n * MS_PER_DAY;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const codes = ISO_CODES;
  putDigits(codes, 0, year, 4);
  putDigits(codes, 5, month, 2);
  putDigits(codes, 8, day, 2);
  putDigits(codes, 11, hour, 2);
  putDigits(codes, 14, minute, 2);
  putDigits(codes, 17, second, 2);
  putDigits(codes, 20, rest - second * 1000, 3);
  return String.fromCharCode.apply(null, codes);
}

/** The character codes of an ISO instant, its separators in place ("0000-00-00T00:00:00.000Z"); the digits are written per call. */
const ISO_CODES: number[] = Array.from("0000-00-00T00:00:00.000Z", (c) => c.charCodeAt(0));

/** Writes `n` as `width` decimal digits into `codes` from `at`. */
function putDigits(codes: number[], at: number, n: number, width: number): void {
  for (let k = at + width - 1; k >= at; k--) {
    codes[k] = 48 + (n % 10);
    n = Math.floor(n / 10);
  }
}


/** The ISO weekday (Monday 1 … Sunday 7) of a day number. */
export function weekdayOf(n: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** The ISO week (year and week number) a day number falls in. */
export function isoWeekOf(n: number): { readonly year: number; readonly week: number } {
  const thursday = n - weekdayOf(n) + 4;
  const { year } = dayOf(thursday);
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** The day number of the Monday of ISO week `week` of `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - weekdayOf(jan4) + 1 + (week - 1) * 7;
}

/** The number of days in `month` of `year`. */
export function daysIn(year: number, month: number): number {
  return dayOf(dayNumber(year, month + 1, 1) - 1).day;
}

/** True when the fields name a real calendar day. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** Adds `count` months to a (year, month) pair. */
export function addMonths(year: number, month: number, count: number): { readonly year: number; readonly month: number } {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
