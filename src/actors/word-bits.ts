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

/**
 * A number (32 bits) by word id of one vocabulary at a time, 0 until written: a pass over the
 * tokens stamps a word with its own number to do a thing once per distinct word, reading a typed
 * array by the token's id, not the word's record. A list of another vocabulary starts it over.
 */
export class WordStamps {
  #words: readonly string[] | undefined;
  #stamps = new Int32Array(0);

  /** The stamps by id of every word of the vocabulary of `tokens`; read and write them by {@link TokenList.id}. */
  of(tokens: TokenList): Int32Array {
    const words = tokens.vocabulary.words;
    if (words !== this.#words) {
      this.#words = words;
      this.#stamps.fill(0);
    }
    if (this.#stamps.length < words.length) {
      const stamps = new Int32Array(Math.max(1024, words.length * 2));
      stamps.set(this.#stamps);
      this.#stamps = stamps;
    }
    return this.#stamps;
  }

  /** Sets every stamp back to 0. */
  clear(): void {
    this.#stamps.fill(0);
  }
}
