/**
 * A chunk of batch lines: the unit handed to a runner, so a thread message carries many
 * articles, and the decoding, parsing and encoding all happen off the main thread.
 *
 * @module
 */
import { processBatchLine, type BatchRecordOptions } from "./batch-record.js";

/** Consecutive whole input lines, as bytes, numbered in input order by `seq`. */
export interface BatchChunk {
  /** The chunk's position among all chunks, from 0; output is written in this order. */
  readonly seq: number;
  /** The 1-based number of the chunk's first line, for error records. */
  readonly firstLine: number;
  /** How many lines the chunk holds, blank ones included. */
  readonly lineCount: number;
  /** The lines as UTF-8, each ending in `\n` except perhaps the input's last. */
  readonly bytes: Uint8Array;
}

/** What a chunk became. */
export interface ChunkResult {
  /** The chunk's {@link BatchChunk.seq}. */
  readonly seq: number;
  /** One JSON line per non-blank input line, each ending in `\n`, in input order, as UTF-8. */
  readonly output: Uint8Array;
  /** How many non-blank input lines the chunk had. */
  readonly lines: number;
  /** How many of them failed and became error records. */
  readonly failed: number;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** Runs every non-blank line of `chunk` through {@link processBatchLine}. Never throws. */
export function processChunk(chunk: BatchChunk, options: BatchRecordOptions = {}): ChunkResult {
  const text = decoder.decode(chunk.bytes);
  let output = "";
  let lines = 0;
  let failed = 0;
  let line = chunk.firstLine;
  for (let start = 0; start < text.length; line += 1) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const content = text.charCodeAt(end - 1) === 0x0d ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (!/\S/u.test(content)) continue;
    const record = processBatchLine({ line, text: content }, options);
    output += record.json + "\n";
    lines += 1;
    if (record.failed) failed += 1;
  }
  return { seq: chunk.seq, output: encoder.encode(output), lines, failed };
}

/** Error records for every line of a chunk that could not be processed at all (its worker died). */
export function failedChunk(chunk: BatchChunk, reason: string): ChunkResult {
  let output = "";
  for (let i = 0; i < chunk.lineCount; i++) output += JSON.stringify({ line: chunk.firstLine + i, error: reason }) + "\n";
  return { seq: chunk.seq, output: encoder.encode(output), lines: chunk.lineCount, failed: chunk.lineCount };
}
