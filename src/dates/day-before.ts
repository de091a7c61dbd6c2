/**
 * "The day before, …", "the night before.", "the year after": a unit next to the story's time,
 * closed by punctuation, which TIMEX2 and TimeML mark in a narrative; and one before an event the
 * story has just told of ("the day after the surrender", "the night before the assault"), a step
 * from its time as "three weeks after the landing" is (story-steps.ts). Read only without a
 * publication date, from the last date the text gave at the unit's grain. Documents only ({@link findDates}).
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import { addMonths, dayNumber, dayOf, isoWeekOf } from "./calendar.js";
import { dayValue, monthValue, weekValue, yearValue } from "./timex-value.js";
import { dateAt, mergeIn, renumber } from "./range-starts.js";

/** "the day before", closed by a comma, a full stop, a semicolon or a colon, or before an event ("the day after the surrender"). */
const UNIT_BEFORE_OR_AFTER = /\b[Tt]he (day|night|week|month|year) (before|after)(?=\s*[,.;:]| (?:the|his|her|its|their|this|that|a|an) [a-z])/gu;

/** The leading year, month and day of a value ("1944-06-06TMO"), as far as it states them. */
const DATE_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;

/** The value of `unit` shifted by `shift` from the date `value` states, or undefined when it is too coarse. */
function shifted(value: string, unit: string, shift: number): string | undefined {
  const m = DATE_PREFIX.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (unit === "year") return yearValue(year + shift);
  if (m[2] === undefined) return undefined;
  const month = Number(m[2]);
  if (unit === "month") {
    const to = addMonths(year, month, shift);
    return monthValue(to.year, to.month);
  }
  if (m[3] === undefined) return undefined;
  const n = dayNumber(year, month, Number(m[3]));
  if (unit === "week") {
    const week = isoWeekOf(n + 7 * shift);
    return weekValue(week.year, week.week);
  }
  const day = dayOf(n + shift);
  return dayValue(day.year, day.month, day.day) + (unit === "night" ? "TNI" : "");
}

/** The expressions of an undated text with each "the day before" / "the year after" added, in text order. */
export function addDaysBefore(text: string, out: TemporalExpression[]): TemporalExpression[] {
  const added: TemporalExpression[] = [];
  for (const m of text.matchAll(UNIT_BEFORE_OR_AFTER)) {
    // The story's time: the last date the text stated (not one of these looks aside), at the unit's grain or finer.
    let last: TemporalExpression | undefined;
    for (const e of out) if (e.start < m.index && DATE_PREFIX.test(e.value)) last = e;
    const value = last && shifted(last.value, m[1]!, m[2] === "before" ? -1 : 1);
    if (value) added.push({ ...dateAt(text, m.index, m.index + m[0].length, value), type: m[1] === "night" ? "TIME" : "DATE", anchor: "narrative" });
  }
  const merged = mergeIn(out, added);
  return merged === out ? out : renumber(merged);
}

/** "the day before " or "the night after " just before a day the text names ("the day before last Tuesday"). */
const UNIT_BEFORE_OR_AFTER_DAY = /\b[Tt]he (day|night) (before|after) $/u;

/**
 * The expressions with each day the text names that "the day before" or "the day after" opens joined to
 * it, as one expression a day off ("the day before last Tuesday", "the day after Christmas"), as TimeML
 * reads "the day before yesterday".
 */
export function joinDaysBeforeDays(text: string, out: TemporalExpression[]): TemporalExpression[] {
  let joined: TemporalExpression[] | undefined;
  for (let k = 0; k < out.length; k++) {
    const e = out[k]!;
    // The pattern ends with "before " or "after ": a look at the text first, for the many expressions after neither.
    const m = e.start >= 15 && (text.startsWith("before ", e.start - 7) || text.startsWith("after ", e.start - 6)) && /^\d{4}-\d{2}-\d{2}$/u.test(e.value.slice(0, 10)) ? UNIT_BEFORE_OR_AFTER_DAY.exec(text.slice(Math.max(0, e.start - 20), e.start)) : null;
    const value = m && shifted(e.value.slice(0, 10), m[1]!, m[2] === "before" ? -1 : 1);
    if (!m || !value) continue;
    joined ??= out.slice();
    joined[k] = { ...dateAt(text, e.start - m[0].length, e.end, value), type: m[1] === "night" ? "TIME" : "DATE", anchor: e.anchor };
  }
  return joined ? renumber(joined) : out;
}
