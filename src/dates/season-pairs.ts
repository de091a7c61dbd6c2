/**
 * "the summer and autumn of 1916", "the spring or summer of 410 BC": a season joined to one that
 * states its year is of that year too (the winter before a later season, of the year before). The
 * grammar reads the first season alone, of the story's or publication's year; this pass gives it
 * the year the text states; "the summer months" is the season. Documents only ({@link findDates}).
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import { yearValue } from "./timex-value.js";
import { renumber, withValue } from "./range-starts.js";

/** A season's value: its year (digits, X or BC) and its code. */
const SEASON_VALUE = /^(XXXX|\d{4}|BC\d{4})-(SP|SU|FA|WI)$/u;

/** What joins two seasons: "and", "or", "to", "through", "until", a dash. */
const SEASON_JOIN = /^ ?(?:and|or|to|through|until|–|-) ?$/u;

/** A season whose text states its year: "autumn of 1916", "summer 410 BC". */
const STATED_YEAR = /\d{3,4}/u;

/** The expressions with each season that a season of a stated year follows, joined, put in that year. */
export function shareSeasonYears(text: string, found: TemporalExpression[]): TemporalExpression[] {
  const out = withSeasonMonths(text, found);
  let shared: TemporalExpression[] | undefined;
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    // A season's value ends in a dash and two capitals ("1916-SU"): a character test before the pattern.
    const first = a.value.charCodeAt(a.value.length - 3) === 45 && a.value.charCodeAt(a.value.length - 1) > 64 ? SEASON_VALUE.exec(a.value) : null;
    const second = first && !STATED_YEAR.test(a.text) && STATED_YEAR.test(b.text) ? SEASON_VALUE.exec(b.value) : null;
    if (!first || !second || !SEASON_JOIN.test(text.slice(a.end, b.start))) continue;
    const year = second[1]!.startsWith("BC") ? 1 - Number(second[1]!.slice(2)) : Number(second[1]);
    // "the winter and spring of 1917": the winter that ends in that spring began in 1916.
    const value = `${yearValue(first[2] === "WI" && second[2] !== "WI" ? year - 1 : year)}-${first[2]!}`;
    shared ??= out.slice();
    shared[k] = { ...withValue(a, value), anchor: "absolute" };
  }
  return shared ?? out;
}

/** The plural unit after a season: "the summer months", "the winter weeks". */
const SEASON_UNITS = /^(?:months|weeks)$/u;

/**
 * "the summer months", "the winter months of 1916": the season, one expression, of the year
 * written after it (the grammar reads "months" as a length of its own).
 */
function withSeasonMonths(text: string, out: TemporalExpression[]): TemporalExpression[] {
  // Made at the first join only: most texts have none, and this runs on every document.
  let joined: TemporalExpression[] | undefined;
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1];
    const season = b && b.start === a.end + 1 && SEASON_UNITS.test(b.text) ? SEASON_VALUE.exec(a.value) : null;
    if (!b || !season) {
      joined?.push(a);
      continue;
    }
    joined ??= out.slice(0, k);
    const c = out[k + 2];
    const ofYear = c && /^\d{4}$/u.test(c.value) && text.slice(b.end, c.start) === " of " ? c : undefined;
    const end = ofYear ? ofYear.end : b.end;
    const value = ofYear ? `${ofYear.value}-${season[2]!}` : a.value;
    joined.push({ ...withValue(a, value), text: text.slice(a.start, end), end, ...(ofYear ? { anchor: "absolute" as const } : {}) });
    k += ofYear ? 2 : 1;
  }
  return joined ? renumber(joined) : out;
}
