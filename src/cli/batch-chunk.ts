/**
 * A chunk of batch lines: the unit handed to a runner, so a thread message carries many
 * articles, and the decoding, parsing and encoding all happen off the main thread.
 *
 * @module
 */
import { parseArticle, parseArticles } from "../parse-article.js";
import { batchRecord, readBatchLine, type BatchArticleInput, type BatchRecord, type BatchRecordOptions } from "./batch-record.js";

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

/**
 * Runs every non-blank line of `chunk` as {@link processBatchLine} would, one record a line.
 * The chunk's articles are parsed together, stage by stage (parseArticles): the same records,
 * for less CPU than one article after another. Never throws.
 */
export function processChunk(chunk: BatchChunk, options: BatchRecordOptions = {}): ChunkResult {
  const text = decoder.decode(chunk.bytes);
  const read: Array<BatchArticleInput | BatchRecord> = [];
  let line = chunk.firstLine;
  for (let start = 0; start < text.length; line += 1) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const content = text.charCodeAt(end - 1) === 0x0d ? text.slice(start, end - 1) : text.slice(start, end);
    start = end + 1;
    if (!/\S/u.test(content)) continue;
    read.push(readBatchLine({ line, text: content }, options));
  }
  const inputs = read.filter((r): r is BatchArticleInput => !("json" in r));
  const results = parsedAll(inputs);
  const records: Uint8Array[] = [];
  let failed = 0;
  let next = 0;
  for (const r of read) {
    const record = "json" in r ? r : batchRecord(r, results[next++]!);
    records.push(encoder.encode(record.json));
    if (record.failed) failed += 1;
  }
  return { seq: chunk.seq, output: joinLines(records), lines: read.length, failed };
}

/** The results of parsing `inputs` together; should that throw (it never should), each apart, as processBatchLine does. */
function parsedAll(inputs: readonly BatchArticleInput[]): ReturnType<typeof parseArticles> {
  try {
    return parseArticles(inputs);
  } catch {
    return inputs.map(({ text, options }) => {
      try {
        return { article: parseArticle(text, options) };
      } catch (error) {
        return { error: error instanceof Error ? error : new Error(String(error)) };
      }
    });
  }
}

/**
 * The records as one buffer, each followed by `\n`. Each is encoded on its own: one string of
 * the whole chunk would be a rope that must be flattened first, and one record outside Latin-1
 * would make all of it a two-byte string, whose encoding is several times slower.
 */
function joinLines(records: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const r of records) size += r.length + 1;
  // A buffer of its own (not Node's shared pool): it is transferred to the main thread.
  const output = new Uint8Array(size);
  let at = 0;
  for (const r of records) {
    output.set(r, at);
    at += r.length;
    output[at++] = 0x0a;
  }
  return output;
}

/** Error records for every line of a chunk that could not be processed at all (its worker died). */
export function failedChunk(chunk: BatchChunk, reason: string): ChunkResult {
  const records: Uint8Array[] = [];
  for (let i = 0; i < chunk.lineCount; i++) records.push(encoder.encode(JSON.stringify({ line: chunk.firstLine + i, error: reason })));
  return { seq: chunk.seq, output: joinLines(records), lines: chunk.lineCount, failed: chunk.lineCount };
}
