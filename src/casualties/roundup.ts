/**
 * Round-ups: "4 killed, 53 wounded in weekend shootings across the city", "three overnight
 * shootings left five people injured". Their tolls add up several events, so they are not the
 * toll of the one event an article reports, and a reader of that event leaves them out.
 *
 * @module
 */
import { EVENT_PLURALS, SEVERAL_EVENTS_BEFORE, SPREAD_AFTER, TALLY_PHRASES, TALLY_SPAN_BEFORE, TALLY_SPAN_UNITS } from "../lexicon/casualty-cues.js";
import { mayStartCount, readCount } from "../numbers/read-count.js";
import type { TokenView } from "./token-view.js";
import { indexPhrases, matchAt } from "./token-view.js";

const TALLIES = indexPhrases(/* @__PURE__ */ TALLY_PHRASES.map((phrase) => [phrase, true] as const));
/** Most modifiers between a count and its plural event noun ("two separate fatal shootings"). */
const MAX_MODIFIERS = 2;

/** True when the sentence `view` tells a toll of several events or of a span of time. */
export function isRoundup(view: TokenView): boolean {
  for (let i = 0; i < view.tokens.length; i++) {
    if (matchAt(view, i, TALLIES)) return true;
    if (EVENT_PLURALS.has(view.lower[i]!) && (severalBefore(view, i) || SPREAD_AFTER.has(view.lower[i + 1] ?? "") || cityBefore(view, i))) return true;
    if (TALLY_SPAN_UNITS.has(view.lower[i]!) && isSpan(view, i)) return true;
  }
  return false;
}

/** "three shootings", "2 separate shootings", "weekend shootings", "a pair of shootings". */
function severalBefore(view: TokenView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 1 - MAX_MODIFIERS); k--) {
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

/** "in 72 hours", "over seven days", "in four-hour span" is not read (a modifier, not a span). */
function isSpan(view: TokenView, i: number): boolean {
  const k = i - 1;
  if (!TALLY_SPAN_BEFORE.has(view.lower[k - 1] ?? "")) return false;
  const word = view.lower[k] ?? "";
  if (!mayStartCount(word) || word === "a" || word === "an") return false;
  const count = readCount(view.text, view.tokens.start(k));
  return count !== undefined && !count.vague && count.count.min >= 2;
}

/** "10 wounded in Chicago shootings", "in city shootings": the shootings of a whole city. */
function cityBefore(view: TokenView, i: number): boolean {
  return i - 1 >= 0 && i - 1 < view.tokens.length && (view.lower[i - 1] === "city" || (view.places.has(view.tokens.start(i - 1)) && view.lower[i - 2] === "in"));
}
