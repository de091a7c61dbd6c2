/**
 * Speaker phrases by their extent: the noun phrase that ends at a token (before a verb) or starts
 * at one (after it), and runs of capitalized words that make a name. Every walk is bounded in
 * tokens.
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document } from "../text/document.js";
import type { TokenList } from "../text/tokens.js";
import { bitsAt, BOUNDARY, CAPITAL, DISCOURSE_WORD, RELATIVE, wordBitsOf } from "./frame-words.js";
import { isAbbreviationDot, isWordAt, lowerAt, textAt, tokenSpan } from "./token-reads.js";
import { NO_FLAGS } from "./date-cover.js";
import { ORGANIZATION_HEADS } from "./speaker-words.js";

/** Longest speaker phrase, in tokens. */
export const MAX_PHRASE = 10;
/** How far past the verb an adverbial may run before the "that" that opens the clause. */
export const MAX_ADJUNCT = 12;
/** Longest apposition between a name and its verb ("X, a doctor at the hospital, said"). */
export const MAX_APPOSITION = 30;

/** True when tokens `[from, to)` are a short run of capitalized words (a name, titles and initials allowed). */
export function namesTo(doc: Document, from: number, to: number, inDate: Uint8Array): boolean {
  const { tokens } = doc;
  if (to <= from || to - from > MAX_PHRASE) return false;
  for (let k = from; k < to; k++) {
    // "said Tuesday": a date after the verb is when, not who.
    if ((!(isWordAt(tokens, k) && /^\p{Lu}/u.test(tokens.text(k))) && !isAbbreviationDot(tokens, k) && tokens.text(k) !== "-") || inDate[k]) return false;
  }
  return true;
}

/** Dashes that set off an aside around a speaker phrase ("X — who has … — said"). */
export const DASHES = new Set(["—", "–", "-"]);

/** The capitalized words from token `from` (before `to`) as a speaker phrase, or undefined when the first is not one. */
export function nameRunFrom(tokens: TokenList, from: number, to: number): Subject | undefined {
  let e = from;
  while (e < to && e - from < MAX_PHRASE && ((isWordAt(tokens, e) && /^\p{Lu}/u.test(tokens.text(e))) || isAbbreviationDot(tokens, e))) e++;
  return e > from ? { span: tokenSpan(tokens, from, e - 1), firstToken: from } : undefined;
}

/** A speaker phrase, and whether it is one of two speakers ("Witkoff and Umerov said"). */
export interface Subject {
  readonly span: Span;
  readonly firstToken: number;
  readonly joint?: true;
  /** The "who" of "X, who said": a second mention of the speaker. */
  readonly relative?: Span;
}

/** True when tokens `[from, to)` are capitalized words (with title dots): a name. */
export function isNameRun(tokens: TokenList, from: number, to: number): boolean {
  // "Wilmington, N.C., warned": a state's abbreviation after a place is no name.
  let lowerCase = false;
  for (let k = from; k < to; k++) {
    if (!(isWordAt(tokens, k) && /^\p{Lu}/u.test(tokens.text(k))) && !isAbbreviationDot(tokens, k) && tokens.text(k) !== "-") return false;
    if (/\p{Ll}/u.test(tokens.text(k))) lowerCase = true;
  }
  return lowerCase;
}

/**
 * True when token `k` is the apostrophe of a plural possessive inside a speaker's phrase, glued to a
 * word in "s" before it: a lower-case one ("a doctors' group"), or a capitalized one before a body's
 * head ("the Bond Traders' Association"). A name's before a name ("Breitbart News' Tom Dunn") ends the phrase.
 */
function isPluralPossessive(tokens: TokenList, k: number): boolean {
  const mark = tokens.text(k);
  if ((mark !== "'" && mark !== "\u2019") || k < 1 || !isWordAt(tokens, k - 1) || tokens.end(k - 1) !== tokens.start(k)) return false;
  const word = tokens.text(k - 1);
  if (word.length <= 2 || !word.endsWith("s")) return false;
  return /^\p{Ll}/u.test(word) || (k + 1 < tokens.length && isWordAt(tokens, k + 1) && /^\p{Lu}/u.test(tokens.text(k + 1)) && ORGANIZATION_HEADS.has(tokens.lower(k + 1)));
}

/** The noun phrase ending at token `j`, going left to the nearest boundary. */
export function phraseBefore(doc: Document, j: number, first: number, inDate: Uint8Array = NO_FLAGS): Subject | undefined {
  const { tokens } = doc;
  // "Rep. Gregory Meeks (D-N.Y.)": the parenthesis belongs to the name before it.
  if (textAt(tokens, j) === ")") {
    for (let p = j - 1; p >= Math.max(first, j - 8); p--) {
      if (tokens.text(p) === "(") return p - 1 >= first ? phraseBefore(doc, p - 1, first, inDate) : undefined;
    }
    return undefined;
  }
  const table = wordBitsOf(tokens);
  let k = j;
  while (k >= first && j - k < MAX_PHRASE) {
    // "Although in September she said": a date ends the phrase; so does a spaced dash ("ruling made it legal - she urged").
    if (inDate[k]) break;
    if (!isWordAt(tokens, k)) {
      const text = tokens.text(k);
      if (text !== "-" && text !== "&" && !isAbbreviationDot(tokens, k) && !(k < j && isPluralPossessive(tokens, k))) break;
      if (text === "-" && doc.text[tokens.start(k) - 1] === " " && doc.text[tokens.start(k) + 1] === " ") break;
    }
    const bits = bitsAt(table, tokens, k);
    // "who" heads a relative clause and is a boundary only once it has been taken as the phrase;
    // "which" right before the verb is the phrase ("Greenpeace, which said"), elsewhere a boundary.
    if (k === j && (bits & RELATIVE) !== 0 && tokens.lower(k) === "which") {
      k--;
      break;
    }
    // A boundary word inside a run of capitals is part of a name ("Bank of America"), but "and" is not.
    if ((bits & BOUNDARY) !== 0 && !(k < j && (bits & CAPITAL) !== 0 && (bitsAt(table, tokens, k + 1) & CAPITAL) !== 0 && tokens.lower(k) !== "and")) break;
    if ((bits & RELATIVE) !== 0) {
      k--;
      break;
    }
    k--;
  }
  let from = k + 1;
  // "As Oleh Marchenko noted, …": a capitalized "as" opening the sentence is not part of the name.
  while (from <= j && ((bitsAt(table, tokens, from) & DISCOURSE_WORD) !== 0 || tokens.kind(from) === "punct" || (from === first && lowerAt(tokens, from) === "as"))) from++;
  if (from > j) return undefined;
  return { span: tokenSpan(tokens, from, j), firstToken: from };
}

/** The speaker phrase right after token index `i`: "said Flynn, a top surrogate" → "Flynn". */
export function phraseAfter(doc: Document, i: number, end: number): { span: Span; endToken: number } | undefined {
  const { tokens } = doc;
  let k = i;
  const limit = Math.min(end, i + MAX_PHRASE);
  const table = wordBitsOf(tokens);
  while (k < limit) {
    // "said 9/11 widow Ann Cole": a slash between numbers stays inside the description.
    const numeral = tokens.text(k) === "/" && k > i && tokens.kind(k - 1) === "number";
    if (!isWordAt(tokens, k) && tokens.text(k) !== "-" && !isAbbreviationDot(tokens, k) && !numeral) break;
    if (k > i && (bitsAt(table, tokens, k) & (BOUNDARY | CAPITAL)) === BOUNDARY) break;
    k++;
  }
  // The phrase does not end on a slash.
  while (k > i && tokens.text(k - 1) === "/") k--;
  return k > i ? { span: tokenSpan(tokens, i, k - 1), endToken: k } : undefined;
}
