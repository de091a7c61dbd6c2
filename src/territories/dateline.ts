/**
 * Datelines: the place a report was filed from, in capitals at the start of a line before the
 * date ("KHARKIV 2024-05-10", "BEIRUT, March 3"). A dateline names a place even when the
 * gazetteer does not know it.
 *
 * @module
 */
import type { Token } from "../text/tokens.js";
import type { PlaceEntry } from "./gazetteer.js";
import type { RawMatch, TokenRange } from "./raw-match.js";

const MAX_WORDS = 3;
const CAPITALS = /^\p{Lu}[\p{Lu}'’.-]+$/u;
const YEAR = /^\d{4}$/u;
// Days and months in capitals open a schedule line, not a dateline: "FRIDAY, AUGUST 30".
const CALENDAR_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "update",
  "breaking", "latest", "new", "live", "exclusive", "analysis", "opinion", "comment", "editorial",
]);
const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** The dateline at the start of `sentence`, when `at` is its first token and the gazetteer knew no place there. */
export function findDateline(tokens: readonly Token[], sentence: TokenRange, at: number, opening: number, synthetic: Map<string, PlaceEntry>): RawMatch | undefined {
  if (at !== opening) return undefined;
  let end = at;
  while (end < sentence.endToken && end - at < MAX_WORDS && tokens[end]!.kind === "word" && CAPITALS.test(tokens[end]!.text)) end++;
  if (end === at || end >= sentence.endToken) return undefined;
  for (let k = at; k < end; k++) if (CALENDAR_WORDS.has(tokens[k]!.text.toLowerCase()) || MONTHS.has(tokens[k]!.text.toLowerCase())) return undefined;
  const next = tokens[end]!;
  const after = tokens[end + 1];
  const dated = (next.kind === "number" && YEAR.test(next.text) && tokens[end + 1]?.text === "-") || (next.text === "," && after !== undefined && MONTHS.has(after.text.toLowerCase()));
  if (!dated) return undefined;
  const name = tokens.slice(at, end).map((t) => titleCase(t.text)).join(" ");
  const entry = synthetic.get(name) ?? { name, kind: "city" as const };
  synthetic.set(name, entry);
  return { first: at, end, start: tokens[at]!.start, stop: tokens[end - 1]!.end, entry, possessive: false };
}

/** "KHARKIV" → "Kharkiv", "BANJA-LUKA" → "Banja-Luka". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-\s])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
