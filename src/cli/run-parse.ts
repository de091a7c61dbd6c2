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
  /** Read when the file is `-`; a terminal gets a line on stderr saying how to end the input. */
  readonly stdin: Readable & { readonly isTTY?: boolean };
  /** The article. */
  readonly stdout: { readonly write: (text: string) => unknown };
  /** Problems, and warnings about the input. */
  readonly stderr: { readonly write: (text: string) => unknown };
}

/**
 * Runs `newsfacts parse`. A file that cannot be read, or input that is not text (it has NUL
 * bytes: a binary file, or text in UTF-16), is a usage error with nothing on stdout. Input that
 * is empty or not valid UTF-8 is parsed all the same, with a warning on stderr.
 */
export async function runParse(command: ParseCommand, io: ParseIo): Promise<ExitCode> {
  const name = command.file === "-" ? "stdin" : command.file;
  let bytes: Buffer;
  try {
    if (command.file === "-" && io.stdin.isTTY === true) io.stderr.write("newsfacts: reading the article from the terminal; end it with Ctrl-D (or give a FILE)\n");
    bytes = command.file === "-" ? await readAll(io.stdin) : await readFile(command.file);
  } catch (error) {
    io.stderr.write(`newsfacts: cannot read ${name}: ${readProblem(error)}\n`);
    return EXIT_CODES.usage;
  }
  if (bytes.includes(0)) {
    io.stderr.write(`newsfacts: ${name} is not text: it has NUL bytes (a binary file, or text in UTF-16?); parse reads UTF-8 text or HTML\n`);
    return EXIT_CODES.usage;
  }
  const text = decode(bytes, name, io.stderr);
  if (text.trim() === "") io.stderr.write(`newsfacts: warning: ${name} is empty: there is nothing to read\n`);
  else if (!command.html && HTML_PAGE_START.test(text)) {
    io.stderr.write(`newsfacts: warning: ${name} looks like an HTML page but is read as plain text, markup and all; give --html to read it as a page\n`);
  }
  const article = parseArticle(text, {
    ...(command.published === undefined ? {} : { published: command.published }),
    ...(command.timeZone === undefined ? {} : { timeZone: command.timeZone }),
    ...(command.vague === undefined ? {} : { vague: command.vague }),
    ...(command.html ? { format: "html" as const } : {}),
  });
  const fromPage = command.published === undefined && article.published !== undefined;
  io.stdout.write(command.format === "summary" ? formatSummary(article, fromPage) : JSON.stringify(article, null, 2) + "\n");
  return EXIT_CODES.ok;
}

/** How an HTML page opens (after a BOM or white space): its doctype or its `html` tag. */
const HTML_PAGE_START = /^\uFEFF?\s{0,64}<(?:!doctype\s{1,8}html|html[\s>])/iu;

/** The bytes as UTF-8; invalid sequences become U+FFFD, with a warning, as a Latin-1 file would give. */
function decode(bytes: Buffer, name: string, stderr: ParseIo["stderr"]): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    stderr.write(`newsfacts: warning: ${name} is not valid UTF-8; the bytes that are not were read as U+FFFD (convert it first, e.g. with iconv -f latin1 -t utf-8)\n`);
    return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  }
}

/** Why a file could not be read, in words rather than the system's error text. */
function readProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a directory (parse reads one file; batch reads many articles as NDJSON on stdin)";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(parts);
}
