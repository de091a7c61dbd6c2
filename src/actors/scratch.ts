/**
 * Zeroed typed arrays by token index for the passes over one article, reused from one article
 * to the next: a typed array of more than a few bytes is made outside the JS heap, which costs
 * far more than clearing one already made. Each slot is one pass's, read until the next article
 * asks for it again; a long text's arrays are made for it alone, so no large one is kept.
 *
 * @module
 */

/** The most tokens whose arrays are kept for the next article. */
const REUSE_LIMIT = 1 << 16;

/** What each reused array of bytes holds. */
export const SENTENCE_INITIAL = 0;
/** Tokens inside dates. */
export const DATE_TOKENS = 1;
/** Tokens inside places. */
export const PLACE_TOKENS = 2;
/** The name finder's answers by token. */
export const NAME_WORDS = 3;

const bytes: Uint8Array[] = [];
let ints = /* @__PURE__ */ new Int32Array(0);

/** `n` zeroed bytes for the pass that owns `slot` (one of the constants above). */
export function zeroedBytes(slot: number, n: number): Uint8Array {
  if (n > REUSE_LIMIT) return new Uint8Array(n);
  let kept = bytes[slot];
  if (kept === undefined || kept.length < n) {
    kept = new Uint8Array(Math.max(1024, n * 2));
    bytes[slot] = kept;
  } else kept.fill(0, 0, n);
  return kept.subarray(0, n);
}

/** `n` zeroed 32-bit integers for the name finder's title modifiers. */
export function zeroedInts(n: number): Int32Array {
  if (n > REUSE_LIMIT) return new Int32Array(n);
  if (ints.length < n) ints = new Int32Array(Math.max(1024, n * 2));
  else ints.fill(0, 0, n);
  return ints.subarray(0, n);
}
