/**
 * Eras that histories name and the word grammar leaves out: a year written "c.1200" (the
 * abbreviation glued to it, one token), "the turn of the century", and millennia ("the 1st
 * millennium BC"). Documents only ({@link findDates}): `resolveDate`'s bundle stays without them.
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import { ORDINAL_WORDS } from "../lexicon/dates.js";
import { calendarFacts } from "./timex-value.js";

/**
 * "c.1200", "ca.1200 BC": a year after "circa" abbreviated and glued to it (TimeML leaves the
 * hedge out of the extent and keeps it as `mod`), with its era when one follows.
 */
const GLUED_CIRCA = /\b[Cc]a?\.(\d{3,4})\b(?:[–-]\d{1,4})?(?: ?(BCE?|B\.C\.))?/gu;

/**
 * "the turn of the century", "the turn of the 20th century", "the turn of the millennium": the
 * years around the change of a century (or a millennium), as the year it turns on.
 */
const TURN_OF = /\b[Tt]he turn of the ([a-z\d]+ )?(century|millennium)\b/gu;

/** "1st millennium", "second millennium": a millennium by its ordinal (its article, edge and era read apart). */
const MILLENNIUM = /\b([a-z\d]+) millennium\b/gu;

/** What may stand before a millennium's ordinal: "the", "the early", "the mid-". */
const MILLENNIUM_LEAD = /(?:\b[Tt]he )?(?:\b(early|mid|late)[ -])?$/u;

/** An era after a millennium: " BC", " AD". */
const MILLENNIUM_ERA = /^ ?(?:BCE?|B\.C\.|AD|CE)\b/u;

/** "1st", "21st", "first": the number of an ordinal, or undefined. */
function ordinalOf(w: string): number | undefined {
  return /^\d{1,2}(?:st|nd|rd|th)$/u.test(w) ? Number.parseInt(w, 10) : ORDINAL_WORDS.get(w);
}

/** The `mod` of an edge word before a millennium. */
const EDGE_MODS: Readonly<Record<string, string>> = { early: "START", mid: "MID", late: "END" };

/** The leading year of a value ("1944-06-06", "1944"), when it states one. */
const LEADING_YEAR = /^\d{4}/u;

/** The expressions with each glued circa year, turn of a century and millennium no expression covers added, in text order. */
export function addStoryEras(text: string, out: TemporalExpression[], publishedYear: number | undefined): TemporalExpression[] {
  // Most texts name none of these: one test each before any pattern runs.
  const circa = text.includes("c.") || text.includes("ca.");
  const turn = text.includes("turn of the");
  const millennium = text.includes("millennium");
  if (!circa && !turn && !millennium) return out;
  const added: TemporalExpression[] = [];
  if (circa) {
    for (const m of text.matchAll(GLUED_CIRCA)) {
      const start = m.index + m[0].indexOf(".") + 1;
      // "c.1200 BC" takes its era in; the first year of "c.1250–1200 BC" ends at its digits.
      const end = m[2] && !/[–-]/u.test(m[0]) ? m.index + m[0].length : start + m[1]!.length;
      added.push(dateAt(text, start, end, m[2] ? `BC${m[1]!.padStart(4, "0")}` : m[1]!.padStart(4, "0"), "APPROX", "absolute"));
    }
  }
  if (turn) {
    for (const m of text.matchAll(TURN_OF)) {
      const value = turnValue(m, storyYearNear(out, m.index) ?? publishedYear);
      if (value !== undefined) added.push(dateAt(text, m.index, m.index + m[0].length, value, "APPROX", m[1] ? "absolute" : "narrative"));
    }
  }
  if (millennium) {
    for (const m of text.matchAll(MILLENNIUM)) {
      const nth = ordinalOf(m[1]!);
      if (nth === undefined || nth < 1 || nth > 9) continue;
      const lead = MILLENNIUM_LEAD.exec(text.slice(Math.max(0, m.index - 10), m.index))!;
      const end = m.index + m[0].length;
      // "BC" stays in the extent and the value; "AD" says nothing the value does not.
      const era = MILLENNIUM_ERA.exec(text.slice(end, end + 6))?.[0] ?? "";
      const bc = era.includes("B");
      added.push(dateAt(text, m.index - lead[0].length, end + (bc ? era.length : 0), `${bc ? "BC" : ""}${nth - 1}`, lead[1] ? EDGE_MODS[lead[1]] : undefined, "absolute"));
    }
  }
  return merge(out, added);
}

/** The year a turn of the century (or millennium) turns on: the one named, or the nearest to the story's year. */
function turnValue(m: RegExpMatchArray, storyYear: number | undefined): string | undefined {
  const size = m[2] === "millennium" ? 1000 : 100;
  // "the turn of the 20th century" is its opening, 1900; the bare one is the turn nearest the story.
  if (m[1]) {
    const nth = ordinalOf(m[1].trimEnd());
    return nth !== undefined && nth >= 1 && size === 100 ? String((nth - 1) * size).padStart(4, "0") : undefined;
  }
  return storyYear === undefined || storyYear < 1 ? undefined : String(Math.round(storyYear / size) * size).padStart(4, "0");
}

/** The year of the last expression before `at` that states one, or else of the first after it ("At the turn of the century, in 1898, …"). */
function storyYearNear(out: readonly TemporalExpression[], at: number): number | undefined {
  let after: number | undefined;
  for (let k = out.length - 1; k >= 0; k--) {
    const e = out[k]!;
    if (!LEADING_YEAR.test(e.value)) continue;
    if (e.start < at) return Number(e.value.slice(0, 4));
    after = Number(e.value.slice(0, 4));
  }
  return after;
}

/** A new DATE expression (its id set later) for `value` over `[start, end)` of `text`. */
function dateAt(text: string, start: number, end: number, value: string, mod: string | undefined, anchor: "absolute" | "narrative"): TemporalExpression {
  const { granularity, interval } = calendarFacts(value);
  return { id: "", text: text.slice(start, end), start, end, type: "DATE", value, ...(granularity ? { granularity } : {}), ...(mod ? { mod } : {}), anchor, ...(interval ? { interval } : {}) };
}

/**
 * `out` with each of `added` put in its place, ids renumbered: in place of the expressions it
 * holds whole ("the 19th century" inside "the turn of the 19th century"), and left out when it
 * overlaps one only in part.
 */
function merge(out: TemporalExpression[], added: TemporalExpression[]): TemporalExpression[] {
  const kept = added.filter((a) => !out.some((e) => e.start < a.end && a.start < e.end && (e.start < a.start || e.end > a.end)));
  if (kept.length === 0) return out;
  const held = (e: TemporalExpression): boolean => kept.some((a) => a.start <= e.start && e.end <= a.end);
  return [...out.filter((e) => !held(e)), ...kept].sort((a, b) => a.start - b.start).map((e, k) => ({ ...e, id: `t${k + 1}` }));
}
