/**
 * Recognizes page boilerplate: a trailer (comments, related stories) that runs to the end of
 * the text, and furniture lines inside the article ("Advertisement", "JOIN US ON TELEGRAM!").
 *
 * @module
 */
import type { Span } from "../model.js";
import { FURNITURE_LINES, FURNITURE_PREFIXES, TRAILER_LINES } from "../lexicon/boilerplate.js";
import { isSpaceAt } from "./chars.js";
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
    while (from < to && isSpaceAt(text, from)) from++;
    while (to > from && isSpaceAt(text, to - 1)) to--;
    if (to - from > MAX_MARKER) {
      if (opensWithPrefix(text, from, to)) found.push({ start, end });
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

/**
 * True when the line `text[from, to)` opens with a furniture prefix, case aside. The prefixes are
 * plain ASCII, so a line of ASCII is compared in place; one with another character in reach is
 * lower-cased (a window of it) as String#toLowerCase does, which may turn it into ASCII.
 */
function opensWithPrefix(text: string, from: number, to: number): boolean {
  const first = text.charCodeAt(from);
  // Most lines open with a letter no prefix opens with.
  if (first < 128 && prefixFirsts()[first] === 0) return false;
  let ascii = true;
  for (const prefix of FURNITURE_PREFIXES) {
    const folded = foldedMatch(text, from, to, prefix);
    if (folded === 1) return true;
    if (folded < 0) ascii = false;
  }
  if (ascii) return false;
  // Lowercasing never shortens a string, so the window's lowercase starts as the line's does.
  const head = text.slice(from, Math.min(to, from + PREFIX_WINDOW)).toLowerCase();
  return FURNITURE_PREFIXES.some((p) => head.startsWith(p));
}

/** 1 when `text[from, to)` opens with the lower-case ASCII `prefix` in ASCII of any case, 0 when it does not, -1 when a character past ASCII comes first. */
function foldedMatch(text: string, from: number, to: number, prefix: string): number {
  for (let k = 0; k < prefix.length; k++) {
    if (from + k >= to) return 0;
    const c = text.charCodeAt(from + k);
    if (c >= 128) return -1;
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== prefix.charCodeAt(k)) return 0;
  }
  return 1;
}

let firsts: Uint8Array | undefined;

/** 1 for each ASCII code a furniture prefix may open with, in either case; made on first use. */
function prefixFirsts(): Uint8Array {
  if (firsts) return firsts;
  firsts = new Uint8Array(128);
  for (const p of FURNITURE_PREFIXES) {
    const c = p.charCodeAt(0);
    firsts[c] = 1;
    if (c >= 97 && c <= 122) firsts[c - 32] = 1;
  }
  return firsts;
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
