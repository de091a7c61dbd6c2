/**
 * Adverbs of hearsay: "The mayor reportedly met the envoy", "He has allegedly hidden the files".
 * The clause the adverb stands in, from its subject to its end, is a report with no source named,
 * as with "is said to" and the verbs of seeming.
 *
 * @module
 */
import type { Document, Sentence } from "../text/document.js";
import type { Cue } from "./cues.js";
import { BE_FORMS } from "./speaker-words.js";
import { isFiniteAuxiliary } from "./frame-words.js";
import { isAdverbAt, isWordAt, lowerAt, tokenSpan } from "./token-reads.js";
import { clauseSpan } from "./spans.js";
import { type Frame, frameOf } from "./frame.js";
import { RELATIVES, subjectBefore } from "./subjects.js";

/** Most auxiliaries and adverbs between the subject and the adverb of hearsay ("has also reportedly"). */
const MAX_BEFORE = 3;

/**
 * The frame of an adverb of hearsay: the clause from the subject before it (past a few auxiliaries
 * and adverbs) to the clause's end, with no speaker. None when no verb follows the adverb, or the
 * subject is a relative pronoun, whose antecedent is no part of the clause.
 */
export function readHearsayAdverb(doc: Document, cue: Cue, sentence: Sentence, inDate: Uint8Array): Frame | undefined {
  const { tokens } = doc;
  const first = sentence.firstToken;
  if (!isWordAt(tokens, cue.endToken)) return undefined;
  let j = cue.token - 1;
  while (j >= first && cue.token - j <= MAX_BEFORE && (isFiniteAuxiliary(lowerAt(tokens, j)) || BE_FORMS.has(lowerAt(tokens, j)) || isAdverbAt(tokens, j))) j--;
  if (j < first) return undefined;
  const subject = subjectBefore(doc, j, first, inDate);
  if (!subject || subject.relative || RELATIVES.has(lowerAt(tokens, subject.firstToken))) return undefined;
  const clause = clauseSpan(doc, cue.endToken, sentence);
  if (!clause) return undefined;
  const cueSpan = tokenSpan(tokens, cue.token, cue.token);
  const content = { start: Math.min(subject.span.start, tokens.start(subject.firstToken)), end: clause.end };
  return frameOf(cue, cueSpan, undefined, "lead", content.start, cueSpan.end, content, sentence, false);
}
