/**
 * Lines from a byte stream, pulled one chunk at a time so a slow consumer slows the reader.
 *
 * @module
 */
import { StringDecoder } from "node:string_decoder";
import type { NumberedLine } from "./batch-record.js";

/**
 * Yields the lines of `input` with their 1-based numbers, without line breaks (`\n` or `\r\n`).
 * Pulls a chunk only when the consumer asks for the next line, so memory stays at one chunk plus
 * the longest line, whatever the length of the input.
 */
export async function* readLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<NumberedLine> {
  const decoder = new StringDecoder("utf8");
  // The unfinished line in pieces: searching only each new chunk keeps a 10 MB line linear.
  let pending: string[] = [];
  let line = 0;
  for await (const chunk of input) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      pending.push(text.slice(start, end));
      line += 1;
      yield { line, text: withoutCarriageReturn(pending.join("")) };
      pending = [];
      start = end + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
  }
  pending.push(decoder.end());
  const last = pending.join("");
  if (last.length > 0) yield { line: line + 1, text: withoutCarriageReturn(last) };
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
