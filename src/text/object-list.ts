/**
 * Empty arrays that hold objects from the start. V8 gives an array made by `[]` a map for small
 * integers until an object is stored in it, so a list that stays empty (most articles have no
 * boilerplate, many no territory) reaches its readers with another map than a full one, and an
 * optimized reader that met only one of them deoptimizes when the other comes.
 *
 * @module
 */

const HOLDER = {};

/** An empty array with the map of a full array of objects. */
export function objectList<T extends object>(): T[] {
  const list = [HOLDER] as object[];
  list.pop();
  return list as T[];
}
