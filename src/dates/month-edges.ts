/**
 * "The last day of March", "the first day of 2024", "the last day of the month": the day at an edge
 * of a month or a year the text names, one DATE as TimeML marks it. The grammar reads "the last
 * day" and "March" apart. "The month" is the month of the date just before it in its paragraph,
 * or else of publication; in a text with no publication date, of the last date before it. Documents only
 * ({@link findDates}).
 *
 * @module
 */
import type { AnchorKind, TemporalExpression } from "../model.js";
import type { Reference } from "../text/reference.js";
import { daysIn } from "./calendar.js";
import { dateAt, renumber } from "./range-starts.js";
import { dayValue } from "./timex-value.js";
import { ANY_RARE_WORD, WORD_MONTH } from "./rare-words.js";

/** "the last day of " just before a month or a year the text names. */
const EDGE_DAY_OF = /\b[Tt]he (first|last|final) day (?:of|in) $/u;

/** A month or a year value: "2025-03", "2025". */
const MONTH_OR_YEAR = /^(\d{4})(?:-(\d{2}))?$/u;

/** "the last day of the month", where "the month" is no expression of its own. */
const EDGE_DAY_OF_THE_MONTH = /\b[Tt]he (first|last|final) day of the month\b/gu;

/** The year and month a value at month grain or finer names: "2024-05", "2024-05-17T…". */
const MONTH_OF_VALUE = /^(\d{4})-(\d{2})(?:-|$)/u;

/** The first or last day of `month` of `year`, or of the whole year. */
function edgeDay(edge: string, year: number, month: number | undefined): string {
  const first = edge === "first";
  if (month === undefined) return first ? dayValue(year, 1, 1) : dayValue(year, 12, 31);
  return dayValue(year, month, first ? 1 : daysIn(year, month));
}

/**
 * The expressions with each first or last day of a month or year joined into the one day it names; whatever the parts were read as gives way.
 * `words` tells whether the text may hold "month" (rare-words.ts), for "the last day of the month".
 */
export function joinMonthEdges(text: string, out: TemporalExpression[], published?: Reference, words = ANY_RARE_WORD): TemporalExpression[] {
  const edges: TemporalExpression[] = [];
  for (const e of out) {
    // {@link EDGE_DAY_OF} ends with "day of " or "day in ": a look at the text before the pattern.
    if (!text.startsWith("day of ", e.start - 7) && !text.startsWith("day in ", e.start - 7)) continue;
    const period = MONTH_OR_YEAR.exec(e.value);
    const m = period ? EDGE_DAY_OF.exec(text.slice(Math.max(0, e.start - 20), e.start)) : null;
    if (!period || !m) continue;
    const value = edgeDay(m[1]!, Number(period[1]), period[2] === undefined ? undefined : Number(period[2]));
    edges.push({ ...dateAt(text, e.start - m[0].length, e.end, value), anchor: e.anchor });
  }
  // A plain test first: the pattern then runs on few texts.
  if ((words & WORD_MONTH) !== 0 && text.includes("day of the month")) {
    for (const m of text.matchAll(EDGE_DAY_OF_THE_MONTH)) {
      if (edges.some((d) => d.start === m.index)) continue;
      const before = monthBefore(text, out, m.index, !published);
      const within = before ?? published;
      if (!within) continue;
      const anchor: AnchorKind = before ? "narrative" : "published";
      edges.push({ ...dateAt(text, m.index, m.index + m[0].length, edgeDay(m[1]!, within.year, within.month)), anchor });
    }
  }
  if (edges.length === 0) return out;
  const kept = out.filter((e) => !edges.some((d) => e.start < d.end && d.start < e.end));
  return renumber([...kept, ...edges].sort((a, b) => a.start - b.start));
}

/**
 * The year and month of the last date before `at` (durations, sets and "now" pass over), when it
 * names one and stands in the same paragraph; in any paragraph before when `anywhere` (a text
 * with no publication date, where the month of publication is no fallback).
 */
export function monthBefore(text: string, out: readonly TemporalExpression[], at: number, anywhere = false): { year: number; month: number } | undefined {
  let previous: TemporalExpression | undefined;
  for (const e of out) {
    if (e.end > at) break;
    const c = e.value.charCodeAt(0);
    if (c >= 48 && c <= 57) previous = e;
  }
  if (!previous || (!anywhere && text.slice(previous.end, at).includes("\n"))) return undefined;
  const m = MONTH_OF_VALUE.exec(previous.value);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}
