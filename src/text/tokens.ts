/**
 * Tokens with offsets: words (with inner apostrophes, hyphens and dots, "U.S.", "al-Assad",
 * "Russia's"), numbers (with separators, "1,718", "3.5"), and single punctuation marks.
 *
 * @module
 */
import type { Span } from "../model.js";

/** What a token is. */
export type TokenKind = "word" | "number" | "punct";

/** One token of the text. */
export interface Token extends Span {
  /** The token's text, `text.slice(start, end)`. */
  readonly text: string;
  /** What the token is. */
  readonly kind: TokenKind;
}

// Each repeat is guarded by a separator the repeated class cannot match, so matching is linear.
const TOKEN = /(\p{L}[\p{L}\p{M}\p{Nd}]*(?:['’.\-][\p{L}\p{M}\p{Nd}]+)*\.?)|(\p{Nd}+(?:[.,:]\p{Nd}+)*)|([^\s\p{L}\p{Nd}])/gu;
const ABBREVIATION_DOT = /^(?:\p{L}\.){2,}$|^\p{Lu}\.$/u;

/** Appends the tokens of `text` inside `span` to `out`. */
export function tokenize(text: string, span: Span, out: Token[]): void {
  const slice = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    const kind: TokenKind = m[1] ? "word" : m[2] ? "number" : "punct";
    // A word keeps its final dot only when it is an abbreviation ("U.S.", "J."), not a sentence end.
    if (kind === "word" && word.endsWith(".") && !ABBREVIATION_DOT.test(word)) word = word.slice(0, -1);
    const start = span.start + m.index;
    out.push({ start, end: start + word.length, text: word, kind });
    if (word.length < m[0].length) out.push({ start: start + word.length, end: start + m[0].length, text: ".", kind: "punct" });
  }
}
