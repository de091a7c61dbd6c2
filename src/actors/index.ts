/**
 * The public API of the actors facet.
 *
 * @module
 */
import type { Actor } from "../model.js";
import { checkOptions, checkText } from "../options.js";
import { prepareDocument } from "../text/document.js";
import { referenceOf } from "../text/reference.js";
import { extractDates } from "../dates/extract.js";
import { extractActors } from "./extract.js";
import { canonicalActorName } from "./normalize-name.js";

/** Options of {@link findActors}. @group Actors */
export interface FindActorsOptions {
  /** The publication date (ISO 8601 or a `Date`; `null` for none); it only helps tell date words from names. */
  readonly published?: string | Date | null | undefined;
  /**
   * The publication's place as an IANA time zone (`"Europe/Kyiv"`): a `published` instant is
   * read on that wall clock; see `ParseArticleOptions.timeZone`.
   */
  readonly timeZone?: string;
}

/**
 * Finds the people, organizations, countries and groups a text names, without running the
 * statement and casualty facets. Each actor has one canonical identity and every mention:
 * names, spelling variants, titles, descriptions ("the president") and pronouns.
 *
 * @param text - Any text, e.g. a news article.
 * @param options - See {@link FindActorsOptions}.
 * @returns The actors in order of first mention.
 * @throws RangeError when `options.published` is not a valid ISO 8601 date, `options.timeZone`
 * is not an IANA time zone name, or `options` has a key of another name (`publishd`).
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
  checkOptions("findActors", options, ["published", "timeZone"]);
  const published = referenceOf(options);
  checkText("findActors", text);
  const doc = prepareDocument(text, published);
  return extractActors(doc, { dates: extractDates(doc), territories: [] });
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
