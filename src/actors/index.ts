/**
 * The public API of the actors facet.
 *
 * @module
 */
import type { Actor } from "../model.js";
import { checkText } from "../options.js";
import { readFindInput, type FindOptions } from "../html/find-input.js";
import { extractDates } from "../dates/extract.js";
import { extractActors } from "./extract.js";
import { canonicalActorName } from "./normalize-name.js";

/**
 * Options of {@link findActors}: those of every finder. The publication date only helps tell
 * date words from names.
 *
 * @group Actors
 */
export type FindActorsOptions = FindOptions;

/**
 * Finds the people, organizations, countries and groups a text names, without running the
 * statement and casualty facets. Each actor has one canonical identity and every mention:
 * names, spelling variants, titles, descriptions ("the president") and pronouns.
 *
 * @param text - Any text, e.g. a news article. Or an HTML page, with `format: "html"`: spans then index the HTML.
 * @param options - See {@link FindActorsOptions}.
 * @returns The actors in order of first mention.
 * @throws RangeError when `options.published` is not a valid ISO 8601 date, `options.timeZone`
 * is not an IANA time zone name, `options.format` is not `"text"` or `"html"`, or `options`
 * has a key of another name (`publishd`).
 * @throws TypeError when `text` is not a string, `options` is not an object, or `published` is
 * neither a string, a `Date` nor `null`.
 *
 * @example
 * ```ts
 * findActors("President Donald Trump met Zelensky. The president said he was hopeful.")
 *   .map((a) => [a.name, a.mentions.map((m) => m.text)]);
 * // [["Donald Trump", ["Donald Trump", "The president", "he"]],
 * //  ["Volodymyr Zelenskyy", ["Zelensky"]]]
 * ```
 *
 * @group Actors
 */
export function findActors(text: string, options: FindActorsOptions = {}): Actor[] {
  const { doc, inInput } = readFindInput("findActors", text, options);
  return inInput(extractActors(doc, { dates: extractDates(doc), territories: [] }));
}

/**
 * Turns a well-known actor's name in any common spelling into its canonical name.
 *
 * @param name - A name as written: `"Zelensky"`, `"Zelenskiy"`, `"Putin's"`, `"U.N."`.
 * @returns The canonical name, or the input (trimmed) when the name is not a known one.
 * @throws TypeError when `name` is not a string.
 *
 * @example
 * ```ts
 * normalizeActorName("Zelensky");  // "Volodymyr Zelenskyy"
 * normalizeActorName("U.N.");      // "United Nations"
 * normalizeActorName("Jane Doe");  // "Jane Doe"
 * ```
 *
 * @group Actors
 */
export function normalizeActorName(name: string): string {
  checkText("normalizeActorName", name, "name");
  return canonicalActorName(name);
}
