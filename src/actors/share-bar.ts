/**
 * Share bars: the row of buttons a page puts around a story ("Facebook Twitter Email", "Share on
 * WhatsApp", "Email Print"). Their words are page furniture, not the names of actors.
 *
 * @module
 */
import { SHARE_BAR_GLUE, SHARE_BAR_WORDS } from "../lexicon/actors-non-names.js";

const SHARE: ReadonlySet<string> = /* @__PURE__ */ new Set(SHARE_BAR_WORDS);
const GLUE: ReadonlySet<string> = /* @__PURE__ */ new Set(SHARE_BAR_GLUE);
/** Splits a line into words; "Google+" and "e-mail" stay whole. */
const NON_WORD = /[^\p{L}\p{N}+-]+/u;
/** A character that ends a button's word. */
const SEPARATOR = /[^\p{L}\p{N}+-]/u;
/** Longer than any button's word ("pinterest"). */
const LONGEST_WORD = 10;
/** The longest line read as a share bar. */
const MAX_BAR = 160;

/**
 * True when the name `[start, end)` of `text` is a share bar's: two words or more that are all
 * buttons ("Facebook Twitter Email"), or any name on a line of buttons and their glue words
 * alone ("Share on Twitter", "Share this: Facebook, Twitter, Email").
 */
export function inShareBar(text: string, start: number, end: number): boolean {
  // Most names open with a word of no button: one short look at it, no slices of the line.
  let k = start;
  while (k < end && k - start <= LONGEST_WORD && !SEPARATOR.test(text[k]!)) k++;
  const first = text.slice(start, k).toLowerCase();
  if (!SHARE.has(first) && !GLUE.has(first)) return false;
  const words = text.slice(start, end).split(NON_WORD);
  if (words.length >= 2 && allButtons(words, false)) return true;
  // The line's ends are looked for no further than a bar can reach, so a text of one long line
  // costs each name a bounded look, not a scan of the line.
  const from = lineStart(text, start);
  const to = lineEnd(text, end);
  return from >= 0 && to >= 0 && to - from <= MAX_BAR && allButtons(text.slice(from, to).split(NON_WORD), true);
}

/** The start of the line holding `at`, or -1 when it lies more than {@link MAX_BAR} back. */
function lineStart(text: string, at: number): number {
  for (let k = at; k > at - MAX_BAR; k--) if (k === 0 || text[k - 1] === "\n") return k;
  return -1;
}

/** The end of the line holding `at`, or -1 when it lies more than {@link MAX_BAR} ahead. */
function lineEnd(text: string, at: number): number {
  for (let k = at; k < at + MAX_BAR; k++) if (k === text.length || text[k] === "\n") return k;
  return -1;
}

/** True when every word of `words` is a button's, or (with `glue`) a word joining them; at least one is a button. */
function allButtons(words: readonly string[], glue: boolean): boolean {
  let buttons = 0;
  for (const w of words) {
    if (w === "") continue;
    const key = w.toLowerCase();
    if (SHARE.has(key)) buttons++;
    else if (!glue || !GLUE.has(key)) return false;
  }
  return buttons > 0;
}
