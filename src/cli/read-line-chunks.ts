/**
 * Whole lines from a byte stream, in chunks of about a fixed size: the main thread of a batch
 * only finds line ends and hands bytes over, and the workers decode and parse.
 *
 * @module
 */

/** Complete lines of the input, as bytes. */
export interface LineChunk {
  /** The 1-based number of the chunk's first line. */
  readonly firstLine: number;
  /** How many lines the chunk holds. */
  readonly lineCount: number;
  /** The lines, each ending in `\n` except perhaps the input's last. */
  readonly bytes: Uint8Array;
}

const NEWLINE = 0x0a;

/**
 * Yields chunks of whole lines of at least `targetBytes` (a longer line makes a longer chunk).
 * Pulls input only when the consumer asks for the next chunk, so memory stays at one chunk plus
 * the longest line whatever the length of the input. A `\n` byte never occurs inside a UTF-8
 * sequence, so every chunk decodes on its own.
 */
export async function* readLineChunks(input: AsyncIterable<Uint8Array | string>, targetBytes: number): AsyncGenerator<LineChunk> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let firstLine = 1;
  for await (const piece of input) {
    const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
    parts.push(bytes);
    size += bytes.length;
    if (size < targetBytes) continue;
    const lastNewline = bytes.lastIndexOf(NEWLINE);
    // No line ends in this piece: the current line goes on, keep collecting.
    if (lastNewline < 0) continue;
    const all = Buffer.concat(parts, size);
    const cut = size - bytes.length + lastNewline + 1;
    const chunk = all.subarray(0, cut);
    const lineCount = countNewlines(chunk);
    yield { firstLine, lineCount, bytes: chunk };
    firstLine += lineCount;
    parts = cut < size ? [Buffer.from(all.subarray(cut))] : [];
    size -= cut;
  }
  if (size > 0) {
    const chunk = Buffer.concat(parts, size);
    yield { firstLine, lineCount: countNewlines(chunk) + (chunk[chunk.length - 1] === NEWLINE ? 0 : 1), bytes: chunk };
  }
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) n += 1;
  return n;
}

/**
 * Yields what `source` yields, asking it for the next item as soon as one is handed out, so the
 * next chunk is read while the consumer waits for a thread to give this one to. Stopped early,
 * it drops the item being read without waiting for input that may never come.
 */
export async function* readAhead<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let next = iterator.next();
  try {
    for (let item = await next; item.done !== true; item = await next) {
      next = iterator.next();
      yield item.value;
    }
  } finally {
    next.catch(() => undefined);
    iterator.return?.().catch(() => undefined);
  }
}
