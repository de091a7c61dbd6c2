/**
 * Lengths the word grammar leaves out: "another year", "for another week" (one unit more, as "a
 * year" is one), a DURATION of one unit. Documents only ({@link findDates}): `resolveDate`'s
 * bundle stays without them.
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import { mergeIn, renumber } from "./range-starts.js";
import { WORD_ANOTHER, ANY_RARE_WORD } from "./rare-words.js";

/** "another year", "Another fortnight": one more of a unit. */
const ANOTHER_UNIT = /\b[Aa]nother (year|month|fortnight|week|day|decade|century|hour)\b/gu;

/** The TIMEX3 length of one of each unit (decades and centuries in years, as TimeBank writes them). */
const ONE_OF: Readonly<Record<string, string>> = { year: "P1Y", month: "P1M", fortnight: "P2W", week: "P1W", day: "P1D", decade: "P10Y", century: "P100Y", hour: "PT1H" };

/**
 * The expressions with each "another year" no expression covers added as a length, in text order;
 * `words` tells whether the text may hold "another" (rare-words.ts).
 */
export function addAnotherUnits(text: string, out: TemporalExpression[], words = ANY_RARE_WORD): TemporalExpression[] {
  // The word first, then a literal search: the phrase is rare, and a regex scan of the whole text is not cheap.
  if ((words & WORD_ANOTHER) === 0 || !text.includes("nother ")) return out;
  const added: TemporalExpression[] = [];
  for (const m of text.matchAll(ANOTHER_UNIT)) {
    const end = m.index + m[0].length;
    added.push({ id: "", text: m[0], start: m.index, end, type: "DURATION", value: ONE_OF[m[1]!]!, anchor: "absolute" });
  }
  const merged = mergeIn(out, added);
  return merged === out ? out : renumber(merged);
}
