/**
 * The case of a word's first letter, asked of nearly every token: plain ASCII answers by its
 * code, anything else by the Unicode property regex.
 *
 * @module
 */

const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** True when `word` starts with an upper-case letter (`/^\p{Lu}/u`). */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return STARTS_UPPER.test(word);
}

/** True when `word` starts with a lower-case letter (`/^\p{Ll}/u`). */
export function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return STARTS_LOWER.test(word);
}

const HAS_LOWER = /\p{Ll}/u;

/** True when `word` has a lower-case letter anywhere (`/\p{Ll}/u`). */
export function hasLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return HAS_LOWER.test(word);
  }
  return false;
}
