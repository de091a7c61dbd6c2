/**
 * The prepared document every extractor reads: the text with its paragraphs, sentences and
 * tokens as offsets, the stretch that is the article proper, and the publication reference.
 *
 * @module
 */
import type { Span } from "../model.js";
import { findBoilerplate } from "./boilerplate.js";
import { sentenceBounds, splitParagraphs } from "./segment.js";
import { tokenize, tokenizeByPattern, TokenList } from "./tokens.js";
import type { Reference } from "./reference.js";
import { sortInPlace } from "./sort-in-place.js";

/** A sentence with its paragraph and its tokens. */
export interface Sentence extends Span {
  /** Index of the paragraph it belongs to in {@link Document.paragraphs}. */
  readonly paragraph: number;
  /** Index of its first token in {@link Document.tokens}. */
  readonly firstToken: number;
  /** Index just past its last token in {@link Document.tokens}. */
  readonly endToken: number;
}

/**
 * The prepared text of one article. Every document has every field (`published` and `title` may
 * hold undefined), in one order: one object shape, so the stages that read documents stay
 * monomorphic instead of deoptimizing when an article without a title comes.
 */
export interface Document {
  /** The input, unchanged. */
  readonly text: string;
  /** The publication reference relative dates resolve against, if given. */
  readonly published?: Reference | undefined;
  /** The first line, when it reads as a title. */
  readonly title?: Span | undefined;
  /** Paragraphs of the article proper (boilerplate left out), in order. */
  readonly paragraphs: readonly Span[];
  /** Sentences of the article proper, in order; never crossing a paragraph. */
  readonly sentences: readonly Sentence[];
  /** Tokens of the article proper, in order. */
  readonly tokens: TokenList;
  /** Stretches left out as page boilerplate. */
  readonly boilerplate: readonly Span[];
  /** What a stage worked out of this document for the stages after it (see `DocumentSlot`). */
  readonly memo: unknown[];
}

/** Longest title we take from a first line; a longer first line is a paragraph. */
const MAX_TITLE = 200;

/**
 * Segments `text` into the document the extractors read; `headline`, when the caller knows it
 * (an HTML page's `h1`), is the title in place of the first line.
 */
export function prepareDocument(text: string, published?: Reference, headline?: Span): Document {
  return segmentDocument(text, published, findBoilerplate(text), headline);
}

/**
 * Prepares a short phrase as one paragraph of one sentence: no boilerplate search, no
 * sentence splitter and no speed paths of the tokenizer, which a phrase does not need, so that a
 * `resolveDate`-only import leaves them and their tables (boilerplate patterns, abbreviations)
 * out of its bundle.
 */
export function preparePhrase(text: string, published?: Reference): Document {
  const whole: Span = { start: 0, end: text.length };
  const tokens = new TokenList();
  tokenizeByPattern(text, whole, tokens);
  const sentence: Sentence = { start: 0, end: text.length, paragraph: 0, firstToken: 0, endToken: tokens.length };
  // No title either: the date stage, the only reader of a phrase, never asks for one.
  return {
    text,
    published,
    title: undefined,
    paragraphs: [whole],
    sentences: [sentence],
    tokens,
    boilerplate: [],
    memo: [],
  };
}

function segmentDocument(text: string, published: Reference | undefined, boilerplate: readonly Span[], headline: Span | undefined): Document {
  const paragraphs = splitParagraphs(text, boilerplate);
  // Sized up front: news prose runs five to six characters a token; a text with more tokens
  // grows the arrays past this.
  const tokens = new TokenList(Math.ceil(text.length / 4.5) + 16);
  const sentences: Sentence[] = [];
  // One list of bounds for the whole text, each paragraph's appended (emptying it costs more): no
  // span object per sentence.
  const bounds: number[] = [];
  const span = { start: 0, end: 0 };
  for (let index = 0; index < paragraphs.length; index++) {
    const from = bounds.length;
    sentenceBounds(text, paragraphs[index]!, bounds);
    for (let k = from; k < bounds.length; k += 2) {
      const firstToken = tokens.length;
      span.start = bounds[k]!;
      span.end = bounds[k + 1]!;
      tokenize(text, span, tokens);
      sentences.push({ start: span.start, end: span.end, paragraph: index, firstToken, endToken: tokens.length });
    }
  }
  const title = headline ?? findTitle(text, paragraphs);
  return {
    text,
    published,
    title,
    paragraphs,
    sentences,
    tokens,
    boilerplate,
    memo: [],
  };
}

/** A first paragraph of one line with no sentence end reads as a title. */
function findTitle(text: string, paragraphs: readonly Span[]): Span | undefined {
  const first = paragraphs[0];
  if (!first || first.end - first.start > MAX_TITLE) return undefined;
  const line = text.slice(first.start, first.end);
  if (line.includes("\n") || /[.!?]["'”’]?$/u.test(line)) return undefined;
  return first;
}

/** The sentence that contains `offset`, by binary search; undefined between sentences. */
export function sentenceAt(doc: Document, offset: number): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** True when `span` lies inside a stretch of boilerplate. */
export function inBoilerplate(doc: Document, span: Span): boolean {
  return doc.boilerplate.some((b) => span.start >= b.start && span.end <= b.end);
}

/** A value found at a character offset, placed at the token that starts there. */
export interface AtToken<T> {
  /** The index of the token. */
  readonly token: number;
  /** The value. */
  readonly value: T;
}

/**
 * The values of `byStart` (keyed by character offset) at the tokens that start at their offsets,
 * in token order; an offset no token starts at is left out.
 */
export function atTokens<T>(doc: Document, byStart: ReadonlyMap<number, T>): AtToken<T>[] {
  const out: AtToken<T>[] = [];
  for (const [start, value] of byStart) {
    const token = tokenStartingAt(doc, start);
    if (token !== undefined) out.push({ token, value });
  }
  return sortInPlace(out, (a, b) => a.token - b.token);
}

/** The index of the token that starts at `offset`, by binary search; undefined when none does. */
export function tokenStartingAt(doc: Document, offset: number): number | undefined {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = doc.tokens.start(mid);
    if (offset < start) hi = mid - 1;
    else if (offset > start) lo = mid + 1;
    else return mid;
  }
  return undefined;
}

/**
 * Where {@link lowerTokens} keeps its array in {@link Document.memo}: a fixed place, not a
 * `DocumentSlot` (which numbers the others from 1), so `resolveDate`'s bundle takes no class.
 */
export const LOWER_TOKENS_SLOT = 0;

/**
 * The lower-cased text of every token (as {@link TokenList.lower} gives it), by token index,
 * for the stages that read words without case; made once per document.
 */
export function lowerTokens(doc: Document): readonly string[] {
  const known = doc.memo[LOWER_TOKENS_SLOT] as readonly string[] | undefined;
  if (known !== undefined) return known;
  const tokens = doc.tokens;
  const lower = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) lower[i] = tokens.lower(i);
  doc.memo[LOWER_TOKENS_SLOT] = lower;
  return lower;
}
