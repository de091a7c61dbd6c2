/**
 * A gazetteer match before its role is decided, the token range it lies in, and the token
 * tests the matching modules share.
 *
 * @module
 */
import type { Token, TokenList } from "../text/tokens.js";
import type { PlaceEntry, PlaceName } from "./gazetteer.js";

/** A match before roles are decided, with its token range. */
export interface RawMatch {
  /** Index of the first token. */
  readonly first: number;
  /** Index just past the last token (a generic word such as "Oblast" included). */
  readonly end: number;
  /** Span of the mention in the text. */
  readonly start: number;
  /** End offset of the mention. */
  readonly stop: number;
  /** The entry, after "the Kyiv region" has turned Kyiv into Kyiv Oblast. */
  entry: PlaceEntry;
  /** True when the mention is a possessive ("Ukraine's"). */
  readonly possessive: boolean;
  /** The gazetteer name matched, when the match came from the gazetteer. */
  readonly name?: PlaceName;
  /** Set when the place names a sports team ("Kent beat Surrey"): no place then. */
  team?: boolean;
  /** True when the place opens a dateline ("KYIV, Ukraine (AP) —"): a place whatever follows. */
  readonly dateline?: boolean;
}

/** A stretch of tokens read as one sentence. */
export interface TokenRange {
  /** Index of the first token. */
  readonly firstToken: number;
  /** Index just past the last token. */
  readonly endToken: number;
}

const UPPER_INITIAL = /^\p{Lu}/u;

/** True for a token written with a capital first letter. */
export const isCapitalized = (token: Token | undefined): boolean => token !== undefined && token.kind === "word" && isUpperInitial(token.text);

/** {@link isCapitalized} for token `i` of `tokens`, read by field (false out of range). */
export function capitalizedAt(tokens: TokenList, i: number): boolean {
  return i >= 0 && i < tokens.length && tokens.kind(i) === "word" && isUpperInitial(tokens.text(i));
}

/** True when `text` starts with a capital; ASCII, most words, answered without the Unicode regex. */
export function isUpperInitial(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER_INITIAL.test(text);
}

/** Index of the first word token of the sentence. */
export function sentenceStart(tokens: TokenList, sentence: TokenRange): number {
  let i = sentence.firstToken;
  while (i < sentence.endToken && tokens.kind(i) !== "word") i++;
  return i;
}
