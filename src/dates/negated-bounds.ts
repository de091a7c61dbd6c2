/**
 * "No more than" and "no less than": the bound a "no" before "more than" or "less than" flips.
 * "No more than two years" is at most two years, not over two. A pass over a document's
 * expressions, out of the grammar so that resolveDate's bundle stays within its budget (a phrase
 * given to resolveDate is read from "more than").
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";

/** The mod a bound takes after "no". */
const FLIPPED: ReadonlyMap<string, string> = new Map([
  ["MORE_THAN", "EQUAL_OR_LESS"],
  ["LESS_THAN", "EQUAL_OR_MORE"],
]);

/** `out` with the mod of each "more than" / "less than" right after "no" flipped and "no" taken in; `out` itself when there is none. */
export function flipNegatedBounds(text: string, out: TemporalExpression[]): TemporalExpression[] {
  let flipped: TemporalExpression[] | undefined;
  out.forEach((e, k) => {
    const mod = e.mod === undefined ? undefined : FLIPPED.get(e.mod);
    if (mod === undefined || !followsNo(text, e.start)) return;
    flipped ??= out.slice();
    // TimeML keeps the whole "no more than" in the extent, as it keeps "more than".
    flipped[k] = { ...e, mod, start: e.start - 3, text: text.slice(e.start - 3, e.end) };
  });
  return flipped ?? out;
}

/** True when the word before `start` is "no" ("no more than"), in any case, one space before. */
function followsNo(text: string, start: number): boolean {
  return start >= 3 && /\s/u.test(text.charAt(start - 1)) && text.slice(start - 3, start - 1).toLowerCase() === "no" && !/\p{L}/u.test(text.charAt(start - 4));
}
