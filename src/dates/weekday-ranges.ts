/**
 * Ranges of weekdays in order: "Monday through Friday" ends on the first Friday on or after its
 * Monday. Each weekday is placed on its own by the tense of its clause, so a range across the
 * publication day came out reversed (published on a Thursday, "ran Monday to Friday" gave Monday
 * the 21st and Friday the 18th). A pass over a document's expressions; a phrase alone has no range.
 *
 * @module
 */
import { WEEKDAY_WORDS } from "../lexicon/dates.js";
import type { TemporalExpression } from "../model.js";
import { dayNumber, dayOf, type Day } from "./calendar.js";
import { withValue } from "./range-starts.js";
import { dayValue } from "./timex-value.js";

/** What joins the two ends of a range of weekdays ("Monday to Friday", "Wednesday through Friday", "Mon-Fri"). */
const WEEKDAY_RANGE_JOIN = /^\s*(?:to|through|thru|until|till|-|–)\s*$/u;

/**
 * `out` with each reversed range of two weekdays put in order: one that has ended by the
 * publication day keeps its end and moves its start a week back, one still running or ahead keeps
 * its start and moves its end a week on (as {@link orderRanges} does for year-less dates).
 * `out` itself when there is none.
 */
export function orderWeekdayRanges(text: string, out: TemporalExpression[], published: Day | undefined): TemporalExpression[] {
  if (!published) return out;
  let ordered: TemporalExpression[] | undefined;
  // Each expression's day read once, as the end of one pair and then the start of the next.
  let end = out.length > 0 ? weekdayDay(out[0]!) : undefined;
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1]!;
    const b = out[k]!;
    const start = end;
    end = weekdayDay(b);
    if (start === undefined || end === undefined || end >= start || !WEEKDAY_RANGE_JOIN.test(text.slice(a.end, b.start))) continue;
    ordered ??= out.slice();
    if (end < dayNumber(published.year, published.month, published.day)) ordered[k - 1] = withValue(a, valueOf(start - 7));
    else ordered[k] = withValue(b, valueOf(end + 7));
  }
  return ordered ?? out;
}

/** The day number of `e` when it is a bare weekday valued as a day ("Friday" → 2025-04-18). */
function weekdayDay(e: TemporalExpression): number | undefined {
  if (e.type !== "DATE" || e.value.length !== 10 || !WEEKDAY_WORDS.has(e.text.toLowerCase())) return undefined;
  const n = dayNumber(Number(e.value.slice(0, 4)), Number(e.value.slice(5, 7)), Number(e.value.slice(8, 10)));
  return Number.isNaN(n) ? undefined : n;
}

function valueOf(n: number): string {
  const d = dayOf(n);
  return dayValue(d.year, d.month, d.day);
}
