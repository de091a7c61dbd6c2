/**
 * Weekdays listed before a recurring one share its plural: in "on Monday and Tuesday nights" both
 * nights recur (TIMEX3 SETs `XXXX-WXX-1TNI` and `XXXX-WXX-2TNI`), though the grammar reads
 * "Monday" alone as a date; and so do weekdays listed after "every Monday". Documents only ({@link findDates}): `resolveDate` reads a phrase alone.
 *
 * @module
 */
import { WEEKDAY_WORDS } from "../lexicon/dates.js";
import type { TemporalExpression } from "../model.js";
import { renumber } from "./range-starts.js";

/** A weekday of every week, with or without a part of day: "XXXX-WXX-2TNI". */
const RECURRING_WEEKDAY = /^XXXX-WXX-[1-7](T[A-Z]{2})?$/u;

/** What may stand between two listed weekdays. */
const LIST_JOIN = /^(?:,| and| or|, and|, or) $/u;

/** The expressions with each bare weekday listed before a recurring weekday made a SET of that weekday, in text order. */
export function shareRecurrence(text: string, out: TemporalExpression[]): TemporalExpression[] {
  let changed: TemporalExpression[] | undefined;
  // From the end, so a list of several ("Monday, Wednesday and Friday nights") passes the plural back one by one.
  for (let k = out.length - 2; k >= 0; k--) {
    const e = (changed ?? out)[k]!;
    const next = (changed ?? out)[k + 1]!;
    // The set after it first: most expressions have none, and the weekday costs a lower-cased copy.
    const m = next.type === "SET" ? RECURRING_WEEKDAY.exec(next.value) : null;
    const weekday = m && e.text.length >= 6 ? WEEKDAY_WORDS.get(e.text.toLowerCase()) : undefined;
    if (weekday === undefined || !m || !LIST_JOIN.test(text.slice(e.end, next.start))) continue;
    changed ??= out.slice();
    const { interval: _interval, granularity: _granularity, ...rest } = e;
    changed[k] = { ...rest, type: "SET", value: `XXXX-WXX-${weekday}${m[1] ?? ""}`, anchor: next.anchor };
  }
  // "every Monday and Thursday", "each Monday, Wednesday and Friday": the quantifier reaches the
  // bare weekdays listed after it.
  let every = false;
  for (let k = 1; k < out.length; k++) {
    const set = (changed ?? out)[k - 1]!;
    const e = (changed ?? out)[k]!;
    every = set.type === "SET" && RECURRING_WEEKDAY.test(set.value) && (every || /^(?:every|each) /iu.test(set.text));
    const weekday = every && e.type === "DATE" && e.text.length >= 6 ? WEEKDAY_WORDS.get(e.text.toLowerCase()) : undefined;
    if (weekday === undefined || !LIST_JOIN.test(text.slice(set.end, e.start))) continue;
    changed ??= out.slice();
    const { interval: _interval, granularity: _granularity, ...rest } = e;
    changed[k] = { ...rest, type: "SET", value: `XXXX-WXX-${weekday}`, anchor: set.anchor };
  }
  return changed ? renumber(changed) : out;
}
