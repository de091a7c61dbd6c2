/**
 * Facts of each word as bits in a typed array by word id: a sweep over the tokens reads them
 * by the token's id instead of the token's text (a pointer into the vocabulary, then the string),
 * which keeps the sweeps that skip most words in cache.
 *
 * @module
 */
import type { TokenList } from "../text/tokens.js";

/**
 * The bits (16) `read` gives each word of one vocabulary at a time, read once per word: a list of
 * another vocabulary (a new one started) starts the table over, so it stays bounded as the
 * vocabulary does.
 */
export class WordBits {
  #words: readonly string[] | undefined;
  #bits = new Uint16Array(0);
  #known = 0;
  readonly #read: (text: string, lower: string) => number;

  /** A table of the bits `read` gives a word's text and its lower case (as the vocabulary has it). */
  constructor(read: (text: string, lower: string) => number) {
    this.#read = read;
  }

  /** The bits by id of every word of the vocabulary of `tokens`; read them by {@link TokenList.id}. */
  of(tokens: TokenList): Uint16Array {
    const vocabulary = tokens.vocabulary;
    const words = vocabulary.words;
    if (words !== this.#words) {
      this.#words = words;
      this.#known = 0;
    }
    if (this.#known < words.length) {
      if (this.#bits.length < words.length) {
        const bits = new Uint16Array(Math.max(1024, words.length * 2));
        bits.set(this.#bits.subarray(0, this.#known));
        this.#bits = bits;
      }
      for (let k = this.#known; k < words.length; k++) this.#bits[k] = this.#read(words[k]!, vocabulary.lower[k]!);
      this.#known = words.length;
    }
    return this.#bits;
  }
}
