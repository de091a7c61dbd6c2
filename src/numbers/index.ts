/**
 * Numbers and counts in text, shared by the dates and casualties facets.
 *
 * @module
 */
export { readNumber, type NumberReading } from "./read-number.js";
export { readCount, parseCount, mayStartCount, type CountReading } from "./read-count.js";
