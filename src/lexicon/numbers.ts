/**
 * Number words: cardinals, tens, multipliers and scales. Data only; src/numbers/ reads them.
 * English, lower case.
 *
 * @module
 */

/** Cardinals below twenty, to their values. */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5],
  ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10],
  ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14], ["fifteen", 15],
  ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19],
]);

/** Multiples of ten from twenty to ninety, to their values. */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50],
  ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
]);

/** Words that multiply what comes before them but stay below a thousand ("two dozen", "three hundred"). */
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([
  ["dozen", 12],
  ["hundred", 100],
]);

/** Scale words that close a group of three digits ("two thousand", "1.2 million"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
]);

/** Articles that stand for "one" before a multiplier or scale ("a dozen", "a hundred"). */
export const ONE_ARTICLES: ReadonlySet<string> = new Set(["a", "an", "one"]);
