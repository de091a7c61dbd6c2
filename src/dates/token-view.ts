/**
 * A window on one sentence's tokens for the date grammar: lower-cased words by index, with
 * out-of-range reads returning the empty string, so matchers never index past the sentence.
 *
 * @module
 */
import type { Token } from "../text/tokens.js";

/** The tokens of one sentence, as the date grammar reads them. */
export interface TokenView {
  /** The full text the tokens index into. */
  readonly text: string;
  /** The tokens. */
  readonly tokens: readonly Token[];
  /** The lower-cased token texts, parallel to {@link TokenView.tokens}. */
  readonly lower: readonly string[];
  /** Index of the sentence's first token. */
  readonly from: number;
  /** Index just past the sentence's last token. */
  readonly to: number;
}

/** The lower-cased texts of `tokens`, computed once per document and shared by its views. */
export function lowerCased(tokens: readonly Token[]): string[] {
  // Digits and punctuation have no case; a word already in lower-case ASCII is kept as it is,
  // since toLowerCase copies even an unchanged string (garbage that triggers collections).
  return tokens.map((t) => (t.kind === "word" && !isLowerAscii(t.text) ? t.text.toLowerCase() : t.text));
}

/** True when `s` is all ASCII with no capital letter, so lower-casing leaves it unchanged. */
function isLowerAscii(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** Builds the view of tokens `[from, to)`; `lower` is {@link lowerCased} of all the tokens. */
export function viewOf(text: string, tokens: readonly Token[], lower: readonly string[], from: number, to: number): TokenView {
  return { text, tokens, lower, from, to };
}

/** The lower-cased word at `i`, or `""` outside the sentence. */
export function word(view: TokenView, i: number): string {
  return i >= view.from && i < view.to ? view.lower[i] ?? "" : "";
}

/** The token at `i`, or undefined outside the sentence. */
export function tokenAt(view: TokenView, i: number): Token | undefined {
  return i >= view.from && i < view.to ? view.tokens[i] : undefined;
}

/** True when token `i` starts right where token `i - 1` ends (no space between). */
export function touchesPrevious(view: TokenView, i: number): boolean {
  const a = tokenAt(view, i - 1);
  const b = tokenAt(view, i);
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** True when the token at `i` starts with an upper-case letter. */
export function isCapitalized(view: TokenView, i: number): boolean {
  const t = tokenAt(view, i);
  return t !== undefined && t.text[0] !== t.text[0]?.toLowerCase();
}
