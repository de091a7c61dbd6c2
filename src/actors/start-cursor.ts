/**
 * A lookup by start offset for a sweep that reads the text forward: a pointer into the sorted
 * starts instead of a hash lookup for every token.
 *
 * @module
 */

/**
 * Returns a lookup of `byStart`'s values for offsets asked in increasing order (a forward sweep
 * over the tokens, which may skip some); asking for an earlier offset than the last is not allowed.
 */
export function startCursor<T>(byStart: ReadonlyMap<number, T>): (start: number) => T | undefined {
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  const values = starts.map((s) => byStart.get(s)!);
  let k = 0;
  return (start) => {
    while (k < starts.length && starts[k]! < start) k++;
    return k < starts.length && starts[k] === start ? values[k] : undefined;
  };
}
