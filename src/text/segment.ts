/**
 * Paragraphs and sentences as offsets. A paragraph is a line of text (news extraction puts one
 * paragraph a line); a sentence ends at `.`, `!` or `?` (with any closing quotes) before a word
 * that can start a sentence, unless the dot belongs to an abbreviation or an initial.
 *
 * @module
 */
import type { Span } from "../model.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";

const SPACE = /[\s\u200b]/u;

/** The paragraphs of `text` outside `skip`, trimmed, in order. */
export function splitParagraphs(text: string, skip: readonly Span[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  let k = 0;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    while (k < skip.length && skip[k]!.end <= start) k++;
    const skipped = k < skip.length && skip[k]!.start <= start && skip[k]!.end >= end;
    if (!skipped) {
      const span = trim(text, start, end);
      if (span) out.push(span);
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** The span `[start, end)` without leading and trailing white space; undefined when empty. */
export function trim(text: string, start: number, end: number): Span | undefined {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : undefined;
}

const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);
const SENTENCE_START = /[\p{Lu}\p{Nd}"'“‘«([—–-]/u;

/** The sentences of the paragraph `span`, trimmed, in order. */
export function splitSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  for (let i = span.start; i < span.end; i++) {
    // Character codes: a one-character string per character of the text costs more than the test.
    const code = text.charCodeAt(i);
    if (code !== 46 && code !== 33 && code !== 63) continue;
    const c = text[i]!;
    let end = i + 1;
    while (end < span.end && (CLOSERS.has(text[end]!) || text[end] === "." || text[end] === "!" || text[end] === "?")) end++;
    // The run of marks is read once: a row of dots must not be rescanned from each dot.
    const runEnd = end;
    let next = end;
    while (next < span.end && SPACE.test(text[next]!)) next++;
    if (next === end || next >= span.end || !SENTENCE_START.test(text[next]!) || (c === "." && endsWithAbbreviation(text, from, i))) {
      i = runEnd - 1;
      continue;
    }
    const sentence = trim(text, from, end);
    if (sentence) out.push(sentence);
    from = next;
    i = next - 1;
  }
  const last = trim(text, from, span.end);
  if (last) out.push(last);
  return out;
}

const MAX_ABBREVIATION = 12;
const ABBREVIATION_CHAR = /[\p{L}.\-]/u;

/** True when the dot at `dot` closes an abbreviation or an initial ("Mr.", "U.S.", "J."). */
function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
  // Abbreviations are short: looking further back would make a long dotted run quadratic.
  const limit = Math.max(from, dot - MAX_ABBREVIATION);
  let s = dot;
  while (s > limit && ABBREVIATION_CHAR.test(text[s - 1]!)) s--;
  if (s === limit && limit > from && ABBREVIATION_CHAR.test(text[s - 1]!)) return false;
  const word = text.slice(s, dot);
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Jonas G. Støre"
  return ABBREVIATIONS.has(word.toLowerCase());
}
