/**
 * A sentence's tokens with their lower-cased texts, the unit the casualty patterns scan.
 *
 * @module
 */
import type { TokenKind, TokenList } from "../text/tokens.js";
import { WordTable } from "../text/word-table.js";

/** The tokens of one sentence, indexable from 0, with lower-cased texts beside them. */
export interface TokenView {
  /** The whole input text; token offsets index into it. */
  readonly text: string;
  /** The sentence's tokens. */
  readonly tokens: TokenList;
  /** `tokens[i].text.toLowerCase()`, computed once. */
  readonly lower: readonly string[];
  /** True for a headline in title case, where capitals do not mark names. */
  readonly titleCase: boolean;
  /** Offsets where tokens that belong to a place name start ("Kyiv", "New York"): not people. */
  readonly places: ReadonlySet<number>;
  /**
   * 1 for each token (by index) whose word opens a phrase of some phrase index (see
   * {@link indexPhrases}), 0 for the others: read once per token, so that {@link matchAt} answers
   * most words without a lookup. Absent, every word is looked up.
   */
  readonly opens?: Uint8Array;
}

/** The first words of the phrases of every phrase index made (see {@link indexPhrases}). */
const PHRASE_STARTS = new Set<string>();

const NO_PLACES: ReadonlySet<number> = new Set();

/** Share of capitalized words (of four letters or more) that makes a sentence a title-case headline. */
const TITLE_CASE_SHARE = 0.85;

/** Bits of what {@link viewOf} reads of a word: it opens a phrase, it has four characters or more, it starts with a capital. */
const OPENS = 1;
const LONG = 2;
const CAPITAL = 4;

/**
 * The bits of each word by word id: a view reads one number per token, not a set probed with its
 * text. The phrase starts are all known by then (indexes are made as their modules load).
 */
const wordBits = /* @__PURE__ */ new WordTable<number>();

function bitsOf(word: string, lower: string): number {
  return (PHRASE_STARTS.has(lower) ? OPENS : 0) | (word.length >= 4 ? LONG : 0) | (startsUpper(word) ? CAPITAL : 0);
}

/** The view of `tokens[first..end)`, given the lower-cased texts of all the tokens (`lowerTokens`). */
export function viewOf(
  text: string,
  tokens: TokenList,
  lower: readonly string[],
  first: number,
  end: number,
  places: ReadonlySet<number> = NO_PLACES,
): TokenView {
  const slice = tokens.range(first, end);
  const bits = wordBits.of(tokens);
  const opens = new Uint8Array(slice.length);
  let words = 0;
  let capitals = 0;
  for (let k = 0; k < slice.length; k++) {
    const id = slice.id(k);
    const b = (bits[id] ??= bitsOf(slice.text(k), slice.lower(k)));
    if ((b & OPENS) !== 0) opens[k] = 1;
    if ((b & LONG) === 0 || slice.kind(k) !== "word") continue;
    words++;
    if ((b & CAPITAL) !== 0) capitals++;
  }
  return { text, tokens: slice, lower: lower.slice(first, end), titleCase: words >= 3 && capitals >= words * TITLE_CASE_SHARE, places, opens };
}

/** The kind of token `i` of the view, or undefined outside it: read by field, no token object made. */
export function kindAt(view: TokenView, i: number): TokenKind | undefined {
  return i >= 0 && i < view.tokens.length ? view.tokens.kind(i) : undefined;
}

/** The text of token `i` of the view, or undefined outside it. */
export function textAt(view: TokenView, i: number): string | undefined {
  return i >= 0 && i < view.tokens.length ? view.tokens.text(i) : undefined;
}

/** The offset where token `i` of the view starts, or undefined outside it. */
export function startAt(view: TokenView, i: number): number | undefined {
  return i >= 0 && i < view.tokens.length ? view.tokens.start(i) : undefined;
}

/** True when `word` starts with a capital letter; ASCII first, Unicode when needed. */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** Index of the first token at or after `offset`, searching from `from`. */
export function tokenAtOrAfter(view: TokenView, offset: number, from: number): number {
  let i = from;
  while (i < view.tokens.length && view.tokens.start(i) < offset) i++;
  return i;
}

/** A compiled phrase table: the phrases of each first word, longest first. */
export type PhraseIndex<T> = ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly phrase: string; readonly value: T }[]>;

/**
 * Compiles `[phrase, value]` pairs into a lookup by first word, longest phrase first. Its first
 * words join those every view marks (see {@link TokenView.opens}); an index is made when its
 * module loads, before any view.
 */
/* @__NO_SIDE_EFFECTS__ */
export function indexPhrases<T>(table: readonly (readonly [string, T])[]): PhraseIndex<T> {
  const index = new Map<string, { words: string[]; phrase: string; value: T }[]>();
  for (const [phrase, value] of table) {
    const words = phrase.split(" ");
    PHRASE_STARTS.add(words[0]!);
    const list = index.get(words[0]!) ?? [];
    list.push({ words, phrase, value });
    index.set(words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/** A phrase matched at a token: its value, the words, and the index just past it. */
export interface PhraseMatch<T> {
  readonly value: T;
  readonly phrase: string;
  readonly start: number;
  readonly end: number;
}

/** The longest phrase of `index` that starts at token `i`. */
export function matchAt<T>(view: TokenView, i: number, index: PhraseIndex<T>): PhraseMatch<T> | undefined {
  const opens = view.opens;
  if (opens !== undefined && i >= 0 && i < opens.length && opens[i] === 0) return undefined;
  const candidates = index.get(view.lower[i] ?? "");
  if (!candidates) return undefined;
  for (const { words, phrase, value } of candidates) {
    let k = 1;
    while (k < words.length && view.lower[i + k] === words[k]) k++;
    if (k === words.length) return { value, phrase, start: i, end: i + k };
  }
  return undefined;
}
