/**
 * Photo credits: "Photograph: Jane Doe/Reuters", "(AP Photo/John Smith)", "Photo: Ann Lee,
 * Daily Courier". The photographer and the agency named there take no part in the story: they
 * are no actors, and no "the agency said" points back to them.
 *
 * @module
 */
import type { Span } from "../model.js";
import { MEDIA_HEADS } from "../lexicon/actors-media.js";

/** The word that opens a credit, with what follows it: a colon, a slash or "by". Case as written. */
const CUE = /\b(?:Photo(?:graph)?s?|Pictures?|Images?|Illustration|Credit)(?: [Cc]redit)?(?: ?:|\/| by )/gu;
/** A capitalized word of a credit's name ("Jane", "O'Neil", "J.", "EPA-EFE"), read at a position. */
const NAME_WORD = /\p{Lu}[\p{L}\p{M}.'’-]{0,30}/uy;
/** The most capitalized words of one name in a credit: "Mary Ann de Vries", "Detroit Free Press". */
const MAX_NAME_WORDS = 4;
/** How far back from its cue a credit's "(" may be: "(AP Photo/", "(Provided Photo/". */
const MAX_OPENER = 24;
/** The longest credit inside brackets. */
const MAX_BRACKETED = 120;
/** Words that end an agency's name: a caption may run on with no stop ("Ann Lee, Valley Gazette Marsh County deputies"). */
const MEDIA_HEAD_WORDS: ReadonlySet<string> = /* @__PURE__ */ (() => new Set([...MEDIA_HEADS, "images", "chronicle", "photos", "pictures"]))();

/** The spans of the photo credits of `text`, in order and apart (overlapping credits made one). Most texts have none. */
export function creditSpans(text: string): Span[] {
  const out: Span[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const cueEnd = m.index + m[0].length;
    // Both brackets are looked for only as far as a credit reaches (a text of many cues and no
    // brackets costs each cue a bounded look, not a scan of the text).
    const openFrom = Math.max(0, m.index - MAX_OPENER);
    const open = text.slice(openFrom, m.index).lastIndexOf("(");
    const openAt = open < 0 ? -1 : openFrom + open;
    const close = openAt < 0 ? -1 : text.slice(cueEnd, openAt + MAX_BRACKETED + 1).indexOf(")");
    const closeAt = close < 0 ? -1 : cueEnd + close;
    if (openAt >= 0 && !text.slice(openAt, m.index).includes(")") && closeAt >= 0 && !text.slice(openAt, closeAt).includes("\n")) {
      out.push({ start: openAt, end: closeAt + 1 });
      CUE.lastIndex = closeAt + 1;
      continue;
    }
    const end = namesEnd(text, cueEnd);
    if (end > cueEnd) out.push({ start: wordsBefore(text, m.index), end });
  }
  return merged(out);
}

/** `spans` sorted by start, those that overlap made one, so a position is inside at most one. */
function merged(spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  spans.sort((a, b) => a.start - b.start);
  const out: Span[] = [spans[0]!];
  for (let k = 1; k < spans.length; k++) {
    const last = out[out.length - 1]!;
    const s = spans[k]!;
    if (s.start < last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

/**
 * True when a name starting at `start` starts inside one of `spans` (in order and apart, as
 * {@link creditSpans} gives them): one that runs on past a credit ("Valley Gazette The") is no
 * name either. A binary search, so a text of many credits costs each name a few looks.
 */
export function insideCredit(spans: readonly Span[], start: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  // spans[lo - 1] is the last credit starting at or before `start`; credits do not overlap.
  return lo > 0 && start < spans[lo - 1]!.end;
}

/**
 * Where the names of a credit after its cue end: a name of capitalized words, and after "/", ","
 * "for" or "via" an agency's ("Jane Doe/Reuters", "Ann Lee, Daily Courier", "John Smith for The Times").
 */
function namesEnd(text: string, from: number): number {
  let at = skipSpaces(text, from);
  let end = nameEnd(text, at);
  if (end === at) return from;
  at = skipSpaces(text, end);
  const c = text[at];
  let next = -1;
  if (c === "/" || c === ",") next = at + 1;
  else if (text.startsWith("for ", at) || text.startsWith("via ", at)) next = at + 4;
  if (next < 0) return end;
  const agencyAt = skipSpaces(text, next);
  const agencyEnd = nameEnd(text, agencyAt);
  if (agencyEnd > agencyAt) end = agencyEnd;
  return end;
}

/** The end of a run of capitalized words from `at` (at most {@link MAX_NAME_WORDS}, one ending in a media head ends it); `at` when there is none. */
function nameEnd(text: string, at: number): number {
  let end = at;
  let k = at;
  for (let n = 0; n < MAX_NAME_WORDS; n++) {
    NAME_WORD.lastIndex = k;
    const w = NAME_WORD.exec(text);
    if (!w) break;
    end = k + w[0].length;
    if (MEDIA_HEAD_WORDS.has(w[0].toLowerCase())) break;
    if (text[end] !== " ") break;
    k = end + 1;
  }
  return end;
}

const LETTER = /[\p{L}-]/u;
const UPPER = /\p{Lu}/u;

/** The start of up to two capitalized words right before `at` on its line ("AP Photo", "WISH Photo"). */
function wordsBefore(text: string, at: number): number {
  let start = at;
  for (let n = 0; n < 2; n++) {
    if (text[start - 1] !== " ") break;
    let k = start - 1;
    while (k > 0 && LETTER.test(text[k - 1]!)) k--;
    // "... the coast. Photograph:": a word that ends a sentence is none of the credit's.
    if (k === start - 1 || !UPPER.test(text[k]!)) break;
    start = k;
  }
  return start;
}

/** The first offset from `at` that is not a space. */
function skipSpaces(text: string, at: number): number {
  let k = at;
  while (text[k] === " ") k++;
  return k;
}
