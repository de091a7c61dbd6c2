/**
 * Facts about a word kept by its id in the token list's vocabulary, worked out once for every
 * text that uses the word: the per-token scans of this facet then read an array by id instead of
 * lower-casing, folding or looking up the token's text again.
 *
 * @module
 */
import type { TokenList, Vocabulary } from "../text/tokens.js";

/**
 * A table of one fact per word id (undefined until computed): the function gives the facts of a
 * token list's vocabulary, by id. It follows the vocabulary of the list it is asked for: when a
 * new vocabulary starts, the table starts again, so ids of two vocabularies never mix and memory
 * stays bounded by the vocabulary's.
 */
export function wordFacts<T>(): (tokens: TokenList) => (T | undefined)[] {
  let vocabulary: Vocabulary | undefined;
  let values: (T | undefined)[] = [];
  return (tokens) => {
    if (tokens.vocabulary !== vocabulary) {
      vocabulary = tokens.vocabulary;
      values = [];
    }
    // Grown to the vocabulary's size with undefined in place, so the array stays packed.
    while (values.length < vocabulary.words.length) values.push(undefined);
    return values;
  };
}
