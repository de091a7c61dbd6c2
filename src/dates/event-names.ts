/**
 * Temporal words that open the name of an event ("the Thirty Years' War", "the Six-Day War",
 * "the Winter War"): TimeML and TIMEX2 tag no date inside a proper name. Documents only
 * ({@link findDates}): a phrase given to `resolveDate` is a date by its caller's word.
 *
 * @module
 */
import { EVENT_NAME_NOUNS } from "../lexicon/dates.js";
import type { Phrase } from "./scan.js";
import { isCapitalized, kindAt, word, type TokenView } from "./token-view.js";

/**
 * True when phrase `p` is written in capitals (a leading "the" aside), holds no digits, and a
 * capitalized noun of {@link EVENT_NAME_NOUNS} follows it, straight or after a possessive
 * apostrophe ("Years' War"); or when it is a lone capitalized plural unit after a capitalized
 * word ("Hundred Days").
 */
export function isInEventName(view: TokenView, p: Phrase): boolean {
  // "the emperor's Hundred Days": a capitalized plural unit after a capitalized word is a title's.
  if (p.end === p.first + 1 && p.reading.type === "DURATION" && isCapitalized(view, p.first) && isCapitalized(view, p.first - 1) && word(view, p.first).endsWith("s")) return true;
  for (let k = p.first; k < p.end; k++) {
    if (kindAt(view, k) === "number" || (!isCapitalized(view, k) && word(view, k) !== "the")) return false;
  }
  const next = word(view, p.end) === "'" || word(view, p.end) === "’" ? p.end + 1 : p.end;
  return EVENT_NAME_NOUNS.has(word(view, next)) && isCapitalized(view, next);
}
