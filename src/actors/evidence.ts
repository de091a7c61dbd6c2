/**
 * What the article itself says about its words: which are written in lower case somewhere
 * (ordinary words) and which are capitalized where capitals mean something (names). Headline
 * and sentence-initial words are judged by this evidence and the lexicons.
 *
 * @module
 */
import type { Document } from "../text/document.js";
import { WordTable } from "../text/word-table.js";
import type { LineCasing } from "./casing.js";
import { nameKey } from "./lexicons.js";
import { startsLower, startsUpper } from "./letter-case.js";
import { SENTENCE_INITIAL, zeroedBytes } from "./scratch.js";
import { WordBits, WordStamps } from "./word-bits.js";

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
  return { key: nameKey(stripPossessive(text)) };
}

/** What the evidence pass asks of a word, as bits by word id: a lower-case first letter, … */
const LOWER_START = 1;
/** … an upper-case first letter, … */
const UPPER_START = 2;
/** … a hyphen, … */
const HYPHEN = 4;
/** … a mark that opens a quotation or a list item, after which a capital is forced. */
const OPENER = 8;

const evidenceWords = /* @__PURE__ */ new WordBits(readEvidenceBits);

function readEvidenceBits(text: string): number {
  let bits = 0;
  if (startsLower(text)) bits |= LOWER_START;
  if (startsUpper(text)) bits |= UPPER_START;
  if (text.includes("-")) bits |= HYPHEN;
  if (OPENERS.has(text)) bits |= OPENER;
  return bits;
}

/** The evidence pass that last marked each word id's key as a lower-case word, and as a capitalized one: each word marks its key once a pass. */
const lowerPasses = /* @__PURE__ */ new WordStamps();
const capitalPasses = /* @__PURE__ */ new WordStamps();

/**
 * The records of the token texts met, by word id, across documents: news repeats its words from
 * one article to the next, so most are found, not made again. One per distinct text, bounded as
 * the vocabulary is.
 */
const recentWords = /* @__PURE__ */ new WordTable<WordInfo>();

/** Numbers the calls of {@link collectEvidence}: a word marks its key once a pass. */
let evidencePass = 0;

/**
 * The keys met lately, across documents, each with a number: an article's evidence is the keys
 * whose number {@link lowerByKey} and {@link capitalByKey} mark with its pass, so no set of keys
 * is built (and grown, table by table) for each article. Never cleared while a pass is read, so
 * no mark of it goes missing: cleared when full as a pass starts, and after it (see
 * {@link releaseEvidence}), so a long text's keys are not kept.
 */
const keyNumbers = new Map<string, number>();
const KEY_MARKS_LIMIT = 50_000;
/**
 * The pass that last saw each key number in lower case, and capitalized. A number given again
 * after a clearing keeps an older pass's mark, which no pass after it reads as its own.
 */
let lowerByKey = new Int32Array(1024);
let capitalByKey = new Int32Array(1024);
/** Each word id's key number plus one; 0 where not looked up since {@link keyNumbers} was cleared. */
const wordKeys = /* @__PURE__ */ new WordStamps();

function clearKeyMarks(): void {
  keyNumbers.clear();
  wordKeys.clear();
  // A long text's marks are not kept.
  if (lowerByKey.length > 2 * KEY_MARKS_LIMIT) {
    lowerByKey = new Int32Array(1024);
    capitalByKey = new Int32Array(1024);
  }
}

/** The key number of word `id` (`keys`, the {@link wordKeys} of its list), whose record is `word`. */
function keyNumberOf(keys: Int32Array, id: number, word: WordInfo): number {
  const known = keys[id]!;
  if (known !== 0) return known - 1;
  let n = keyNumbers.get(word.key);
  if (n === undefined) {
    n = keyNumbers.size;
    keyNumbers.set(word.key, n);
    if (n === lowerByKey.length) {
      lowerByKey = grown(lowerByKey);
      capitalByKey = grown(capitalByKey);
    }
  }
  keys[id] = n + 1;
  return n;
}

function grown(marks: Int32Array): Int32Array<ArrayBuffer> {
  const out = new Int32Array(marks.length * 2);
  out.set(marks);
  return out;
}

/**
 * Ends the reading of the last evidence collected: its key sets answer nothing reliable after
 * this. Clears the marks when they are many (a long text's), so they are not kept after it.
 */
export function releaseEvidence(): void {
  if (keyNumbers.size >= KEY_MARKS_LIMIT) clearKeyMarks();
}

/** Collects the word evidence of `doc`; `words` are its {@link tokenWords}. */
export function collectEvidence(doc: Document, casings: readonly LineCasing[], words: readonly WordInfo[]): WordEvidence {
  const pass = ++evidencePass;
  if (keyNumbers.size >= KEY_MARKS_LIMIT) clearKeyMarks();
  const tokens = doc.tokens;
  const initial = zeroedBytes(SENTENCE_INITIAL, tokens.length);
  const bits = evidenceWords.of(tokens);
  const lower = lowerPasses.of(tokens);
  const capital = capitalPasses.of(tokens);
  const keys = wordKeys.of(tokens);
  for (const sentence of doc.sentences) {
    let atStart = true;
    const prose = casings[sentence.paragraph] === "normal";
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const kind = tokens.kind(i);
      const id = tokens.id(i);
      const word = bits[id]!;
      if (kind === "punct") {
        if ((word & OPENER) !== 0) atStart = true;
        continue;
      }
      if (kind === "number") {
        atStart = false;
        continue;
      }
      if (atStart) initial[i] = 1;
      if (prose) {
        // Each word marks its key once a pass: the map sees each distinct word once, not each token.
        if ((word & (LOWER_START | HYPHEN)) === LOWER_START) {
          if (lower[id] !== pass) {
            lower[id] = pass;
            // The number first: finding it may grow the array of marks.
            const key = keyNumberOf(keys, id, words[i]!);
            lowerByKey[key] = pass;
          }
        } else if (!atStart && (word & UPPER_START) !== 0 && capital[id] !== pass) {
          capital[id] = pass;
          const key = keyNumberOf(keys, id, words[i]!);
          capitalByKey[key] = pass;
        }
      }
      atStart = false;
    }
  }
  const lowercase: KeySet = { has: (key) => marked(lowerByKey, key, pass) };
  const capitalized: KeySet = { has: (key) => marked(capitalByKey, key, pass) };
  return { lowercase, capitalized, initial };
}

/** True when `marks` (one of {@link lowerByKey} and {@link capitalByKey}) mark `key` with `pass`. */
function marked(marks: Int32Array, key: string, pass: number): boolean {
  const n = keyNumbers.get(key);
  return n !== undefined && marks[n] === pass;
}
