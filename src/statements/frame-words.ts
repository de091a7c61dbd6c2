/**
 * What the frame readers ask of a word, as bits by word id: a reader tests a token with one read
 * of a typed array by the token's id, not a set probed with the token's text (a pointer to the
 * string, then its hash) or a pattern run on it. A word's bits are worked out the first time a
 * reader asks for them: most words of an article never stand near a reporting verb.
 *
 * @module
 */
import { WordStamps } from "../actors/word-bits.js";
import type { TokenList } from "../text/tokens.js";
import { BE_FORMS, NEGATIONS, PHRASE_BOUNDARIES, SUBJECT_PRONOUNS, VERB_PREFIXES } from "./speaker-words.js";

/** Words that open a date after a verb ("said on Thursday", "said late Monday"). */
export const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "in", "at", "late", "early", "last", "this", "since"]);
/** Marks that close a quotation. */
export const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['"', "”", "’", "'", "»"]);
/** Prepositions and conjunctions that open an adjunct (of place, time or manner). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(["in", "on", "at", "to", "during", "via", "through", "after", "before", "from", "with", "over", "while", "when", "as", "late", "early", "earlier", "later", "last", "this", "since", "outside", "inside", "following", "ahead"]);
/**
 * Bounds of a count that read as prepositions: after a reporting verb they open the reported
 * clause's subject ("said at least 14 people died", "said up to 20 were hurt"), not an adjunct
 * as "said at the scene" does.
 */
export const COUNT_BOUNDS: ReadonlySet<string> = new Set(["at least", "at most", "up to", "as many as", "as few as", "over"]);
/** Words that open an adverbial before a sentence's subject ("Although …,", "By saying …,"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(["by", "although", "though", "because", "since", "if", "when", "while", "as", "despite", "throughout", "for", "amid", "following", "unlike", "like", "meanwhile", "however", "but", "and", "so", "also"]);
/** Discourse words that open a sentence or a phrase and belong to no speaker ("But", "Meanwhile"). */
export const DISCOURSE: ReadonlySet<string> = new Set(["but", "and", "so", "meanwhile", "however", "separately", "also", "still", "yet", "instead", "now", "then", "indeed", "moreover", "later", "earlier", "previously", "yesterday", "today"]);
/** Conjunctions that open a subordinate clause put before the main one ("After X said …, Y …"). */
export const FRONTED_OPENERS: ReadonlySet<string> = new Set(["after", "while", "when", "although", "though", "if", "because", "since", "before", "until", "once", "whereas", "unless", "even"]);
/** Finite auxiliaries: a clause goes on after a subject with one ("the plan was", "Kyiv would"). */
export const FINITE_AUXILIARIES: ReadonlySet<string> = new Set(["is", "was", "were", "are", "has", "have", "had", "would", "will", "could", "can", "should", "did", "does", "do", "may", "might", "must", "shall"]);
/** Negated finite auxiliaries, written as one word ("wouldn't", "can’t", "cannot"): finite all the same. */
// Built in a pure-marked call, so a bundle that never reads frames (resolveDate alone) drops it.
const NEGATED_AUXILIARIES: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(
    ["isn't", "wasn't", "weren't", "aren't", "hasn't", "haven't", "hadn't", "wouldn't", "won't", "couldn't", "can't", "shouldn't", "didn't", "doesn't", "don't", "mustn't"].flatMap((w) => [w, w.replace("'", "’")]).concat("cannot"),
  ))();
/** Common irregular past forms, which no "-ed" test finds. */
const IRREGULAR_PASTS: ReadonlySet<string> = new Set(["came", "went", "made", "took", "left", "broke", "gave", "found", "knew", "became", "began", "got", "grew", "fell", "rose", "won", "lost", "sent", "spent", "paid", "met", "saw", "led", "held", "kept", "ran", "wrote", "told", "thought", "brought", "bought", "sold", "hit", "hid", "struck", "stood", "fled", "felt", "built", "drew", "threw", "chose", "spoke", "sought", "fought", "meant", "dealt", "did"]);
/** Marks that open a quotation. */
export const OPENERS: ReadonlySet<string> = new Set(['"', "“", "‘", "«"]);

// Written as literals, not shifts, which a bundler keeps in a bundle that never reads them.
/** Bits of {@link bitsAt}. A word of {@link VERB_PREFIXES}. */
export const PREFIX = 0x1;
/** An adverb in -ly, in lower case ({@link isAdverbText}). */
export const ADVERB = 0x2;
/** A straight or curly double quotation mark. */
export const QUOTE_MARK = 0x4;
/** A word of {@link PHRASE_BOUNDARIES}. */
export const BOUNDARY = 0x8;
/** A word that opens on an upper-case letter. */
export const CAPITAL = 0x10;
/** A word that opens on a lower-case letter. */
export const LOWER = 0x20;
/** A word of {@link DISCOURSE}. */
export const DISCOURSE_WORD = 0x40;
/** A word of {@link DATE_PREPOSITIONS}. */
export const DATE_PREPOSITION = 0x80;
/** A word of {@link PREPOSITIONS}. */
export const PREPOSITION = 0x100;
/** A word of {@link SUBORDINATORS}. */
export const SUBORDINATOR = 0x200;
/** A mark of {@link QUOTE_CLOSERS}. */
export const QUOTE_CLOSER = 0x400;
/** A mark of {@link OPENERS}. */
export const OPENER = 0x800;
/** A negation ({@link NEGATIONS}, or a word in "n't"). */
export const NEGATION = 0x1000;
/** A form of "be" ({@link BE_FORMS}). */
export const BE_FORM = 0x2000;
/** A word of {@link SUBJECT_PRONOUNS}. */
export const SUBJECT_PRONOUN = 0x4000;
/** A relative pronoun that heads a clause inside a speaker phrase ("who", "which", "who's"). */
export const RELATIVE = 0x8000;
/** A comma. */
export const COMMA = 0x10000;
/** "that" or a colon: what follows a verb there is a clause. */
export const CLAUSE_MARK = 0x20000;
/** A mark that ends the stretch after a trailing frame's verb: , ; . ! ? — */
export const STRETCH_END = 0x40000;
/** A word of {@link FRONTED_OPENERS}. */
export const FRONTED_OPENER = 0x80000;
/** A finite auxiliary, plain or negated ({@link isFiniteAuxiliary}). */
export const FINITE = 0x100000;
/** A past form in lower case: "-ed" past a short stem, or an irregular one ("said" as written, not "Said"). */
export const PAST_FORM = 0x200000;
/** Set on every word once its bits are worked out, so that 0 means "not yet". */
const KNOWN = 0x40000000;

const RELATIVES_IN_PHRASE: ReadonlySet<string> = new Set(["who", "which", "who's", "who’s"]);
const STRETCH_ENDS: ReadonlySet<string> = new Set([",", ";", ".", "!", "?", "—"]);

/** Adverbs in -ly between a subject and its verb ("has consistently stated"), by a word's text. */
function isAdverbText(text: string): boolean {
  return text.length > 4 && text.endsWith("ly") && /^\p{Ll}/u.test(text);
}

/** True for a finite auxiliary, plain or negated ("was", "wouldn't"). */
export function isFiniteAuxiliary(w: string): boolean {
  return FINITE_AUXILIARIES.has(w) || NEGATED_AUXILIARIES.has(w);
}

/** True for a past form by a word's text: in lower case, "-ed" past a short stem ("warned", not "need"), or an irregular one. */
function isPastFormText(text: string): boolean {
  return /^\p{Ll}/u.test(text) && ((text.length > 4 && text.endsWith("ed") && !text.endsWith("eed")) || IRREGULAR_PASTS.has(text));
}

/** The bits of a word, by its text and its lower case. */
function readBits(text: string, lower: string): number {
  let bits = KNOWN;
  if (VERB_PREFIXES.has(lower)) bits |= PREFIX;
  if (isAdverbText(text)) bits |= ADVERB;
  if (text === '"' || text === "“" || text === "”") bits |= QUOTE_MARK;
  if (PHRASE_BOUNDARIES.has(lower)) bits |= BOUNDARY;
  if (/^\p{Lu}/u.test(text)) bits |= CAPITAL;
  if (/^\p{Ll}/u.test(text)) bits |= LOWER;
  if (DISCOURSE.has(lower)) bits |= DISCOURSE_WORD;
  if (DATE_PREPOSITIONS.has(lower)) bits |= DATE_PREPOSITION;
  if (PREPOSITIONS.has(lower)) bits |= PREPOSITION;
  if (SUBORDINATORS.has(lower)) bits |= SUBORDINATOR;
  if (QUOTE_CLOSERS.has(lower)) bits |= QUOTE_CLOSER;
  if (OPENERS.has(text)) bits |= OPENER;
  if (NEGATIONS.has(lower) || lower.endsWith("n't") || lower.endsWith("n’t")) bits |= NEGATION;
  if (BE_FORMS.has(lower)) bits |= BE_FORM;
  if (SUBJECT_PRONOUNS.has(lower)) bits |= SUBJECT_PRONOUN;
  if (RELATIVES_IN_PHRASE.has(lower)) bits |= RELATIVE;
  if (text === ",") bits |= COMMA;
  if (lower === "that" || lower === ":") bits |= CLAUSE_MARK;
  if (STRETCH_ENDS.has(lower)) bits |= STRETCH_END;
  if (FRONTED_OPENERS.has(lower)) bits |= FRONTED_OPENER;
  if (isFiniteAuxiliary(lower)) bits |= FINITE;
  if (isPastFormText(text)) bits |= PAST_FORM;
  return bits;
}

/** The bits by word id, 0 until a word's are worked out. */
const frameWords = /* @__PURE__ */ new WordStamps();

/** The table of bits for the words of `tokens`, to read with {@link bitsAt}; valid until the vocabulary grows. */
export function wordBitsOf(tokens: TokenList): Int32Array {
  return frameWords.of(tokens);
}

/** The bits of token `i` of `tokens` ({@link wordBitsOf} gave `table`), or 0 outside the list. */
export function bitsAt(table: Int32Array, tokens: TokenList, i: number): number {
  if (i < 0 || i >= tokens.length) return 0;
  const id = tokens.id(i);
  let bits = table[id]!;
  if (bits === 0) {
    bits = readBits(tokens.text(i), tokens.lower(i));
    table[id] = bits;
  }
  return bits;
}
