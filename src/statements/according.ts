/**
 * "According to X, Y" and "Y, according to X": the source after "according to", with the body a
 * document comes from ("according to a report from X"), and the clause on the other side of the
 * comma.
 *
 * @module
 */
import type { Document, Sentence } from "../text/document.js";
import type { Cue } from "./cues.js";
import { isWordAt, lowerAt, textAt, tokenSpan } from "./token-reads.js";
import { clauseBefore, clauseSpan } from "./spans.js";
import { startPastDateline } from "./sentence-subject.js";
import { type Frame, frameOf } from "./frame.js";
import { MAX_APPOSITION, phraseAfter } from "./phrases.js";
import { APPOSITION_PUNCTUATION } from "./subjects.js";

/** "according to X, Y" and "Y, according to X". */
export function readAccording(doc: Document, cue: Cue, sentence: Sentence): Frame | undefined {
  const { tokens } = doc;
  const cueSpan = tokenSpan(tokens, cue.token, cue.endToken - 1);
  const head = phraseAfter(doc, cue.endToken, sentence.endToken);
  // "according to a report from Bloomberg New Energy Finance": the body the document comes from belongs to the source.
  const link = head ? lowerAt(tokens, head.endToken) : "";
  const named = head ? head.endToken + (lowerAt(tokens, head.endToken + 1) === "the" ? 2 : 1) : 0;
  const tail = head && (link === "from" || link === "by" || link === "of") && /^\p{Lu}/u.test(textAt(tokens, named)) ? phraseAfter(doc, head.endToken + 1, sentence.endToken) : undefined;
  const after = head && tail ? { span: { start: head.span.start, end: tail.span.end }, endToken: tail.endToken } : head;
  const speaker = after?.span;
  const afterSpeaker = after ? after.endToken : cue.endToken;
  const before = cue.token - 1;
  const frameEnd = speaker ? speaker.end : cueSpan.end;
  // "It has not gone unnoticed: according to X, Y": past a colon the frame opens a clause of its own.
  if (before < sentence.firstToken || textAt(tokens, before) === ":") {
    // "According to X, Y.", and past what else describes X ("According to a study by X based on census data, Y").
    let comma = afterSpeaker;
    while (comma < sentence.endToken && comma - afterSpeaker <= MAX_APPOSITION && lowerAt(tokens, comma) !== "," && (isWordAt(tokens, comma) || APPOSITION_PUNCTUATION.has(tokens.text(comma)))) comma++;
    if (lowerAt(tokens, comma) !== ",") return undefined;
    const content = clauseSpan(doc, comma + 1, sentence);
    return content && frameOf(cue, cueSpan, speaker, "lead", cueSpan.start, frameEnd, content, sentence, false);
  }
  const contentEnd = lowerAt(tokens, before) === "," ? tokens.start(before) : cueSpan.start;
  const content = clauseBefore(doc, sentence, contentEnd, startPastDateline(doc, sentence));
  return content && frameOf(cue, cueSpan, speaker, "trail", cueSpan.start, frameEnd, content, sentence, false);
}
