/**
 * Animals in the place of the people a toll counts: "injuring one of the family dogs", "the
 * suspect shot the dog". A wounded dog is no casualty, and the one who shot it is no victim.
 *
 * @module
 */
import { ANIMAL_NOUNS } from "../lexicon/casualty-victims.js";
import type { TokenView } from "./token-view.js";

/** Most words of the noun phrase read for its animal noun ("the family's two old dogs"). */
const MAX_PHRASE = 5;

/** Words that end the noun phrase before its animal noun could come. */
const PHRASE_ENDS: ReadonlySet<string> = new Set(["and", "or", "in", "on", "at", "with", "who", "that", "which", "of", "to", "from", "by"]);

/** True when the noun phrase at token `k` names an animal ("the dog", "a police K-9", "the family dogs"). */
export function isAnimalAt(view: TokenView, k: number): boolean {
  for (let j = k; j < Math.min(view.tokens.length, k + MAX_PHRASE); j++) {
    const word = view.lower[j]!;
    if (ANIMAL_NOUNS.has(word)) return true;
    if ((view.tokens.kind(j) === "punct" && word !== "-") || PHRASE_ENDS.has(word)) return false;
  }
  return false;
}
