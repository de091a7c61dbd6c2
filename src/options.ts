/**
 * The check every parse function makes of its options before reading any text: an object whose
 * keys the function knows, so a misspelt option (`publishd`, `timezone`) fails with a message
 * instead of being ignored, and a relative date silently left unresolved.
 *
 * @module
 */
import type { VagueAmounts } from "./casualties/extract.js";

/** The values of the `vague` option of findCasualties and parseArticle, for the check that rejects any other. */
export const VAGUE_CHOICES = ["none", "small", "all"] as const satisfies readonly VagueAmounts[];

/**
 * Throws unless `options` is an object whose keys with a value are all in `known`.
 *
 * A key whose value is `undefined` counts as absent, as it does for the known keys, and a
 * `published` of `null` (a database row with no date) is no publication date: valid, and for
 * HTML input it also stops the page's own metadata from dating it.
 *
 * @param fn - The function the options were given to, for the message.
 * @throws TypeError when `options` is not an object, or `published` is neither a string, a `Date` nor `null`.
 * @throws RangeError when a key with a value is not one of `known`.
 */
export function checkOptions(fn: string, options: unknown, known: readonly string[]): void {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`newsfacts: ${fn} options must be an object such as { published: "2025-04-24" }, got ${describe(options)}`);
  }
  const record = options as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (record[key] === undefined || known.includes(key)) continue;
    const near = known.find((k) => looksLike(k, key));
    const hint = near === undefined ? "" : ` (did you mean ${JSON.stringify(near)}?)`;
    throw new RangeError(`newsfacts: ${fn} has no option ${JSON.stringify(key)}${hint}; its options are ${known.map((k) => JSON.stringify(k)).join(", ")}`);
  }
  const published = record["published"];
  if (published == null || typeof published === "string" || published instanceof Date) return;
  // Said here rather than where the date is read, which the resolveDate-only bundle includes.
  const advice = typeof published === "number" && published > 1e11 ? ` (for a time in milliseconds since 1970, give new Date(${published}))` : "";
  throw new TypeError(`newsfacts: \`published\` must be an ISO 8601 string such as "2025-04-24" or a Date (null when there is none), got ${describe(published)}${advice}`);
}

/**
 * Throws unless `value`, what a public function was given to read, is a string: anything else
 * is a mistake in the calling code, not text to read, and is said at once rather than read as
 * an empty text.
 *
 * @param fn - The function that was called, for the message.
 * @param what - The parameter's name (`"text"`, `"phrase"`), for the message.
 * @throws TypeError when `value` is not a string.
 */
export function checkText(fn: string, value: unknown, what = "text"): void {
  // The kind alone, not describe(): this is in the resolveDate-only bundle, whose budget is tight.
  if (typeof value !== "string") throw new TypeError(`newsfacts: ${fn} expects its ${what} as a string, got ${value === null ? "null" : typeof value}`);
}

/**
 * Throws unless `value`, the list a public function was given to read (an article's casualties),
 * is an array of objects: anything else would fail deep inside with the engine's own message.
 *
 * @param fn - The function that was called, for the message.
 * @param what - The parameter's name (`"casualties"`), for the message.
 * @param hint - Said after the message when `value` is not an array (what to give instead).
 * @throws TypeError when `value` is not an array, or an item of it is not an object.
 */
export function checkList(fn: string, value: unknown, what: string, hint = ""): asserts value is readonly object[] {
  if (!Array.isArray(value)) throw new TypeError(`newsfacts: ${fn} expects its ${what} as an array, got ${kindOf(value)}${hint}`);
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (item === null || typeof item !== "object") throw new TypeError(`newsfacts: ${fn} expects its ${what} as an array of objects, got ${kindOf(item)} at index ${i}`);
  }
}

/**
 * Throws unless `value`, an offset into a text that a public function was given, is a whole
 * number; one out of the text's range is the function's own affair (most find nothing there).
 *
 * @param fn - The function that was called, for the message.
 * @param what - The parameter's name (`"from"`), for the message.
 * @throws TypeError when `value` is not a number.
 * @throws RangeError when `value` is a number but not a whole one (`NaN`, `1.5`, `Infinity`).
 */
export function checkOffset(fn: string, value: unknown, what: string): void {
  if (typeof value !== "number") throw new TypeError(`newsfacts: ${fn} expects \`${what}\`, an offset into its text, as a number, got ${kindOf(value)}`);
  if (!Number.isInteger(value)) throw new RangeError(`newsfacts: ${fn} expects \`${what}\`, an offset into its text, as a whole number, got ${String(value)}`);
}

/** What a value is, as the TypeErrors of the `check*` functions say it: `null`, or its `typeof`. */
function kindOf(value: unknown): string {
  return value === null ? "null" : typeof value;
}

/**
 * Throws unless `value` is `undefined` or one of `choices`.
 *
 * @param name - The option's name, for the message.
 * @throws RangeError when `value` is not one of `choices`.
 */
export function checkChoice(name: string, value: unknown, choices: readonly string[]): void {
  if (value === undefined || (typeof value === "string" && choices.includes(value))) return;
  throw new RangeError(`newsfacts: \`${name}\` must be one of ${choices.map((c) => JSON.stringify(c)).join(", ")}, got ${describe(value)}`);
}

/**
 * True when `key` may be a misspelling of the option `name` worth naming in a message: the same
 * but for case, or the same first four letters (`"publishd"`, `"publishedAt"`, `"timezone"`).
 */
export function looksLike(name: string, key: string): boolean {
  const [a, b] = [name.toLowerCase(), key.toLowerCase()];
  return a === b || (b.length >= 4 && a.startsWith(b.slice(0, 4)));
}

/** A value as a message shows it: strings quoted, the rest by kind. */
function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  return typeof value;
}
