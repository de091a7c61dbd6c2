/**
 * Binary search over items sorted by start offset (tokens, sentences, anchors): the stages look
 * things up by offset, and a linear scan would make long texts quadratic.
 *
 * @module
 */

/** The index of the first item that starts at or after `offset` (`items.length` when none does). */
export function firstStartingFrom(items: readonly { readonly start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first of `offsets` (sorted) at or after `offset` (`offsets.length` when none is). */
export function firstAtOrAfter(offsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first item that ends after `offset` (`items.length` when none does); items sorted by end too. */
export function firstEndingAfter(items: readonly { readonly end: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
