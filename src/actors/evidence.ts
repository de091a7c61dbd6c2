/**
 * What the article itself says about its words: which are written in lower case somewhere
 * (ordinary words) and which are capitalized where capitals mean something (names). Headline
 * and sentence-initial words are judged by this evidence and the lexicons.
 *
 * @module
 */
import type { Document } from "../text/document.js";
import type { LineCasing } from "./casing.js";
import { nameKey } from "./lexicons.js";
import { startsLower, startsUpper } from "./letter-case.js";

/** Word evidence of one article. */
export interface WordEvidence {
  /** Keys of words written in lower case in prose. */
  readonly lowercase: ReadonlySet<string>;
  /** Keys of words written capitalized inside a prose sentence (not at its start). */
  readonly capitalized: ReadonlySet<string>;
  /** 1 for each token (by index) that opens a sentence or a quotation, where a capital is forced. */
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
 * The lookup key of every token without its possessive (`nameKey(stripPossessive(text))`), by
 * token index: computed once per document, as every step of the stage asks for them.
 */
export function tokenKeys(doc: Document): string[] {
  const keys = new Array<string>(doc.tokens.length);
  // One key per distinct word: a long text repeats its words, and each key kept is memory.
  const memo = new Map<string, string>();
  for (let i = 0; i < doc.tokens.length; i++) {
    const text = doc.tokens[i]!.text;
    let key = memo.get(text);
    if (key === undefined) memo.set(text, (key = nameKey(stripPossessive(text))));
    keys[i] = key;
  }
  return keys;
}

/** Collects the word evidence of `doc`; `keys` are its {@link tokenKeys}. */
export function collectEvidence(doc: Document, casings: readonly LineCasing[], keys: readonly string[]): WordEvidence {
  const lowercase = new Set<string>();
  const capitalized = new Set<string>();
  const initial = new Uint8Array(doc.tokens.length);
  for (const sentence of doc.sentences) {
    let atStart = true;
    const prose = casings[sentence.paragraph] === "normal";
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i]!;
      if (token.kind === "punct") {
        if (OPENERS.has(token.text)) atStart = true;
        continue;
      }
      if (token.kind === "number") {
        atStart = false;
        continue;
      }
      if (atStart) initial[i] = 1;
      if (prose) {
        const key = keys[i]!;
        if (startsLower(token.text) && !token.text.includes("-")) lowercase.add(key);
        else if (!atStart && startsUpper(token.text)) capitalized.add(key);
      }
      atStart = false;
    }
  }
  return { lowercase, capitalized, initial };
}
