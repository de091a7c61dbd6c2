/**
 * How a line is cased: ordinary prose, where a capital marks a name; or a headline in ALL CAPS
 * or Title Case, where capitals say nothing and only the lexicons and the rest of the text can.
 *
 * @module
 */
import type { Document } from "../text/document.js";
import { actorLexicons } from "./lexicons.js";
import { hasLowerCase, startsUpper } from "./letter-case.js";
import { WordBits } from "./word-bits.js";
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";

/** The casing of one paragraph (line). */
export type LineCasing = "normal" | "caps" | "title";

const NON_LETTERS = /\P{L}/gu;
const CLOSERS = new Set(['"', "'", "”", "’", ")"]);
const LETTER = /\p{L}/u;

/** Short words a Title Case headline may leave in lower case. */
const MINOR = new Set(["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "v"]);

/** Counts of one paragraph's words that decide whether it is in ALL CAPS. */
interface CapsCount {
  /** Words with a letter. */
  words: number;
  /** Words of two letters or more. */
  long: number;
  /** Long words without a lower-case letter. */
  upper: number;
  /** The paragraph's tokens: its first sentence's first token, its last sentence's end token. */
  firstToken: number;
  endToken: number;
}

/** What the line tests ask of a word, as bits by word id: its letter shape (the low two bits, see {@link letterShape}), … */
const SHAPE = 3;
/** … a minor word (lower-cased), … */
const MINOR_WORD = 4;
/** … a capital first letter, … */
const UPPER_START = 8;
/** … an ordinary word (lower-cased). */
const COMMON_WORD = 16;

const lineWords = /* @__PURE__ */ new WordBits(readLineBits);

function readLineBits(text: string, lower: string): number {
  let bits = letterShape(text);
  if (MINOR.has(lower)) bits |= MINOR_WORD;
  if (startsUpper(text)) bits |= UPPER_START;
  if (actorLexicons().commonWords.has(lower)) bits |= COMMON_WORD;
  return bits;
}

/** The casing of every paragraph of `doc`, by paragraph index. */
export function lineCasings(doc: Document): LineCasing[] {
  // One pass counts what the ALL CAPS test needs; the Title Case test, which only lines without
  // a sentence end reach, reads the paragraph's words again. Both arrays are pushed, not mapped:
  // a mapped array's elements kind differs between the interpreter and optimized code, and each
  // reader would deoptimize once when it changes.
  const out: LineCasing[] = [];
  const counts: CapsCount[] = [];
  const tokens = doc.tokens;
  const bits = lineWords.of(tokens);
  for (let p = 0; p < doc.paragraphs.length; p++) {
    out.push("normal");
    counts.push({ words: 0, long: 0, upper: 0, firstToken: -1, endToken: -1 });
  }
  for (let n = 0; n < doc.sentences.length; n++) {
    const sentence = doc.sentences[n]!;
    const count = counts[sentence.paragraph]!;
    if (count.firstToken < 0) count.firstToken = sentence.firstToken;
    count.endToken = sentence.endToken;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      // A word token starts with a letter, so every word counts.
      if (!tokens.isWord(i)) continue;
      count.words++;
      const shape = bits[tokens.id(i)]! & SHAPE;
      if (shape === SHORT) continue;
      count.long++;
      if (shape === LONG_UPPER) count.upper++;
    }
  }
  for (let index = 0; index < counts.length; index++) {
    const count = counts[index]!;
    const long = count.long;
    if (long === 0) continue;
    if (count.upper / long >= 0.6) {
      out[index] = "caps";
      continue;
    }
    const paragraph = doc.paragraphs[index]!;
    const isTitle = doc.title !== undefined && doc.title.start === paragraph.start;
    if (!isTitle && count.words < 3) continue;
    // A headline may end on a full stop ("Mayor Says She Will Run Again."): a first line closed
    // so reads as one when it capitalizes every content word, which prose, having a verb, does
    // not. A dot of "Inc." closes no headline, and a line of several commas is a list of names.
    const closed = !isTitle && endsSentence(doc.text, paragraph.start, paragraph.end);
    if (closed && (index > 0 || endsOnAbbreviation(doc.text, paragraph.start, paragraph.end) || commas(doc.text, paragraph.start, paragraph.end) > 1)) continue;
    if (isTitleCase(doc, bits, count.firstToken, count.endToken, isTitle, closed)) out[index] = "title";
  }
  return out;
}

/**
 * True when the words of tokens `first` to `end` read as a Title Case line: three content words
 * or more (minor words left out), at least three quarters of them capitalized, and, unless the
 * line is the article's title, ordinary words among them (a line of names, such as a results
 * table, is capitalized too). A line `closed` like a sentence needs four content words or more,
 * every one capitalized. `bits` are the words' line bits by word id.
 */
function isTitleCase(doc: Document, bits: Uint16Array, first: number, end: number, isTitle: boolean, closed: boolean): boolean {
  let content = 0;
  let capitalized = 0;
  let ordinary = 0;
  const tokens = doc.tokens;
  for (let i = first; i < end; i++) {
    if (!tokens.isWord(i)) continue;
    const word = bits[tokens.id(i)]!;
    if ((word & MINOR_WORD) !== 0) continue;
    content++;
    if ((word & UPPER_START) === 0) continue;
    capitalized++;
    if ((word & COMMON_WORD) !== 0) ordinary++;
  }
  if (content < 3 || capitalized / content < 0.75) return false;
  if (closed && (content < 4 || capitalized < content)) return false;
  return isTitle || (ordinary >= 2 && ordinary / capitalized >= 0.3);
}

/** Fewer than two letters. */
const SHORT = 0;
/** Two letters or more, one of them lower case. */
const LONG_MIXED = 1;
/** Two letters or more, none lower case. */
const LONG_UPPER = 2;

/**
 * What the ALL CAPS test asks of a word, in one read of plain ASCII: fewer than two letters, or
 * two or more with or without a lower-case one. Anything else is read as before.
 */
export function letterShape(word: string): number {
  let letters = 0;
  let lower = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) break;
    if (c >= 97 && c <= 122) {
      letters++;
      lower = true;
    } else if (c >= 65 && c <= 90) letters++;
    if (letters >= 2 && lower) return LONG_MIXED;
  }
  if (letters < 2 && !hasTwoLetters(word)) return SHORT;
  return hasLowerCase(word) ? LONG_MIXED : LONG_UPPER;
}

/** True when `word` has two letters or more (in UTF-16 units, as the headline test always counted them). */
function hasTwoLetters(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return word.replace(NON_LETTERS, "").length >= 2;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
      letters++;
      if (letters >= 2) return true;
    }
  }
  return false;
}

/** True when the line `text` between `start` and `end` ends on an abbreviation's dot ("… Acme Inc."). */
function endsOnAbbreviation(text: string, start: number, end: number): boolean {
  const k = beforeClosers(text, start, end);
  let from = k - 1;
  while (from > start && (text[from - 1] === "." || LETTER.test(text[from - 1]!))) from--;
  return ABBREVIATIONS.has(text.slice(from, k - 1).toLowerCase());
}

/** The commas in `text` between `start` and `end`. */
function commas(text: string, start: number, end: number): number {
  let n = 0;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 44) n++;
  return n;
}

/** True when `text` between `start` and `end` ends a sentence (`/[.!?]["'”’)]*$/`), read backwards from the end. */
function endsSentence(text: string, start: number, end: number): boolean {
  const k = beforeClosers(text, start, end);
  const c = text[k - 1];
  return k > start && (c === "." || c === "!" || c === "?");
}

/** The offset in `text[start, end)` before the closing quotation marks and brackets that end it. */
function beforeClosers(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && CLOSERS.has(text[k - 1]!)) k--;
  return k;
}
