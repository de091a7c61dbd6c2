/**
 * Datelines: the place a report was filed from, opening a line before the date, the agency or a
 * dash ("KHARKIV 2024-05-10", "BEIRUT, Lebanon (AP) —", "Lyon, March 3 —"). A dateline names a
 * place: in capitals even when the gazetteer does not know it, in Title Case when it does.
 *
 * @module
 */
import type { Token } from "../text/tokens.js";
import type { PlaceEntry } from "./gazetteer.js";
import type { RawMatch, TokenRange } from "./raw-match.js";

const MAX_WORDS = 3;
const CAPITALS = /^\p{Lu}[\p{Lu}'’.-]+$/u;
const TITLE = /^\p{Lu}/u;
const YEAR = /^\d{4}$/u;
const DAY = /^\d{1,2}$/u;
const DASHES = new Set(["-", "—", "–", "--"]);
// Days and months in capitals open a schedule line, not a dateline: "FRIDAY, AUGUST 30".
const CALENDAR_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "tonight", "update",
  "breaking", "latest", "new", "live", "exclusive", "analysis", "opinion", "comment", "editorial",
]);
const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** What the caller knows of the text around a token. */
export interface LineView {
  /** True when token `index` is the first of its line (or of the text). */
  readonly opensLine: (index: number) => boolean;
  /** True when token `index` is the last of its line (or of the text). */
  readonly endsLine: (index: number) => boolean;
}

/**
 * True when the name on tokens `[at, end)` opens a dateline: it starts a line and is followed by
 * a date ("2024-05-10", ", March 3"), an agency in brackets, a dash, or ", Country" and then one
 * of those or the end of the line.
 */
export function opensDateline(tokens: readonly Token[], sentence: TokenRange, at: number, end: number, lines: LineView, known: boolean): boolean {
  if (!lines.opensLine(at) || end >= sentence.endToken) return false;
  for (let k = at; k < end; k++) if (CALENDAR_WORDS.has(tokens[k]!.text.toLowerCase()) || MONTHS.has(tokens[k]!.text.toLowerCase())) return false;
  if (markerAt(tokens, end, lines, known)) return true;
  if (tokens[end]!.text !== ",") return false;
  // ", Ukraine", ", Faroe Islands", ", Mich.": up to three capitalized words, then a marker.
  let k = end + 1;
  while (k < tokens.length && k - end - 1 < MAX_WORDS && tokens[k]!.kind === "word" && TITLE.test(tokens[k]!.text)) {
    k++;
    // "Mich.": an abbreviation's dot.
    if (tokens[k]?.text === "." && tokens[k]!.start === tokens[k - 1]!.end) k++;
    if (lines.endsLine(k - 1) || markerAt(tokens, k, lines, true)) return true;
  }
  return false;
}

/** A date, an agency in brackets or (after a known place; "SOCCER - ..." is a headline) a dash at token `i`. */
function markerAt(tokens: readonly Token[], i: number, lines: LineView, dash: boolean): boolean {
  const t = tokens[i];
  if (!t) return false;
  const after = tokens[i + 1];
  if (t.kind === "number") return YEAR.test(t.text) && after?.text === "-";
  // A spaced dash: "U.S.-led" is a compound.
  if (DASHES.has(t.text)) return dash && t.start > tokens[i - 1]!.end && !lines.endsLine(i);
  if (t.text === "(") return after !== undefined && after.kind === "word" && TITLE.test(after.text) && (tokens[i + 2]?.text === ")" || tokens[i + 3]?.text === ")");
  if (t.text === ",") return after !== undefined && MONTHS.has(after.text.toLowerCase()) && tokens[i + 2] !== undefined && DAY.test(tokens[i + 2]!.text);
  return false;
}

/** The dateline at token `at` in capitals the gazetteer did not know ("NOVOHRODIVKA 2024-08-30"). */
export function findDateline(tokens: readonly Token[], sentence: TokenRange, at: number, lines: LineView, synthetic: Map<string, PlaceEntry>): RawMatch | undefined {
  let end = at;
  while (end < sentence.endToken && end - at < MAX_WORDS && tokens[end]!.kind === "word" && CAPITALS.test(tokens[end]!.text)) end++;
  if (end === at || !opensDateline(tokens, sentence, at, end, lines, false)) return undefined;
  const name = tokens.slice(at, end).map((t) => titleCase(t.text)).join(" ");
  const entry = synthetic.get(name) ?? { name, kind: "city" as const };
  synthetic.set(name, entry);
  return { first: at, end, start: tokens[at]!.start, stop: tokens[end - 1]!.end, entry, possessive: false, dateline: true };
}

/** "KHARKIV" → "Kharkiv", "BANJA-LUKA" → "Banja-Luka". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-\s])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
