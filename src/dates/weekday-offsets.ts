/**
 * A length counted from a weekday: "a week from Friday", "ten days from Monday" is the coming
 * weekday plus the length (TimeML: the anchor plus P1W), one DATE. A pass over a document's
 * expressions, out of the grammar so that resolveDate's bundle stays within its budget.
 *
 * @module
 */
import { WEEKDAY_WORDS } from "../lexicon/dates.js";
import type { TemporalExpression } from "../model.js";
import type { Reference } from "../text/reference.js";
import { dayNumber, dayOf, weekdayOf } from "./calendar.js";
import { dateAt } from "./range-starts.js";
import { dayValue } from "./timex-value.js";

/** A length of whole days or weeks: "P10D", "P1W". */
const DAYS_OR_WEEKS = /^P(\d+)([DW])$/u;

/** `out` with each length of days or weeks that " from " joins to a weekday after it made one date; `out` itself when there is none. */
export function joinLengthsFromWeekdays(text: string, out: TemporalExpression[], published?: Reference): TemporalExpression[] {
  if (!published) return out;
  let joined: TemporalExpression[] | undefined;
  for (let k = 0; k + 1 < out.length; k++) {
    const length = out[k]!;
    const day = out[k + 1]!;
    // The gap first: most expressions stand far from the next.
    if (day.start - length.end !== 6 || length.type !== "DURATION") continue;
    const m = DAYS_OR_WEEKS.exec(length.value);
    const weekday = WEEKDAY_WORDS.get(day.text.toLowerCase());
    if (!m || weekday === undefined || day.type !== "DATE" || text.slice(length.end, day.start).toLowerCase() !== " from ") continue;
    const today = dayNumber(published.year, published.month, published.day);
    const coming = today + ((weekday - weekdayOf(today) + 7) % 7);
    const { year, month, day: date } = dayOf(coming + Number(m[1]) * (m[2] === "W" ? 7 : 1));
    joined ??= out.slice();
    joined.splice(joined.indexOf(length), 2, { ...dateAt(text, length.start, day.end, dayValue(year, month, date)), anchor: "published" });
  }
  return joined ?? out;
}
