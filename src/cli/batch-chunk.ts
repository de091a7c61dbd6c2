/**
 * A chunk of batch lines: the unit handed to a worker, so a message carries many articles and
 * the per-message cost of threads stays small.
 *
 * @module
 */
import { processBatchLine, type BatchRecordOptions, type NumberedLine } from "./batch-record.js";

/** Consecutive input lines, numbered in input order by `seq`. */
export interface BatchChunk {
  /** The chunk's position among all chunks, from 0; output is written in this order. */
  readonly seq: number;
  /** The non-blank lines of the chunk. */
  readonly lines: readonly NumberedLine[];
}

/** What a chunk became. */
export interface ChunkResult {
  /** The chunk's {@link BatchChunk.seq}. */
  readonly seq: number;
  /** One JSON line per input line, each ending in `\n`, in input order. */
  readonly output: string;
  /** How many input lines the chunk had. */
  readonly lines: number;
  /** How many of them failed and became error records. */
  readonly failed: number;
}

/** Runs every line of `chunk` through {@link processBatchLine}. Never throws. */
export function processChunk(chunk: BatchChunk, options: BatchRecordOptions = {}): ChunkResult {
  let output = "";
  let failed = 0;
  for (const line of chunk.lines) {
    const record = processBatchLine(line, options);
    output += record.json + "\n";
    if (record.failed) failed += 1;
  }
  return { seq: chunk.seq, output, lines: chunk.lines.length, failed };
}

/** Error records for every line of a chunk that could not be processed at all (its worker died). */
export function failedChunk(chunk: BatchChunk, reason: string): ChunkResult {
  const output = chunk.lines.map((line) => JSON.stringify({ line: line.line, error: reason }) + "\n").join("");
  return { seq: chunk.seq, output, lines: chunk.lines.length, failed: chunk.lines.length };
}
