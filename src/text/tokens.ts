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

/** The kinds by their code, the two low bits of {@link TextToken}'s packed field. */
const KINDS: readonly TokenKind[] = ["word", "number", "punct"];
const KIND_CODE: Readonly<Record<TokenKind, number>> = { word: 0, number: 1, punct: 2 };

/**
 * A token as the tokenizer makes it, in two fields: its start and kind packed in one small
 * integer (start × 4 + kind), and its text; its end is read from its text. A long text has
 * millions of tokens alive through the whole pipeline, and each field is 8 bytes of each
 * (40 bytes a token, not 48). The packed number stays under 2^31 for any string V8 can hold
 * (under 2^29 characters), so a shift unpacks it; the class has one shape, so the getters inline.
 */
class TextToken implements Token {
  readonly #at: number;
  readonly text: string;

  constructor(start: number, text: string, kind: TokenKind) {
    this.#at = start * 4 + KIND_CODE[kind];
    this.text = text;
  }

  get start(): number {
    return this.#at >> 2;
  }

  get end(): number {
    return this.start + this.text.length;
  }

  get kind(): TokenKind {
    return KINDS[this.#at & 3]!;
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
 * white space or the end of the text, where no token can go on. `seen` interns the token texts
 * of one document (see {@link lowerOf}); `lower`, when given, gets each token's text
 * lower-cased at the token's index (as {@link lowerCase} gives it).
 */
export function tokenize(text: string, span: Span, out: Token[], count = out.length, seen: Map<string, string> = new Map(), lower?: string[]): number {
  let i = span.start;
  while (i < span.end) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const end = c >= 128 ? -1 : isAsciiLetter(c) ? asciiWordEnd(text, i) : isAsciiDigit(c) ? asciiNumberEnd(text, i) : i + 1;
    if (end >= 0) {
      count = push(out, count, text, i, end, isAsciiLetter(c) ? "word" : isAsciiDigit(c) ? "number" : "punct", seen, lower);
      i = end;
      continue;
    }
    // Not plain ASCII: the regex decides, from here (it skips any Unicode space first).
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m || m.index >= span.end) return count;
    const matched = m[0];
    count = push(out, count, text, m.index, m.index + matched.length, kindOf(matched), seen, lower);
    i = m.index + matched.length;
  }
  return count;
}

/**
 * Writes the token `text[start, end)` at `count` and returns the new count; a word's final dot
 * is a token of its own unless it abbreviates ("U.S.", "J.").
 */
function push(out: Token[], count: number, text: string, start: number, end: number, kind: TokenKind, seen: Map<string, string>, lower: string[] | undefined): number {
  if (kind === "word" && text.charCodeAt(end - 1) === 46 && !ABBREVIATION_DOT.test(text.slice(start, end))) {
    const low = lowerOf(text, start, end - 1, seen);
    if (lower) {
      lower[count] = low;
      lower[count + 1] = ".";
    }
    out[count++] = new TextToken(start, lastText, kind);
    out[count++] = new TextToken(end - 1, ".", "punct");
  } else {
    const low = lowerOf(text, start, end, seen);
    if (lower) lower[count] = low;
    out[count++] = new TextToken(start, lastText, kind);
  }
  return count;
}

/** Slots of the table of recent token texts: a power of two, about the vocabulary of a day of news. */
const RECENT_SLOTS = 1 << 14;
/**
 * The token texts met lately, by a hash of their characters (a slot keeps the last text that
 * hashed to it) and, next to it (one cache line), its lower-case form. Most tokens are words met before ("the", "said",
 * a month), so their text is found here without slicing the input or probing a Map; shared
 * across documents, and bounded. Only texts shorter than a sliced string (13 characters in V8)
 * are kept, so no slot holds on to the whole text a token was cut from.
 */
const recent = new Array<string>(2 * RECENT_SLOTS).fill("");
const RECENT_MAX_LENGTH = 12;

/** The token text {@link lowerOf} found last (its result is the lower-case form): two results without an object. */
let lastText = "";

/**
 * Finds the string `text.slice(start, end)` for a token, one per distinct token text within a
 * document (a long text repeats its words, and every token kept is memory the whole pipeline
 * holds): a recent text with the same characters when there is one, else the document's own
 * copy. Leaves it in {@link lastText} and returns its lower-case form.
 */
function lowerOf(text: string, start: number, end: number, seen: Map<string, string>): string {
  const length = end - start;
  if (length === 1) {
    lastText = text[start]!;
    return lowerCase(lastText);
  }
  let slot = -1;
  if (length <= RECENT_MAX_LENGTH) {
    let h = 0x811c9dc5;
    for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    slot = ((h ^ (h >>> 15)) & (RECENT_SLOTS - 1)) << 1;
    const candidate = recent[slot]!;
    if (candidate.length === length && sameCharacters(candidate, text, start)) {
      lastText = candidate;
      return recent[slot + 1]!;
    }
  }
  const sliced = text.slice(start, end);
  let known = seen.get(sliced);
  if (known === undefined) {
    seen.set(sliced, sliced);
    known = sliced;
  }
  const low = lowerCase(known);
  if (slot >= 0) {
    recent[slot] = known;
    recent[slot + 1] = low;
  }
  lastText = known;
  return low;
}

/** True when `text` holds `word` at `start` (the caller has checked the room); a loop the compiler inlines. */
function sameCharacters(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
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
 * unchanged, and most tokens are plain lower-case words.
 */
export function lowerCase(text: string): string {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 127 || (c >= 65 && c <= 90)) return text.toLowerCase();
  }
  return text;
}
