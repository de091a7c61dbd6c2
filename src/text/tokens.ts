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
// No capture groups: the first character tells which alternative matched, and groups would cost
// a substring each per token.
const TOKEN = /\p{L}[\p{L}\p{M}\p{Nd}]*(?:['’.\-][\p{L}\p{M}\p{Nd}]+)*\.?|\p{Nd}+(?:[.,:]\p{Nd}+)*|[^\s\p{L}\p{Nd}]/gu;
const ABBREVIATION_DOT = /^(?:\p{L}\.){2,}$|^\p{Lu}\.$/u;
const STARTS_LETTER = /^\p{L}/u;
const STARTS_DIGIT = /^\p{Nd}/u;

/** The kind of a token by its first character, which decides the alternative of {@link TOKEN} it matched. */
function kindOf(token: string): TokenKind {
  const c = token.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return "word";
  if (c >= 48 && c <= 57) return "number";
  if (c < 128) return "punct";
  return STARTS_LETTER.test(token) ? "word" : STARTS_DIGIT.test(token) ? "number" : "punct";
}

/**
 * Appends the tokens of `text` inside `span` to `out`. The span is matched in place, without
 * slicing: a span ends before white space or the end of the text, where no token can go on.
 */
export function tokenize(text: string, span: Span, out: Token[]): void {
  TOKEN.lastIndex = span.start;
  for (let m = TOKEN.exec(text); m && m.index < span.end; m = TOKEN.exec(text)) {
    const matched = m[0];
    const kind = kindOf(matched);
    const start = m.index;
    // A word keeps its final dot only when it is an abbreviation ("U.S.", "J."), not a sentence end.
    if (kind === "word" && matched.charCodeAt(matched.length - 1) === 46 && !ABBREVIATION_DOT.test(matched)) {
      const end = start + matched.length - 1;
      out.push({ start, end, text: matched.slice(0, -1), kind });
      out.push({ start: end, end: end + 1, text: ".", kind: "punct" });
    } else {
      out.push({ start, end: start + matched.length, text: matched, kind });
    }
  }
}
