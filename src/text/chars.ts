/**
 * Character tests by code for ASCII, the common case, and by Unicode property beyond it: the
 * scans test thousands of characters per article, where a regex call per character costs more
 * than the test.
 *
 * @module
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/** `/[\p{L}\p{N}]/u.test(text[i])`: a letter or a digit at `i`. */
export function isLetterOrDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(text[i]!);
}

/** `/\s/u.test(text[i])`: white space at `i`. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return SPACE.test(text[i]!);
}

/** An ASCII letter, by its code (`c` from `charCodeAt`). */
export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** An ASCII digit, by its code (`c` from `charCodeAt`). */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * `text.slice(at, at + lower.length).toLowerCase() === lower`, for `lower` in lower case, read in
 * place: no slice and no lower-cased copy while the characters are ASCII (the copy past them).
 */
export function isLowerAt(text: string, at: number, lower: string): boolean {
  if (at < 0 || at + lower.length > text.length) return text.slice(at, at + lower.length).toLowerCase() === lower;
  for (let i = 0; i < lower.length; i++) {
    const c = text.charCodeAt(at + i);
    // Beyond ASCII a lower case may change the length ("İ"): the copy decides.
    if (c >= 0x80) return text.slice(at, at + lower.length).toLowerCase() === lower;
    // An ASCII mismatch before any such character is a mismatch of the copies too.
    if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== lower.charCodeAt(i)) return false;
  }
  return true;
}
