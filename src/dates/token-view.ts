/**
 * A window on one sentence's tokens for the date grammar: lower-cased words by index, with
 * out-of-range reads returning the empty string, so matchers never index past the sentence.
 *
 * @module
 */
import type { TokenKind, TokenList } from "../text/tokens.js";

/** The tokens of one sentence, as the date grammar reads them. */
export interface TokenView {
  /** The full text the tokens index into. */
  readonly text: string;
  /** The tokens. */
  readonly tokens: TokenList;
  /** The lower-cased token texts, parallel to {@link TokenView.tokens}. */
  readonly lower: readonly string[];
  /** Index of the sentence's first token. */
  readonly from: number;
  /** Index just past the sentence's last token. */
  readonly to: number;
  /**
   * The numbers read so far, by token index minus {@link TokenView.from} (null where none
   * starts): the scanner tries many phrases over the same tokens. Made on first use by the
   * readers (read-parts.ts); a view is one sentence of one document, so its reads never change.
   */
  numbers: ({ readonly value: number; readonly end: number } | null | undefined)[] | undefined;
  /**
   * Reads number token `i` of plain digits as the shared number reader would, or returns null to
   * leave it to that reader; set by the scan for documents (plain-digits.ts), unset for a phrase.
   */
  plainDigits: ((view: TokenView, i: number) => { readonly value: number; readonly end: number } | undefined | null) | undefined;
}

/** Builds the view of tokens `[from, to)`; `lower` is the lower-cased texts of all the tokens (`lowerTokens`). */
export function viewOf(text: string, tokens: TokenList, lower: readonly string[], from: number, to: number): TokenView {
  return { text, tokens, lower, from, to, numbers: undefined, plainDigits: undefined };
}

/** The lower-cased word at `i`, or `""` outside the sentence. */
export function word(view: TokenView, i: number): string {
  return i >= view.from && i < view.to ? view.lower[i] ?? "" : "";
}

/** What token `i` is, or undefined outside the sentence (a field read: no token object is made). */
export function kindAt(view: TokenView, i: number): TokenKind | undefined {
  return i >= view.from && i < view.to ? view.tokens.kind(i) : undefined;
}

/** The text of token `i` as written, or `""` outside the sentence. */
export function textAt(view: TokenView, i: number): string {
  return i >= view.from && i < view.to ? view.tokens.text(i) : "";
}

/** True when token `i` starts right where token `i - 1` ends (no space between). */
export function touchesPrevious(view: TokenView, i: number): boolean {
  return i - 1 >= view.from && i < view.to && view.tokens.end(i - 1) === view.tokens.start(i);
}

/** True when token `i` is written in capitals throughout ("SUNDAY" in a headline, "BC"): capitals that say nothing of names. */
export function isAllCaps(view: TokenView, i: number): boolean {
  const text = textAt(view, i);
  return text === text.toUpperCase();
}

/** True when `w` ends in a possessive "'s" or "’s". */
export function isPossessive(w: string): boolean {
  return w.endsWith("'s") || w.endsWith("’s");
}

/** True when the token at `i` starts with an upper-case letter. */
export function isCapitalized(view: TokenView, i: number): boolean {
  if (i < view.from || i >= view.to) return false;
  const text = view.tokens.text(i);
  const c = text.charCodeAt(0);
  // ASCII by its code, without a string per call: only A-Z changes in lower case.
  if (c < 128) return c >= 65 && c <= 90;
  return text[0] !== text[0]?.toLowerCase();
}
