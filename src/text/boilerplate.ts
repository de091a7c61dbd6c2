/**
 * Recognizes page boilerplate: a trailer (comments, related stories) that runs to the end of
 * the text, and furniture lines inside the article ("Advertisement", "JOIN US ON TELEGRAM!").
 *
 * @module
 */
import type { Span } from "../model.js";
import { FURNITURE_LINES, FURNITURE_PREFIXES, TRAILER_LINES } from "../lexicon/boilerplate.js";

const TRAILERS = new Set(TRAILER_LINES);
const FURNITURE = new Set(FURNITURE_LINES);
/** A trailer marker only counts after this share of the text, so an early "Comments" heading stays. */
const TRAILER_FROM = 0.3;

/** The stretches of `text` that are page boilerplate, in order, not overlapping. */
export function findBoilerplate(text: string): Span[] {
  const found: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim().toLowerCase();
    if (line) {
      if (TRAILERS.has(line) && start >= text.length * TRAILER_FROM) {
        found.push({ start, end: text.length });
        return found;
      }
      if (FURNITURE.has(line.replace(/[:.!]$/u, "")) || FURNITURE_PREFIXES.some((p) => line.startsWith(p))) {
        found.push({ start, end });
      }
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return found;
}
