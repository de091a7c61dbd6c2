/**
 * Character references in HTML text (`&amp;`, `&rsquo;`, `&#8217;`, `&#x2019;`), read at an
 * offset the way a browser reads them in text: numeric ones with or without `;`, named ones from
 * the table in src/lexicon/html-entities.ts, a few legacy names without `;`. A `&` that starts no
 * reference is a plain `&`.
 *
 * @module
 */
import { legacyCharacterReferences, namedCharacterReferences, WINDOWS_1252_C1 } from "../lexicon/html-entities.js";

/** A reference read: the text it stands for and the offset just past it. */
export interface CharacterReference {
  /** The decoded text: one character, or a surrogate pair for a code point past U+FFFF. */
  readonly value: string;
  /** The offset just past the reference (past its `;` when it has one). */
  readonly end: number;
}

/** Longest name looked up: the longest in the table is 16 (`NonBreakingSpace`); the bound keeps a run of letters after `&` from being read twice over its whole length. */
const MAX_NAME = 32;
/** The last Unicode code point: a numeric reference past it reads as U+FFFD. */
const MAX_CODE_POINT = 0x10ffff;

/**
 * The character reference starting at `at` (where `html[at]` is `&`), or undefined when none
 * starts there. Reads at most {@link MAX_NAME} characters past `&` for a name, so scanning a text
 * of ampersands and letters stays linear.
 */
export function readCharacterReference(html: string, at: number): CharacterReference | undefined {
  const next = html.charCodeAt(at + 1);
  if (next === 0x23 /* # */) return readNumeric(html, at + 2);
  return readNamed(html, at + 1);
}

function readNumeric(html: string, from: number): CharacterReference | undefined {
  const hex = (html.charCodeAt(from) | 0x20) === 0x78; /* x or X */
  let i = hex ? from + 1 : from;
  const digitsStart = i;
  let code = 0;
  for (; i < html.length; i++) {
    const digit = digitValue(html.charCodeAt(i), hex);
    if (digit < 0) break;
    // Clamped, not overflowed: any value past the last code point reads as U+FFFD all the same.
    code = Math.min(code * (hex ? 16 : 10) + digit, MAX_CODE_POINT + 1);
  }
  if (i === digitsStart) return undefined;
  const end = html.charCodeAt(i) === 0x3b /* ; */ ? i + 1 : i;
  return { value: codePointText(code), end };
}

function digitValue(c: number, hex: boolean): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (!hex) return -1;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/** The HTML standard's reading of a numeric reference's value: no NUL, no surrogates, C1 as Windows-1252. */
function codePointText(code: number): string {
  if (code === 0 || code > MAX_CODE_POINT || (code >= 0xd800 && code <= 0xdfff)) return "\ufffd";
  if (code >= 0x80 && code <= 0x9f) return String.fromCharCode(WINDOWS_1252_C1[code - 0x80] || code);
  return String.fromCodePoint(code);
}

function readNamed(html: string, from: number): CharacterReference | undefined {
  let i = from;
  const limit = Math.min(html.length, from + MAX_NAME);
  while (i < limit && isAsciiAlphanumeric(html.charCodeAt(i))) i++;
  if (i === from) return undefined;
  const name = html.slice(from, i);
  if (html.charCodeAt(i) === 0x3b /* ; */) {
    const value = namedCharacterReferences().get(name);
    if (value !== undefined) return { value, end: i + 1 };
  }
  // Without `;`, browsers read the longest legacy name the letters begin with (`&copy2025`).
  const legacy = legacyCharacterReferences();
  for (let length = Math.min(name.length, 4); length >= 2; length--) {
    const prefix = name.slice(0, length);
    if (legacy.has(prefix)) return { value: namedCharacterReferences().get(prefix)!, end: from + length };
  }
  return undefined;
}

function isAsciiAlphanumeric(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}
