/**
 * Recognizes page boilerplate: a trailer (comments, related stories) that runs to the end of
 * the text, and furniture lines inside the article ("Advertisement", "JOIN US ON TELEGRAM!").
 *
 * @module
 */
import type { Span } from "../model.js";
import { FURNITURE_LINES, FURNITURE_PREFIXES, TRAILER_LINES } from "../lexicon/boilerplate.js";
import { objectList } from "./object-list.js";

// Tables marked pure and lengths built in functions, so that a bundle which never looks for
// boilerplate (a `resolveDate`-only import) can drop them with the word lists.
const TRAILERS = /* @__PURE__ */ new Set(TRAILER_LINES);
const FURNITURE = /* @__PURE__ */ new Set(FURNITURE_LINES);
/** A trailer marker only counts after this share of the text, so an early "Comments" heading stays. */
const TRAILER_FROM = 0.3;
/** Longer lines (trimmed) can only match a prefix: a whole-line marker, with its `:` `.` or `!`, is no longer. */
const MAX_MARKER = maxMarker();
/** Enough of a long line to compare with every prefix. */
const PREFIX_WINDOW = longest(FURNITURE_PREFIXES);
const SPACE = /\s/u;

/** The stretches of `text` that are page boilerplate, in order, not overlapping. */
export function findBoilerplate(text: string): Span[] {
  // Most texts have none: an empty list keeps the map of a full one for the stages that read it.
  const found = objectList<Span>();
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    // Trimmed by hand (the same white space as String#trim): a paragraph is not copied to be compared.
    let from = start;
    let to = end;
    while (from < to && SPACE.test(text[from]!)) from++;
    while (to > from && SPACE.test(text[to - 1]!)) to--;
    if (to - from > MAX_MARKER) {
      // Lowercasing never shortens a string, so the window's lowercase starts as the line's does.
      const head = text.slice(from, Math.min(to, from + PREFIX_WINDOW)).toLowerCase();
      if (FURNITURE_PREFIXES.some((p) => head.startsWith(p))) found.push({ start, end });
    } else if (to > from) {
      const line = text.slice(from, to).toLowerCase();
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

/* @__NO_SIDE_EFFECTS__ */
function maxMarker(): number {
  return Math.max(longest(TRAILER_LINES), longest(FURNITURE_LINES) + 1);
}

/* @__NO_SIDE_EFFECTS__ */
function longest(lines: readonly string[]): number {
  let max = 0;
  for (const line of lines) max = Math.max(max, line.length);
  return max;
}
