/**
 * The public API of the casualties facet: find the human tolls of a text, parse a count with
 * its bounds, and summarize an article's tolls.
 *
 * @module
 */
import type { Casualty } from "../model.js";
import { checkChoice, VAGUE_CHOICES } from "../options.js";
import { readFindInput, type FindOptions } from "../html/find-input.js";
import { extractDates } from "../dates/extract.js";
import { extractTerritories } from "../territories/extract.js";
import { extractCasualties, type VagueAmounts } from "./extract.js";

export { parseCount } from "../numbers/read-count.js";
export { summarizeCasualties, type CasualtySummary, type CasualtyTotal } from "./summarize.js";
export type { VagueAmounts } from "./extract.js";

/** Options of {@link findCasualties}: those of every finder, and which vague amounts to keep. @group Casualties */
export interface FindCasualtiesOptions extends FindOptions {
  /**
   * Which vague amounts to keep: `"none"`; `"small"` (default), those bounded under ten
   * ("several" as `{ min: 3, max: 9, approximate: true }`, "a leader and several aides" as
   * `{ min: 4, max: 10, approximate: true }`); `"all"`, also "dozens" and "hundreds" as bounds
   * (`{ min: 24, max: 99, approximate: true }`).
   */
  readonly vague?: VagueAmounts;
}

/**
 * Finds every human toll in `text`: how many people were killed, injured, missing, captured or
 * displaced, who they were, and where and when, with the evidence's span.
 *
 * @param text - Any text; never throws on it. Or an HTML page, with `format: "html"`: spans then index the HTML.
 * @param options - The publication date, its time zone, the input format, and which vague amounts to keep.
 * @returns The casualties in text order (ids `c1`, `c2`…); a count per mention, repeats included, but a
 * headline's toll that the first paragraph tells again with the same kind, count and victims is one record (the paragraph's).
 * @throws RangeError when `options.published` is not a valid ISO 8601 date, `options.timeZone`
 * is not an IANA time zone name, `options.format` is not `"text"` or `"html"`,
 * `options.vague` is not one of its three values, or `options` has a key of another name (`publishd`).
 * @throws TypeError when `text` is not a string, `options` is not an object, or `published` is
 * neither a string, a `Date` nor `null`.
 *
 * @example
 * ```ts
 * findCasualties("At least 12 people were killed and 90 were injured.").map((c) => [c.kind, c.count]);
 * // [["killed", { min: 12 }], ["injured", { min: 90, max: 90 }]]
 * findCasualties("The strike killed three children and their parents.")[0].count;
 * // { min: 5, max: 5 }
 * ```
 *
 * @group Casualties
 */
export function findCasualties(text: string, options: FindCasualtiesOptions = {}): Casualty[] {
  const { doc, inInput } = readFindInput("findCasualties", text, options, ["vague"], () => checkChoice("vague", options.vague, VAGUE_CHOICES));
  // Place and date come from the other facets; a failure there leaves them out, not the tolls.
  const dates = attempt(() => extractDates(doc));
  const territories = attempt(() => extractTerritories(doc));
  return inInput(extractCasualties(doc, { territories, dates }, options.vague ? { vague: options.vague } : {}));
}

function attempt<T>(run: () => T[]): T[] {
  try {
    return run();
  } catch {
    return [];
  }
}
