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

/** How a bound word relates the number after it to the count. */
export type BoundKind = "exact" | "min" | "above" | "max" | "below" | "approximate" | "nearly";

/**
 * Words before a number that bound the count, longest first within each first word. `min`:
 * "at least 12" is 12 or more; `above`: "more than 12" is 13 or more; `max`: "up to 12";
 * `below`: "fewer than 12"; `approximate`: "about 12"; `nearly`: "nearly 12", just under;
 * `exact`: "a total of 12", "another 12".
 */
export const BOUND_PHRASES: ReadonlyMap<string, BoundKind> = new Map([
  ["at least", "min"],
  ["no fewer than", "min"],
  ["no less than", "min"],
  ["a minimum of", "min"],
  ["more than", "above"],
  ["over", "above"],
  ["upwards of", "above"],
  ["in excess of", "above"],
  ["just over", "above"],
  ["above", "above"],
  ["up to", "max"],
  ["as many as", "max"],
  ["at most", "max"],
  ["no more than", "max"],
  ["fewer than", "below"],
  ["less than", "below"],
  ["under", "below"],
  ["just under", "below"],
  ["nearly", "nearly"],
  ["almost", "nearly"],
  ["close to", "nearly"],
  ["about", "approximate"],
  ["around", "approximate"],
  ["some", "approximate"],
  ["approximately", "approximate"],
  ["roughly", "approximate"],
  ["an estimated", "approximate"],
  ["estimated", "approximate"],
  ["a total of", "exact"],
  ["another", "exact"],
  ["a further", "exact"],
  ["an additional", "exact"],
]);

/** Words of a range between two numbers: "10 to 15", "between 10 and 15", "ten or 12". */
export const RANGE_WORDS: ReadonlySet<string> = new Set(["to", "or", "-", "–"]);

/**
 * Vague amounts as the bounds their words allow, not as guesses: "dozens" is at least two
 * dozen and fewer than a hundred. `several` and `multiple` start at three (a pair is "two" or
 * "a couple"), `numerous` at four, more than several; all three stay under ten, as "dozens" does
 * not.
 */
export const VAGUE_AMOUNTS: ReadonlyMap<string, { readonly min: number; readonly max?: number }> = new Map([
  ["tens of thousands", { min: 20_000, max: 99_999 }],
  ["hundreds of thousands", { min: 200_000, max: 999_999 }],
  ["millions", { min: 2_000_000 }],
  ["thousands", { min: 2_000, max: 9_999 }],
  ["hundreds", { min: 200, max: 999 }],
  ["dozens", { min: 24, max: 99 }],
  ["scores", { min: 40, max: 99 }],
  ["several", { min: 3, max: 9 }],
  ["a few", { min: 2, max: 9 }],
  ["a couple of", { min: 2, max: 3 }],
  ["a couple", { min: 2, max: 3 }],
  ["a handful of", { min: 2, max: 9 }],
  ["multiple", { min: 3, max: 9 }],
  ["numerous", { min: 4, max: 9 }],
  ["many", { min: 3 }],
]);
