/**
 * Page furniture named by its `class` or `id` alone (`<div class="share-bar">`,
 * `<section id="comments">`): the words of the names against a small lexicon.
 *
 * Each tag's verdict is kept for the page: a page has a classed `div` at every turn, most of
 * them alike, and most name no furniture.
 *
 * @module
 */
import { BODY_CLASS_WORDS, FURNITURE_CLASS_WORDS, STATE_CLASS_WORDS } from "./elements.js";
import { readAttributes } from "./attributes.js";

/** What the names read so far say: furniture, the story's own container, or nothing. */
const NOTHING = 0;
const FURNITURE = 1;
const BODY = 2;

/**
 * True when the `class` or `id` of a start tag (`tag`: its text after the element's name) names
 * page furniture: one of the names has a furniture word ({@link FURNITURE_CLASS_WORDS}) and no
 * state word, and none of them names the story's own container (`article-body`), which is never
 * left out. Values are read as written (a character reference in a class name is not decoded).
 *
 * @param seen - The verdicts on the tags met so far in this page, by their text: a page repeats
 *   its classed tags (one table a page, so no page is kept alive by another's).
 */
export function tagNamesFurniture(tag: string, seen: Map<string, boolean>): boolean {
  let says = seen.get(tag);
  if (says === undefined) {
    says = readTag(tag);
    seen.set(tag, says);
  }
  return says;
}

/** {@link tagNamesFurniture}, read afresh (once a tag text a page: {@link readAttributes} may allocate). */
function readTag(tag: string): boolean {
  const attributes = readAttributes(tag, 0, tag.length);
  return isFurnitureByName(attributes.get("class"), attributes.get("id"));
}

/**
 * True when the `class` and `id` values `classes` and `id` name page furniture, as
 * {@link tagNamesFurniture} reads them in a tag.
 */
export function isFurnitureByName(classes: string | undefined, id: string | undefined): boolean {
  const says = Math.max(classes === undefined ? NOTHING : readNames(classes, 0, classes.length, true), id === undefined ? NOTHING : readNames(id, 0, id.length, false));
  return says === FURNITURE;
}

/**
 * What the names in `text[from, to)` say: BODY when one is the story's own container, else
 * FURNITURE when one names furniture, else NOTHING. A class value holds names apart by white
 * space; an id is one name.
 */
function readNames(text: string, from: number, to: number, several: boolean): number {
  let says = NOTHING;
  let i = from;
  while (i < to) {
    while (i < to && isSpace(text.charCodeAt(i))) i++;
    let nameTo = i;
    while (nameTo < to && !(several && isSpace(text.charCodeAt(nameTo)))) nameTo++;
    if (nameTo > i) {
      const name = readName(text.slice(i, nameTo));
      if (name === BODY) return BODY;
      if (name === FURNITURE) says = FURNITURE;
    }
    i = nameTo;
  }
  return says;
}

/** What one name says, word by word (see {@link nameWords}). */
function readName(name: string): number {
  const words = nameWords(name);
  if (words.length === 0) return NOTHING;
  let allBody = true;
  let state = false;
  let furniture = false;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (!BODY_CLASS_WORDS.has(word)) allBody = false;
    if (STATE_CLASS_WORDS.has(word)) state = true;
    if (FURNITURE_CLASS_WORDS.has(word) || (k > 0 && FURNITURE_CLASS_WORDS.has(`${words[k - 1]}-${word}`))) furniture = true;
  }
  if (allBody) return BODY;
  return furniture && !state ? FURNITURE : NOTHING;
}

/** A name's words, lower case: cut at `-`, `_`, `:`, `.` and where a lower-case letter meets an upper-case one. */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 0x2d;
    const separator = isWordSeparator(c);
    const camel = !separator && c >= 0x41 && c <= 0x5a && i > from && isLower(name.charCodeAt(i - 1));
    if (!separator && !camel) continue;
    if (i > from) words.push(name.slice(from, i).toLowerCase());
    from = camel ? i : i + 1;
  }
  return words;
}

/** `-`, `_`, `:` and `.`: what parts the words of a class name. */
function isWordSeparator(c: number): boolean {
  return c === 0x2d || c === 0x5f || c === 0x3a || c === 0x2e;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
