/**
 * The subject of a participle or of a second verb that has none written before it: a name
 * ("with Trump calling for …"), a described group ("investors expecting …"), one a recording shows
 * ("footage of X saying …"), or the antecedent of a relative clause ("X, who took to the streets
 * and called for …").
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document } from "../text/document.js";
import type { TokenList } from "../text/tokens.js";
import { DESCRIBED_OPENERS, DOCUMENT_HEADS, GOVERNING, MESSAGES, NOT_NOUNS } from "./speaker-words.js";
import {
  ADVERB,
  BE_FORM,
  bitsAt,
  CLAUSE_MARK,
  COMMA,
  DISCOURSE,
  FINITE,
  OPENER,
  PAST_FORM,
  PREFIX,
  PREPOSITIONS,
  QUOTE_CLOSER,
  QUOTE_MARK,
  RELATIVE,
  SUBJECT_PRONOUN as SUBJECT_PRONOUN_BIT,
  wordBitsOf,
} from "./frame-words.js";
import { isCapitalWordAt, isWordAt, lowerAt, textAt, tokenSpan } from "./token-reads.js";
import { DASHES, MAX_APPOSITION, MAX_PHRASE, phraseBefore, type Subject } from "./phrases.js";
import { subjectBefore } from "./subjects.js";
import { firstTokenFrom } from "../text/tokens.js";

/** The capitalized name ending at token `j` after "footage of", "a video of" and the like; undefined otherwise. */
export function shownSpeaker(doc: Document, j: number, first: number): Span | undefined {
  const { tokens } = doc;
  let r = j;
  while (r > first && j - r < MAX_PHRASE && isCapitalWordAt(tokens, r)) r--;
  return r < j && lowerAt(tokens, r) === "of" && RECORDINGS.has(lowerAt(tokens, r - 1)) ? tokenSpan(tokens, r + 1, j) : undefined;
}

/** For a dash at token `j` closing an aside ("X — who has … — said"), the token before its opening dash; else `j`. */
export function beforeDashedAside(tokens: TokenList, j: number, first: number): number {
  for (let k = j - 1; k > first && j - k <= MAX_APPOSITION; k--) if (tokens.text(k) === tokens.text(j)) return k - 1;
  return j;
}

/** Most tokens back from a verb to the relative pronoun whose clause it is in. */
const MAX_RELATIVE_REACH = 16;

/**
 * The antecedent of the "who" or "which" whose clause runs on, with no comma or clause mark, to
 * token `j` ("…, who took to the streets and [called]", "…, who spent his speech [defending]"),
 * with the pronoun as its second mention; undefined when no such pronoun is near.
 */
export function relativeSubject(doc: Document, j: number, first: number, inDate: Uint8Array): Subject | undefined {
  const { tokens } = doc;
  const table = wordBitsOf(tokens);
  for (let k = j - 1; k > first && j - k <= MAX_RELATIVE_REACH; k--) {
    const bits = bitsAt(table, tokens, k);
    if ((bits & (COMMA | CLAUSE_MARK | QUOTE_MARK | OPENER | QUOTE_CLOSER)) !== 0 || tokens.text(k) === ";" || tokens.text(k) === "(" || DASHES.has(tokens.text(k))) return undefined;
    if ((bits & RELATIVE) === 0) continue;
    // Only the relative clause of a name or description set off by a comma ("X, who …").
    if (textAt(tokens, k - 1) !== ",") return undefined;
    const subject = subjectBefore(doc, k, first, inDate);
    return subject?.relative ? subject : undefined;
  }
  return undefined;
}

/**
 * The noun phrase in lower case right before a participle that is its subject ("hedge fund
 * executives supporting …", "others supporting …", "a puppet saying …"): a determiner or quantifier
 * opens it, or it has a plural head after modifiers; no verb form is in it, no preposition governs
 * it ("a letter to the board urging …"), and a message ("a statement calling …") is left to its sender.
 */
export function describedBefore(doc: Document, j: number, first: number, inDate: Uint8Array): Subject | undefined {
  const { tokens } = doc;
  if (j <= first || !isWordAt(tokens, j) || inDate[j] || !/^\p{Ll}/u.test(tokens.text(j)) || MESSAGES.has(tokens.lower(j)) || DOCUMENT_HEADS.has(tokens.lower(j))) return undefined;
  const found = phraseBefore(doc, j, first, inDate);
  if (!found) return undefined;
  const table = wordBitsOf(tokens);
  // "a resource for anyone wanting …": the phrase after a preposition is governed by it.
  let from = found.firstToken;
  for (let k = j; k >= found.firstToken; k--) {
    if (!isWordAt(tokens, k)) return undefined;
    const w = tokens.lower(k);
    if (GOVERNING.has(w) || PREPOSITIONS.has(w)) return undefined;
    // (A determiner only opens the phrase.)
    if ((bitsAt(table, tokens, k) & (FINITE | PAST_FORM | BE_FORM | PREFIX | ADVERB | SUBJECT_PRONOUN_BIT)) !== 0 || (NOT_NOUNS.has(w) && !(k < j && k === found.firstToken && DESCRIBED_OPENERS.has(w))) || w.endsWith("ing")) return undefined;
    from = k;
  }
  const opener = lowerAt(tokens, from);
  const before = lowerAt(tokens, from - 1);
  if (PREPOSITIONS.has(before) || GOVERNING.has(before)) return undefined;
  // "Trump avoids condemning …": a name and a verb in "-s", not a group.
  let lowerWords = 0;
  for (let k = from; k <= j; k++) if (/^\p{Ll}/u.test(tokens.text(k))) lowerWords++;
  if (lowerWords < 2 && !DESCRIBED_OPENERS.has(opener) && from < j) return undefined;
  const plural = /[^s]s$/u.test(tokens.lower(j)) && (j > from || from === first || before === "and" || before === "," || DISCOURSE.has(before));
  return DESCRIBED_OPENERS.has(opener) || plural ? { span: tokenSpan(tokens, from, j), firstToken: from } : undefined;
}

/** Recordings that show someone speaking ("footage of X saying"). */
const RECORDINGS = new Set(["footage", "video", "videos", "clip", "clips", "audio", "tape", "tapes", "recording", "recordings", "images"]);

/** Most tokens back from the "and" of a second verb to the verb of the clause it goes on. */
const MAX_COORDINATED_REACH = 20;

/** Words that open a clause whose subject a second verb after "and" shares ("after she attacked … and blamed"). */
const CLAUSE_INTRODUCERS: ReadonlySet<string> = new Set(["after", "when", "while", "because", "since", "although", "though", "before", "until", "once", "as", "if", "and", "whereas"]);

/**
 * The subject of the clause that a second verb after "and" or "but" at token `j` goes on ("after
 * [she] attacked the police and blamed …", "and [Mr. Dunn] has attacked the plan, and vowed …",
 * "[Ann Lee], who is backing Pike, but has dismissed …"): the subject before the nearest verb,
 * when that clause is set inside the sentence by a conjunction or is a relative clause, and its
 * subject is a name or a personal pronoun. Undefined otherwise, and for a clause after a
 * reporting verb ("said the plan failed and warned …"), whose verb the second one does not go on.
 */
export function coordinatedSubject(doc: Document, j: number, first: number, inDate: Uint8Array): Subject | undefined {
  const { tokens } = doc;
  const table = wordBitsOf(tokens);
  for (let k = j - 1; k > first && j - k <= MAX_COORDINATED_REACH; k--) {
    const bits = bitsAt(table, tokens, k);
    if ((bits & (CLAUSE_MARK | QUOTE_MARK | OPENER | QUOTE_CLOSER)) !== 0 || tokens.text(k) === ";" || tokens.text(k) === "(" || DASHES.has(tokens.text(k))) return undefined;
    if ((bits & (FINITE | PAST_FORM)) === 0) continue;
    // Back past the auxiliaries and adverbs of the verb ("has since disparaged").
    let s = k - 1;
    while (s > first && (bitsAt(table, tokens, s) & (FINITE | ADVERB)) !== 0) s--;
    if (s < first || !isWordAt(tokens, s) || inDate[s]) return undefined;
    const subject = subjectBefore(doc, s, first, inDate);
    if (!subject || subject.joint) return undefined;
    // Only the relative clause of a name or description set off by a comma ("X, who …"), as in relativeSubject.
    if (subject.relative) return textAt(tokens, firstTokenFrom(tokens, subject.relative.start) - 1) === "," ? subject : undefined;
    const head = tokens.text(subject.firstToken);
    const pronoun = (bitsAt(table, tokens, subject.firstToken) & SUBJECT_PRONOUN_BIT) !== 0 && subject.firstToken === s && PERSONAL.has(tokens.lower(s));
    if (!pronoun && !/^\p{Lu}/u.test(head)) return undefined;
    return CLAUSE_INTRODUCERS.has(lowerAt(tokens, subject.firstToken - 1)) ? subject : undefined;
  }
  return undefined;
}

/** Personal pronouns that may be the subject a second verb shares. */
const PERSONAL: ReadonlySet<string> = new Set(["he", "she", "they", "we", "i"]);
