/**
 * What a stage learnt of each word, kept by the word's id in its vocabulary: one array
 * read by a token's id, not a map probed with the token's text.
 *
 * @module
 */
import type { TokenList } from "./tokens.js";

/**
 * A value per word id of one vocabulary at a time, made on first need. A list of another
 * vocabulary (a new one started, see {@link TokenList.vocabulary}) starts the table over, so it
 * stays bounded as the vocabulary does.
 */
export class WordTable<T> {
  #words: readonly string[] | undefined;
  #values: (T | undefined)[] = [];

  /**
   * The values by id for the words of `tokens`, at least as many as its vocabulary has words
   * (undefined where nothing is kept yet); the caller reads and writes them by {@link TokenList.id}.
   */
  of(tokens: TokenList): (T | undefined)[] {
    const words = tokens.vocabulary.words;
    if (words !== this.#words) {
      this.#words = words;
      this.#values = [];
    }
    const values = this.#values;
    // Pushed one by one, not a length set: the array stays packed, read without hole checks.
    while (values.length < words.length) values.push(undefined);
    return values;
  }
}
