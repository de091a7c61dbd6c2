/**
 * Passive frames: "The plan was rejected by the council", "It was announced by the ministry that
 * …" (the agent after "by" speaks), the passives of hearsay that hand their subject on ("is
 * reported to have said"), and views held by no one named ("Twitter is seen as a news site").
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import type { Cue } from "./cues.js";
import { SUBJECT_PRONOUNS } from "./speaker-words.js";
import { DATE_PREPOSITIONS } from "./frame-words.js";
import { isAdverbAt, isCapitalWordAt, kindAt, lowerAt } from "./token-reads.js";
import { clauseSpan } from "./spans.js";
import { type Frame, frameOf } from "./frame.js";
import { phraseAfter } from "./phrases.js";
import { RELATIVES, subjectBefore } from "./subjects.js";

/** Words that open an agent phrase in lower case ("by the council", "by some", "by many of his aides"). */
const AGENT_OPENERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "some", "many", "several", "both", "all", "most", "other", "others", "former", "dozens", "hundreds", "thousands", "far", "more", "few"]);

/** Most tokens between a passive verb and its "by" ("was supported on Friday by", "was first reported late Monday by"). */
const MAX_BEFORE_AGENT = 4;

/**
 * A passive frame with its agent: "The plan was rejected by the council" reports the subject as
 * the council's; "It was announced by the ministry that …" reports the clause after "that". A
 * passive with no "by" names no speaker, and a relative pronoun ("which was denied by X") no content.
 */
export function byAgentFrame(doc: Document, cue: Cue, cueSpan: Span, j: number, sentence: Sentence, inDate: Uint8Array): Frame | undefined {
  const { tokens } = doc;
  const first = sentence.firstToken;
  let k = cue.endToken;
  while (k < sentence.endToken && k - cue.endToken < MAX_BEFORE_AGENT && (inDate[k] || isAdverbAt(tokens, k) || (inDate[k + 1] && DATE_PREPOSITIONS.has(lowerAt(tokens, k))))) k++;
  if (lowerAt(tokens, k) !== "by" || j < first) return undefined;
  const agent = phraseAfter(doc, k + 1, sentence.endToken);
  // "required by law", "sent by mail": a bare noun in lower case after "by" is a means, not an agent.
  if (!agent || !(isCapitalWordAt(tokens, k + 1) || AGENT_OPENERS.has(lowerAt(tokens, k + 1)) || kindAt(tokens, k + 1) === "number")) return undefined;
  if (lowerAt(tokens, j) === "it" && lowerAt(tokens, agent.endToken) === "that") {
    const content = clauseSpan(doc, agent.endToken + 1, sentence);
    return content && frameOf(cue, cueSpan, agent.span, "lead", tokens.start(j), content.start, content, sentence, false);
  }
  const subject = subjectBefore(doc, j, first, inDate);
  if (!subject || subject.relative || RELATIVES.has(lowerAt(tokens, subject.firstToken)) || SUBJECT_PRONOUNS.has(lowerAt(tokens, subject.firstToken))) return undefined;
  return frameOf(cue, cueSpan, agent.span, "trail", cueSpan.start, agent.span.end, subject.span, sentence, false);
}

/** Passives of hearsay that put a report at one remove ("is reported to have said", "was believed to have told"). */
export const HEARSAY = new Set(["reported", "said", "believed", "alleged", "understood", "thought", "rumored", "rumoured", "known"]);
/** What follows a passive of accusation to give the charge ("accused of", "blamed for", "charged with"). */
export const CHARGE_PREPOSITIONS: ReadonlySet<string> = new Set(["of", "for", "with"]);
/** Most adverbs between a form of "be" and its participle of hearsay ("is widely reported"). */
export const MAX_HEARSAY_ADVERBS = 2;

/**
 * "Twitter is increasingly seen as a news site", "The reactor is thought to be damaged", "He was
 * accused of fraud": a passive of taking something as something before "as", of hearsay before
 * "to", or of accusation before "of", "for" or "with", with no agent, reports
 * a view no one is named for. As with the verbs of seeming, the content is the whole clause from
 * its subject, and there is no speaker. Not after a relative pronoun, whose antecedent is no part
 * of the clause, nor before "to have", where a reporting verb may follow with a speaker of its own
 * ("is reported to have said").
 */
export function heldView(doc: Document, cue: Cue, cueSpan: Span, j: number, sentence: Sentence, inDate: Uint8Array): Frame | undefined {
  const { tokens } = doc;
  const next = lowerAt(tokens, cue.endToken);
  const taken = cue.verb.complement === "as" && next === "as";
  const hearsay = next === "to" && HEARSAY.has(lowerAt(tokens, cue.token)) && lowerAt(tokens, cue.endToken + 1) !== "have";
  // "He has been accused of fraud", "peacekeepers were blamed for the outbreak": a charge laid by no one named;
  // also past a date or an adverb before the charge ("were accused on Wednesday of …").
  const charge = cue.verb.act === "accusation" ? chargeAfter(doc, cue.endToken, sentence, inDate) : -1;
  const charged = charge >= 0;
  const opens = charged ? charge + 1 : cue.endToken + 1;
  if ((!taken && !hearsay && !charged) || kindAt(tokens, opens) !== "word" || j < sentence.firstToken) return undefined;
  const subject = subjectBefore(doc, j, sentence.firstToken, inDate);
  if (!subject || subject.relative || RELATIVES.has(lowerAt(tokens, subject.firstToken))) return undefined;
  const clause = clauseSpan(doc, cue.endToken, sentence);
  if (!clause) return undefined;
  const content = { start: Math.min(subject.span.start, tokens.start(subject.firstToken)), end: clause.end };
  return frameOf(cue, cueSpan, undefined, "lead", content.start, cueSpan.end, content, sentence, false);
}

/** The token of the charge's preposition after a passive of accusation, past a few date words or adverbs ("accused on Wednesday of"), or -1. */
function chargeAfter(doc: Document, from: number, sentence: Sentence, inDate: Uint8Array): number {
  const { tokens } = doc;
  let k = from;
  while (k < sentence.endToken && k - from < MAX_BEFORE_AGENT && (inDate[k] || isAdverbAt(tokens, k) || (inDate[k + 1] && DATE_PREPOSITIONS.has(lowerAt(tokens, k))))) k++;
  return k < sentence.endToken && CHARGE_PREPOSITIONS.has(lowerAt(tokens, k)) ? k : -1;
}
