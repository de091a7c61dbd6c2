/**
 * Reads a number written in digits or words: "1,718", "3.5", "forty-four", "a dozen",
 * "two hundred", "1.2 million". Shared by the dates and casualties facets.
 *
 * @module
 */

/** A number read from the text. */
export interface NumberReading {
  /** The value. */
  readonly value: number;
  /** Offset just past the number's last character. */
  readonly end: number;
}

/**
 * Reads the number that starts exactly at `from` in `text`, or undefined when none does.
 * (Placeholder until the casualties facet lands the real reader.)
 */
export function readNumber(text: string, from: number): NumberReading | undefined {
  const m = /^\d{1,9}/u.exec(text.slice(from, from + 9));
  return m ? { value: Number(m[0]), end: from + m[0].length } : undefined;
}
