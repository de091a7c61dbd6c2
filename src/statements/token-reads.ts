/**
 * Token reads for the frame readers: a token's text, lower-case form and kind by index, with
 * `""` or undefined outside the list, and the few tests made on one token (a word, a capitalized
 * word, an adverb, a past form, a title's dot). None makes a token object: the readers look at a
 * few hundred tokens per article.
 *
 * @module
 */
import type { Span } from "../model.js";
import { lowerCase, type TokenKind, type TokenList } from "../text/tokens.js";
import { ADVERB, bitsAt, CAPITAL, FINITE_AUXILIARIES, PAST_FORM, wordBitsOf } from "./frame-words.js";
import { NAME_SUFFIX_ABBREVIATIONS } from "../lexicon/abbreviations.js";

/** True when a word's text is a finite auxiliary or a past form in "-ed": a predicate that opens with no subject before it. */
function startsPredicateText(text: string): boolean {
  if (!/^\p{Ll}/u.test(text)) return false;
  const w = lowerCase(text);
  return FINITE_AUXILIARIES.has(w) || (w.length > 4 && w.endsWith("ed"));
}

/** The text of token `i`, `""` outside the list. */
export const textAt = (tokens: TokenList, i: number): string => (i >= 0 && i < tokens.length ? tokens.text(i) : "");
/** The lower-case text of token `i`, `""` outside the list. */
export const lowerAt = (tokens: TokenList, i: number): string => (i >= 0 && i < tokens.length ? tokens.lower(i) : "");
/** The kind of token `i`, undefined outside the list. */
export const kindAt = (tokens: TokenList, i: number): TokenKind | undefined => (i >= 0 && i < tokens.length ? tokens.kind(i) : undefined);
/** True when token `i` is a word or a number. */
export const isWordAt = (tokens: TokenList, i: number): boolean => {
  const kind = kindAt(tokens, i);
  return kind === "word" || kind === "number";
};
/** True when token `i` is a word that opens on an upper-case letter. */
export const isCapitalWordAt = (tokens: TokenList, i: number): boolean => isWordAt(tokens, i) && (bitsAt(wordBitsOf(tokens), tokens, i) & CAPITAL) !== 0;
/** True when token `i` is an adverb in -ly, in lower case. */
export const isAdverbAt = (tokens: TokenList, i: number): boolean => kindAt(tokens, i) === "word" && (bitsAt(wordBitsOf(tokens), tokens, i) & ADVERB) !== 0;
/** True when token `i` is a finite auxiliary or a past form in "-ed" in lower case: a predicate with no subject before it. */
export const startsPredicateAt = (tokens: TokenList, i: number): boolean => kindAt(tokens, i) === "word" && startsPredicateText(tokens.text(i));

/**
 * The dot of an abbreviation inside a name: a title's ("Mr. Clarke", "Sen. Cruz"), or a name's
 * closing one before a word in lower case that goes on with the sentence ("Tom Dunn Jr. said",
 * "Acme Inc. reported").
 */
export function isAbbreviationDot(tokens: TokenList, k: number): boolean {
  // A title's dot sits one space before the name: a dot at a line's end ("…, Harbour Chief Says.") closes the line.
  if (tokens.text(k) !== "." || k < 1 || k + 1 >= tokens.length || tokens.end(k - 1) !== tokens.start(k) || tokens.start(k + 1) - tokens.end(k) > 1) return false;
  if (!/^\p{Lu}\p{Ll}{0,3}$/u.test(tokens.text(k - 1))) return false;
  const next = tokens.text(k + 1);
  return /^\p{Lu}/u.test(next) || (NAME_SUFFIX_ABBREVIATIONS.has(tokens.lower(k - 1)) && /^\p{Ll}/u.test(next));
}

/** True for a lower-case past form: "-ed" past a short stem, or an irregular one. */
export function isPastFormAt(tokens: TokenList, i: number): boolean {
  return kindAt(tokens, i) === "word" && (bitsAt(wordBitsOf(tokens), tokens, i) & PAST_FORM) !== 0;
}

/** True when token `i` is a mark that opens a quotation, or the first of a doubled one glued to a word (NYT copy's `''Yes,''`, ` ``Yes,'' `). */
export function isOpenerAt(tokens: TokenList, i: number): boolean {
  const text = textAt(tokens, i);
  if (text === "'" || text === "`") return textAt(tokens, i + 1) === text && tokens.end(i) === tokens.start(i + 1) && tokens.end(i + 1) === tokens.start(i + 2) && isWordAt(tokens, i + 2);
  return text === '"' || text === "“" || text === "‘" || text === "«";
}

/** The span from the start of token `a` to the end of token `b` of `tokens`. */
export function tokenSpan(tokens: TokenList, a: number, b: number): Span {
  return { start: tokens.start(a), end: tokens.end(b) };
}
