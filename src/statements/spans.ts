/**
 * Spans of reported stretches: the clause from a token to the end of its sentence, the stretch
 * before a trailing frame, the span up to its first comma, and the trimming every such span goes
 * through (space, the final stop, a conjunction left by a cut).
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import { isAsciiDigit, isLetterOrDigitAt, isSpaceAt } from "../text/chars.js";

/** Longest reported clause, in characters: no sentence of news copy runs longer, and it keeps the work per frame bounded. */
export const MAX_CLAUSE = 1200;

/** The span up to its first comma outside quotation marks, or the whole span; a comma between digits ("30,000") is none. */
export function firstComma(doc: Document, content: Span): Span | undefined {
  const { text } = doc;
  let quoted = false;
  for (let i = content.start; i < content.end; i++) {
    const c = text[i];
    if (c === '"' || c === "“" || c === "”") quoted = c === "“" ? true : c === "”" ? false : !quoted;
    else if (c === "," && !quoted && !(isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1)))) return trimSpan(text, content.start, i);
  }
  return content;
}

/** From token `k` to the end of the sentence, without the final stop. */
export function clauseSpan(doc: Document, k: number, sentence: Sentence): Span | undefined {
  if (k < 0 || k >= doc.tokens.length || k >= sentence.endToken) return undefined;
  const start = doc.tokens.start(k);
  return trimSpan(doc.text, start, Math.min(sentence.end, start + MAX_CLAUSE));
}

/** The stretch before a trailing frame, from `from` (the sentence start; or {@link MAX_CLAUSE} back) to `end`. */
export function clauseBefore(doc: Document, sentence: Sentence, end: number, from = sentence.start): Span | undefined {
  return trimSpan(doc.text, Math.max(from, end - MAX_CLAUSE), end);
}

/** What {@link trimSpan} drops at a clause's end besides space, by char code: . , ; : — – - */
const CLOSING_MARKS: ReadonlySet<number> = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x2014, 0x2013, 0x2d]);

/** Conjunctions a clause cut before a later frame can end on, with the space or comma before them. */
const TRAILING_CONJUNCTIONS = [" and", " but", " or", ",and"];
/** The last characters of {@link TRAILING_CONJUNCTIONS}: a clause that ends on another needs no search. */
// Built in a pure-marked call, so a bundle that only trims spans (resolveDate's) can drop it.
const CONJUNCTION_ENDS: ReadonlySet<number> = /* @__PURE__ */ (() => new Set(TRAILING_CONJUNCTIONS.map((c) => c.charCodeAt(c.length - 1))))();

/** `[start, end)` without surrounding space, the sentence's final stop and a trailing comma. */
export function trimSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && (isSpaceAt(text, end - 1) || CLOSING_MARKS.has(text.charCodeAt(end - 1)))) end--;
  // A clause cut before a later frame can end on its conjunction: "…, and [added that]".
  if (CONJUNCTION_ENDS.has(text.charCodeAt(end - 1))) for (const conjunction of TRAILING_CONJUNCTIONS) {
    // Read in place: the conjunction ends at `end` and leaves a word before it.
    if (end - conjunction.length > start && text.endsWith(conjunction, end)) {
      end -= conjunction.length;
      while (end > start && (isSpaceAt(text, end - 1) || text.charCodeAt(end - 1) === 0x2c)) end--;
      break;
    }
  }
  return end > start ? { start, end } : undefined;
}

/** The words in `span`, counted up to `enough`: a long quotation or clause is not read to its end. */
export function countWords(text: string, span: Span, enough: number): number {
  let n = 0;
  let inWord = false;
  for (let i = span.start; i < span.end && n < enough; i++) {
    const w = isLetterOrDigitAt(text, i);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
