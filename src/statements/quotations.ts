/**
 * Quotations: the stretches of a paragraph between quotation marks. One left-to-right pass per
 * paragraph with a small state machine, so pairing is linear however many marks there are.
 *
 * Double marks (`"…"`, `“…”`, `«…»`, ` ``…'' `) are read first; single marks (`‘…’`, `'…'`)
 * only outside double ones, where an apostrophe ("don't", "voters'") cannot close them.
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document } from "../text/document.js";
import { firstAtOrAfter } from "../text/search.js";
import { isLetterOrDigitAt, isSpaceAt as isSpaceCharAt } from "../text/chars.js";

/** A stretch of text between quotation marks. */
export interface Quotation {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just past the closing mark; the paragraph end when the quotation runs on. */
  readonly close: number;
  /** The words inside the marks, trimmed, without a comma just inside the closing mark. */
  readonly content: Span;
  /** Index of the paragraph in {@link Document.paragraphs}. */
  readonly paragraph: number;
  /** False when the paragraph ends before a closing mark (the quotation goes on in the next one). */
  readonly closed: boolean;
  /** True when it reopens a quotation the previous paragraph left open. */
  readonly continues: boolean;
  /** True for single marks. */
  readonly single: boolean;
}

const DOUBLE_OPENERS = new Set(["“", "„", "«"]);
const DOUBLE_CLOSERS = new Set(["”", "»"]);
const SINGLE_OPENERS = new Set(["‘", "'"]);
const SINGLE_CLOSERS = new Set(["’", "'"]);
/** Every character that can be (part of) a quotation mark; the scan visits only these. */
const MARK = /["“”„«»‘’'`]/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every quotation in the article proper, in text order. */
export function findQuotations(doc: Document): Quotation[] {
  const out: Quotation[] = [];
  const marks = markOffsets(doc.text);
  let leftOpen = false;
  doc.paragraphs.forEach((paragraph, index) => {
    const before = out.length;
    leftOpen = scanParagraph(doc.text, paragraph, index, leftOpen, marks, out);
    if (out.length === before) leftOpen = false;
  });
  return out;
}

/** The offset of every {@link MARK} in `text`, in order: one regex pass, not a look at every character. */
function markOffsets(text: string): number[] {
  const out: number[] = [];
  MARK.lastIndex = 0;
  while (MARK.test(text)) out.push(MARK.lastIndex - 1);
  return out;
}

/** Appends the quotations of one paragraph; returns whether the paragraph ends inside one. */
function scanParagraph(text: string, paragraph: Span, index: number, previousLeftOpen: boolean, marks: readonly number[], out: Quotation[]): boolean {
  let doubleAt = -1;
  let doubleMark = 0;
  let singleAt = -1;
  let nested = false;
  let lastStraight = -1;
  const firstMark = firstAtOrAfter(marks, paragraph.start);
  for (let m = firstMark; m < marks.length && marks[m]! < paragraph.end; m++) if (text[marks[m]!] === '"') lastStraight = marks[m]!;
  const first = out.length;
  // From mark to mark; `i` may step on past a mark read with the one before it (`` or '').
  let i = paragraph.start - 1;
  for (let m = firstMark; m < marks.length && marks[m]! < paragraph.end; m++) {
    if (marks[m]! <= i) continue;
    i = marks[m]!;
    const c = text[i]!;
    const pair = c === "`" || c === "'" ? text.slice(i, i + 2) : c;
    if (doubleAt < 0) {
      // The paragraph before left a quotation open and this one runs on without reopening it
      // ("…came early.⏎It's our worst year," said X): a mark shaped as a closer ends it here.
      if (previousLeftOpen && out.length === first && (c === '"' || c === "”" || pair === "''") && closesAt(text, paragraph, i, pair === "''" ? 2 : 1)) {
        const width = pair === "''" ? 2 : 1;
        push(text, out, paragraph.start, paragraph.start, i, i + width, index, true, true, false);
        i += width - 1;
        continue;
      }
      // A right mark opens only where a word follows it (some copy uses ” on both sides).
      // NYT copy opens with '' as often as with ``; it opens only where a word follows.
      // After "=" a straight mark opens a markup attribute (`author="…"`): skip to its end.
      if (c === '"' && text[i - 1] === "=") {
        const end = text.indexOf('"', i + 1);
        if (end > 0 && end < paragraph.end) i = end;
        continue;
      }
      // A straight mark after a digit is inches (`6'3"`).
      const opens =
        pair === "``" ||
        (pair === "''" ? isWordAt(text, i + 2) : DOUBLE_OPENERS.has(c) || (c === '"' && !isDigitAt(text, i - 1)) || (c === "”" && !isSpaceAt(text, i + 1)));
      if (opens) {
        // A double mark ends any single quotation left open: it was an apostrophe.
        singleAt = -1;
        nested = false;
        doubleAt = i;
        doubleMark = pair === "``" || pair === "''" ? 2 : 1;
        i += doubleMark - 1;
        continue;
      }
      if (singleAt < 0) {
        if (SINGLE_OPENERS.has(c) && !isWordAt(text, i - 1) && isWordAt(text, i + 1)) singleAt = i;
      } else if (SINGLE_CLOSERS.has(c) && !isSpaceAt(text, i - 1) && !isWordAt(text, i + 1)) {
        push(text, out, singleAt, singleAt + 1, i, i + 1, index, true, false, true);
        singleAt = -1;
      }
      continue;
    }
    // "…about “Equal Justice” now…": inside straight marks, curly ones are a quotation within the
    // quotation, not its end (nor a new one).
    // Only where a straight mark follows in the paragraph to close the outer quotation: copy that
    // opens paragraphs with a straight mark it never closes uses the curly ones for its own quotes.
    if (text[doubleAt] === '"' && lastStraight > i) {
      if (c === "“" && isSpaceAt(text, i - 1) && !isSpaceAt(text, i + 1)) {
        nested = true;
        continue;
      }
      if (nested && c === "”") {
        nested = false;
        continue;
      }
    }
    // “…what he calls “hell” than…”: a curly quotation inside a curly one, when the next two curly
    // marks of the paragraph both close (the inner one, then the outer one).
    if (text[doubleAt] === "“" && c === "“" && isSpaceAt(text, i - 1) && !isSpaceAt(text, i + 1) && twoClosersFollow(text, marks, m, paragraph.end)) {
      nested = true;
      continue;
    }
    if (nested && text[doubleAt] === "“" && c === "”") {
      nested = false;
      continue;
    }
    // "…here,“ said X": a left mark glued to the words before it and followed by a space closes.
    if (pair === "''" || c === '"' || DOUBLE_CLOSERS.has(c) || (c === "“" && !isSpaceAt(text, i - 1) && isSpaceAt(text, i + 1))) {
      const width = pair === "''" ? 2 : 1;
      const continues = previousLeftOpen && out.length === first && isParagraphStart(text, paragraph, doubleAt);
      push(text, out, doubleAt, doubleAt + doubleMark, i, i + width, index, true, continues, false);
      doubleAt = -1;
      i += width - 1;
    } else if (c === "“" && doubleAt < i - 1) {
      // A new opening mark inside an open quotation: the first one was never closed.
      doubleAt = i;
      doubleMark = 1;
    }
  }
  if (doubleAt < 0) return false;
  const continues = previousLeftOpen && out.length === first && isParagraphStart(text, paragraph, doubleAt);
  push(text, out, doubleAt, doubleAt + doubleMark, paragraph.end, paragraph.end, index, false, continues, false);
  return true;
}

/** Most marks looked at past a curly opening mark for the two closing ones: a bound, so the scan stays linear. */
const MAX_LOOKAHEAD_MARKS = 32;

/** True when the next two curly double marks after `marks[m]`, before `end`, are both closing marks. */
function twoClosersFollow(text: string, marks: readonly number[], m: number, end: number): boolean {
  let closers = 0;
  for (let k = m + 1; k < marks.length && k <= m + MAX_LOOKAHEAD_MARKS && marks[k]! < end; k++) {
    const c = text[marks[k]!];
    if (c === "“") return false;
    if (c === "”" && ++closers === 2) return true;
  }
  return false;
}

function push(
  text: string,
  out: Quotation[],
  open: number,
  innerStart: number,
  innerEnd: number,
  close: number,
  paragraph: number,
  closed: boolean,
  continues: boolean,
  single: boolean,
): void {
  let start = innerStart;
  let end = innerEnd;
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  // The comma inside a closing mark belongs to the sentence around the quotation, not to it.
  while (end > start && (text[end - 1] === "," || text[end - 1] === ";")) end--;
  if (end <= start || !hasLetterOrDigit(text, start, end)) return;
  out.push({ open, close, content: { start, end }, paragraph, closed, continues, single });
}

/** True when the mark at `i` is glued to the word before it and no word follows: a closer's shape. */
function closesAt(text: string, paragraph: Span, i: number, width: number): boolean {
  return i > paragraph.start && !isSpaceAt(text, i - 1) && !isWordAt(text, i + width);
}

function isParagraphStart(text: string, paragraph: Span, offset: number): boolean {
  for (let i = paragraph.start; i < offset; i++) if (!isSpaceAt(text, i)) return false;
  return true;
}

/**
 * True when `[start, end)` of `text` holds a letter or a digit: ASCII read by code up to the
 * first other character, the rest by {@link WORD_CHAR} (which reads a pair of surrogates as one letter).
 */
function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return WORD_CHAR.test(text.slice(i, end));
    if (isLetterOrDigitAt(text, i)) return true;
  }
  return false;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

/** A letter or a digit at `i`; false outside the text. */
function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isLetterOrDigitAt(text, i);
}

/** True at white space and outside the text. */
function isSpaceAt(text: string, i: number): boolean {
  return i < 0 || i >= text.length || isSpaceCharAt(text, i);
}
