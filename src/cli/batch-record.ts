/**
 * One batch input line to one output line: an Article, or an error record in its place.
 *
 * @module
 */
import { parseArticle } from "../index.js";

/** An input line with its 1-based line number. */
export interface NumberedLine {
  /** The line's number in the input, counting from 1, blank lines included. */
  readonly line: number;
  /** The line, without its line break. */
  readonly text: string;
}

/** What one input line became. */
export interface BatchRecord {
  /** One line of JSON, without a line break: the Article, or `{line, id?, error}`. */
  readonly json: string;
  /** True when the line failed and `json` is an error record. */
  readonly failed: boolean;
}

/** Options every line shares. */
export interface BatchRecordOptions {
  /** The publication date for lines without their own. */
  readonly published?: string;
}

type Id = string | number;

/**
 * Parses one NDJSON line `{id?, text, published?}` (or `{id?, html, published?}` for a page,
 * spans then into the HTML) and returns the Article as one line of JSON (with `id` first when
 * given), or an error record `{line, id?, error}` when the line is not usable. Never throws.
 */
export function processBatchLine(input: NumberedLine, options: BatchRecordOptions = {}): BatchRecord {
  let value: unknown;
  try {
    value = JSON.parse(input.text);
  } catch (error) {
    return failure(input.line, undefined, `invalid JSON: ${message(error)}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return failure(input.line, undefined, "expected a JSON object {id?, text, published?} or {id?, html, published?}");
  }
  const record = value as Record<string, unknown>;
  const id = typeof record["id"] === "string" || typeof record["id"] === "number" ? (record["id"] as Id) : undefined;
  if (record["id"] !== undefined && id === undefined) return failure(input.line, undefined, "id must be a string or a number");
  const html = record["html"];
  if (html !== undefined && record["text"] !== undefined) return failure(input.line, id, "give text or html, not both");
  const text = html ?? record["text"];
  if (typeof text !== "string") return failure(input.line, id, html === undefined ? "text must be a string" : "html must be a string");
  const published = record["published"] ?? options.published;
  if (published !== undefined && typeof published !== "string") return failure(input.line, id, "published must be an ISO 8601 string");
  try {
    const article = parseArticle(text, {
      ...(published === undefined ? {} : { published }),
      ...(html === undefined ? {} : { format: "html" as const }),
    });
    return { json: JSON.stringify(id === undefined ? article : { id, ...article }), failed: false };
  } catch (error) {
    // parseArticle throws only on invalid options, i.e. a bad `published`.
    return failure(input.line, id, message(error));
  }
}

function failure(line: number, id: Id | undefined, error: string): BatchRecord {
  return { json: JSON.stringify(id === undefined ? { line, error } : { line, id, error }), failed: true };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
