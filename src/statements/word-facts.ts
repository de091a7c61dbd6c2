/**
 * Facts about a word kept by its id in the token list's vocabulary, worked out once for every
 * text that uses the word: the per-token scans of this facet then read an array by id instead of
 * lower-casing, folding or looking up the token's text again.
 *
 * @module
 */
import type { TokenList, Vocabulary } from "../text/tokens.js";

/**
 * One fact per word id of a vocabulary (undefined until computed). The table follows the
 * vocabulary of the list it is asked for: when a new vocabulary starts, it starts again, so ids
 * of two vocabularies never mix and memory stays bounded by the vocabulary's.
 */
export class WordFacts<T> {
  #vocabulary: Vocabulary | undefined;
  #values: (T | undefined)[] = [];

  /** The facts of `tokens`' vocabulary, by id (a fact may be undefined: not computed yet). */
  of(tokens: TokenList): (T | undefined)[] {
    if (tokens.vocabulary !== this.#vocabulary) {
      this.#vocabulary = tokens.vocabulary;
      this.#values = [];
    }
    const values = this.#values;
    // Grown to the vocabulary's size with undefined in place, so the array stays packed.
    for (let n = tokens.vocabulary.words.length; values.length < n; ) values.push(undefined);
    return values;
  }
}
