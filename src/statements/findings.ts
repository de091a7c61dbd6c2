/**
 * What a document shows: "Polls show a close race", "A study by Linden College found …". A
 * finding is reported even as a noun phrase, and the document (with its maker, when named) is
 * the source.
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import type { Cue } from "./cues.js";
import { DOCUMENT_HEADS } from "./speaker-words.js";
import { isCapitalWordAt } from "./token-reads.js";
import type { Subject } from "./phrases.js";
import { sentenceSubject } from "./sentence-subject.js";
import { objectSpan } from "./complements.js";

/** Verbs by which a document states its findings. */
const FINDING_VERBS = new Set(["show", "find", "reveal", "indicate", "suggest"]);

/**
 * "Polls show a close race", "the survey found broad support": what a document shows is reported
 * even as a noun phrase, which from a person would be no claim ("announced a plan").
 */
export function findings(doc: Document, cue: Cue, subject: Subject, verbEnd: number, sentence: Sentence): { content: Span; subject?: Span | null } | undefined {
  if (!FINDING_VERBS.has(cue.verb.lemma)) return undefined;
  const isDocument = (span: Span | undefined): boolean => {
    const words = span ? doc.text.slice(span.start, span.end).split(" ") : [];
    const head = (w: string | undefined): boolean => DOCUMENT_HEADS.has((w ?? "").replace(/['’]s?$/u, "").toLowerCase());
    // "Data from the census", "recent polls in two states": the head stands before the phrase's first preposition.
    const preposition = words.findIndex((w, i) => i > 0 && HEAD_ENDERS.has(w));
    return head(words[words.length - 1]) || (preposition > 0 && head(words[preposition - 1]));
  };
  // "A poll by Linden College released Monday found …": the sentence's subject is the document,
  // when the verb comes soon after it.
  const opening = isDocument(subject.span) ? undefined : sentenceSubject(doc, sentence);
  const near = opening !== undefined && opening.end <= subject.span.start && cue.token - sentence.firstToken <= MAX_FINDING_SUBJECT;
  if (!isDocument(subject.span) && !(near && isDocument(opening))) return undefined;
  const content = objectSpan(doc, verbEnd, sentence);
  if (!content) return undefined;
  if (!opening || !near) return { content };
  // The maker is named when a capitalized word follows the document's word ("a poll by Linden College").
  const named = (from: number): boolean => {
    for (let k = from; k < cue.token; k++) if (isCapitalWordAt(doc.tokens, k) && doc.tokens.start(k) >= opening.end) return true;
    return false;
  };
  return { content, subject: named(sentence.firstToken) ? { start: opening.start, end: doc.tokens.end(cue.token - 1) } : null };
}

/** Prepositions that end the head of a document's noun phrase ("polls [in] Ohio", "data [from] the census"). */
const HEAD_ENDERS = new Set(["of", "in", "from", "by", "on", "for", "with", "released", "taken", "published"]);

/** Most tokens from a sentence's start to the verb by which its document subject states a finding. */
const MAX_FINDING_SUBJECT = 14;
