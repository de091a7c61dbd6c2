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
import { calendarFacts, dayValue, monthValue, weekValue, yearValue } from "./timex-value.js";

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
  let result = out;
  for (const m of text.matchAll(UNIT_BEFORE_OR_AFTER)) {
    const start = m.index;
    const end = start + m[0].length;
    const at = result.findIndex((e) => e.end > start);
    if (at >= 0 && result[at]!.start < end) continue;
    const before = at < 0 ? result : result.slice(0, at);
    // The story's time: the last date the text stated (not one of these looks aside), at the unit's grain or finer.
    let last: TemporalExpression | undefined;
    for (let k = before.length - 1; k >= 0 && !last; k--) if (out.includes(before[k]!) && DATE_PREFIX.test(before[k]!.value)) last = before[k];
    const value = last ? shifted(last.value, m[1]!, m[2] === "before" ? -1 : 1) : undefined;
    if (value === undefined) continue;
    const { granularity, interval } = calendarFacts(value);
    const added: TemporalExpression = { id: "", text: m[0], start, end, type: m[1] === "night" ? "TIME" : "DATE", value, ...(granularity ? { granularity } : {}), anchor: "narrative", ...(interval ? { interval } : {}) };
    result = [...before, added, ...(at < 0 ? [] : result.slice(at))];
  }
  return result === out ? out : result.map((e, k) => ({ ...e, id: `t${k + 1}` }));
}
