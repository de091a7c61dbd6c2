/**
 * Paragraphs and sentences as offsets. A paragraph is a line of text (news extraction puts one
 * paragraph a line); a sentence ends at `.`, `!` or `?` (with any closing quotes) before a word
 * that can start a sentence, unless the dot belongs to an abbreviation or an initial. After an
 * abbreviation that can also end a sentence ("the U.S.", "3 p.m."), and after a dot with no space
 * ("Monday.The"), only a word that opens sentences and continues no name ("He", "The") starts one.
 *
 * @module
 */
import type { Span } from "../model.js";
import { ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS, SENTENCE_OPENERS } from "../lexicon/abbreviations.js";
import { isAsciiDigit, isAsciiLetter } from "./chars.js";
import { gluedEnd } from "./tokens.js";

const SPACE = /[\s\u200b]/u;

// The character classes below are told by code for plain ASCII and by their regex past it: a
// regex call per character costs more than the character, and these run over every paragraph.

/** True when the character at `k` is white space ({@link SPACE}). */
function isSpaceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[k]!);
}

/** The paragraphs of `text` outside `skip`, trimmed, in order. */
export function splitParagraphs(text: string, skip: readonly Span[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  let k = 0;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    while (k < skip.length && skip[k]!.end <= start) k++;
    const skipped = k < skip.length && skip[k]!.start <= start && skip[k]!.end >= end;
    if (!skipped) {
      const span = trim(text, start, end);
      if (span) out.push(span);
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** The span `[start, end)` without leading and trailing white space; undefined when empty. */
export function trim(text: string, start: number, end: number): Span | undefined {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return end > start ? { start, end } : undefined;
}

/** True when the character at `k` closes a quotation or a parenthesis (`"` `'` `”` `’` `)` `]` `»`), or is `.` `!` `?`: a sentence end runs on over it. */
function runsOnAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c === 46 || c === 33 || c === 63 || c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;
}

const SENTENCE_START = /[\p{Lu}\p{Nd}"'“‘«([—–-]/u;

/** True when the character at `k` may start a sentence ({@link SENTENCE_START}). */
function startsSentenceAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || isAsciiDigit(c) || c === 34 || c === 39 || c === 40 || c === 91 || c === 45;
  return SENTENCE_START.test(text[k]!);
}

/** The sentences of the paragraph `span`, trimmed, in order. */
export function splitSentences(text: string, span: Span): Span[] {
  const bounds: number[] = [];
  sentenceBounds(text, span, bounds);
  const out: Span[] = [];
  for (let k = 0; k < bounds.length; k += 2) out.push({ start: bounds[k]!, end: bounds[k + 1]! });
  return out;
}

/**
 * Appends the start and end of each sentence of the paragraph `span` (trimmed, in order) to
 * `out`, two numbers a sentence: the document is built from them with no span object between.
 */
export function sentenceBounds(text: string, span: Span, out: number[]): void {
  let from = span.start;
  // The straight double quotation marks of the paragraph before `counted`.
  let quotes = 0;
  let counted = span.start;
  // The marks are found by indexOf, which scans faster than a loop over the characters.
  for (let i = nextMark(text, span.start); i >= 0 && i < span.end; i = nextMark(text, i + 1)) {
    const dot = text.charCodeAt(i) === 46;
    let end = i + 1;
    while (end < span.end && runsOnAt(text, end)) end++;
    // The run of marks is read once: a row of dots must not be rescanned from each dot.
    const runEnd = end;
    let next = end;
    while (next < span.end && isSpaceAt(text, next)) next++;
    // Reads stay inside the text: one past its end would make V8 recompile the function.
    const quote = i + 1 < text.length ? text[i + 1]! : "";
    if (next === end && (end === i + 2 ? QUOTES.has(quote) : quote === "“") && i > from && isWordEndAt(text, i - 1) && i + 2 < text.length && isUpperAt(text, i + 2)) {
      // 'said."He': scraped text lost the space at a quotation mark after a sentence's end. A
      // straight mark closes the quotation when one is open in the paragraph, else opens the next.
      while (counted < i) if (text.charCodeAt(counted++) === 34) quotes++;
      if (quote === '"' && quotes % 2 === 0) end = next = i + 1;
    } else if (next === end && !gluedSentenceEnd(text, from, i, end, span.end)) {
      i = runEnd - 1;
      continue;
    }
    if (next >= span.end || !startsSentenceAt(text, next) || (dot && !abbreviationEnds(text, from, i, next, span.end))) {
      i = runEnd - 1;
      continue;
    }
    pushTrimmed(text, from, end, out);
    from = next;
    i = next - 1;
  }
  pushTrimmed(text, from, span.end, out);
}

/** Appends `[start, end)` without leading and trailing white space to `out`, as two numbers, unless it is empty. */
function pushTrimmed(text: string, start: number, end: number, out: number[]): void {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  if (end > start) out.push(start, end);
}

/**
 * Where each mark that may end a sentence (".", "!", "?") was last found, and from where it was
 * looked for, in the text last read: the next mark at or after an offset past where the search
 * started is known while the offset has not passed it. A paragraph with no "!" does not scan the
 * rest of the text for one again, so a long text stays linear.
 */
const marks = { text: "", from: [0, 0, 0], at: [0, 0, 0] };
const MARKS = [".", "!", "?"] as const;

/** The offset of the first ".", "!" or "?" at or after `from` in `text`, or -1 when there is none. */
function nextMark(text: string, from: number): number {
  if (marks.text !== text) {
    marks.text = text;
    marks.from = [Infinity, Infinity, Infinity];
  }
  let best = -1;
  for (let m = 0; m < 3; m++) {
    let at = marks.at[m]!;
    if (from < marks.from[m]! || (at >= 0 && at < from)) {
      at = text.indexOf(MARKS[m]!, from);
      marks.from[m] = from;
      marks.at[m] = at;
    }
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

const QUOTES = new Set(['"', "”", "’"]);
const UPPER = /\p{Lu}/u;

/** True when the character at `k` is an upper-case letter ({@link UPPER}). */
function isUpperAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[k]!);
}

/**
 * True when the lone dot at `dot`, with no space after it, ends a sentence: before a word that
 * opens one ("on Saturday.The man"), or where the tokenizer cuts two glued words ("said.Police",
 * "Mr.Posley", whose title then keeps the sentence going). Scraped text loses the space, but
 * "Node.js", "St.Louis", "W.Va." and a leading "...I" go on.
 */
function gluedSentenceEnd(text: string, from: number, dot: number, end: number, limit: number): boolean {
  if (text.charCodeAt(dot) !== 46 || end !== dot + 1 || dot === from || !isWordEndAt(text, dot - 1)) return false;
  if (opensSentence(text, end, limit)) return true;
  let start = dot;
  while (start > from && dot - start <= MAX_WORD && isGluedWordCharAt(text, start - 1)) start--;
  return gluedEnd(text, start, dot) === dot;
}

/** Longest word looked back at before a glued dot, and the characters of one ("al-Assad", "Russia's"). */
const MAX_WORD = 40;
const GLUED_WORD_CHAR = /[\p{L}\p{M}\p{Nd}.\-'’]/u;
const MAX_ABBREVIATION = 12;
const ABBREVIATION_CHAR = /[\p{L}.\-]/u;
const WORD_END = /[\p{L}\p{Nd}]/u;
const WORD_CHAR = /[\p{L}\p{Nd}.\-]/u;

/** True when the character at `k` may belong to a glued word ({@link GLUED_WORD_CHAR}). */
function isGluedWordCharAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? isAsciiLetter(c) || isAsciiDigit(c) || c === 46 || c === 45 || c === 39 : GLUED_WORD_CHAR.test(text[k]!);
}

/** True when the character at `k` may belong to an abbreviation ({@link ABBREVIATION_CHAR}). */
function isAbbreviationCharAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? isAsciiLetter(c) || c === 46 || c === 45 : ABBREVIATION_CHAR.test(text[k]!);
}

/** True when the character at `k` is a letter or a digit ({@link WORD_END}). */
function isWordEndAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? isAsciiLetter(c) || isAsciiDigit(c) : WORD_END.test(text[k]!);
}

/** True when the character at `k` goes on a word ({@link WORD_CHAR}). */
function isWordCharAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return c < 128 ? isAsciiLetter(c) || isAsciiDigit(c) || c === 46 || c === 45 : WORD_CHAR.test(text[k]!);
}
const OPENING_QUOTES = new Set(['"', "'", "“", "‘"]);
/** The longest word of SENTENCE_OPENERS ("meanwhile", "according"), so the look ahead stays short. */
const MAX_OPENER = 10;

/**
 * False when the dot at `dot` closes an abbreviation or an initial ("Mr.", "Gen.", "J."), so the
 * sentence goes on; true otherwise, and also when an abbreviation that can end a sentence ("U.S.",
 * "Inc.", "p.m.") or a capital letter is followed at `next` by a word that opens one ("… in the
 * U.S. He says").
 */
function abbreviationEnds(text: string, from: number, dot: number, next: number, end: number): boolean {
  // Abbreviations are short: looking further back would make a long dotted run quadratic.
  const limit = Math.max(from, dot - MAX_ABBREVIATION);
  let s = dot;
  while (s > limit && isAbbreviationCharAt(text, s - 1)) s--;
  if (s === limit && limit > from && isAbbreviationCharAt(text, s - 1)) return true;
  // A hyphen before the word joins it to what comes before ("Nov. 30-Dec. 1"), no part of it.
  while (s < dot && text.charCodeAt(s) === 45) s++;
  const word = text.slice(s, dot);
  if (!word) return true;
  // An initial ("Jonas G. Støre") goes on, but a capital letter that ends a name or a sentence
  // ("AT&T.", "World War I.", "Avenue A.") does not before a word that opens one.
  if (/^\p{Lu}$/u.test(word)) return opensSentence(text, next, end);
  let lower = word.toLowerCase();
  // A hyphen joins a capitalized abbreviation to a prefix or to another ("then-Rep. Ana Ruiz",
  // "Mon.-Fri. 9 a.m."): the dot is the last part's, as it would be alone.
  const hyphen = word.lastIndexOf("-");
  if (!ABBREVIATIONS.has(lower) && hyphen > 0 && isUpperAt(word, hyphen + 1)) lower = lower.slice(hyphen + 1);
  if (!ABBREVIATIONS.has(lower)) return true;
  return SENTENCE_FINAL_ABBREVIATIONS.has(lower) && opensSentence(text, next, end);
}

/** True when a capitalized word of SENTENCE_OPENERS starts at `at`, after at most one opening quote. */
function opensSentence(text: string, at: number, end: number): boolean {
  if (at < end && OPENING_QUOTES.has(text[at]!)) at++;
  if (at >= end) return false;
  const first = text.charCodeAt(at);
  if (first < 65 || first > 90) return false;
  let e = at + 1;
  while (e < end && e - at <= MAX_OPENER) {
    const code = text.charCodeAt(e);
    if (code < 97 || code > 122) break;
    e++;
  }
  // A longer word, or one that goes on ("All-Star", "Or.", "It2"), is not the opener.
  if (e - at > MAX_OPENER || (e < end && isWordCharAt(text, e))) return false;
  return SENTENCE_OPENERS.has(text.slice(at, e).toLowerCase());
}
