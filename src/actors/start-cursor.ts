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
  // A typed array: one hidden class whatever the map holds (a spread array's elements kind and
  // so its map vary with its content, which deoptimizes the sweeps that inline this lookup);
  // offsets fit 32 bits, and a typed array sorts numerically without a comparator.
  const starts = new Int32Array(byStart.size);
  let n = 0;
  let sorted = true;
  // Filled by hand (Int32Array.from runs the iterator protocol); most maps come in order, and need no sort.
  for (const start of byStart.keys()) {
    if (n > 0 && start < starts[n - 1]!) sorted = false;
    starts[n++] = start;
  }
  if (!sorted) starts.sort();
  const values: T[] = [];
  for (const start of starts) values.push(byStart.get(start)!);
  let k = 0;
  return (start) => {
    while (k < starts.length && starts[k]! < start) k++;
    return k < starts.length && starts[k] === start ? values[k] : undefined;
  };
}
