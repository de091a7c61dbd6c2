/**
 * What the article itself says about its words: which are written in lower case somewhere
 * (ordinary words) and which are capitalized where capitals mean something (names). Headline
 * and sentence-initial words are judged by this evidence and the lexicons.
 *
 * @module
 */
import type { Document } from "../text/document.js";
import { WordTable } from "../text/word-table.js";
import { letterShape, type LineCasing } from "./casing.js";
import { nameKey } from "./lexicons.js";
import { startsLower, startsUpper } from "./letter-case.js";
import { SENTENCE_INITIAL, zeroedBytes } from "./scratch.js";

/** A set of word keys that answers membership only. */
export interface KeySet {
  /** True when `key` is in the set. */
  has(key: string): boolean;
}

/**
 * Word evidence of one article. Its key sets read marks that the next {@link collectEvidence}
 * overwrites: ask them before evidence of another article is collected.
 */
export interface WordEvidence {
  /** Keys of words written in lower case in prose. */
  readonly lowercase: KeySet;
  /** Keys of words written capitalized inside a prose sentence (not at its start). */
  readonly capitalized: KeySet;
  /** 1 for each token (by index) that opens a sentence or a quotation, where a capital is forced (a reused array, as the key sets are). */
  readonly initial: Uint8Array;
}

const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "«", ":", "—", "–", "-", "…", "*", "•"]);

/** The stem of a word without a final possessive: "Putin's" → "Putin". */
export function stripPossessive(word: string): string {
  const n = word.length;
  if (n < 3 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  const mark = word.charAt(n - 2);
  return mark === "'" || mark === "’" ? word.slice(0, n - 2) : word;
}

/**
 * What the stage asks of a token's text, read once per distinct text: every occurrence of a
 * word shares one record, so a pass over the tokens reads fields, not the characters again.
 */
export interface WordInfo {
  /** The lookup key without the possessive: `nameKey(stripPossessive(text))`. */
  readonly key: string;
  /** The text's letter shape, as the ALL CAPS line test counts it (see `letterShape`). */
  readonly shape: number;
  /** True when the text starts with a lower-case letter. */
  readonly lowerInitial: boolean;
  /** True when the text starts with an upper-case letter. */
  readonly upperInitial: boolean;
  /** True when the text has a hyphen. */
  readonly hyphen: boolean;
  /** The evidence pass that last added the key as a lower-case word (see {@link collectEvidence}). */
  lowerPass: number;
  /** The evidence pass that last added the key as a capitalized word. */
  capitalPass: number;
  /** The marks of the key, as {@link keyMarks} held them when {@link WordInfo.marksFrom} was its count of clearings. */
  marks: KeyMark | undefined;
  /** The count of clearings of {@link keyMarks} when {@link WordInfo.marks} was read from it (-1 before). */
  marksFrom: number;
}

/**
 * The words of one document, by token index. Keys are read through the records
 * ({@link keyAt}): a second array by token would be 8 bytes of JS heap a token, held through
 * the stage (old-generation garbage on a long text).
 */
export interface TokenWords {
  /** Each token's record. */
  readonly words: readonly WordInfo[];
}

/** The {@link WordInfo.key} of token `index`; undefined past the tokens. */
export function keyAt(words: readonly WordInfo[], index: number): string | undefined {
  return words[index]?.key;
}

/**
 * The {@link WordInfo} of every token, and its lookup key without its possessive
 * (`nameKey(stripPossessive(text))`), by token index: computed once per document, as every
 * step of the stage asks for them.
 */
export function tokenWords(doc: Document): TokenWords {
  const tokens = doc.tokens;
  const n = tokens.length;
  const words = new Array<WordInfo>(n);
  const known = recentWords.of(tokens);
  for (let i = 0; i < n; i++) words[i] = known[tokens.id(i)] ??= readWord(tokens.text(i));
  return { words };
}

function readWord(text: string): WordInfo {
  return {
    key: nameKey(stripPossessive(text)),
    shape: letterShape(text),
    lowerInitial: startsLower(text),
    upperInitial: startsUpper(text),
    hyphen: text.includes("-"),
    lowerPass: 0,
    capitalPass: 0,
    marks: undefined,
    marksFrom: -1,
  };
}

/**
 * The records of the token texts met, by word id, across documents: news repeats its words from
 * one article to the next, so most are found, not made again. One per distinct text, bounded as
 * the vocabulary is.
 */
const recentWords = /* @__PURE__ */ new WordTable<WordInfo>();

/** Numbers the calls of {@link collectEvidence}: a record marks its key once a pass. */
let evidencePass = 0;

/** The passes of {@link collectEvidence} that last saw a key in lower case and capitalized. */
export interface KeyMark {
  /** The pass that last saw the key in lower case. */
  lowerPass: number;
  /** The pass that last saw the key capitalized. */
  capitalPass: number;
}

/**
 * The marks of the keys met lately, across documents: an article's evidence is the keys marked
 * with its pass, so no set of keys is built (and grown, table by table) for each article. Never
 * cleared while a pass is read, so no mark of it goes missing: cleared when full as a pass
 * starts, and after it (see {@link releaseEvidence}), so a long text's keys are not kept.
 */
const keyMarks = new Map<string, KeyMark>();
const KEY_MARKS_LIMIT = 50_000;
/** How many times {@link keyMarks} was cleared: a word's kept marks are of the table it was read from. */
let keyMarksCleared = 0;

/** The marks of `word`'s key: kept on the word's record, so a word met again needs no probe of {@link keyMarks}. */
function marksOf(word: WordInfo): KeyMark {
  if (word.marksFrom !== keyMarksCleared || word.marks === undefined) {
    word.marks = markOf(word.key);
    word.marksFrom = keyMarksCleared;
  }
  return word.marks;
}

function clearKeyMarks(): void {
  keyMarks.clear();
  keyMarksCleared++;
}

function markOf(key: string): KeyMark {
  let mark = keyMarks.get(key);
  if (mark === undefined) {
    mark = { lowerPass: 0, capitalPass: 0 };
    keyMarks.set(key, mark);
  }
  return mark;
}

/**
 * Ends the reading of the last evidence collected: its key sets answer nothing reliable after
 * this. Clears the marks when they are many (a long text's), so they are not kept after it.
 */
export function releaseEvidence(): void {
  if (keyMarks.size >= KEY_MARKS_LIMIT) clearKeyMarks();
}

/** Collects the word evidence of `doc`; `words` are its {@link tokenWords}. */
export function collectEvidence(doc: Document, casings: readonly LineCasing[], words: readonly WordInfo[]): WordEvidence {
  const pass = ++evidencePass;
  if (keyMarks.size >= KEY_MARKS_LIMIT) clearKeyMarks();
  const initial = zeroedBytes(SENTENCE_INITIAL, doc.tokens.length);
  for (const sentence of doc.sentences) {
    let atStart = true;
    const prose = casings[sentence.paragraph] === "normal";
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const kind = doc.tokens.kind(i);
      if (kind === "punct") {
        if (OPENERS.has(doc.tokens.text(i))) atStart = true;
        continue;
      }
      if (kind === "number") {
        atStart = false;
        continue;
      }
      if (atStart) initial[i] = 1;
      if (prose) {
        // Each record marks its key once a pass: the map sees each distinct word once, not each token.
        const word = words[i]!;
        if (word.lowerInitial && !word.hyphen) {
          if (word.lowerPass !== pass) {
            word.lowerPass = pass;
            marksOf(word).lowerPass = pass;
          }
        } else if (!atStart && word.upperInitial && word.capitalPass !== pass) {
          word.capitalPass = pass;
          marksOf(word).capitalPass = pass;
        }
      }
      atStart = false;
    }
  }
  const lowercase: KeySet = { has: (key) => keyMarks.get(key)?.lowerPass === pass };
  const capitalized: KeySet = { has: (key) => keyMarks.get(key)?.capitalPass === pass };
  return { lowercase, capitalized, initial };
}
