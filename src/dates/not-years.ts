/**
 * Four-digit numbers a document reads as years that are none: a numbered thing ("Resolution
 * 1441", "Flight 1549"), a count ("some 1906 families", "about 1500 people"), a quantity ("at
 * 1500 feet") and a model year ("a 2004 Honda Civic", which TimeBank leaves untagged).
 * Documents only ({@link findDates}): a phrase given to `resolveDate` is a date by its caller's
 * word, so its bundle leaves these tables out.
 *
 * @module
 */
import { COUNT_BEFORE_YEAR, MEASURE_UNITS, NUMBERED_THINGS, PLURALS_WITHOUT_S, VEHICLE_MAKES, YEAR_LEAD_WORDS } from "../lexicon/dates.js";
import type { Phrase } from "./scan.js";
import { isCapitalized, kindAt, word, type TokenView } from "./token-view.js";

/** True when phrase `p` is a bare four-digit year that numbers a thing, counts something, measures something or names a model year. */
export function isNotAYear(view: TokenView, p: Phrase): boolean {
  const spec = p.reading.spec;
  if (spec.kind !== "era" || spec.unit !== "year" || kindAt(view, p.end - 1) !== "number") return false;
  const bare = p.end === p.first + 1;
  return (bare && (NUMBERED_THINGS.has(word(view, p.first - 1)) || MEASURE_UNITS.has(word(view, p.end)))) || (bare && (isCountBefore(view, p.first) || isCountingWord(view, p.first - 1)) && isPluralNoun(view, p.end)) || isVehicleAfter(view, p.end);
}

/** Words ending in "s" that are no plural noun ("around 1989 was"). */
const NOT_PLURAL = /^(?:was|has|is|this|thus|always|perhaps|towards|afterwards|whereas|as|its|his|hers|ours|theirs|yes|unless|across)$|(?:ss|us|'s|’s)$/u;

/** True when a word of {@link COUNT_BEFORE_YEAR} ends just before token `at` ("some", "at least"). */
function isCountBefore(view: TokenView, at: number): boolean {
  return COUNT_BEFORE_YEAR.has(word(view, at - 1)) || COUNT_BEFORE_YEAR.has(`${word(view, at - 2)} ${word(view, at - 1)}`) || COUNT_BEFORE_YEAR.has(`${word(view, at - 3)} ${word(view, at - 2)} ${word(view, at - 1)}`);
}

/** True when token `at` is a lower-case word no year follows before a plural noun ("numbered", "lost", "of"): see {@link YEAR_LEAD_WORDS}. */
function isCountingWord(view: TokenView, at: number): boolean {
  return kindAt(view, at) === "word" && !isCapitalized(view, at) && !YEAR_LEAD_WORDS.has(word(view, at));
}

/** True when token `at` reads as a plural noun ("families", "homes", "people"), so the number before it counts them. */
function isPluralNoun(view: TokenView, at: number): boolean {
  const w = word(view, at);
  if (kindAt(view, at) !== "word" || isCapitalized(view, at)) return false;
  return PLURALS_WITHOUT_S.has(w) || (w.length > 2 && w.endsWith("s") && !NOT_PLURAL.test(w));
}

/** True when a vehicle make follows token `at`, straight or after up to two lower-case words or commas ("silver", "four-door"). */
function isVehicleAfter(view: TokenView, at: number): boolean {
  for (let k = at; k <= at + 2; k++) {
    if (VEHICLE_MAKES.has(word(view, k))) return isCapitalized(view, k);
    if (kindAt(view, k) !== "word" ? word(view, k) !== "," : isCapitalized(view, k)) return false;
  }
  return false;
}
