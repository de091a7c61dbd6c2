/**
 * A stage's memo of each document, kept on the document itself.
 *
 * @module
 */
import { LOWER_TOKENS_SLOT, type Document } from "./document.js";

let slots = LOWER_TOKENS_SLOT + 1;

/**
 * One stage's memo of each document, kept on the document ({@link Document.memo}) rather than
 * in a WeakMap keyed by it: V8's scavenger keeps a WeakMap's values alive until a full
 * collection, so every article's memo was copied at each scavenge and then promoted to the old
 * generation, which made the scavenges that fall inside an article longer.
 */
export class DocumentSlot<T> {
  readonly #index = slots++;

  /** The value kept for `doc`, or undefined. */
  get(doc: Document): T | undefined {
    return doc.memo[this.#index] as T | undefined;
  }

  /** Keeps `value` for `doc`. */
  set(doc: Document, value: T): void {
    doc.memo[this.#index] = value;
  }
}
