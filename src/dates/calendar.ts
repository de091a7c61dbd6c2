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
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** The calendar day of a day number. */
export function dayOf(n: number): Day {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
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
