/**
 * Numbers written in plain ASCII digits, read by hand as the shared reader (numbers/read-number.ts)
 * would read them: most numbers of a text are plain, and the date scanner asks at each. Documents
 * only: a phrase given to `resolveDate` asks the reader, and its bundle leaves this out.
 *
 * @module
 */
import { MULTIPLIER_WORDS, SCALE_WORDS } from "../lexicon/numbers.js";
import { isAsciiDigit, isAsciiLetter } from "../text/chars.js";
import type { Read } from "./read-parts.js";
import type { TokenView } from "./token-view.js";

/** What {@link readPlainDigits} returns when the shared reader must decide. */
const ASK_READER = null;

/** Most digits {@link readPlainDigits} reads: the shared reader's limit, and exact in a double. */
const MAX_PLAIN_DIGITS = 15;

/**
 * The number token `i` written in plain ASCII digits ("44", "2024"), read as the shared reader
 * reads it, without its slices of the text: undefined where that reader reads nothing (a letter
 * or digit glued on either side), {@link ASK_READER} where it could read more than the token (a
 * decimal part, thousands, a scale word after a space: "1.2 million") or the characters are past
 * ASCII. Most numbers of a text are plain, and the scanner asks at each.
 */
export function readPlainDigits(view: TokenView, i: number): Read<number> | undefined | typeof ASK_READER {
  const { text, tokens } = view;
  const digits = tokens.text(i);
  if (digits.length > MAX_PLAIN_DIGITS) return ASK_READER;
  let value = 0;
  for (let k = 0; k < digits.length; k++) {
    const c = digits.charCodeAt(k);
    if (c < 48 || c > 57) return ASK_READER;
    value = value * 10 + (c - 48);
  }
  const start = tokens.start(i);
  const end = start + digits.length;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if (before >= 128 || after >= 128) return ASK_READER;
  if (isAsciiAlphanumeric(before) || isAsciiAlphanumeric(after)) return undefined;
  // "3.5", "1,718": a part the token left out (the tokenizer's groups are not the reader's).
  if ((after === 44 || after === 46) && isAsciiDigit(end + 1 < text.length ? text.charCodeAt(end + 1) : 32)) return ASK_READER;
  if (after === 32 && !isPlainNonScaleWordAfter(view, i, end)) return ASK_READER;
  return { value, end: i + 1 };
}

/**
 * True when the shared reader takes no scale or multiplier word after the space at `space` into
 * the number ("44 days"): it reads a run of at most twelve ASCII letters there, not followed by a
 * digit. False, to ask the reader, when the run is such a word or is not the next token whole.
 */
function isPlainNonScaleWordAfter(view: TokenView, i: number, space: number): boolean {
  const { text } = view;
  let end = space + 1;
  while (end < text.length && end - space <= MAX_NUMBER_WORD + 1 && isAsciiLetter(text.charCodeAt(end))) end++;
  const length = end - space - 1;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if (length === 0 || length > MAX_NUMBER_WORD || isAsciiDigit(after)) return true;
  if (after >= 128 || i + 1 >= view.to || view.tokens.start(i + 1) !== space + 1 || view.tokens.text(i + 1).length !== length) return false;
  // The token is the run of ASCII letters whole: its lower case is the reader's.
  const w = view.lower[i + 1]!;
  return !SCALE_WORDS.has(w) && !MULTIPLIER_WORDS.has(w);
}

/** Longest word the shared reader looks at (numbers/read-number.ts). */
const MAX_NUMBER_WORD = 12;

function isAsciiAlphanumeric(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}

