/**
 * "The day before, …", "the night before.", "the year after": a unit next to the story's time,
 * closed by punctuation, which TIMEX2 and TimeML mark in a narrative ("the day before the vote"
 * is anchored to an event instead, and stays untagged). Read only without a publication date,
 * from the last date the text gave at the unit's grain. Documents only ({@link findDates}).
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import { addMonths, dayNumber, dayOf, isoWeekOf } from "./calendar.js";
import { dayValue, monthValue, weekValue, yearValue } from "./timex-value.js";
import { dateAt, mergeIn, renumber } from "./range-starts.js";

/** "the day before", closed by a comma, a full stop, a semicolon or a colon. */
const UNIT_BEFORE_OR_AFTER = /\b[Tt]he (day|night|week|month|year) (before|after)(?=\s*[,.;:])/gu;

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
