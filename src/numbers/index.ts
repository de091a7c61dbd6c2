/**
 * Numbers and counts in text, shared by the dates and casualties facets, and public for your own
 * extractors. The public readers check their arguments; the facets call the unchecked ones in
 * `read-number.ts` and `read-count.ts` directly, in their inner loops.
 *
 * @module
 */
import { checkOffset, checkText } from "../options.js";
import { readNumber as readNumberAt, type NumberReading } from "./read-number.js";
import { mayStartCount as mayStartCountWord, readCount as readCountAt, type CountReading } from "./read-count.js";

export { parseCount } from "./read-count.js";
export type { CountReading, NumberReading };

/**
 * Reads the number that starts exactly at `from` in `text`: digits with thousands separators
 * and a decimal part, number words, or digits with a scale word. A number glued to a letter or
 * a digit on either side ("12th", "B52") is not read.
 *
 * @param text - The text.
 * @param from - Where the number must start: a whole number; outside the text, nothing starts there.
 * @returns The value and the offset just past the number, or undefined when none starts at `from`.
 * @throws TypeError when `text` is not a string or `from` is not a number.
 * @throws RangeError when `from` is not a whole number (`NaN`, `1.5`).
 *
 * @example
 * ```ts
 * readNumber("forty-four days ago", 0); // { value: 44, end: 10 }
 * readNumber("killed 1,718 people", 7); // { value: 1718, end: 12 }
 * readNumber("a dozen people", 0);      // { value: 12, end: 7 }
 * ```
 *
 * @group Numbers
 */
export function readNumber(text: string, from: number): NumberReading | undefined {
  checkText("readNumber", text);
  checkOffset("readNumber", from, "from");
  return readNumberAt(text, from);
}

/**
 * Reads the count that starts exactly at `from`: optional bound words, then a number, a range
 * ("10 to 15", "between 10 and 15", "10-15") or a vague amount.
 *
 * @param text - The text.
 * @param from - Where the count must start: a whole number; outside the text, nothing starts there.
 * @returns The count, where its number starts and where it ends; undefined when none starts at `from`.
 * @throws TypeError when `text` is not a string or `from` is not a number.
 * @throws RangeError when `from` is not a whole number (`NaN`, `1.5`).
 *
 * @example
 * ```ts
 * readCount("at least 12 people", 0); // { count: { min: 12 }, numberStart: 9, end: 11, vague: false }
 * readCount("killed 10 to 15 people", 7); // { count: { min: 10, max: 15 }, numberStart: 7, end: 15, vague: false }
 * ```
 *
 * @group Numbers
 */
export function readCount(text: string, from: number): CountReading | undefined {
  checkText("readCount", text);
  checkOffset("readCount", from, "from");
  return readCountAt(text, from);
}

/**
 * True when a count may start with `word` (lower case): a digit, a number word (a tokenizer's one
 * token "twenty-one" too), a bound word or a vague amount. A cheap filter before {@link readCount}.
 *
 * @param word - A token, lower case.
 * @returns Whether {@link readCount} can succeed at that token.
 * @throws TypeError when `word` is not a string.
 *
 * @example
 * ```ts
 * mayStartCount("twelve"); // true
 * mayStartCount("twenty-one"); // true
 * mayStartCount("drones"); // false
 * ```
 *
 * @group Numbers
 */
export function mayStartCount(word: string): boolean {
  checkText("mayStartCount", word, "word");
  return mayStartCountWord(word);
}
