/**
 * One batch input line to one output line: an Article, or an error record in its place.
 *
 * @module
 */
import { htmlToText, parseArticle, type Article, type ParseArticleOptions, type VagueAmounts } from "../index.js";
import { looksLike } from "../options.js";

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
  /** The publication date for lines without their own (an `html` line's page that declares one has its own). */
  readonly published?: string;
  /** The publication's IANA time zone for lines without their own. */
  readonly timeZone?: string;
  /** Which vague tolls every line keeps. */
  readonly vague?: VagueAmounts;
}

type Id = string | number;

/**
 * Parses one NDJSON line `{id?, text, published?, timeZone?}` (or `{id?, html, …}` for a page,
 * spans then into the HTML) and returns the Article as one line of JSON (with `id` first when
 * given), or an error record `{line, id?, error}` when the line is not usable. Never throws.
 */
export function processBatchLine(input: NumberedLine, options: BatchRecordOptions = {}): BatchRecord {
  const read = readBatchLine(input, options);
  if ("json" in read) return read;
  let result: { readonly article: Article } | { readonly error: unknown };
  try {
    result = { article: parseArticle(read.text, read.options) };
  } catch (error) {
    result = { error };
  }
  return batchRecord(read, result);
}

/** A usable line, read: what to parse, and with what. */
export interface BatchArticleInput {
  /** The line's number in the input. */
  readonly line: number;
  /** The line's `id`, when given. */
  readonly id: Id | undefined;
  /** The text or HTML to parse. */
  readonly text: string;
  /** The options to parse it with. */
  readonly options: ParseArticleOptions;
}

/**
 * Reads one NDJSON line (see {@link processBatchLine}): what to parse, or the error record of a
 * line that is not usable. Never throws.
 */
export function readBatchLine(input: NumberedLine, options: BatchRecordOptions = {}): BatchArticleInput | BatchRecord {
  let value: unknown;
  try {
    value = JSON.parse(input.text);
  } catch (error) {
    return failure(input.line, undefined, `invalid JSON: ${message(error)}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return failure(input.line, undefined, `expected a JSON object {id?, text, published?, timeZone?} or {id?, html, published?, timeZone?}, got ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  const id = typeof record["id"] === "string" || typeof record["id"] === "number" ? (record["id"] as Id) : undefined;
  if (record["id"] !== undefined && id === undefined) return failure(input.line, undefined, `\`id\` must be a string or a number, got ${describe(record["id"])}`);
  const misspelt = misspeltKey(record);
  if (misspelt) return failure(input.line, id, misspelt);
  const html = record["html"];
  if (html !== undefined && record["text"] !== undefined) return failure(input.line, id, 'give `text` or `html`, not both');
  const text = html ?? record["text"];
  if (text === undefined) return failure(input.line, id, 'no `text` (or `html` for a page) in the line');
  if (typeof text !== "string") return failure(input.line, id, `\`${html === undefined ? "text" : "html"}\` must be a string, got ${describe(text)}`);
  // The default is for lines with no date of their own, and a page that declares its date has one.
  const published = record["published"] ?? (html !== undefined && options.published !== undefined && htmlToText(text).published !== undefined ? undefined : options.published);
  if (published !== undefined && typeof published !== "string") {
    return failure(input.line, id, `\`published\` must be an ISO 8601 string such as "2025-04-24", got ${describe(published)}`);
  }
  const timeZone = record["timeZone"] ?? options.timeZone;
  if (timeZone !== undefined && typeof timeZone !== "string") {
    return failure(input.line, id, `\`timeZone\` must be an IANA time zone name such as "Europe/Kyiv", got ${describe(timeZone)}`);
  }
  return {
    line: input.line,
    id,
    text,
    options: {
      ...(published === undefined ? {} : { published }),
      ...(timeZone === undefined ? {} : { timeZone }),
      ...(options.vague === undefined ? {} : { vague: options.vague }),
      ...(html === undefined ? {} : { format: "html" as const }),
    },
  };
}

/** The output line of a read line: its Article, or the error record of what parsing it threw. */
export function batchRecord(input: BatchArticleInput, result: { readonly article: Article } | { readonly error: unknown }): BatchRecord {
  if ("article" in result) {
    const article = result.article;
    return { json: JSON.stringify(input.id === undefined ? article : { id: input.id, ...article }), failed: false };
  }
  // parseArticle throws only on invalid options, i.e. a bad `published` or `timeZone`; the record says
  // where the message came from, so the library's "newsfacts: " prefix goes.
  return failure(input.line, input.id, message(result.error).replace(/^newsfacts: /u, ""));
}

/** The keys a batch line reads; any other is ignored (a line may carry its own metadata). */
const LINE_KEYS = ["id", "text", "html", "published", "timeZone"];

/**
 * A key that is not one the line reads but looks like one (`"Text"`, `"publishedAt"`,
 * `"publishd"`): an error, as ignoring it would drop the article's text or date without a word.
 */
function misspeltKey(record: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(record)) {
    if (LINE_KEYS.includes(key)) continue;
    const near = LINE_KEYS.find((known) => looksLike(known, key));
    if (near !== undefined) return `unknown key \`${key}\` (did you mean \`${near}\`?)`;
  }
  return undefined;
}

/** A JSON value as an error record shows it: strings quoted, the rest by kind. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return `${typeof value} ${String(value)}`;
}

function failure(line: number, id: Id | undefined, error: string): BatchRecord {
  return { json: JSON.stringify(id === undefined ? { line, error } : { line, id, error }), failed: true };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
