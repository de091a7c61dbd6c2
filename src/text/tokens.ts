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

/**
 * A token as the tokenizer makes it: its end is read from its text, so each of the millions of
 * tokens of a long text holds three fields, not four (an eighth less memory per token).
 */
class TextToken implements Token {
  constructor(
    readonly start: number,
    readonly text: string,
    readonly kind: TokenKind,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }
}

/** A token of `text` at `start`; every token is made here, so all share one hidden class. */
export function makeToken(start: number, text: string, kind: TokenKind): Token {
  return new TextToken(start, text, kind);
}

// The definition of a token. Each repeat is guarded by a separator the repeated class cannot
// match, so matching is linear. No capture groups: the first character tells the alternative.
const TOKEN = /\p{L}[\p{L}\p{M}\p{Nd}]*(?:['’.\-][\p{L}\p{M}\p{Nd}]+)*\.?|\p{Nd}+(?:[.,:]\p{Nd}+)*|[^\s\p{L}\p{Nd}]/gu;
const ABBREVIATION_DOT = /^(?:\p{L}\.){2,}$|^\p{Lu}\.$/u;
const STARTS_LETTER = /^\p{L}/u;
const STARTS_DIGIT = /^\p{Nd}/u;

/**
 * Writes the tokens of `text` inside `span` into `out` from index `count` on, and returns the
 * count after them (`out` may be sized ahead; slots past the count are left alone). Plain ASCII
 * is scanned by hand, as {@link TOKEN} would match it (a regex call per token costs more than the
 * token); anything else goes to {@link TOKEN} itself. The span is read in place: it ends before
 * white space or the end of the text, where no token can go on.
 */
export function tokenize(text: string, span: Span, out: Token[], count = out.length, seen: Map<string, string> = new Map()): number {
  let i = span.start;
  while (i < span.end) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const end = c >= 128 ? -1 : isAsciiLetter(c) ? asciiWordEnd(text, i) : isAsciiDigit(c) ? asciiNumberEnd(text, i) : i + 1;
    if (end >= 0) {
      count = push(out, count, text.slice(i, end), i, isAsciiLetter(c) ? "word" : isAsciiDigit(c) ? "number" : "punct", seen);
      i = end;
      continue;
    }
    // Not plain ASCII: the regex decides, from here (it skips any Unicode space first).
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m || m.index >= span.end) return count;
    count = push(out, count, m[0], m.index, kindOf(m[0]), seen);
    i = m.index + m[0].length;
  }
  return count;
}

/**
 * Writes one matched token at `count` and returns the new count; a word's final dot is a token
 * of its own unless it abbreviates ("U.S.", "J.").
 */
function push(out: Token[], count: number, matched: string, start: number, kind: TokenKind, seen: Map<string, string>): number {
  if (kind === "word" && matched.charCodeAt(matched.length - 1) === 46 && !ABBREVIATION_DOT.test(matched)) {
    const end = start + matched.length - 1;
    out[count++] = new TextToken(start, intern(matched.slice(0, -1), seen), kind);
    out[count++] = new TextToken(end, ".", "punct");
  } else {
    out[count++] = new TextToken(start, matched.length > 1 ? intern(matched, seen) : matched, kind);
  }
  return count;
}

/**
 * One string per distinct token text: a long text repeats its words, and every token kept is
 * memory the whole pipeline holds (and the collector copies). A fresh slice is short-lived.
 */
function intern(text: string, seen: Map<string, string>): string {
  const known = seen.get(text);
  if (known !== undefined) return known;
  seen.set(text, text);
  return text;
}

/** The kind of a token by its first character, which decides the alternative of {@link TOKEN} it matched. */
function kindOf(token: string): TokenKind {
  return STARTS_LETTER.test(token) ? "word" : STARTS_DIGIT.test(token) ? "number" : "punct";
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True for a character no letter, mark or digit can be: ASCII other than letters and digits, or past the text. */
function endsAsciiRun(c: number): boolean {
  return Number.isNaN(c) || (c < 128 && !isAsciiLetter(c) && !isAsciiDigit(c));
}

/**
 * The end of the word of {@link TOKEN} that starts with the ASCII letter at `i`, or -1 when a
 * character past ASCII could belong to it (the regex then decides).
 */
function asciiWordEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    let c = text.charCodeAt(j);
    while (isAsciiLetter(c) || isAsciiDigit(c)) c = text.charCodeAt(++j);
    if (!endsAsciiRun(c)) return -1;
    // An inner apostrophe, dot or hyphen joins what follows when a letter or digit follows.
    if (c === 39 || c === 46 || c === 45) {
      const next = text.charCodeAt(j + 1);
      if (isAsciiLetter(next) || isAsciiDigit(next)) {
        j += 2;
        continue;
      }
      if (!endsAsciiRun(next)) return -1;
    }
    return c === 46 ? j + 1 : j;
  }
}

/** The end of the number of {@link TOKEN} that starts with the ASCII digit at `i`, or -1 when the regex must decide. */
function asciiNumberEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    let c = text.charCodeAt(j);
    while (isAsciiDigit(c)) c = text.charCodeAt(++j);
    if (c >= 128) return -1;
    if (c === 46 || c === 44 || c === 58) {
      const next = text.charCodeAt(j + 1);
      if (isAsciiDigit(next)) {
        j += 2;
        continue;
      }
      if (next >= 128) return -1;
    }
    return j;
  }
}

/**
 * `text.toLowerCase()`, without the copy: V8 copies even a string that lower-casing leaves
 * unchanged, and a long text's tokens are mostly plain lowercase words.
 */
export function lowerCase(text: string): string {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 127 || (c >= 65 && c <= 90)) return text.toLowerCase();
  }
  return text;
}
