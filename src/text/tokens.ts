/**
 * Tokens with offsets: words (with inner apostrophes, hyphens and dots, "U.S.", "al-Assad",
 * "Russia's"), numbers (with separators, "1,718", "3.5"), and single punctuation marks.
 *
 * @module
 */
import type { Span } from "../model.js";
import { isAsciiDigit, isAsciiLetter } from "./chars.js";

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
 * A token as an object, made on request from a {@link TokenList} (or by {@link makeToken}): its
 * start and kind packed in one small integer (start × 4 + kind), and its text; its end is read
 * from its text. The packed number stays under 2^31 for any string V8 can hold (under 2^29
 * characters), so a shift unpacks it; the class has one shape, so the getters inline.
 */
class TextToken implements Token {
  readonly #at: number;
  readonly text: string;

  constructor(at: number, text: string) {
    this.#at = at;
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

/** A token of `text` at `start`, as an object apart from any list. */
export function makeToken(start: number, text: string, kind: TokenKind): Token {
  return new TextToken(start * 4 + KIND_CODE[kind], text);
}

/** The numbers of an empty list (never written: {@link TokenList.add} grows a full array first). */
const NO_NUMBERS = new Int32Array(0);

/**
 * The distinct token texts met, by id, shared by the lists made while it is current: a word has
 * one id across documents, so a stage may keep what it learnt of a word in an array by id (see
 * {@link TokenList.id}). A new list starts a new vocabulary when the current one is full, so
 * memory stays bounded; a list keeps reading (and writing) the vocabulary it started with.
 */
export class Vocabulary {
  /** Each id's text. */
  readonly words: string[] = [];
  /** Each id's text lower-cased (as {@link lowerCase} gives it). */
  readonly lower: string[] = [];
  /** The id of each text. */
  readonly ids = new Map<string, number>();
}

/** Distinct texts a vocabulary takes before a new list starts another. */
const VOCABULARY_LIMIT = 1 << 16;
let vocabulary = new Vocabulary();

/**
 * The tokens of a text, read by index. A long text has millions of tokens alive through the
 * whole pipeline, so they are kept as numbers in typed arrays (start and kind packed, and the id
 * of the token's text in its {@link Vocabulary}), 8 bytes a token outside the JS heap, not an
 * object each. The readers take one field at a time ({@link TokenList.text}, …);
 * {@link TokenList.get} makes an object of one token. {@link tokenize} writes a list.
 */
export class TokenList {
  /** The number of tokens. */
  length = 0;
  #at: Int32Array;
  #ids: Int32Array;
  /**
   * The vocabulary this list's ids are of: the current one when the list was made (a range view
   * shares its list's). A list made when the current one is full starts another, so memory stays
   * bounded; the lists made before keep theirs.
   */
  vocabulary: Vocabulary;

  /** An empty list with room for `expected` tokens before it grows. */
  constructor(expected = 16) {
    if (vocabulary.words.length > VOCABULARY_LIMIT) vocabulary = new Vocabulary();
    this.vocabulary = vocabulary;
    // A typed array costs more to make than a small array; a range view replaces them at once.
    this.#at = expected === 0 ? NO_NUMBERS : new Int32Array(expected);
    this.#ids = expected === 0 ? NO_NUMBERS : new Int32Array(expected);
  }

  /** The token at `i` as an object (a new one on each call), or undefined out of range. */
  get(i: number): Token | undefined {
    return i >= 0 && i < this.length ? new TextToken(this.#at[i]!, this.text(i)) : undefined;
  }

  /** The id of token `i`'s text in the list's {@link TokenList.vocabulary} (`i` in range). */
  id(i: number): number {
    return this.#ids[i]!;
  }

  /** The text of token `i` (`i` in range). */
  text(i: number): string {
    return this.vocabulary.words[this.#ids[i]!]!;
  }

  /** The text of token `i` lower-cased (as {@link lowerCase} gives it; `i` in range). */
  lower(i: number): string {
    return this.vocabulary.lower[this.#ids[i]!]!;
  }

  /** The offset where token `i` starts (`i` in range). */
  start(i: number): number {
    return this.#at[i]! >> 2;
  }

  /** The offset just past token `i` (`i` in range). */
  end(i: number): number {
    return this.start(i) + this.text(i).length;
  }

  /** What token `i` is (`i` in range). */
  kind(i: number): TokenKind {
    return KINDS[this.#at[i]! & 3]!;
  }

  /** True when token `i` is a word (`i` in range): `kind(i) === "word"` read by its code, with no string compared. */
  isWord(i: number): boolean {
    return (this.#at[i]! & 3) === 0;
  }

  /** The tokens `[from, to)` (in range) as a list of their own, indexed from 0; it shares this list's arrays. */
  range(from: number, to: number): TokenList {
    const part = new TokenList(0);
    part.vocabulary = this.vocabulary;
    part.length = to - from;
    part.#at = this.#at.subarray(from, to);
    part.#ids = this.#ids.subarray(from, to);
    return part;
  }

  /** Appends the token at `start` of kind `kind` with text `word`, whose id is `id` when known; returns the id. */
  add(start: number, kind: TokenKind, word: string, id = this.vocabulary.ids.get(word)): number {
    if (id === undefined) {
      const words = this.vocabulary;
      // A copy: a slice would hold on to the whole text it was cut from, which the vocabulary outlives.
      word = [...word].join("");
      id = words.words.push(word) - 1;
      words.lower.push(lowerCase(word));
      words.ids.set(word, id);
    }
    if (this.length === this.#at.length) {
      const at = new Int32Array(this.length * 2 + 16);
      at.set(this.#at);
      this.#at = at;
      const ids = new Int32Array(at.length);
      ids.set(this.#ids);
      this.#ids = ids;
    }
    // The code by comparison, not KIND_CODE[kind]: a lookup by a string key costs more on every token.
    this.#at[this.length] = start * 4 + (kind === "word" ? 0 : kind === "number" ? 1 : 2);
    this.#ids[this.length++] = id;
    return id;
  }
}

/** The tokens `[from, to)` of `tokens` as objects (bounds past the list are cut to it). */
export function tokenSlice(tokens: TokenList, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = Math.max(0, from); i < to && i < tokens.length; i++) out.push(tokens.get(i)!);
  return out;
}

/**
 * The index of the first of `tokens` that starts at or after `offset` (`tokens.length` when
 * none does), by binary search.
 */
export function firstTokenFrom(tokens: TokenList, offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The {@link TokenList} of `tokens` (made apart from a text, as a gazetteer name's). */
export function tokenListOf(tokens: readonly Token[]): TokenList {
  const list = new TokenList(tokens.length);
  for (const t of tokens) list.add(t.start, t.kind, t.text);
  return list;
}

// The definition of a token. Each repeat is guarded by a separator the repeated class cannot
// match, so matching is linear. No capture groups: the first character tells the alternative.
const TOKEN = /\p{L}[\p{L}\p{M}\p{Nd}]*(?:['’.\-][\p{L}\p{M}\p{Nd}]+)*\.?|\p{Nd}+(?:[.,:]\p{Nd}+)*|[^\s\p{L}\p{Nd}]/gu;
const ABBREVIATION_DOT = /^(?:\p{L}\.){2,}$|^\p{Lu}\.$/u;
const STARTS_LETTER = /^\p{L}/u;
const STARTS_DIGIT = /^\p{Nd}/u;

/**
 * Writes the tokens of `text` inside `span` to `out`. Plain ASCII is scanned by hand, as
 * {@link TOKEN} would match it (a regex call per token costs more than the token); anything else
 * goes to {@link TOKEN} itself. The span is read in place: it ends before white space or the end
 * of the text, where no token can go on.
 */
export function tokenize(text: string, span: Span, out: TokenList): void {
  let i = span.start;
  const stop = span.end;
  while (i < stop) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    if (c < 128) {
      // The common tokens in one pass, their text's hash taken on the way: a run of ASCII letters
      // and digits (a word) or of digits (a number) that ends inside the span, before a character
      // that cannot go on with it; any other token takes the scans below.
      const letter = isAsciiLetter(c);
      const digit = !letter && isAsciiDigit(c);
      if (!letter && !digit) {
        addHashed(out, text, i, i + 1, "punct", Math.imul(FNV_OFFSET ^ c, FNV_PRIME));
        i++;
        continue;
      }
      let h = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
      let j = i + 1;
      let d = j < stop ? text.charCodeAt(j) : -1;
      while (isAsciiDigit(d) || (letter && isAsciiLetter(d))) {
        h = Math.imul(h ^ d, FNV_PRIME);
        d = ++j < stop ? text.charCodeAt(j) : -1;
      }
      if (d >= 0 && d < 128 && (letter ? d !== 39 && d !== 46 && d !== 45 : d !== 46 && d !== 44 && d !== 58)) {
        addHashed(out, text, i, j, letter ? "word" : "number", h);
        i = j;
        continue;
      }
    }
    const end = c >= 128 ? -1 : isAsciiLetter(c) ? asciiWordEnd(text, i) : isAsciiDigit(c) ? asciiNumberEnd(text, i) : i + 1;
    if (end >= 0) {
      // A token never runs past its sentence (a sentence may end at a dot with no space after).
      push(out, text, i, Math.min(end, span.end), isAsciiLetter(c) ? "word" : isAsciiDigit(c) ? "number" : "punct", addAt);
      i = end;
      continue;
    }
    // Not plain ASCII: the regex decides, from here (it skips any Unicode space first).
    i = patternTokenAt(text, i, span.end, out, addAt);
  }
}

/**
 * Writes the tokens of `text` inside `span` to `out` by {@link TOKEN} alone: the tokens
 * {@link tokenize} writes, without its scan of plain ASCII by hand and its table of recent texts,
 * which only save time on long texts (a phrase given to `resolveDate` is short, and its bundle
 * leaves them out).
 */
export function tokenizeByPattern(text: string, span: Span, out: TokenList): void {
  for (let i = span.start; i < span.end; ) i = patternTokenAt(text, i, span.end, out, addNew);
}

/** Adds the token at or after `i` that {@link TOKEN} matches to `out` with `add`; returns where it stops, or `end` when none starts before `end`. */
function patternTokenAt(text: string, i: number, end: number, out: TokenList, add: typeof addAt): number {
  TOKEN.lastIndex = i;
  const m = TOKEN.exec(text);
  if (!m || m.index >= end) return end;
  const matched = m[0];
  const kind = kindOf(matched);
  let stop = Math.min(m.index + matched.length, end);
  if (kind === "word") stop = gluedStop(text, m.index, stop);
  push(out, text, m.index, stop, kind, add);
  return stop;
}

/** Where the word `text[start, end)` stops at its first glued boundary ({@link gluedEnd}); `end` when it has none. */
function gluedStop(text: string, start: number, end: number): number {
  for (let k = start + 1; k < end - 1; k++) {
    if (text.charCodeAt(k) !== 46) continue;
    const cut = gluedEnd(text, start, k);
    if (cut >= 0) return cut;
  }
  return end;
}

/** Longest word before a glued boundary looked at; past it a dotted run is no prose word. */
const MAX_GLUED_WORD = 40;

/**
 * Where the word that starts at `start` ends when its inner dot at `dot` joins two words that
 * lost the space between them: a sentence end or a title and the next word ("said.The",
 * "Mr.Posley", "shooting.SWAT", "desk.A"), cut before the dot; or a dotted abbreviation and a
 * word ("a.m.Saturday", "U.S.Army"), cut after it. -1 when the dot is inside one word: an
 * initial or a dotted abbreviation ("W.Va.", "Ph.D", "S.p.A."), a lower-case part ("Node.js",
 * "wral.com"), or a domain ("www.ExampleNews.org").
 */
export function gluedEnd(text: string, start: number, dot: number): number {
  const first = codeAt(text, dot + 1);
  if (letterCase(first) !== UPPER || dot - start > MAX_GLUED_WORD) return -1;
  const second = codeAt(text, dot + 2);
  const secondCase = letterCase(second);
  // The word after the dot, by its first letters: a capitalized or all-capital word, or a lone capital.
  const lone = secondCase === NONE && second !== 46 && !(second >= 48 && second <= 57) && second !== 45;
  if (secondCase === NONE && !lone) return -1;
  if (isDomain(text, dot + 1)) return -1;
  const last = letterCase(text.charCodeAt(dot - 1));
  let dots = 0;
  let upper = 0;
  let letters = 0;
  for (let k = start; k < dot; k++) {
    const code = text.charCodeAt(k);
    if (code === 46) dots++;
    else {
      const kase = letterCase(code);
      if (kase !== NONE) letters++;
      if (kase === UPPER) upper++;
    }
  }
  if (dots > 0) {
    // "a.m.Saturday": single letters each with its dot, then a word of two letters or more.
    return !lone && dots === letters - 1 && dot - start === 2 * dots + 1 ? dot + 1 : -1;
  }
  if (letters < 2) return -1;
  if (text.slice(start, dot).toLowerCase() === "www") return -1;
  // A lower-case end ("said", "McDonald") before any word; an all-capital word ("SUV") or a
  // name ending in digits ("WXYZ7") only before a capitalized one; a lone capital only after a
  // word of three letters ("desk.A", not "Ph.D").
  if (last === LOWER) return !lone || letters >= 3 ? dot : -1;
  return (upper === letters || last === NONE) && secondCase === LOWER ? dot : -1;
}

/** True when the word at `at` goes on with a dot and a lower-case letter, a domain ("Example.org"), or with "@", an address ("jo.Smith@"). */
function isDomain(text: string, at: number): boolean {
  let k = at;
  while (k - at <= MAX_GLUED_WORD && letterCase(codeAt(text, k)) !== NONE) k++;
  const c = codeAt(text, k);
  return c === 64 || (c === 46 && letterCase(codeAt(text, k + 1)) === LOWER);
}

const NONE = 0;
const LOWER = 1;
const UPPER = 2;
const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;

/** Whether the character `code` is an upper-case letter, a lower-case one, or neither (a caseless letter counts as neither). */
function letterCase(code: number): number {
  if (code < 128) return code >= 97 && code <= 122 ? LOWER : code >= 65 && code <= 90 ? UPPER : NONE;
  if (Number.isNaN(code)) return NONE;
  const c = String.fromCharCode(code);
  return UPPER_LETTER.test(c) ? UPPER : LOWER_LETTER.test(c) ? LOWER : NONE;
}

/** Writes the token `text[start, end)` with `add`; a word's final dot is a token of its own unless it abbreviates ("U.S.", "J."). */
function push(out: TokenList, text: string, start: number, end: number, kind: TokenKind, add: typeof addAt): void {
  // Only "J." or a word ending ".S." can be an abbreviation: most words are not sliced to be tested.
  if (kind === "word" && text.charCodeAt(end - 1) === 46 && !((end - start === 2 || text.charCodeAt(end - 3) === 46) && ABBREVIATION_DOT.test(text.slice(start, end)))) {
    add(out, text, start, end - 1, kind);
    add(out, text, end - 1, end, "punct");
  } else {
    add(out, text, start, end, kind);
  }
}

/** Adds the token `text[start, end)` to `out`, its text looked up in the list's vocabulary only. */
function addNew(out: TokenList, text: string, start: number, end: number, kind: TokenKind): void {
  out.add(start, kind, text.slice(start, end));
}

/** Slots of the table of recent token texts: a power of two, about the vocabulary of a day of news. */
const RECENT_SLOTS = 1 << 14;
/**
 * The ids of the token texts met lately, by a hash of their characters (a slot keeps the id of the
 * last text that hashed to it). Most tokens are words met before ("the", "said", a month), so
 * their id is found here without slicing the input or probing a Map. A slot's id is checked
 * against the text it names in the list's vocabulary, so an id of another vocabulary, or of a
 * text that collided, is only a miss. Pure-marked: a bundle that never reads a long text (resolveDate's) drops it.
 */
const recentId = /* @__PURE__ */ new Int32Array(RECENT_SLOTS);
/** Longest text looked up in {@link recentId}: a longer one is rarely met again. */
const RECENT_MAX_LENGTH = 12;

/** The FNV-1a hash of a token's characters, by which {@link recentId} is indexed: its start and its step. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Adds the token `text[start, end)` to `out`, its text found among the recent texts when it can be. */
function addAt(out: TokenList, text: string, start: number, end: number, kind: TokenKind): void {
  let h = FNV_OFFSET;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  addHashed(out, text, start, end, kind, h);
}

/** {@link addAt} with the hash of the token's characters taken already (`h`, FNV-1a). */
function addHashed(out: TokenList, text: string, start: number, end: number, kind: TokenKind, h: number): void {
  const length = end - start;
  if (length > RECENT_MAX_LENGTH) {
    out.add(start, kind, text.slice(start, end));
    return;
  }
  const slot = (h ^ (h >>> 15)) & (RECENT_SLOTS - 1);
  const id = recentId[slot]!;
  const word = out.vocabulary.words[id];
  if (word !== undefined && word.length === length && sameCharacters(word, text, start)) out.add(start, kind, word, id);
  else recentId[slot] = out.add(start, kind, text.slice(start, end));
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

/**
 * The code of the character at `k` (`k` ≥ 0), or -1 past the end of `text`, which no test
 * below takes for a letter, digit or mark: a read past the end (NaN) makes V8 throw away the
 * compiled scanner ("out of bounds") and compile it again.
 */
function codeAt(text: string, k: number): number {
  return k < text.length ? text.charCodeAt(k) : -1;
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
    let c = codeAt(text, j);
    while (isAsciiLetter(c) || isAsciiDigit(c)) c = codeAt(text, ++j);
    if (!endsAsciiRun(c)) return -1;
    // An inner apostrophe, dot or hyphen joins what follows when a letter or digit follows,
    // unless a dot joins two words that lost the space between them.
    if (c === 39 || c === 46 || c === 45) {
      const next = codeAt(text, j + 1);
      if (c === 46 && next >= 65 && next <= 90) {
        const cut = gluedEnd(text, i, j);
        if (cut >= 0) return cut;
      }
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
    let c = codeAt(text, j);
    while (isAsciiDigit(c)) c = codeAt(text, ++j);
    if (c >= 128) return -1;
    if (c === 46 || c === 44 || c === 58) {
      const next = codeAt(text, j + 1);
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
