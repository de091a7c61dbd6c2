/**
 * A weekday counted within a month: "the last Sunday of May", "the first Tuesday in November
 * 2024", "the third Friday of this month", "the 2nd Monday of next month". The grammar reads the weekday and the month apart; TimeML
 * marks the whole phrase as one DATE, the day it names, so this pass joins them. Documents only
 * ({@link findDates}): `resolveDate` reads a phrase alone. A weekday counted within every month
 * ("the first Monday of each month") joins the SET that follows it. "The last Friday of the
 * month" counts within the month a date just before it in the paragraph names, or else the
 * month of publication; with no publication date, the month of the last date before it. "The last
 * weekend of June" is the weekend of the month's last Saturday.
 *
 * @module
 */
import { WEEKDAY_WORDS } from "../lexicon/dates.js";
import type { AnchorKind, TemporalExpression } from "../model.js";
import type { Reference } from "../text/reference.js";
import { dayOf, isoWeekOf } from "./calendar.js";
import { isLetterOrDigitAt } from "../text/chars.js";
import { dateAt, renumber } from "./range-starts.js";
import { monthBefore } from "./month-edges.js";
import { nthWeekday } from "./resolve-spec.js";
import { dayValue, weekValue } from "./timex-value.js";

/** The count before the weekday, the weekday ("last Sunday" when the grammar read "last" with it), and "of" or "in" up to the month. */
const COUNTED_WEEKDAY = /\b[Tt]he (?:(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th) )?(last )?([A-Z][a-z]{2,8}) (?:of|in) $/u;

/** "the last weekend of " up to a month (the grammar reads "the last weekend" as the one before this week's). */
const LAST_WEEKEND_OF = /\b[Tt]he (?:last|final) weekend (?:of|in) $/u;

/** The position of each count word: the last is -1. */
const COUNTS: ReadonlyMap<string, number> = new Map([
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["last", -1], ["final", -1],
  ["1st", 1], ["2nd", 2], ["3rd", 3], ["4th", 4], ["5th", 5],
]);

/** A month value: "2024-05". */
const MONTH_VALUE = /^(\d{4})-(\d{2})$/u;

/** "the month" after a counted weekday, as the text goes on after the weekday. */
const THE_MONTH_TAILS = [" of the month", " in the month"] as const;

/**
 * The expressions with each weekday counted within the month after it joined to that month, as
 * one DATE; "the month" is the month of the date before it in its paragraph, or of `published`.
 */
export function joinCountedWeekdays(text: string, out: TemporalExpression[], published?: Reference): TemporalExpression[] {
  let joined: TemporalExpression[] | undefined;
  for (let k = 0; k < out.length; k++) {
    const day = out[k]!;
    const theMonth = theMonthAfter(text, day.end);
    if (theMonth) {
      const before = monthBefore(text, out, day.start, !published);
      const dated = countedInTheMonth(text, day, day.end + theMonth.length, before ?? published, before ? "narrative" : "published");
      if (dated) {
        joined ??= out.slice();
        joined.splice(joined.indexOf(day), 1, dated);
      }
      continue;
    }
    const month = out[k + 1];
    if (!month) break;
    // The gap first: most expressions stand far from the next.
    if (month.start - day.end > 4) continue;
    const m = MONTH_VALUE.exec(month.value);
    const monthly = month.type === "SET" && month.value === "P1M";
    if (!m && !monthly) continue;
    // "the last weekend of June": the weekend of the month's last Saturday, as one DATE.
    const weekend = m && day.value.endsWith("-WE") ? LAST_WEEKEND_OF.exec(text.slice(Math.max(0, day.start - 4), month.start)) : null;
    if (weekend) {
      const week = isoWeekOf(nthWeekday(Number(m![1]), Number(m![2]), -1, 6));
      joined ??= out.slice();
      joined.splice(joined.indexOf(day), 2, { ...dateAt(text, month.start - weekend[0].length, month.end, `${weekValue(week.year, week.week)}-WE`), anchor: month.anchor });
      continue;
    }
    const before = COUNTED_WEEKDAY.exec(text.slice(Math.max(0, day.start - 20), month.start));
    // The weekday expression is the weekday, or "last" and the weekday; the count stands just before it.
    if (!before || !day.text.endsWith(before[3]!)) continue;
    const start = month.start - before[0].length;
    if (!m) {
      // "the first Monday of every month": one SET that recurs monthly, no day of its own.
      joined ??= out.slice();
      joined.splice(joined.indexOf(day), 2, { ...month, text: text.slice(start, month.end), start });
      continue;
    }
    const count = before[2] ? "last" : before[1];
    const weekday = WEEKDAY_WORDS.get(before[3]!.toLowerCase());
    if (count === undefined || weekday === undefined || (before[1] && before[2])) continue;
    const named = dayOf(nthWeekday(Number(m[1]), Number(m[2]), COUNTS.get(count)!, weekday));
    // "the fifth Monday" of a month that has four.
    if (named.month !== Number(m[2])) continue;
    const value = dayValue(named.year, named.month, named.day);
    joined ??= out.slice();
    joined.splice(joined.indexOf(day), 2, { ...dateAt(text, start, month.end, value), anchor: month.anchor });
  }
  return joined ? renumber(joined) : out;
}

/** The day "the last Friday of the month" names in `within`'s month, over `day` ("last Friday") up to `end`; undefined when the text does not count a weekday. */
function countedInTheMonth(text: string, day: TemporalExpression, end: number, within: { year: number; month: number } | undefined, anchor: AnchorKind): TemporalExpression | undefined {
  if (!within) return undefined;
  const ofAt = day.end + " of ".length; // or " in "
  const before = COUNTED_WEEKDAY.exec(text.slice(Math.max(0, day.start - 20), ofAt));
  if (!before || !day.text.endsWith(before[3]!) || (before[1] && before[2])) return undefined;
  const count = before[2] ? "last" : before[1];
  const weekday = WEEKDAY_WORDS.get(before[3]!.toLowerCase());
  if (count === undefined || weekday === undefined) return undefined;
  const named = dayOf(nthWeekday(within.year, within.month, COUNTS.get(count)!, weekday));
  if (named.month !== within.month) return undefined;
  return { ...dateAt(text, ofAt - before[0].length, end, dayValue(named.year, named.month, named.day)), anchor };
}

/** The tail of {@link THE_MONTH_TAILS} the text goes on with at `at`, a word of its own, or undefined (a loop, not a closure per expression). */
function theMonthAfter(text: string, at: number): string | undefined {
  for (const tail of THE_MONTH_TAILS) if (text.startsWith(tail, at) && !wordGoesOn(text, at + tail.length)) return tail;
  return undefined;
}

/** True when a letter or digit stands at `i`: the word before it goes on ("the monthly"). */
function wordGoesOn(text: string, i: number): boolean {
  return i < text.length && isLetterOrDigitAt(text, i);
}
