/**
 * The words of the rare phrases that the document passes search the whole text for ("another
 * year", "the turn of the century", "the 1st millennium", "D-Day", "the last day of the month"):
 * one look at each token's word, remembered by word id, instead of a search of the text per phrase
 * (each search costs about as much as the text is long, and most texts have none of them).
 * Documents only ({@link findDates}).
 *
 * @module
 */
import type { Document } from "../text/document.js";
import { WordTable } from "../text/word-table.js";

/** A word holding "another": "another year". */
export const WORD_ANOTHER = 1;
/** A word holding "century": "the turn of the century", "mid-century", "19th-century". */
export const WORD_CENTURY = 2;
/** A word holding "millennium". */
export const WORD_MILLENNIUM = 4;
/** A word holding "d-day". */
export const WORD_D_DAY = 8;
/** A word holding "month": "the last day of the month". */
export const WORD_MONTH = 16;
/** Every flag: what a text not read in full by its tokens may hold. */
export const ANY_RARE_WORD = WORD_ANOTHER | WORD_CENTURY | WORD_MILLENNIUM | WORD_D_DAY | WORD_MONTH;

/** The flags of every word met so far, by word id. */
const flagsByWord = /* @__PURE__ */ new WordTable<number>();

/** The flags a lower-cased word carries. */
function flagsOf(w: string): number {
  return (w.includes("another") ? WORD_ANOTHER : 0) | (w.includes("century") ? WORD_CENTURY : 0) | (w.includes("millennium") ? WORD_MILLENNIUM : 0) | (w.includes("d-day") ? WORD_D_DAY : 0) | (w.includes("month") ? WORD_MONTH : 0);
}

/**
 * The flags of the words of `doc`: a flag unset means no token holds that word, so neither does the
 * text its tokens cover. A document with boilerplate (text its tokens leave out) has every flag set.
 */
export function rareWordsOf(doc: Document): number {
  if (doc.boilerplate.length > 0) return ANY_RARE_WORD;
  const tokens = doc.tokens;
  const flags = flagsByWord.of(tokens);
  const lower = tokens.vocabulary.lower;
  let found = 0;
  for (let i = 0; i < tokens.length; i++) {
    const id = tokens.id(i);
    let f = flags[id];
    if (f === undefined) flags[id] = f = flagsOf(lower[id]!);
    found |= f;
  }
  return found;
}
