/**
 * Eras that histories name and the word grammar leaves out: a year written "c.1200" (the
 * abbreviation glued to it, one token), "the turn of the century", and millennia ("the 1st
 * millennium BC"). Documents only ({@link findDates}): `resolveDate`'s bundle stays without them.
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import { ORDINAL_WORDS } from "../lexicon/dates.js";
import { dateAt, mergeIn, renumber } from "./range-starts.js";

/** "c.1200", "ca.1200 BC", "c.1250–1200 BC": a year glued to an abbreviated "circa", BC when the era follows. */
const GLUED_CIRCA = /\b[Cc]a?\.(\d{3,4})\b(?:[–-]\d{1,4})?( BCE?| B\.C\.)?/gu;

/** "the turn of the century": the year of the turn nearest the story. */
const TURN_OF = /\b[Tt]he turn of the century\b/gu;

/** "the 1st millennium BC", "the second millennium": a millennium by its ordinal. */
const MILLENNIUM = /\b[Tt]he ([a-z\d]{1,9}) millennium\b( (?:BCE?|B\.C\.))?/gu;

/** The expressions with each glued circa year, turn of a century and millennium no expression covers added, in text order. */
export function addStoryEras(text: string, out: TemporalExpression[]): TemporalExpression[] {
  const added: TemporalExpression[] = [];
  for (const m of text.matchAll(GLUED_CIRCA)) {
    const start = m.index + m[0].indexOf(".") + 1;
    // The year alone: "c.1200 BC" and the first of "c.1250–1200 BC" are BC years.
    added.push(dateAt(text, start, start + m[1]!.length, (m[2] ? "BC" : "") + m[1]!.padStart(4, "0")));
  }
  // A literal search first: the phrases are rare, and a regex scan of the whole text is not cheap.
  if (text.includes("turn of the century")) for (const m of text.matchAll(TURN_OF)) {
    // The year the text last stated ("1944-06" is 1944; decades and centuries have fewer digits).
    let year = 0;
    for (const e of out) if (e.start < m.index && Number.parseInt(e.value, 10) > 999) year = Number.parseInt(e.value, 10);
    if (year > 0) added.push(dateAt(text, m.index, m.index + m[0].length, String(Math.round(year / 100) * 100)));
  }
  if (text.includes(" millennium")) for (const m of text.matchAll(MILLENNIUM)) {
    // "1st" reads as 1, "first" from the lexicon.
    const nth = Number.parseInt(m[1]!, 10) || (ORDINAL_WORDS.get(m[1]!) ?? 0);
    if (nth > 0 && nth < 10) added.push(dateAt(text, m.index, m.index + m[0].length, (m[2] ? "BC" : "") + String(nth - 1)));
  }
  const merged = mergeIn(out, added);
  return merged === out ? out : renumber(merged);
}
