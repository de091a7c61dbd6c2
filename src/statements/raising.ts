/**
 * Verbs that hand their subject on: the verbs of seeming ("Turnout seems to have fallen", "She
 * seemed to suggest that …") and "went on to say". A verb of seeming with no verb of saying after
 * it reports the writer's reading, with no speaker.
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import type { TokenList } from "../text/tokens.js";
import type { Cue } from "./cues.js";
import { PHRASE_BOUNDARIES } from "./speaker-words.js";
import { PREPOSITIONS } from "./frame-words.js";
import { isWordAt, lowerAt } from "./token-reads.js";
import { clauseSpan } from "./spans.js";
import { type Frame, frameOf } from "./frame.js";
import { subjectBefore } from "./subjects.js";
import { NP_PREPOSITIONS } from "./complements.js";

/**
 * Verbs that hand their subject to the verb after "to" ("continued to insist", "has to explain",
 * "struggled to explain"); not the verbs of intention the lexicon reads as cues of their own
 * ("wants to", "plans to"), nor those that deny the report ("refused to", "failed to").
 */
const CONTROL_VERBS: ReadonlySet<string> = new Set([
  "continue", "continues", "continued", "continuing", "try", "tries", "tried", "trying",
  "begin", "begins", "began", "begun", "start", "starts", "started", "manage", "manages", "managed", "struggle",
  "struggles", "struggled", "tend", "tends", "tended", "move", "moves", "moved", "decide", "decides", "decided",
  "choose", "chooses", "chose", "has", "have", "had",
]);

/** Forms of "have" before "yet to" ("has yet to explain"). */
const HAVE: ReadonlySet<string> = new Set(["has", "have", "had"]);

/** Adjectives of readiness after "be" that hand their subject on ("was quick to deny"). */
const CONTROL_ADJECTIVES: ReadonlySet<string> = new Set(["quick", "eager", "poised", "ready", "keen", "careful", "likely", "set"]);

/** Forms of "be" before an adjective of readiness. */
const BE: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been"]);

/** Forms of "go" that lead on to a reporting verb ("went on to say", "goes so far as to claim"). */
const GOING = new Set(["go", "goes", "went", "going", "gone"]);

/**
 * For the "to" at token `to` in "went on to say" or "went so far as to say", the index of the
 * last token before "went" (where the subject ends); undefined for any other "to".
 */
export function goingOn(tokens: TokenList, to: number, first: number): number | undefined {
  const before = lowerAt(tokens, to - 1);
  // "continued to insist", "tried to explain", "has yet to say": the subject of the verb before "to" says it.
  if (to - 2 >= first && CONTROL_VERBS.has(before)) return to - 2;
  if (to - 3 >= first && before === "yet" && HAVE.has(lowerAt(tokens, to - 2))) return to - 3;
  // "is quick to deny", "were eager to stress": "be" and an adjective of readiness, past the "be".
  if (to - 3 >= first && CONTROL_ADJECTIVES.has(before) && BE.has(lowerAt(tokens, to - 2))) return to - 3;
  if (before === "on") return to - 2 > first && GOING.has(lowerAt(tokens, to - 2)) ? to - 3 : undefined;
  // "so far as", "as far as".
  if (before === "as" && lowerAt(tokens, to - 2) === "far" && (lowerAt(tokens, to - 3) === "so" || lowerAt(tokens, to - 3) === "as")) {
    return to - 4 > first && GOING.has(lowerAt(tokens, to - 4)) ? to - 5 : undefined;
  }
  return undefined;
}

/** Forms of the verbs of seeming, which hand their subject to a reporting verb after "to" ("appeared to suggest"). */
export const SEEMING = new Set(["seem", "seems", "seemed", "appear", "appears", "appeared"]);

/**
 * "Enthusiasm for the plan appears to have faded", "It seems that …": a verb of seeming reports
 * how things look to the writer. The content is the whole clause from its subject (or, after an
 * empty "it", the clause that follows), and there is no speaker. Only before "to", "that", a
 * comma or a bare complement: "appeared in court" is no report.
 */
export function raising(doc: Document, cue: Cue, cueSpan: Span, j: number, sentence: Sentence, inDate: Uint8Array): Frame | undefined {
  const { tokens } = doc;
  const next = lowerAt(tokens, cue.endToken);
  const subject = j >= sentence.firstToken ? subjectBefore(doc, j, sentence.firstToken, inDate) : undefined;
  if (!subject || subject.joint) return undefined;
  // "it appeared to undercut her case": before "to", "it" stands for something and is the clause's subject.
  const empty = doc.text.slice(subject.span.start, subject.span.end).toLowerCase() === "it" && next !== "to";
  if (empty) {
    const k = next === "," ? skipAside(doc, cue.endToken, sentence) : cue.endToken;
    if (lowerAt(tokens, k) !== "that") return undefined;
    const content = clauseSpan(doc, k + 1, sentence);
    return content && frameOf(cue, cueSpan, undefined, "lead", subject.span.start, content.start, content, sentence, false);
  }
  // "seemed like a hopeless task", "seemed so stark": a likeness or a degree opens the complement too.
  const bare = cue.verb.lemma === "seem" && isWordAt(tokens, cue.endToken) && ((!NP_PREPOSITIONS.has(next) && !PREPOSITIONS.has(next) && !PHRASE_BOUNDARIES.has(next)) || SEEMING_OPENERS.has(next));
  if (next !== "to" && !bare) return undefined;
  const clause = clauseSpan(doc, cue.endToken, sentence);
  if (!clause) return undefined;
  const content = { start: Math.min(subject.span.start, tokens.start(subject.firstToken)), end: clause.end };
  return frameOf(cue, cueSpan, undefined, "lead", content.start, cueSpan.end, content, sentence, false);
}

/** Words that open a complement of "seem" though they open phrases elsewhere ("seemed like …", "seemed so …"). */
const SEEMING_OPENERS: ReadonlySet<string> = new Set(["like", "so"]);

/** Index of the token after a short aside set off by commas ("appears, though, that"), or `from`. */
function skipAside(doc: Document, from: number, sentence: Sentence): number {
  for (let k = from + 1; k < sentence.endToken && k - from <= 4; k++) if (doc.tokens.text(k) === ",") return k + 1;
  return from;
}
