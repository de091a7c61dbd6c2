/**
 * Resolves a {@link Reading} against an anchor day to its TIMEX3 value. Pure calendar
 * arithmetic on day numbers; without an anchor the digits the text leaves open become `X`.
 *
 * @module
 */
import type { TimeUnit } from "../lexicon/dates.js";
import { addMonths, dayNumber, dayOf, daysIn, easterSunday, isoWeekOf, weekdayOf, type Day } from "./calendar.js";
import type { DateSpec, Placement, Reading } from "./spec.js";
import { dayValue, monthValue, pad, weekValue, yearValue } from "./timex-value.js";

/** The tense of the clause a phrase stands in, as far as the words tell. */
export type Tense = "past" | "future" | "none";

/**
 * What a reading is resolved against: the anchor and the tense alone. What a document told before
 * the phrase is read by `resolveInStory` (resolve-story.ts), which only the document pass imports.
 */
export interface ResolveContext {
  /**
   * The anchor day (publication date, or the last absolute date of the narrative), with its time
   * when known. Undefined only for a reading that states its year: the others take the `X` digits
   * of `unanchoredValue` (resolve-unanchored.ts), which only the document pass needs.
   */
  readonly anchor?: Day & { readonly hour?: number; readonly minute?: number } | undefined;
  /** The tense of the phrase's clause. */
  readonly tense: Tense;
}

const SEASONS = ["WI", "SP", "SU", "FA"] as const;

/** The TIMEX3 value of `reading` in `context`, or of `base` (the value of its spec, given) with the reading's parts. */
export function resolveReading(reading: Reading, context: ResolveContext, base = resolveSpec(reading.spec, context)): string {
  const nth = reading.weekOfMonth;
  if (reading.weekOfDay || nth) {
    const day = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/u.exec(base);
    if (!day) return base;
    const y = Number(day[1]);
    const m = Number(day[2]);
    // A month's nth week is the ISO week holding most of its nth seven days (its 4th, 11th... day),
    // as ISO's first week of a year holds January 4; the last holds most of its last seven.
    const d = nth ? (nth > 4 ? daysIn(y, m) - 3 : nth * 7 - 3) : Number(day[3]);
    if (!d) return base;
    const { year, week } = isoWeekOf(dayNumber(y, m, d));
    return weekValue(year, week);
  }
  if (reading.clock && isDayValue(base)) {
    const { hour, minute, zone } = reading.clock;
    return `${base}T${pad(hour)}:${pad(minute ?? 0)}${zone ?? ""}`;
  }
  if (reading.partOfDay && isDayValue(base)) return `${base}T${reading.partOfDay}`;
  return base;
}

function isDayValue(value: string): boolean {
  return /^[\dX]{4}-(?:[\dX]{2}-[\dX]{2}|W[\dX]{2}-\d)$/u.test(value);
}

// A switch, not ts-pattern's match(): this runs once per expression and the matcher's
// allocations showed in profiles; the `never` default keeps a new kind from compiling unhandled.
function resolveSpec(spec: DateSpec, context: ResolveContext): string {
  // Only a spec that states its year comes here without an anchor, and its case reads none.
  const anchor = context.anchor!;
  switch (spec.kind) {
    case "fixed":
      return spec.value;
    case "era": {
      // TIMEX writes years before the common era with a "BC" prefix ("BC0480").
      const digits = spec.unit === "year" ? pad(spec.number, 4) : spec.unit === "decade" ? pad(spec.number, 3) : pad(spec.number, 2);
      return spec.bc ? `BC${digits}` : digits;
    }
    case "date":
      return resolveCalendarDate(spec.year ?? (spec.yearShift !== undefined ? anchor.year + spec.yearShift : undefined), spec.month, spec.day, spec.placement, context);
    case "holiday": {
      const s = spec;
      const on = (year: number): number => (s.easter !== undefined ? easterSunday(year, s.julian) + s.easter : s.day !== undefined ? dayNumber(year, s.month, s.day) : nthWeekday(year, s.month, s.nth ?? 1, s.weekday ?? 1, s.from));
      if (s.year !== undefined) return dayValueOf(on(s.year));
      // A holiday on a fixed day is placed as any year-less day is: "New Year's Eve" in early January is the one just past.
      if (s.day !== undefined) return resolveCalendarDate(undefined, s.month, s.day, s.placement ?? "tense", context);
      const today = dayNumberOf(anchor);
      // Like a year-less date: this year's, unless a word ("last Easter") or the tense says the one before or after.
      const thisYear = on(anchor.year);
      const { placement } = s;
      if (placement === "previous" ? thisYear >= today : !placement && context.tense === "past" && thisYear > today + PAST_TOLERANCE_DAYS) return dayValueOf(on(anchor.year - 1));
      if (placement === "next" ? thisYear <= today : !placement && context.tense === "future" && thisYear < today - FUTURE_TOLERANCE_DAYS) return dayValueOf(on(anchor.year + 1));
      return dayValueOf(thisYear);
    }
    case "quarter-in-focus":
      // Without a quarter named before, a report's quarter is the last one completed.
      return spec.year !== undefined ? pad(spec.year, 4) : unitValue("quarter", anchor, -1);
    case "part-of-year":
      return resolvePartOfYear(spec.unit, spec.part, spec.year, spec.yearShift, spec.placement, context, spec.fiscal);
    case "day-shift":
    case "day-in-focus":
    case "clock":
      // Without a day the text reached, "earlier in the day" and a bare clock time are the anchor's day.
      return dayValueOf(dayNumberOf(anchor) + (spec.kind === "day-shift" ? spec.days : 0));
    case "unit-shift":
      return unitValue(spec.unit, anchor, spec.shift);
    case "offset":
      return resolveOffset(spec.unit, spec.count, spec.baseDays, context);
    case "compound-offset":
      return resolveCompoundOffset(spec.parts, context);
    case "weekday":
      return resolveWeekday(spec.weekday, spec.placement, spec.weekShift, context);
    case "weekend":
      return resolveWeekend(spec.placement, spec.weeks ?? 0, context);
    case "day-of-shifted-month": {
      // "on the 2nd": this month's, or the month before or after when the tense says so.
      const byTense = spec.byTense ? (context.tense === "past" && spec.day > anchor.day ? -1 : context.tense === "future" && spec.day < anchor.day ? 1 : 0) : 0;
      const { year, month } = addMonths(anchor.year, anchor.month, spec.shift + byTense);
      return spec.day <= daysIn(year, month) ? dayValue(year, month, spec.day) : monthValue(year, month);
    }
    default:
      return spec satisfies never;
  }
}

/**
 * The day number of the `nth` `weekday` of a month, counted from its day `from` (the first by
 * default); a negative `nth` counts from the end (a fifth may run into the next month).
 */
export function nthWeekday(year: number, month: number, nth: number, weekday: number, from = 1): number {
  if (nth < 0) {
    const last = dayNumber(year, month, daysIn(year, month));
    return last - ((weekdayOf(last) - weekday + 7) % 7);
  }
  const first = dayNumber(year, month, from);
  return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (nth - 1);
}

function dayNumberOf(day: Day): number {
  return dayNumber(day.year, day.month, day.day);
}

function dayValueOf(n: number): string {
  const d = dayOf(n);
  return dayValue(d.year, d.month, d.day);
}

/** The value of the anchor's `unit` shifted by `shift` units. */
function unitValue(unit: TimeUnit, anchor: Day, shift: number): string {
  switch (unit) {
    case "century":
      return pad(Math.floor(anchor.year / 100) + shift, 2);
    case "decade":
      return pad(Math.floor(anchor.year / 10) + shift, 3);
    case "year":
      return yearValue(anchor.year + shift);
    case "half": {
      const index = anchor.year * 2 + (anchor.month > 6 ? 1 : 0) + shift;
      return `${yearValue(Math.floor(index / 2))}-H${(index % 2) + 1}`;
    }
    case "quarter": {
      const index = anchor.year * 4 + Math.floor((anchor.month - 1) / 3) + shift;
      return `${yearValue(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
    }
    case "month": {
      const { year, month } = addMonths(anchor.year, anchor.month, shift);
      return monthValue(year, month);
    }
    case "week": {
      const { year, week } = isoWeekOf(dayNumberOf(anchor) + 7 * shift);
      return weekValue(year, week);
    }
    case "day":
    case "hour":
    case "minute":
    case "second":
      return dayValueOf(dayNumberOf(anchor) + (unit === "day" ? shift : 0));
    default:
      return unit satisfies never;
  }
}

function resolveOffset(unit: TimeUnit, count: number, baseDays: number, context: ResolveContext): string {
  const anchor = context.anchor!;
  const base = dayOf(dayNumberOf(anchor) + baseDays);
  // "an hour ago" against a reference with a time is a clock time, as one part of a compound is; without one, the day.
  if ((unit === "hour" || unit === "minute") && anchor.hour !== undefined && baseDays === 0) return resolveCompoundOffset([{ unit, count }], context);
  switch (unit) {
    case "day":
    case "hour":
    case "minute":
    case "second":
      // "100 hours later" without a clock time to count from still passes whole days.
      return dayValueOf(dayNumberOf(base) + Math.trunc(unit === "day" ? count : unit === "hour" ? count / 24 : unit === "minute" ? count / 1440 : 0));
    case "week":
      return baseDays === 0 ? unitValue("week", base, count) : dayValueOf(dayNumberOf(base) + 7 * count);
    case "month": {
      if (baseDays === 0) return unitValue("month", base, count);
      const { year, month } = addMonths(base.year, base.month, count);
      return dayValue(year, month, Math.min(base.day, daysIn(year, month)));
    }
    case "quarter":
    case "half":
      return unitValue("month", base, count * (unit === "quarter" ? 3 : 6));
    case "year":
    case "decade":
    case "century":
      return unitValue("year", base, count * (unit === "year" ? 1 : unit === "decade" ? 10 : 100));
    default:
      return unit satisfies never;
  }
}

/**
 * How far a year-less day may fall after the anchor in a past clause, in days: past verbs often
 * govern announced dates ("set Dec. 15 as the deadline").
 */
const PAST_TOLERANCE_DAYS = 75;
/** How far a year-less day may fall before the anchor in a future clause (copy written a day early). */
const FUTURE_TOLERANCE_DAYS = 7;

/** The months in each unit counted in months. */
const MONTHS_IN: Partial<Record<TimeUnit, number>> = { century: 1200, decade: 120, year: 12, half: 6, quarter: 3, month: 1 };

/** Steps from the anchor by each counted unit in turn; the value is a day, or a time when hours are counted. */
function resolveCompoundOffset(parts: readonly { readonly unit: TimeUnit; readonly count: number }[], context: ResolveContext): string {
  const anchor = context.anchor!;
  let { year, month } = anchor;
  let day = anchor.day;
  let minutes = (anchor.hour ?? 0) * 60 + (anchor.minute ?? 0);
  let extraDays = 0;
  for (const { unit, count } of parts) {
    const perUnit = MONTHS_IN[unit];
    if (perUnit !== undefined) {
      ({ year, month } = addMonths(year, month, Math.round(count * perUnit)));
      day = Math.min(anchor.day, daysIn(year, month));
    } else if (unit === "week" || unit === "day") extraDays += Math.round(count * (unit === "week" ? 7 : 1));
    else minutes += Math.round(count * (unit === "hour" ? 60 : unit === "minute" ? 1 : 1 / 60));
  }
  const total = dayNumber(year, month, day) + extraDays + Math.floor(minutes / 1440);
  const timed = anchor.hour !== undefined && parts.some((p) => p.unit === "hour" || p.unit === "minute");
  if (!timed) return dayValueOf(total);
  const inDay = ((minutes % 1440) + 1440) % 1440;
  return `${dayValueOf(total)}T${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}`;
}

/** A month or day whose year the text may leave out, placed by a word or by tense. */
function resolveCalendarDate(year: number | undefined, month: number, day: number | undefined, placement: Placement, context: ResolveContext): string {
  const write = (y: number): string => (day === undefined ? monthValue(y, month) : dayValue(y, month, day));
  if (year !== undefined) return write(year);
  const anchor = context.anchor!;
  // Compare (month, day) with the anchor's; a month alone compares at month grain.
  const key = month * 100 + (day ?? 0);
  const anchorKey = anchor.month * 100 + (day === undefined ? 0 : anchor.day);
  switch (placement) {
    case "previous":
      return write(key < anchorKey ? anchor.year : anchor.year - 1);
    case "next":
      return write(key > anchorKey ? anchor.year : anchor.year + 1);
    case "current":
      return write(anchor.year);
    case "tense": {
      if (day === undefined) {
        // A month alone: the anchor's year, unless the tense points across the year's edge.
        const offset = month - anchor.month;
        if (context.tense === "past" && offset > 1) return write(anchor.year - 1);
        if (context.tense === "future" && offset < 0) return write(anchor.year + 1);
        // No tense: the nearest such month, leaning to the past as news does ("touching $29 in
        // March" in October is this March, seven months back, not next March).
        if (context.tense === "none" && offset > 4) return write(anchor.year - 1);
        if (context.tense === "none" && offset < -7) return write(anchor.year + 1);
        return write(anchor.year);
      }
      // A day: the nearest year, unless the tense rules it out by more than a few weeks
      // ("payable Dec. 15" in November is this December; "said on Dec. 15" in March is last year's).
      const today = dayNumberOf(anchor);
      const candidates = [anchor.year - 1, anchor.year, anchor.year + 1].map((y) => ({ y, offset: dayNumber(y, month, day) - today }));
      const allowed = candidates.filter(({ offset }) =>
        context.tense === "past" ? offset <= PAST_TOLERANCE_DAYS : context.tense === "future" ? offset >= -FUTURE_TOLERANCE_DAYS : true,
      );
      const pool = allowed.length > 0 ? allowed : candidates;
      const nearest = pool.reduce((a, b) => (Math.abs(b.offset) < Math.abs(a.offset) ? b : a));
      return write(nearest.y);
    }
    default:
      return placement satisfies never;
  }
}

function resolvePartOfYear(
  unit: "quarter" | "half" | "season",
  part: string,
  year: number | undefined,
  yearShift: number | undefined,
  placement: Placement,
  context: ResolveContext,
  fiscal?: boolean,
): string {
  const code = unit === "quarter" ? `Q${part}` : unit === "half" ? `H${part}` : part;
  if (year !== undefined) return `${yearValue(year)}-${code}`;
  const anchor = context.anchor!;
  if (yearShift !== undefined) return `${yearValue(anchor.year + yearShift)}-${code}`;
  const perYear = unit === "quarter" ? 4 : unit === "half" ? 2 : 4;
  const index = unit === "season" ? SEASONS.indexOf(part as (typeof SEASONS)[number]) : Number(part) - 1;
  const anchorIndex = anchorPartIndex(unit, anchor);
  const anchorYear = unit === "season" && anchor.month === 12 ? anchor.year + 1 : anchor.year;
  // A fiscal year is named by the year it ends in, so its quarters run up to three ahead of the
  // calendar's: "the fiscal third quarter" reported in March is this year's, the fourth in January last year's.
  const current = anchorYear * perYear + anchorIndex + (fiscal ? 2 : 0);
  const sameYear = anchorYear * perYear + index;
  // "the autumn" in a future clause is the coming one; "the spring" said in the autumn, next year's
  // (the season just ended may still be the one meant: "demand will stay weak well into the summer").
  const chosen = unit === "season" && placement === "tense" && context.tense === "future" ? (sameYear < current - 1 ? sameYear + perYear : sameYear) : choosePart(placement, sameYear, current, perYear, context.tense, unit === "season" ? undefined : (anchor.month - 1) % (12 / perYear) < 2);
  const chosenYear = Math.floor(chosen / perYear);
  // Winter is written with the year it starts in (December).
  const writtenYear = unit === "season" && part === "WI" ? chosenYear - 1 : chosenYear;
  return `${yearValue(writtenYear)}-${code}`;
}

/**
 * The index (year * perYear + part) of the part of the year `placement` picks; `reporting` (for
 * quarters and halves, not seasons) when the anchor is in the first two months of its own, while
 * the one before is still being reported on.
 */
function choosePart(placement: Placement, sameYear: number, current: number, perYear: number, tense: Tense, reporting: boolean | undefined): number {
  switch (placement) {
    case "previous":
      return sameYear < current ? sameYear : sameYear - perYear;
    case "next":
      return sameYear > current ? sameYear : sameYear + perYear;
    case "current":
      return sameYear;
    case "tense": {
      const previous = sameYear < current ? sameYear : sameYear - perYear;
      // In a future clause a quarter under way or ahead is the coming one ("the fourth quarter is expected
      // to improve" in March); only the one just ended is still to be reported on ("expects a third-quarter loss" in November).
      if (tense === "future" && reporting !== undefined) return previous === current - 1 && reporting ? previous : previous + perYear;
      // "the fourth quarter" said in January is last year's: a period two or more ahead has not begun,
      // and one in the past is reported later ("expects to report third-quarter results").
      return sameYear - current >= 2 || (tense === "past" && sameYear > current) ? previous : sameYear;
    }
    default:
      return placement satisfies never;
  }
}

function anchorPartIndex(unit: "quarter" | "half" | "season", anchor: Day): number {
  if (unit === "quarter") return Math.floor((anchor.month - 1) / 3);
  if (unit === "half") return anchor.month > 6 ? 1 : 0;
  return Math.floor((anchor.month % 12) / 3);
}

function resolveWeekday(weekday: number, placement: Placement, weekShift: number | undefined, context: ResolveContext): string {
  const anchor = context.anchor!;
  const today = dayNumberOf(anchor);
  const todayWeekday = weekdayOf(today);
  if (weekShift !== undefined) return dayValueOf(today - todayWeekday + weekday + 7 * weekShift);
  const back = (todayWeekday - weekday + 7) % 7;
  const ahead = (weekday - todayWeekday + 7) % 7;
  switch (placement) {
    case "previous":
      return dayValueOf(today - (back === 0 ? 7 : back));
    case "next":
      return dayValueOf(today + (ahead === 0 ? 7 : ahead));
    case "current":
      return dayValueOf(today - todayWeekday + weekday);
    case "tense":
      return dayValueOf(context.tense === "future" ? today + ahead : today - back);
    default:
      return placement satisfies never;
  }
}

function resolveWeekend(placement: Placement, weeks: number, context: ResolveContext): string {
  const anchor = context.anchor!;
  const today = dayNumberOf(anchor);
  const inWeekend = weekdayOf(today) >= 6;
  const forward = placement === "next" || (placement === "tense" && context.tense === "future");
  // "this weekend" is the one of the anchor's week, whatever the tense.
  const shift = placement === "current" ? 0 : forward ? (inWeekend && placement === "next" ? 1 : 0) : inWeekend ? 0 : -1;
  // "the weekend after next" is a week past the next one.
  const { year, week } = isoWeekOf(today + 7 * (shift + weeks));
  return `${weekValue(year, week)}-WE`;
}

