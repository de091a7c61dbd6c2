/**
 * Group antecedents: "they" as a speaker with no earlier source to speak for ("Republicans
 * called the hearing because they felt …", "Democrats met on Monday. They said …") points back
 * to the subject of its own sentence, or of the sentence before it in the paragraph, when that
 * subject is a group: a body already named, or a group of a kind (see described.ts). "They"
 * then becomes a mention of that group. Nothing is guessed from further away.
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import { firstStartingFrom } from "../text/search.js";
import { describedSpeaker } from "./described.js";
import { sentenceSubject } from "./sentence-subject.js";
import { addMention, resolveName, type ResolvedSpeaker, type SpeakerBook } from "./speakers.js";

/** True when `span` is the word "they" (or a contraction of it: "they're", "they’ve"). */
export function isThey(doc: Document, span: Span): boolean {
  return /^they(?:['’](?:re|ve|ll|d))?$/iu.test(doc.text.slice(span.start, span.end));
}

/**
 * The group that "they" at `they`, a speaker in `sentence`, points back to: the subject of that
 * sentence before the pronoun, else the subject of the sentence before it in the same
 * paragraph. The subject gains its own mention; the result's mention is the pronoun.
 */
export function groupAntecedent(book: SpeakerBook, they: Span, sentence: Sentence): ResolvedSpeaker | undefined {
  const { doc } = book;
  const index = firstStartingFrom(doc.sentences, sentence.start);
  const before = index > 0 ? doc.sentences[index - 1] : undefined;
  const candidates = [sentence, before && before.paragraph === sentence.paragraph ? before : undefined];
  for (const s of candidates) {
    if (!s) continue;
    const subject = sentenceSubject(doc, s);
    if (!subject || subject.end > they.start || isThey(doc, subject)) continue;
    const named = resolveName(book, subject);
    const r = named?.draft ? (named.draft.kind === "person" ? undefined : named) : describedSpeaker(book, subject);
    if (!r?.draft || r.draft.kind === "person") continue;
    addMention(book, r.draft, r.mention, r.form);
    return { draft: r.draft, form: "pronoun", mention: they };
  }
  return undefined;
}
