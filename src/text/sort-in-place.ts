/**
 * A stable sort in place that leaves a list already in order alone. `Array.prototype.sort` copies
 * the list into a work array even when there is nothing to move, and the lists the stages sort
 * (mentions, actors, drafts, anchors) are mostly built in text order already.
 *
 * @module
 */

/**
 * Sorts `items` in place by `order` and returns it, as `items.sort(order)` does; when every item is
 * already in order with the next (`order` at most 0) the list is returned as it is, which is what
 * a stable sort would leave.
 */
export function sortInPlace<T>(items: T[], order: (a: T, b: T) => number): T[] {
  for (let k = 1; k < items.length; k++) {
    // Written as "not at most 0", so that NaN, for which sort promises no order, sorts too.
    if (!(order(items[k - 1]!, items[k]!) <= 0)) return items.sort(order);
  }
  return items;
}
