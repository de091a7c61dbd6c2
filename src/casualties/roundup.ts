/**
 * Round-ups: "4 killed, 53 wounded in weekend shootings across the city", "three overnight
 * shootings left five people injured". Their tolls add up several events, so they are not the
 * toll of the one event an article reports, and a reader of that event leaves them out.
 *
 * @module
 */
import {
  CITY_SPREAD_PHRASES,
  CLAUSE_OPENERS,
  EVENT_PLURALS,
  SEVERAL_EVENTS_BEFORE,
  SPREAD_AFTER,
  SPREAD_TOLL_WORDS,
  TALLY_PHRASES,
  TALLY_SINCE_BOUNDS,
  TALLY_SINCE_CLOCK,
  TALLY_SINCE_PARTS,
  TALLY_SPAN_BEFORE,
  TALLY_SPAN_BOUNDS,
  TALLY_SPAN_NOUNS,
  TALLY_SPAN_UNITS,
} from "../lexicon/casualty-cues.js";
import { WEEKDAY_WORDS } from "../lexicon/dates.js";
import { mayStartCount, readCount } from "../numbers/read-count.js";
import type { TokenView } from "./token-view.js";
import { indexPhrases, matchAt, startsUpper } from "./token-view.js";

const TALLIES = indexPhrases(/* @__PURE__ */ TALLY_PHRASES.map((phrase) => [phrase, true] as const));
const CITY_SPREADS = indexPhrases(/* @__PURE__ */ CITY_SPREAD_PHRASES.map((phrase) => [phrase, true] as const));
/** Most modifiers between a count and its plural event noun ("two separate fatal shootings"). */
const MAX_MODIFIERS = 2;
/** Most extra words a name among those modifiers may have ("Fourth of July"). */
const MAX_NAME_WORDS = 3;
/** Most tokens before "since" read for a relative clause it may belong to. */
const RELATIVE_REACH = 8;
/** Most words bounding a span's length ("in just under 12 hours"). */
const MAX_SPAN_BOUNDS = 2;

/** True when the sentence `view` tells a toll of several events or of a span of time. */
export function isRoundup(view: TokenView): boolean {
  for (let i = 0; i < view.tokens.length; i++) {
    if (matchAt(view, i, TALLIES)) return true;
    if (SPREAD_TOLL_WORDS.has(view.lower[i]!) && matchAt(view, afterBreakdown(view, i + 1), CITY_SPREADS)) return true;
    // A bare plural right after "in" is several events too ("23 people were wounded in shootings"); "in the shootings" is one told in the plural.
    if (EVENT_PLURALS.has(view.lower[i]!) && (severalBefore(view, i) || SPREAD_AFTER.has(view.lower[i + 1] ?? "") || cityBefore(view, i) || view.lower[i - 1] === "in")) return true;
    if (TALLY_SPAN_UNITS.has(view.lower[i]!) && isSpan(view, i)) return true;
    if (TALLY_SPAN_NOUNS.has(view.lower[i]!) && isSpanOfHours(view, i)) return true;
    if (view.lower[i] === "since" && isSinceTime(view, i + 1) && !inRelativeClause(view, i)) return true;
  }
  return false;
}

/**
 * "three shootings", "2 separate shootings", "weekend shootings", "a pair of shootings"; a name
 * among the modifiers is one of them ("several Fourth of July shootings", "two Labor Day shootings").
 */
function severalBefore(view: TokenView, i: number): boolean {
  let modifiers = 0;
  for (let k = i - 1; k >= Math.max(0, i - 1 - MAX_MODIFIERS - MAX_NAME_WORDS); k--) {
    // The words of a name are one modifier ("Fourth of July"): counted at its last word only.
    if (!(k < i - 1 && isNamePart(view, k) && isNamePart(view, k + 1)) && ++modifiers > MAX_MODIFIERS + 1) return false;
    const word = view.lower[k]!;
    if (SEVERAL_EVENTS_BEFORE.has(word)) return true;
    if (word === "of" && SEVERAL_EVENTS_BEFORE.has(view.lower[k - 1] ?? "")) return true;
    if (mayStartCount(word) && word !== "a" && word !== "an") {
      const count = readCount(view.text, view.tokens.start(k));
      return count !== undefined && !count.vague && count.count.min >= 2;
    }
    if (view.tokens.kind(k) !== "word") return false;
  }
  return false;
}

/** A word of a name: capitalized, or "of" between two capitalized words ("Fourth of July"). */
function isNamePart(view: TokenView, k: number): boolean {
  if (view.tokens.kind(k) !== "word") return false;
  if (view.lower[k] === "of") return k > 0 && k + 1 < view.tokens.length && startsUpper(view.tokens.text(k - 1)) && startsUpper(view.tokens.text(k + 1));
  return startsUpper(view.tokens.text(k));
}

/** Most tokens of a breakdown set off by commas after a toll (", including four at a cookout,"). */
const MAX_BREAKDOWN = 12;

/** Past a breakdown set off by commas at `k` (", including four at a cookout,"), or `k` when none stands there. */
function afterBreakdown(view: TokenView, k: number): number {
  if (view.lower[k] !== "," || view.lower[k + 1] !== "including") return k;
  for (let e = k + 2; e < Math.min(view.tokens.length, k + MAX_BREAKDOWN); e++) if (view.lower[e] === ",") return e + 1;
  return k;
}

/** "in 72 hours", "over seven days", "in about ten hours", "in less than 24 hours". */
function isSpan(view: TokenView, i: number): boolean {
  const k = i - 1;
  if (!spanBefore(view, k - 1)) return false;
  const word = view.lower[k] ?? "";
  if (!mayStartCount(word) || word === "a" || word === "an") return false;
  const count = readCount(view.text, view.tokens.start(k));
  return count !== undefined && !count.vague && count.count.min >= 2;
}

/** "10 wounded in Chicago shootings", "in city shootings": the shootings of a whole city. */
function cityBefore(view: TokenView, i: number): boolean {
  return i - 1 >= 0 && i - 1 < view.tokens.length && (view.lower[i - 1] === "city" || (view.places.has(view.tokens.start(i - 1)) && view.lower[i - 2] === "in"));
}

/** True when a preposition of a span ends at token `k`, maybe with words bounding the length after it ("in", "in less than"). */
function spanBefore(view: TokenView, k: number): boolean {
  for (let n = 0; n < MAX_SPAN_BOUNDS && TALLY_SPAN_BOUNDS.has(view.lower[k] ?? ""); n++) k--;
  return TALLY_SPAN_BEFORE.has(view.lower[k] ?? "");
}

/** "in a five-hour span", "over a 12-hour period": a span of several hours or days named by its length. */
function isSpanOfHours(view: TokenView, i: number): boolean {
  const word = view.lower[i - 1] ?? "";
  let length: string;
  let k: number; // the token the length starts at
  if (word.endsWith("-hour") || word.endsWith("-day")) {
    length = word.slice(0, word.lastIndexOf("-")); // "five-hour": one word
    k = i - 1;
  } else if ((word === "hour" || word === "day") && view.lower[i - 2] === "-") {
    length = view.lower[i - 3] ?? ""; // "12-hour": a number, a hyphen and the unit
    k = i - 3;
  } else return false;
  if (length === "one" || length === "1" || length === "half") return false;
  const before = view.lower[k - 1] === "a" ? k - 2 : k - 1;
  return spanBefore(view, before);
}

/**
 * "since 8 p.m.", "since midnight", "since Sunday morning", "since last weekend": a tally counted
 * from an hour or part of a day, not one event's toll ("since the shooting" is not read).
 */
function isSinceTime(view: TokenView, k: number): boolean {
  // "since about 8 p.m.", "since shortly after midnight": the hour comes after a word or two.
  if (TALLY_SINCE_BOUNDS.has(view.lower[k] ?? "")) k += view.lower[k + 1] === "after" || view.lower[k + 1] === "before" ? 2 : 1;
  const word = view.lower[k] ?? "";
  if (TALLY_SINCE_CLOCK.has(word)) return true;
  if (view.tokens.kind(k) === "number") return TALLY_SINCE_CLOCK.has(view.lower[k + 1] ?? "");
  // A weekday's full name or "last", then a part of the day or week.
  return (word === "last" || (word.length > 4 && WEEKDAY_WORDS.has(word))) && TALLY_SINCE_PARTS.has(view.lower[k + 1] ?? "");
}

/** True when a clause of its own opens in the few tokens before `i`. */
function inRelativeClause(view: TokenView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - RELATIVE_REACH); k--) if (CLAUSE_OPENERS.has(view.lower[k]!)) return true;
  return false;
}
