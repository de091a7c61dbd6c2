/**
 * A sort that skips lists already in order, as most of this facet's lists are (quotations, frames
 * and mentions arrive in text order): checking costs one pass, where a sort copies the list.
 *
 * @module
 */

/** `list.sort(compare)`: the same order (the sort is stable), without sorting a list in order already. */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1]!, list[i]!) > 0) return list.sort(compare);
  return list;
}
