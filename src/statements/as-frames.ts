/**
 * Frames opened by "as": "As the mayor noted, the bridge will reopen", "As reported by the Post,
 * …": the clause after the comma is what was reported.
 *
 * @module
 */
import { lowerCase } from "../text/tokens.js";
import type { Span } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import type { Cue } from "./cues.js";
import { SUBJECT_PRONOUNS } from "./speaker-words.js";
import { PREPOSITIONS } from "./frame-words.js";
import { isWordAt, lowerAt } from "./token-reads.js";
import { clauseSpan } from "./spans.js";
import { type Frame, frameOf } from "./frame.js";
import { MAX_ADJUNCT, phraseAfter, type Subject } from "./phrases.js";
import { isAdjunctStretch } from "./trailing.js";

/** The clause after the comma that closes a frame ("As X noted [on Monday], …"), when only adjuncts stand before that comma. */
export function mainClauseAfter(doc: Document, cue: Cue, verbEnd: number, sentence: Sentence, inDate: Uint8Array): Span | undefined {
  for (let k = verbEnd; k < sentence.endToken && k - verbEnd <= MAX_ADJUNCT; k++) {
    if (lowerAt(doc.tokens, k) !== ",") continue;
    return isAdjunctStretch(doc, cue, verbEnd, k, inDate) ? clauseSpan(doc, k + 1, sentence) : undefined;
  }
  return undefined;
}

/** Prepositions that name the source of a reduced passive frame ("as reported by X", "as stated in X"). */
const AS_SOURCES = new Set(["by", "in"]);

/**
 * "As reported by the Post, the mayor left": a reduced passive after a sentence-opening "as"; the
 * source after "by" or "in" reports the clause after the comma.
 */
export function asPassiveFrame(doc: Document, cue: Cue, cueSpan: Span, sentence: Sentence): Frame | undefined {
  const { tokens } = doc;
  const first = sentence.firstToken;
  if (cue.token - 1 !== first || lowerAt(tokens, first) !== "as" || !lowerAt(tokens, cue.token).endsWith("ed") || !AS_SOURCES.has(lowerAt(tokens, cue.endToken))) return undefined;
  const source = phraseAfter(doc, cue.endToken + 1, sentence.endToken);
  if (!source || lowerAt(tokens, source.endToken) !== ",") return undefined;
  const content = clauseSpan(doc, source.endToken + 1, sentence);
  return content && frameOf(cue, cueSpan, source.span, "lead", cueSpan.start, content.start, content, sentence, false);
}

/** "As the Times noted, Clinton raised …": after "as" and a frame, the clause past the comma is reported. */
export function asClause(doc: Document, subject: Subject, verbEnd: number, sentence: Sentence, inDate: Uint8Array): Span | undefined {
  const { tokens } = doc;
  if (lowerAt(tokens, subject.firstToken - 1) !== "as" || subject.firstToken - 1 < sentence.firstToken) return undefined;
  // "As the Times noted", "as he said": a name or a pronoun, not "as part of the …".
  const words = doc.text.slice(subject.span.start, subject.span.end).split(" ");
  const last = words[words.length - 1] ?? "";
  if (!/^\p{Lu}/u.test(last) && !SUBJECT_PRONOUNS.has(lowerCase(last))) return undefined;
  let k = verbEnd;
  while (k < sentence.endToken && k - verbEnd <= MAX_ADJUNCT && (inDate[k] || PREPOSITIONS.has(lowerAt(tokens, k)) || isWordAt(tokens, k))) k++;
  return lowerAt(tokens, k) === "," ? clauseSpan(doc, k + 1, sentence) : undefined;
}
