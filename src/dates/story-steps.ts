/**
 * Steps a story takes that the grammar reads apart: "noon the next day" (a clock time and the day
 * it falls on, one TIME), and "ten days before," closed by punctuation (a date counted from the
 * story's time, like "ten days earlier"; the grammar reads "ten days" as a length, as news has it).
 * Documents only ({@link findDates}): `resolveDate` reads a phrase alone and bundles none of this.
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import { addMonths, dayNumber, dayOf, isoWeekOf } from "./calendar.js";
import { dayValue, monthValue, weekValue, yearValue } from "./timex-value.js";
import { dateAt, renumber, withValue } from "./range-starts.js";

/** The day a story steps to: "the next day", "the following day", "the same day", "that day". */
const STORY_DAY = /^(?:the (?:next|following|same)|that) day$/iu;

/** A value that opens with a day: "1799-04-04", "1799-04-04TMO". */
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}/u;

/**
 * The expressions with each clock time or part of a day right before the story's next or same day
 * joined to it ("noon the next day", "dawn the following day"): one TIME on that day.
 */
export function joinClocksToStoryDays(text: string, out: TemporalExpression[]): TemporalExpression[] {
  // Made at the first join only: this runs on every document, and most have none.
  let joined: TemporalExpression[] | undefined;
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1];
    if (b && a.type === "TIME" && b.start === a.end + 1 && text[a.end] === " " && STORY_DAY.test(b.text) && DAY_VALUE.test(a.value) && DAY_VALUE.test(b.value)) {
      joined ??= out.slice(0, k);
      joined.push({ ...withValue(a, b.value.slice(0, 10) + a.value.slice(10)), text: text.slice(a.start, b.end), end: b.end, anchor: b.anchor });
      k += 1;
    } else joined?.push(a);
  }
  return joined ? renumber(joined) : out;
}

/**
 * " before," / " after." right after a length, or " after the landing", " before its fall": the
 * length is a step aside from the story's time, or from an event's ("three weeks after the landing").
 */
const STEP_ASIDE = /^ (before|after)(?=\s*[,.;:]| (?:the|his|her|its|their|this|that|a|an) [a-z]| that\b)/u;

/** Words before a length that keep it one: "for three weeks after the landing", "within two days after". */
const STILL_LENGTH = /\b(?:[Ff]or|[Ww]ithin|[Oo]ver|[Ii]n|lasted|lasting|took|spent)\s+$/u;

/** What lies between " after" and a date that names the event's time: "after the landing on 6 June", "after the revolution of 1917". */
const EVENT_THEN = /^ (?:before|after) [^,.;:()]{1,40}$/u;

/** A comma between a date and the length after it, a hedge allowed: "1648, thirty years", "1783, more than eight years". */
const APPOSED = /^, (?:(?:more|less) than |nearly |almost |about |some |just |only )?$/u;

/** A whole count of days, weeks, months or years: "P10D", "P2Y". */
const COUNTED = /^P(\d{1,3})([DWMY])$/u;

/** The leading year, month and day of a value, as far as it states them. */
const DATE_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;

/**
 * The expressions of an undated text with each "ten days before," / "two years after." / "three
 * weeks after the landing" read as a date: the date the event's words name ("after the landing on 6
 * June") or else the last date the text stated, shifted by the length, at the length's grain (a week
 * is an ISO week); left a length when that date is too coarse for the unit ("in 1950 … ten days
 * before,"), and after "for", "within", "lasted" ("lasted three weeks after the landing").
 */
export function countedStepsAside(text: string, out: TemporalExpression[]): TemporalExpression[] {
  let stepped: TemporalExpression[] | undefined;
  out.forEach((e, k) => {
    const length = e.type === "DURATION" ? COUNTED.exec(e.value) : null;
    const aside = length ? STEP_ASIDE.exec(text.slice(e.end, e.end + 16)) : null;
    if (!length || !aside || STILL_LENGTH.test(text.slice(Math.max(0, e.start - 9), e.start))) return;
    // "in October 1648, thirty years after the revolt began": the gap from an earlier event to the date just told, a length.
    const before = out[k - 1];
    if (before && APPOSED.test(text.slice(before.end, e.start))) return;
    // The event's own date, when its words name one; else the story's time: the last date or time the text gave before the length.
    const next = out[k + 1];
    let last: RegExpExecArray | null = next && (next.type === "DATE" || next.type === "TIME") && EVENT_THEN.test(text.slice(e.end, next.start)) ? DATE_PREFIX.exec(next.value) : null;
    if (!last) for (let j = 0; j < k; j++) if (out[j]!.type === "DATE" || out[j]!.type === "TIME") last = DATE_PREFIX.exec(out[j]!.value) ?? last;
    const value = last ? shifted(last, length[2]!, (aside[1] === "before" ? -1 : 1) * Number(length[1])) : undefined;
    if (!value) return;
    stepped ??= out.slice();
    stepped[k] = { ...dateAt(text, e.start, e.end + aside[0].length, value), id: e.id, anchor: "narrative" };
  });
  return stepped ?? out;
}

/** The value `count` units (D, W, M, Y) from the date `m` states, or undefined when it is too coarse. */
function shifted(m: RegExpExecArray, unit: string, count: number): string | undefined {
  const year = Number(m[1]);
  if (unit === "Y") return yearValue(year + count);
  if (m[2] === undefined) return undefined;
  if (unit === "M") {
    const to = addMonths(year, Number(m[2]), count);
    return monthValue(to.year, to.month);
  }
  if (m[3] === undefined) return undefined;
  const n = dayNumber(year, Number(m[2]), Number(m[3]));
  if (unit === "W") {
    const week = isoWeekOf(n + 7 * count);
    return weekValue(week.year, week.week);
  }
  const day = dayOf(n + count);
  return dayValue(day.year, day.month, day.day);
}
