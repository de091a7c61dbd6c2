/**
 * Quotations a frame introduces with no clause of its own: after a comma or colon past the
 * addressee ("told his audience, “…”"), or in the next paragraph after a verb and a colon that end
 * their own ("Dr. Ward stated:").
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import { OPENERS } from "./frame-words.js";
import { isAbbreviationDot, isOpenerAt, isWordAt, lowerAt } from "./token-reads.js";
import { clauseSpan, MAX_CLAUSE, trimSpan } from "./spans.js";
import { MAX_ADJUNCT } from "./phrases.js";

/** Index past the words after a verb ("his radio audience of Monday"), at most {@link MAX_ADJUNCT} of them. */
function pastWords(doc: Document, from: number, sentence: Sentence): number {
  const { tokens } = doc;
  let k = from;
  while (k < sentence.endToken && k - from <= MAX_ADJUNCT && (isWordAt(tokens, k) || isAbbreviationDot(tokens, k) || tokens.text(k) === "'s" || tokens.text(k) === "’s")) k++;
  return k;
}

/** "told his radio audience on Monday, “…”", "continued: “…”": the quotation after a comma or colon past the addressee. */
export function quotedAfter(doc: Document, verbEnd: number, sentence: Sentence): Span | undefined {
  const k = pastWords(doc, verbEnd, sentence);
  const mark = lowerAt(doc.tokens, k);
  return (mark === "," || mark === ":") && isOpenerAt(doc.tokens, k + 1) ? clauseSpan(doc, k + 1, sentence) : undefined;
}

/** True when the sentence ends on a colon right after the verb and its addressee, at the end of its paragraph. */
export function introducesNext(doc: Document, verbEnd: number, sentence: Sentence): boolean {
  const k = pastWords(doc, verbEnd, sentence);
  const paragraph = doc.paragraphs[sentence.paragraph];
  return k === sentence.endToken - 1 && lowerAt(doc.tokens, k) === ":" && paragraph !== undefined && doc.text.slice(doc.tokens.end(k), paragraph.end).trim() === "";
}

/** The paragraph after paragraph `index` when it opens with no quotation mark, as a span; undefined otherwise. */
export function unmarkedParagraphAfter(doc: Document, index: number): Span | undefined {
  const next = doc.paragraphs[index + 1];
  if (!next) return undefined;
  const span = trimSpan(doc.text, next.start, Math.min(next.end, next.start + MAX_CLAUSE));
  if (!span || OPENERS.has(doc.text[span.start]!) || doc.text[span.start] === "'" || doc.text[span.start] === "‘") return undefined;
  return span;
}
