/**
 * A stable sort in place that leaves a list already in order alone. `Array.prototype.sort` copies
 * the list into a work array even when there is nothing to move, and the lists the stages sort
 * (mentions, actors, drafts, anchors) are mostly built in text order already.
 *
 * @module
 */

/** The longest list sorted here rather than by `Array.prototype.sort` (see {@link sortShort}). */
const SHORT = 32;

/**
 * Sorts `items` in place by `order` and returns it, as `items.sort(order)` does; when every item is
 * already in order with the next (`order` at most 0) the list is returned as it is, which is what
 * a stable sort would leave.
 */
export function sortInPlace<T>(items: T[], order: (a: T, b: T) => number): T[] {
  for (let k = 1; k < items.length; k++) {
    // Written as "not at most 0", so that NaN, for which sort promises no order, sorts too.
    if (!(order(items[k - 1]!, items[k]!) <= 0)) return items.length <= SHORT ? sortShort(items, order) : items.sort(order);
  }
  return items;
}

/**
 * Sorts a short list in place as V8's `Array.prototype.sort` sorts one of fewer than 64 items (a
 * first run, reversed when strictly descending, then a binary insertion of the rest), so the
 * result is the same even for an order that gives NaN; the built-in sort allocates its state and
 * a work array for every call, even of two items.
 */
function sortShort<T>(items: T[], order: (a: T, b: T) => number): T[] {
  const n = items.length;
  // The run at the start: ascending (each item not below the one before), or strictly descending.
  let run = 2;
  const descending = order(items[1]!, items[0]!) < 0;
  for (; run < n; run++) {
    // NaN counts as 0 (equal), as the built-in sort reads it: "not below 0", not ">= 0".
    const below = order(items[run]!, items[run - 1]!) < 0;
    if (descending ? !below : below) break;
  }
  for (let lo = 0, hi = run - 1; descending && lo < hi; lo++, hi--) {
    const low = items[lo]!;
    items[lo] = items[hi]!;
    items[hi] = low;
  }
  for (let start = run; start < n; start++) {
    const pivot = items[start]!;
    let left = 0;
    let right = start;
    while (left < right) {
      const mid = left + ((right - left) >> 1);
      if (order(pivot, items[mid]!) < 0) right = mid;
      else left = mid + 1;
    }
    for (let p = start; p > left; p--) items[p] = items[p - 1]!;
    items[left] = pivot;
  }
  return items;
}
