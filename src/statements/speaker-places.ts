/**
 * Places written in and around a speaker phrase: the commas of a state after a city ("Aspen,
 * Colo., said"), which set off no apposition, and known places ("an official in Kyiv said"), which
 * say where the speaker is, not who.
 *
 * @module
 */
import type { Document } from "../text/document.js";
import { normalizeTerritory } from "../territories/index.js";
import { US_STATES } from "./speaker-words.js";
import { isCapitalWordAt } from "./token-reads.js";

/** Phrases looked up in the gazetteer, and whether each names a place: the same few recur across articles. */
const territoryNames = new Map<string, boolean>();
/** Phrases {@link territoryNames} keeps before it starts over, so it stays bounded. */
const MAX_TERRITORY_NAMES = 4096;

/** True when `phrase` names a known place ({@link normalizeTerritory}), remembered by its text. */
export function isTerritory(phrase: string): boolean {
  let known = territoryNames.get(phrase);
  if (known === undefined) {
    if (territoryNames.size >= MAX_TERRITORY_NAMES) territoryNames.clear();
    known = normalizeTerritory(phrase) !== undefined;
    territoryNames.set(phrase, known);
  }
  return known;
}

/** Most tokens of a state's name or abbreviation ("N . C .", "New Hampshire"). */
const MAX_STATE_TOKENS = 5;

/**
 * True when the comma at token `k` opens or closes a state written after a city ("Aspen,
 * Colo., said", "in Dayton, Ohio, the mayor"): those commas set off no apposition.
 */
export function isStateComma(doc: Document, k: number): boolean {
  const { tokens } = doc;
  // Between the city and the state, which a comma closes.
  if (isCapitalWordAt(tokens, k - 1) && isCapitalWordAt(tokens, k + 1)) {
    for (let c = k + 2; c < tokens.length && c - k <= MAX_STATE_TOKENS + 1; c++) {
      if (tokens.text(c) !== ",") continue;
      if (US_STATES.has(doc.text.slice(tokens.start(k + 1), tokens.end(c - 1)))) return true;
      break;
    }
  }
  return stateCommaBefore(doc, k) !== undefined;
}

/** For a comma at token `k` that closes a state after a city ("Aspen, Colo.,"), the index of the comma before the state. */
export function stateCommaBefore(doc: Document, k: number): number | undefined {
  const { tokens } = doc;
  for (let p = k - 2; p >= 1 && k - p <= MAX_STATE_TOKENS + 1; p--) {
    if (tokens.text(p) !== ",") continue;
    return isCapitalWordAt(tokens, p - 1) && US_STATES.has(doc.text.slice(tokens.start(p + 1), tokens.end(k - 1))) ? p : undefined;
  }
  return undefined;
}
