/**
 * The addressee after a verb of telling ("told reporters", "told a Senate panel", "assured
 * them"): where it ends, so the clause after it can be read.
 *
 * @module
 */
import type { Document } from "../text/document.js";
import type { TokenList } from "../text/tokens.js";
import { ADDRESSEES, PHRASE_BOUNDARIES, SUBJECT_PRONOUNS, VERB_PREFIXES } from "./speaker-words.js";
import { PREPOSITIONS } from "./frame-words.js";
import { isWordAt, lowerAt } from "./token-reads.js";

/** Words that open a noun phrase after "to" ("to the council", "to his aides"). */
export const NOUN_PHRASE_OPENERS = new Set(["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "some", "many", "all", "both", "local", "state", "foreign", "senior", "fellow"]);

/** The addressee after "told"/"assured": a pronoun, "reporters", a name, or "the/a" and a few words. */
export function skipAddressee(doc: Document, k: number, end: number): number {
  const { tokens } = doc;
  if (!isWordAt(tokens, k)) return k;
  const w = tokens.lower(k);
  if (ADDRESSEES.has(w)) return k + 1;
  let i = k;
  const determiner = w === "the" || w === "a" || w === "an" || w === "his" || w === "her" || w === "their";
  if (determiner) i++;
  while (i < end && i - k < 6 && isWordAt(tokens, i) && /^\p{Lu}/u.test(tokens.text(i))) i++;
  // "told ABC 7 that", "told Channel 4 on Monday": a number ends a station's name, not "told Reuters 24 people …".
  const afterNumber = lowerAt(tokens, i + 1);
  if (i > k && tokens.kind(i) === "number" && (afterNumber === "that" || afterNumber === "," || PREPOSITIONS.has(afterNumber))) i++;
  if (i > k && (i - k > 1 || /^\p{Lu}/u.test(tokens.text(k)))) return i;
  // "told a news conference they …", "told cheering supporters that …": a short addressee before "that" or a subject.
  for (let x = k + 1; x < end && x - k <= 4; x++) {
    const next = lowerAt(tokens, x);
    if (next === "that" || (SUBJECT_PRONOUNS.has(next) && next !== "this" && next !== "it")) return x;
    if (!isWordAt(tokens, x)) break;
  }
  return k;
}

/** Determiners that open an addressee ("told a Senate panel"). */
export const DETERMINERS = new Set(["the", "a", "an", "his", "her", "their"]);

/** True for a lower-case word that can close an addressee's noun phrase: no verb form, pronoun, determiner or linking word. */
export function isNounLike(tokens: TokenList, i: number): boolean {
  if (!isWordAt(tokens, i)) return false;
  const text = tokens.text(i);
  const w = tokens.lower(i);
  return /^\p{Ll}/u.test(text) && !PHRASE_BOUNDARIES.has(w) && !SUBJECT_PRONOUNS.has(w) && !NOUN_PHRASE_OPENERS.has(w) && !VERB_PREFIXES.has(w) && !/(?:ed|ing|ly)$/u.test(w);
}
