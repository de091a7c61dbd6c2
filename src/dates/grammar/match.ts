/**
 * The shared shape of the date grammar: what a matcher returns, and the word helpers every family uses
 * (units, shift words, month words, abbreviation dots).
 *
 * @module
 */
import { AMBIGUOUS_MONTH_WORDS, ANAPHORIC_SHIFT_WORDS, CURRENT_WORDS, FOLLOWING_WORDS, MONTH_WORDS, PREVIOUS_WORDS, UNIT_WORDS, type TimeUnit } from "../../lexicon/dates.js";
import type { DateSpec, Placement, Reading } from "../spec.js";
import { isCapitalized, isPossessive, touchesPrevious, word, type TokenView } from "../token-view.js";

/** A phrase a matcher read: the reading and the token index just past it. */
export interface Match {
  /** Index of the first token after the phrase. */
  readonly end: number;
  /** What the phrase means. */
  readonly reading: Reading;
}

/** Reads one family of phrases starting exactly at token `i`. */
export type Matcher = (view: TokenView, i: number) => Match | undefined;

/** A DATE match of `spec` ending before token `end`, with any further fields of the reading. */
export const date = (spec: DateSpec, end: number, extra: Partial<Reading> = {}): Match => ({ end, reading: { spec, type: "DATE", ...extra } });
/** A match whose value needs no anchor ("P44D", "PRESENT_REF"), of the given type. */
export const fixed = (value: string, type: Reading["type"], end: number): Match => ({ end, reading: { spec: { kind: "fixed", value }, type } });

/** The word without a possessive "'s". */
export function withoutPossessive(w: string): string {
  return isPossessive(w) ? w.slice(0, -2) : w;
}

/** The unit a word names, reading "year's" as "year". */
export function unitOf(w: string): TimeUnit | undefined {
  return UNIT_WORDS.get(withoutPossessive(w));
}

/** The shift a word like "last", "next", "this" gives: -1, 1, 0, or undefined. */
export function shiftOf(w: string): -1 | 0 | 1 | undefined {
  return shifts().get(w);
}

let shiftsByWord: ReadonlyMap<string, -1 | 0 | 1> | undefined;

// One Map lookup instead of three Set lookups: matchers ask at nearly every opener. Built on first use.
function shifts(): ReadonlyMap<string, -1 | 0 | 1> {
  if (shiftsByWord) return shiftsByWord;
  const map = new Map<string, -1 | 0 | 1>();
  // Later sets win, as the order of the tests did: previous, then following, then current.
  for (const w of CURRENT_WORDS) map.set(w, 0);
  for (const w of FOLLOWING_WORDS) map.set(w, 1);
  for (const w of [...PREVIOUS_WORDS, "latest"]) map.set(w, -1);
  shiftsByWord = map;
  return map;
}

/** True when the shift word at `i` counts from the last date the text reached: "following", "previous", "the next" (not "next" alone). */
export function anaphoricShift(view: TokenView, i: number): boolean {
  return ANAPHORIC_SHIFT_WORDS.has(word(view, i)) || (word(view, i) === "next" && word(view, i - 1) === "the");
}

/** The placement a shift word gives: none is by tense, -1 the previous, 1 the next, 0 the current. */
export function placementOf(shift: -1 | 0 | 1 | undefined): Placement {
  return shift === undefined ? "tense" : shift === -1 ? "previous" : shift === 1 ? "next" : "current";
}

/** Month word at `i`, when capitalized (or the phrase is all in capitals). */
export function monthAt(view: TokenView, i: number, attached = false): number | undefined {
  const w = withoutPossessive(word(view, i));
  const month = MONTH_WORDS.get(w);
  // Lower case is fine for an unambiguous full name ("in february"), or with a day or year beside it ("march 3").
  return month !== undefined && (isCapitalized(view, i) || attached || (w.length > 3 && !AMBIGUOUS_MONTH_WORDS.has(w))) ? month : undefined;
}

/** Skips the dot of an abbreviation written apart by the tokenizer ("Sept." is "Sept" + "."). */
export function afterAbbreviationDot(view: TokenView, i: number): number {
  return word(view, i) === "." && touchesPrevious(view, i) && word(view, i - 1).length <= 4 ? i + 1 : i;
}
