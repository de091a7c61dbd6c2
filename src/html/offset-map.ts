/**
 * Where each character of a text read from HTML came from in the source, kept as runs rather
 * than per character: a run is a stretch of the text that is the same stretch of the source
 * (copied), or that stands for a whole stretch of it (a character reference, collapsed white
 * space, the line break a block's tags make).
 *
 * @module
 */
import type { Span } from "../model.js";

/** A point in the building of a map, to go back to. */
export interface OffsetMark {
  /** How many runs there were. */
  readonly runs: number;
  /** How long the text was. */
  readonly textLength: number;
  /** Where the last run's source ended then. */
  readonly lastSourceEnd: number;
}

/** Builds an {@link OffsetMap} as the text grows; runs come in text order. */
export class OffsetMapBuilder {
  readonly #textStarts: number[] = [];
  readonly #sourceStarts: number[] = [];
  readonly #sourceEnds: number[] = [];
  #textLength = 0;

  /**
   * Records that the next `length` characters of the text come from `source[sourceStart,
   * sourceEnd)`: one for one when the lengths are equal, else each of them from the whole stretch.
   */
  add(length: number, sourceStart: number, sourceEnd: number): void {
    if (length === 0) return;
    const last = this.#textStarts.length - 1;
    // A copy that continues the last copy, in the text and in the source, extends it.
    if (
      last >= 0 &&
      sourceEnd - sourceStart === length &&
      this.#sourceEnds[last] === sourceStart &&
      this.#sourceEnds[last]! - this.#sourceStarts[last]! === this.#textLength - this.#textStarts[last]!
    ) {
      this.#sourceEnds[last] = sourceEnd;
    } else {
      this.#textStarts.push(this.#textLength);
      this.#sourceStarts.push(sourceStart);
      this.#sourceEnds.push(sourceEnd);
    }
    this.#textLength += length;
  }

  /** Where the text stands now: a point {@link OffsetMapBuilder.truncate} can go back to. */
  mark(): OffsetMark {
    const last = this.#sourceEnds.length - 1;
    return { runs: last + 1, textLength: this.#textLength, lastSourceEnd: last >= 0 ? this.#sourceEnds[last]! : 0 };
  }

  /** Forgets what was added since `mark` was taken, a copy that extended the last run included. */
  truncate(mark: OffsetMark): void {
    this.#textStarts.length = mark.runs;
    this.#sourceStarts.length = mark.runs;
    this.#sourceEnds.length = mark.runs;
    if (mark.runs > 0) this.#sourceEnds[mark.runs - 1] = mark.lastSourceEnd;
    this.#textLength = mark.textLength;
  }

  /** The map of the text built so far, `textLength` characters long. */
  build(): OffsetMap {
    return new OffsetMap(this.#textStarts, this.#sourceStarts, this.#sourceEnds, this.#textLength);
  }
}

/** Maps offsets of a text read from HTML back to offsets of the HTML. */
export class OffsetMap {
  readonly #textStarts: readonly number[];
  readonly #sourceStarts: readonly number[];
  readonly #sourceEnds: readonly number[];
  readonly #textLength: number;

  /** @internal Made by {@link OffsetMapBuilder.build}. */
  constructor(textStarts: readonly number[], sourceStarts: readonly number[], sourceEnds: readonly number[], textLength: number) {
    this.#textStarts = textStarts;
    this.#sourceStarts = sourceStarts;
    this.#sourceEnds = sourceEnds;
    this.#textLength = textLength;
  }

  /**
   * The source offset where the text's character at `offset` begins; `offset` equal to the text's
   * length gives the offset just past the last character's source (0 for an empty text).
   *
   * @throws RangeError when `offset` is not a whole number from 0 to the text's length.
   */
  toSource(offset: number): number {
    this.#check(offset);
    if (offset === this.#textLength) return offset === 0 ? 0 : this.#sourceEndOf(offset - 1);
    const run = this.#runAt(offset);
    return this.#isCopy(run) ? this.#sourceStarts[run]! + offset - this.#textStarts[run]! : this.#sourceStarts[run]!;
  }

  /**
   * The source span of the text's span: from where its first character begins to just past
   * where its last ends, so it covers each character's whole source (a reference's `&…;`) and
   * the tags between them, none before or after. An empty span maps to an empty span.
   *
   * @throws RangeError when the span is not within the text.
   */
  toSourceSpan(span: Span): Span {
    if (span === null || typeof span !== "object") throw new TypeError(`newsfacts: toSourceSpan expects a span { start, end }, got ${span === null ? "null" : typeof span}`);
    this.#check(span.start);
    this.#check(span.end);
    if (span.end < span.start) throw new RangeError(`newsfacts: span end ${span.end} is before its start ${span.start}`);
    const start = this.toSource(span.start);
    return { start, end: span.end === span.start ? start : this.#sourceEndOf(span.end - 1) };
  }

  #sourceEndOf(offset: number): number {
    const run = this.#runAt(offset);
    return this.#isCopy(run) ? this.#sourceStarts[run]! + offset - this.#textStarts[run]! + 1 : this.#sourceEnds[run]!;
  }

  #isCopy(run: number): boolean {
    const end = run + 1 < this.#textStarts.length ? this.#textStarts[run + 1]! : this.#textLength;
    return end - this.#textStarts[run]! === this.#sourceEnds[run]! - this.#sourceStarts[run]!;
  }

  /** The last run starting at or before `offset`: a binary search. */
  #runAt(offset: number): number {
    let low = 0;
    let high = this.#textStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.#textStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  #check(offset: number): void {
    if (typeof offset !== "number") throw new TypeError(`newsfacts: an offset must be a number, got ${offset === null ? "null" : typeof offset}`);
    if (!Number.isInteger(offset) || offset < 0 || offset > this.#textLength) {
      throw new RangeError(`newsfacts: offset ${String(offset)} is not within the text (0 to ${this.#textLength})`);
    }
  }
}
