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
 * `new Date(ms).toISOString()` ("2025-04-24T00:00:00.000Z"). Not remembered here: the dates
 * stage remembers whole readings of recent values (see `documentFacts`), strings included.
 */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString();
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

/** The day number of Easter Sunday in `year`: the Western (Gregorian) one, or with `julian` the Orthodox one. */
export function easterSunday(year: number, julian?: boolean): number {
  if (julian) {
    // Meeus's Julian computus, then the Julian date moved onto the Gregorian calendar (13 days in 1900–2099).
    const d = (19 * (year % 19) + 15) % 30;
    const n = d + ((2 * (year % 4) + 4 * (year % 7) - d + 34) % 7) + 114;
    return dayNumber(year, Math.floor(n / 31), (n % 31) + 1) + Math.floor(year / 100) - Math.floor(year / 400) - 2;
  }
  // The anonymous Gregorian computus (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const n = h + l - 7 * Math.floor((a + 11 * h + 22 * l) / 451) + 114;
  return dayNumber(year, Math.floor(n / 31), (n % 31) + 1);
}

/** The number of days in `month` of `year`. */
export function daysIn(year: number, month: number): number {
  return dayOf(dayNumber(year, month + 1, 1) - 1).day;
}

/** Days in each month of a common year. */
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days in `month` (1–12) of `year` by the Gregorian leap rule: {@link daysIn} without its day numbers. */
export function monthLength(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_LENGTHS[month - 1]!;
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
