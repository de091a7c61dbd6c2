/**
 * Page furniture named by its `class` or `id` alone (`<div class="share-bar">`,
 * `<section id="comments">`): the words of the names against a small lexicon.
 *
 * @module
 */
import { BODY_CLASS_WORDS, FURNITURE_CLASS_WORDS, STATE_CLASS_WORDS } from "./elements.js";

/**
 * True when the `class` and `id` of an element name page furniture: one of their names has a
 * furniture word ({@link FURNITURE_CLASS_WORDS}) and no state word, and none of them names the
 * story's own container (`article-body`), which is never left out.
 *
 * @param classes - The `class` attribute's value, if any.
 * @param id - The `id` attribute's value, if any.
 */
export function isFurnitureByName(classes: string | undefined, id: string | undefined): boolean {
  let furniture = false;
  for (const name of names(classes, id)) {
    const words = nameWords(name);
    if (words.length === 0) continue;
    // The story's own container: never furniture, whatever else it is called.
    if (words.every((w) => BODY_CLASS_WORDS.has(w))) return false;
    if (!furniture && !words.some((w) => STATE_CLASS_WORDS.has(w))) furniture = hasFurnitureWord(words);
  }
  return furniture;
}

/** The names of `class` (split at white space) and the `id`. */
function names(classes: string | undefined, id: string | undefined): string[] {
  const list = classes === undefined ? [] : classes.split(/[\t\n\f\r ]+/u);
  if (id !== undefined) list.push(id);
  return list;
}

/** A name's words, lower case: cut at `-`, `_`, `:`, `.` and where a lower-case letter meets an upper-case one. */
export function nameWords(name: string): string[] {
  const words: string[] = [];
  let from = 0;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 0x2d;
    const separator = c === 0x2d || c === 0x5f || c === 0x3a || c === 0x2e;
    // `shareBar`: a word starts at an upper-case letter after a lower-case one.
    const camel = !separator && c >= 0x41 && c <= 0x5a && i > from && isLower(name.charCodeAt(i - 1));
    if (!separator && !camel) continue;
    if (i > from) words.push(name.slice(from, i).toLowerCase());
    from = camel ? i : i + 1;
  }
  return words;
}

/** A furniture word among `words`, alone or as two adjacent words (`most-read`, `sign-up`). */
function hasFurnitureWord(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (FURNITURE_CLASS_WORDS.has(words[i]!)) return true;
    if (i > 0 && FURNITURE_CLASS_WORDS.has(`${words[i - 1]!}-${words[i]!}`)) return true;
  }
  return false;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
