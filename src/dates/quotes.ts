/**
 * Direct quotes and when they were said: deictic words inside a quotation ("available
 * tomorrow") resolve against the time of speaking when the attribution gives it ("he said on
 * Thursday"), not against the publication date.
 *
 * @module
 */
import { QUOTE_ATTRIBUTION_WORDS } from "../lexicon/dates.js";
import type { Day } from "./calendar.js";

/** A stretch of text between quotation marks, marks excluded; `end` is exclusive. */
export interface QuotedStretch {
  readonly start: number;
  readonly end: number;
}

/** What opens or closes a quoted stretch: a line break, a straight or curly double quotation mark. */
const QUOTE_MARK = /[\n"\u201c\u201d]/gu;

/** How far from a quotation mark its attribution may reach, in characters. */
const ATTRIBUTION_REACH = 80;

/**
 * The quoted stretches of `text` in order: curly quotes by their direction, straight ones
 * paired in turn. A line break closes whatever is open, so an unpaired mark costs one paragraph.
 * Those of `[from, to)` alone when given, with `from` at a line's start: a line's stretches are
 * the same read alone as in the whole text.
 */
export function quotedStretches(text: string, from = 0, to = text.length): QuotedStretch[] {
  const out: QuotedStretch[] = [];
  let open = -1;
  // The regex engine finds the next mark faster than a loop over every character.
  QUOTE_MARK.lastIndex = from;
  while (QUOTE_MARK.test(text)) {
    const i = QUOTE_MARK.lastIndex - 1;
    if (i >= to) break;
    const c = text.charCodeAt(i);
    if (c === 0x0a) open = -1;
    else if (c === 0x201c) open = i + 1;
    else if (c === 0x201d || c === 0x22) {
      if (open >= 0) {
        out.push({ start: open, end: i });
        open = -1;
      } else if (c === 0x22) open = i + 1;
    }
  }
  return out;
}

/**
 * True when one of the expressions at the indices `which` of `found` stands inside a quoted
 * stretch, read in its own line (a line break closes every quote): most texts' days counted from
 * "today" stand outside quotes, and their other lines' quotes then go unread.
 */
export function someQuoted(text: string, found: readonly { readonly start: number; readonly end: number }[], which: Iterable<number>): boolean {
  let lineStart = -1;
  let stretches: QuotedStretch[] = [];
  for (const k of which) {
    const e = found[k];
    if (!e) continue;
    const start = e.start === 0 ? 0 : text.lastIndexOf("\n", e.start - 1) + 1;
    if (start !== lineStart) {
      const nl = text.indexOf("\n", e.end);
      lineStart = start;
      stretches = quotedStretches(text, start, nl < 0 ? text.length : nl);
    }
    if (stretchAt(stretches, e.start, e.end) !== -1) return true;
  }
  return false;
}

/** The index of the stretch holding `[start, end)`, or -1. */
export function stretchAt(stretches: readonly QuotedStretch[], start: number, end: number): number {
  let lo = 0;
  let hi = stretches.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = stretches[mid]!;
    if (end <= s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return start >= s.start && end <= s.end ? mid : -1;
  }
  return -1;
}

/** A day-grain expression the text gives, by its span and the day it names. */
export interface DatedSpan {
  readonly start: number;
  readonly end: number;
  readonly day: Day;
}

/**
 * The day a quotation was said: a day named in its attribution, right after the closing mark
 * ("…,” he said Thursday) or right before the opening one (Speaking on Thursday, he said: “…),
 * within the same sentence and next to a word of speaking. Undefined when the text does not say.
 */
export function speechDayOf(text: string, stretch: QuotedStretch, days: readonly DatedSpan[]): Day | undefined {
  const after = attributionAfter(text, stretch.end + 1);
  const before = attributionBefore(text, stretch.start - 1);
  const afterSays = saysSpeech(text.slice(stretch.end + 1, after));
  const beforeSays = saysSpeech(text.slice(before, stretch.start - 1));
  let previous: DatedSpan | undefined;
  // `days` is in text order: the first day after the quote wins, else the last one before it.
  for (const d of days) {
    if (afterSays && d.start > stretch.end && d.end <= after) return d.day;
    if (beforeSays && d.start >= before && d.end < stretch.start) previous = d;
  }
  return previous?.day;
}

/** Where the attribution after a closing mark at `from` ends: the sentence's end or the reach. */
function attributionAfter(text: string, from: number): number {
  const limit = Math.min(text.length, from + ATTRIBUTION_REACH);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === "\n" || c === "“" || c === '"' || ((c === "." || c === "!" || c === "?") && i > from)) return i;
  }
  return limit;
}

/** Where the attribution before an opening mark at `to` starts: the sentence's start or the reach. */
function attributionBefore(text: string, to: number): number {
  const limit = Math.max(0, to - ATTRIBUTION_REACH);
  for (let i = to - 1; i >= limit; i--) {
    const c = text[i];
    if (c === "\n" || c === "”" || c === '"' || c === "." || c === "!" || c === "?") return i + 1;
  }
  return limit;
}

/** True when the stretch holds a word of speaking ("said", "told", "address"). */
function saysSpeech(stretch: string): boolean {
  for (const w of stretch.toLowerCase().split(/[^a-z’']+/u)) if (QUOTE_ATTRIBUTION_WORDS.has(w)) return true;
  return false;
}
