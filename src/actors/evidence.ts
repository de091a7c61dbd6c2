/**
 * What the article itself says about its words: which are written in lower case somewhere
 * (ordinary words) and which are capitalized where capitals mean something (names). Headline
 * and sentence-initial words are judged by this evidence and the lexicons.
 *
 * @module
 */
import type { Document } from "../text/document.js";
import type { TokenList } from "../text/tokens.js";
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
  /** True when the key of token `index` without its possessive (its {@link keyAt}) is in {@link capitalized}: read by the word's id where the pass numbered its key. */
  readonly capitalizedAt: (index: number) => boolean;
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
 * The lookup key of each word without its possessive (`nameKey(stripPossessive(text))`), by word
 * id: read through {@link keyAt}, made the first time a word is asked about and kept across
 * documents (news repeats its words from one article to the next). Nothing is made per token.
 */
export type StemKeys = (string | undefined)[];

/** The keys by word id, bounded as the vocabulary is. */
const recentKeys = /* @__PURE__ */ new WordTable<string>();

/** The {@link StemKeys} of the words of `tokens`, read by {@link keyAt}. */
export function stemKeys(tokens: TokenList): StemKeys {
  return recentKeys.of(tokens);
}

/** The lookup key of token `index` (in range) without its possessive; `keys` are the {@link stemKeys} of `tokens`. */
export function keyAt(keys: StemKeys, tokens: TokenList, index: number): string {
  return (keys[tokens.id(index)] ??= nameKey(stripPossessive(tokens.text(index))));
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
let lowerByKey = /* @__PURE__ */ new Int32Array(1024);
let capitalByKey = /* @__PURE__ */ new Int32Array(1024);
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

/** The key number of word `id` (`keys`, the {@link wordKeys} of its list), whose key is `key`. */
function keyNumberOf(keys: Int32Array, id: number, key: string): number {
  const known = keys[id]!;
  if (known !== 0) return known - 1;
  let n = keyNumbers.get(key);
  if (n === undefined) {
    n = keyNumbers.size;
    keyNumbers.set(key, n);
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

/** Collects the word evidence of `doc`. */
export function collectEvidence(doc: Document, casings: readonly LineCasing[]): WordEvidence {
  const pass = ++evidencePass;
  if (keyNumbers.size >= KEY_MARKS_LIMIT) clearKeyMarks();
  const tokens = doc.tokens;
  const initial = zeroedBytes(SENTENCE_INITIAL, tokens.length);
  const bits = evidenceWords.of(tokens);
  const lower = lowerPasses.of(tokens);
  const capital = capitalPasses.of(tokens);
  const keys = wordKeys.of(tokens);
  const stems = stemKeys(tokens);
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
            const key = keyNumberOf(keys, id, keyAt(stems, tokens, i));
            lowerByKey[key] = pass;
          }
        } else if (!atStart && (word & UPPER_START) !== 0 && capital[id] !== pass) {
          capital[id] = pass;
          const key = keyNumberOf(keys, id, keyAt(stems, tokens, i));
          capitalByKey[key] = pass;
        }
      }
      atStart = false;
    }
  }
  const lowercase: KeySet = { has: (key) => marked(lowerByKey, key, pass) };
  const capitalized: KeySet = { has: (key) => marked(capitalByKey, key, pass) };
  // A word the pass did not number (one only met opening a sentence or in a headline) is numbered
  // when first asked about, as the pass numbers the words it marks: its later asks, in this
  // article and the next, read an array, not the map of every key. A new number has no mark.
  const capitalizedAt = (index: number): boolean => {
    const id = tokens.id(index);
    const n = keys[id]!;
    // The number first: finding it may grow the array of marks.
    const key = n !== 0 ? n - 1 : keyNumberOf(keys, id, keyAt(stems, tokens, index));
    return capitalByKey[key] === pass;
  };
  return { lowercase, capitalized, capitalizedAt, initial };
}

/** True when `marks` (one of {@link lowerByKey} and {@link capitalByKey}) mark `key` with `pass`. */
function marked(marks: Int32Array, key: string, pass: number): boolean {
  const n = keyNumbers.get(key);
  return n !== undefined && marks[n] === pass;
}
