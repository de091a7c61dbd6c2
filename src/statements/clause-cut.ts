/**
 * Where a speaker phrase stops being a noun phrase and goes on as a clause: frames read the
 * words before a cue as the speaker, and a cue that is a noun or a second verb leaves a clause
 * in them ("Local fishermen expressed similar [doubts]", "Lee noted Mayor Tom Dunn [said]").
 *
 * @module
 */
import { lowerCase } from "../text/tokens.js";
import { CLAUSE_PRONOUNS, HEAD_ENDERS, NOT_OPENERS, OPENERS } from "../lexicon/described-sources.js";
import { isFiniteAuxiliary } from "./frame-words.js";

/** A lower-case past form in "-ed" of five letters or more ("noted", "enjoyed"; not "need", "freed"). */
const PAST_VERB = /^\p{Ll}[\p{Ll}-]{1,40}[^e]ed$/u;

/**
 * The index of the word at which the words go on as a clause, or -1: a finite auxiliary ("the
 * party [will] confront"), a personal pronoun ("experts [I] spoke to", "[it] issued"), or a verb
 * in "-ed" between a subject and what follows it ("Mrs. Dunn [enjoyed] broad", "Lee [noted]
 * Mayor Dunn"). A participle after a determiner, an adverb or a preposition ("the injured man", "a
 * newly elected mayor", "of registered voters") is a modifier, not a verb.
 */
export function clauseBreak(words: readonly { readonly text: string }[]): number {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.text;
    const lower = lowerCase(w);
    if (CLAUSE_PRONOUNS.has(lower) || isFiniteAuxiliary(lower.replace("’", "'"))) return i;
    if (i > 0 && i + 1 < words.length && PAST_VERB.test(w)) {
      const before = lowerCase(words[i - 1]!.text);
      // "exit polls reported by CNN": a participle with its agent after it, no verb of the clause.
      const next = words[i + 1]!.text;
      if (!OPENERS.has(before) && !before.endsWith("ly") && !HEAD_ENDERS.has(before) && /^\p{L}/u.test(next) && next !== "by") return i;
    }
  }
  return -1;
}

/**
 * The subject of words that are a clause cut short rather than a description, as word indexes
 * `[from, to)`, or undefined for a description. The subject is the words before the clause's verb;
 * a pronoun last or first is the subject itself ("the statement noted [they]", "[it] issued a paper"),
 * one inside opens a relative clause ("[experts] I spoke to"). A preposition or an imperative
 * opening the words ("by the government of …", "let editorials") leaves no subject (`[0, 0]`).
 */
export function clauseSubject(words: readonly { readonly text: string }[]): readonly [number, number] | undefined {
  if (words.length > 0 && NOT_OPENERS.has(lowerCase(words[0]!.text))) return [0, 0];
  // "the statement noted [they]": a pronoun right before the cue is its subject, whatever comes before.
  const last = words.length - 1;
  if (last > 0 && CLAUSE_PRONOUNS.has(lowerCase(words[last]!.text))) return [last, last + 1];
  const at = clauseBreak(words);
  if (at < 0) return undefined;
  if (!CLAUSE_PRONOUNS.has(lowerCase(words[at]!.text))) return [0, at];
  if (words.length === 1) return undefined;
  return at === 0 || at === words.length - 1 ? [at, at + 1] : [0, at];
}
