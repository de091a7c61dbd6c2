/**
 * Datelines: the place a report was filed from, opening a line before the date, the agency or a
 * dash ("KHARKIV 2024-05-10", "BEIRUT, Lebanon (AP) —", "Lyon, March 3 —"). A dateline names a
 * place: in capitals even when the gazetteer does not know it, in Title Case when it does.
 *
 * @module
 */
import { MONTH_WORDS } from "../lexicon/dates.js";
import { type TokenList, tokenSlice } from "../text/tokens.js";
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
// A pure-marked call, so a bundle without datelines drops it (the keys() call is not provably pure).
const MONTHS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set(MONTH_WORDS.keys()))();

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
export function opensDateline(tokens: TokenList, sentence: TokenRange, at: number, end: number, lines: LineView, known: boolean): boolean {
  if (!lines.opensLine(at) || end >= sentence.endToken) return false;
  for (let k = at; k < end; k++) if (CALENDAR_WORDS.has(tokens.lower(k)) || MONTHS.has(tokens.lower(k))) return false;
  if (markerAt(tokens, end, lines, known)) return true;
  if (tokens.text(end) !== ",") return false;
  // ", Ukraine", ", Faroe Islands", ", Mich.": up to three capitalized words, then a marker.
  let k = end + 1;
  while (k < tokens.length && k - end - 1 < MAX_WORDS && tokens.kind(k) === "word" && TITLE.test(tokens.text(k))) {
    k++;
    // "Mich.": an abbreviation's dot.
    if (tokens.get(k)?.text === "." && tokens.start(k) === tokens.end(k - 1)) k++;
    if (lines.endsLine(k - 1) || markerAt(tokens, k, lines, true)) return true;
  }
  return false;
}

/** A date, an agency in brackets or (after a known place; "SOCCER - ..." is a headline) a dash at token `i`. */
function markerAt(tokens: TokenList, i: number, lines: LineView, dash: boolean): boolean {
  const t = tokens.get(i);
  if (!t) return false;
  const after = tokens.get(i + 1);
  if (t.kind === "number") return YEAR.test(t.text) && after?.text === "-";
  // A spaced dash: "U.S.-led" is a compound.
  if (DASHES.has(t.text)) return dash && t.start > tokens.end(i - 1) && !lines.endsLine(i);
  if (t.text === "(") return after !== undefined && after.kind === "word" && TITLE.test(after.text) && (tokens.get(i + 2)?.text === ")" || tokens.get(i + 3)?.text === ")");
  if (t.text === ",") return after !== undefined && MONTHS.has(after.text.toLowerCase()) && tokens.get(i + 2) !== undefined && DAY.test(tokens.text(i + 2));
  return false;
}

/** True when `word` may be a word of a dateline in capitals ({@link findDateline} reads none at a token that is not). */
export function isDatelineWord(word: string): boolean {
  return CAPITALS.test(word);
}

/** The dateline at token `at` in capitals the gazetteer did not know ("NOVOHRODIVKA 2024-08-30"). */
export function findDateline(tokens: TokenList, sentence: TokenRange, at: number, lines: LineView, synthetic: Map<string, PlaceEntry>): RawMatch | undefined {
  let end = at;
  while (end < sentence.endToken && end - at < MAX_WORDS && tokens.kind(end) === "word" && CAPITALS.test(tokens.text(end))) end++;
  if (end === at || !opensDateline(tokens, sentence, at, end, lines, false)) return undefined;
  const name = tokenSlice(tokens, at, end).map((t) => titleCase(t.text)).join(" ");
  const entry = synthetic.get(name) ?? { name, kind: "city" as const };
  synthetic.set(name, entry);
  return { first: at, end, start: tokens.start(at), stop: tokens.end(end - 1), entry, possessive: false, dateline: true };
}

/** "KHARKIV" → "Kharkiv", "BANJA-LUKA" → "Banja-Luka". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-\s])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
