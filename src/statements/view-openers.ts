/**
 * Views put as "in his view": "In his view, the ceasefire will not hold", "The talks failed, in
 * Ruiz's opinion". The possessive holds the view; the clause on the other side of the comma is it.
 *
 * @module
 */
import type { Document, Sentence } from "../text/document.js";
import type { Cue } from "./cues.js";
import { lowerAt, textAt, tokenSpan } from "./token-reads.js";
import { clauseBefore, clauseSpan, trimSpan } from "./spans.js";
import { startPastDateline } from "./sentence-subject.js";
import { type Frame, frameOf } from "./frame.js";

/**
 * The frame of "in", a possessive and a noun of a held view (the cue finder has checked all three
 * and the comma or end after them): opening its sentence it reports the clause after the comma,
 * closing it (after a comma) the clause before. The speaker is the possessive: the pronoun, or the
 * name without its "'s". None in the middle of a clause.
 */
export function readViewOpener(doc: Document, cue: Cue, sentence: Sentence): Frame | undefined {
  const { tokens } = doc;
  const cueSpan = tokenSpan(tokens, cue.token, cue.endToken - 1);
  const owner = cue.endToken - 2;
  const possessive = /['’]s$/u.test(tokens.text(owner));
  const speaker = possessive ? trimSpan(doc.text, tokens.start(cue.token + 1), tokens.end(owner) - 2) : tokenSpan(tokens, owner, owner);
  if (!speaker) return undefined;
  if (cue.token === sentence.firstToken) {
    if (textAt(tokens, cue.endToken) !== ",") return undefined;
    const content = clauseSpan(doc, cue.endToken + 1, sentence);
    return content && frameOf(cue, cueSpan, speaker, "lead", cueSpan.start, cueSpan.end, content, sentence, false);
  }
  if (lowerAt(tokens, cue.token - 1) !== "," || cue.endToken < sentence.endToken - 1) return undefined;
  const content = clauseBefore(doc, sentence, tokens.start(cue.token - 1), startPastDateline(doc, sentence));
  return content && frameOf(cue, cueSpan, speaker, "trail", cueSpan.start, cueSpan.end, content, sentence, false);
}
