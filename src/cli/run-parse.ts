/**
 * `newsfacts parse`: one article from a file or stdin, printed as JSON or as a summary.
 *
 * @module
 */
import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import { parseArticle } from "../index.js";
import type { ParseCommand } from "./args.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { formatSummary } from "./summary.js";

/** Where `parse` reads and writes. */
export interface ParseIo {
  /** Read when the file is `-`. */
  readonly stdin: Readable;
  /** The article. */
  readonly stdout: { readonly write: (text: string) => unknown };
  /** Problems. */
  readonly stderr: { readonly write: (text: string) => unknown };
}

/** Runs `newsfacts parse`; an unreadable file is a usage error. */
export async function runParse(command: ParseCommand, io: ParseIo): Promise<ExitCode> {
  let text: string;
  try {
    text = command.file === "-" ? await readAll(io.stdin) : await readFile(command.file, "utf8");
  } catch (error) {
    io.stderr.write(`newsfacts: cannot read ${command.file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_CODES.usage;
  }
  const article = parseArticle(text, {
    ...(command.published === undefined ? {} : { published: command.published }),
    ...(command.html ? { format: "html" as const } : {}),
  });
  io.stdout.write(command.format === "summary" ? formatSummary(article) : JSON.stringify(article, null, 2) + "\n");
  return EXIT_CODES.ok;
}

async function readAll(stream: Readable): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(parts).toString("utf8");
}
