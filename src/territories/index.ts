/**
 * The public API of the territories facet.
 *
 * @module
 */
import type { Territory, TerritoryKind } from "../model.js";
import { checkText } from "../options.js";
import { readFindInput, type FindOptions } from "../html/find-input.js";
import type { Sentence } from "../text/document.js";
import { tokenListOf } from "../text/tokens.js";
import { extractTerritories } from "./extract.js";
import { foldKey, gazetteer, nameTokens } from "./gazetteer.js";
import { matchTokens } from "./match.js";

/** A gazetteer place in canonical form. @group Territories */
export interface NormalizedTerritory {
  /** Canonical English name (`"Kyiv"`). */
  readonly name: string;
  /** What the place is. */
  readonly kind: TerritoryKind;
  /** ISO 3166-1 alpha-2 or ISO 3166-2 code, where one exists. */
  readonly iso?: string;
  /** ISO 3166-1 alpha-2 code of the country the place lies in. */
  readonly country?: string;
}

/**
 * Options of {@link findTerritories}: those of every finder, so one options object serves them
 * all. The publication date and its zone are checked, and read as {@link parseArticle} reads
 * them; no place depends on them.
 *
 * @group Territories
 */
export type FindTerritoriesOptions = FindOptions;

/**
 * Finds the places a text mentions as places, without running the other facets.
 *
 * @param text - Any text, e.g. a news article. Or an HTML page, with `format: "html"`: spans then index the HTML.
 * @param options - See {@link FindTerritoriesOptions}.
 * @returns The territories in order of first mention, each with its mentions.
 * @throws RangeError when `options.published` is not a valid ISO 8601 date, `options.timeZone`
 * is not an IANA time zone name, `options.format` is not `"text"` or `"html"`, or `options`
 * has a key of another name (`publishd`).
 * @throws TypeError when `text` is not a string, `options` is not an object, or `published` is
 * neither a string, a `Date` nor `null`.
 *
 * @example
 * ```ts
 * findTerritories("Russia struck Kiev overnight.").map((t) => [t.name, t.iso]);
 * // [["Kyiv", "UA-30"]]
 * const html = "<p>Russia struck <b>Kiev</b> overnight.</p>";
 * const [kyiv] = findTerritories(html, { format: "html" });
 * html.slice(kyiv.mentions[0].start, kyiv.mentions[0].end); // "Kiev"
 * ```
 *
 * @group Territories
 */
export function findTerritories(text: string, options: FindTerritoriesOptions = {}): Territory[] {
  const { doc, inInput } = readFindInput("findTerritories", text, options);
  return inInput(extractTerritories(doc));
}

/**
 * Turns a place name in any common spelling into its canonical gazetteer form.
 *
 * @param name - A place name: `"Kiev"`, `"the Kyiv region"`, `"Lugansk province"`, `"U.S."`.
 * @returns The canonical place, or undefined when the whole string names no known place.
 * @throws TypeError when `name` is not a string.
 *
 * @example
 * ```ts
 * normalizeTerritory("Kiev");             // { name: "Kyiv", kind: "city", iso: "UA-30", country: "UA" }
 * normalizeTerritory("the Kyiv region");  // { name: "Kyiv Oblast", kind: "region", iso: "UA-32", country: "UA" }
 * normalizeTerritory("Atlantis");         // undefined
 * ```
 *
 * @group Territories
 */
export function normalizeTerritory(name: string): NormalizedTerritory | undefined {
  checkText("normalizeTerritory", name, "name");
  const trimmed = name.trim().replace(/^the\s+/iu, "");
  if (!trimmed) return undefined;
  const exact = gazetteer().byName.get(nameTokens(trimmed).map((t) => foldKey(t.text)).join(" "))?.entry;
  if (exact) return canonical(exact);
  const tokens = tokenListOf(nameTokens(trimmed));
  // A whole sentence, of the shape a document's sentences have: parseArticle's stages call this
  // too, and a second shape would deoptimize the matcher they share with the territories stage.
  const sentence: Sentence = { start: 0, end: trimmed.length, paragraph: 0, firstToken: 0, endToken: tokens.length };
  const matches = matchTokens(trimmed, tokens, [sentence]);
  const only = matches.length === 1 ? matches[0] : undefined;
  if (!only || only.start !== 0 || trimmed.slice(only.end).trim().split(/\s+/u).filter(Boolean).length > 1) return undefined;
  return canonical(only.entry);
}

/**
 * Looks a place up by its ISO 3166 code.
 *
 * @param iso - An ISO 3166-1 alpha-2 code (`"UA"`) or ISO 3166-2 code (`"UA-30"`), any case.
 * @returns The canonical place, or undefined for an unknown code.
 * @throws TypeError when `iso` is not a string.
 *
 * @example
 * ```ts
 * territoryByIso("UA-30"); // { name: "Kyiv", kind: "city", iso: "UA-30", country: "UA" }
 * territoryByIso("RU-KRS"); // { name: "Kursk Oblast", kind: "region", iso: "RU-KRS", country: "RU" }
 * ```
 *
 * @group Territories
 */
export function territoryByIso(iso: string): NormalizedTerritory | undefined {
  checkText("territoryByIso", iso, "code");
  const entry = gazetteer().byIso.get(iso.trim().toUpperCase());
  return entry ? canonical(entry) : undefined;
}

/**
 * Finds the country a demonym or adjective names.
 *
 * @param demonym - `"Russian"`, `"Ukrainians"`, `"Norwegian"`, `"U.S."`, `"American"`; any case.
 * @returns The country, or undefined when the word is no known demonym.
 * @throws TypeError when `demonym` is not a string.
 *
 * @example
 * ```ts
 * countryByDemonym("Norwegian"); // { name: "Norway", kind: "country", iso: "NO", country: "NO" }
 * countryByDemonym("American");  // { name: "United States", kind: "country", iso: "US", country: "US" }
 * ```
 *
 * @group Territories
 */
export function countryByDemonym(demonym: string): NormalizedTerritory | undefined {
  checkText("countryByDemonym", demonym, "demonym");
  const entry = gazetteer().countryByDemonym.get(foldKey(demonym.trim()));
  return entry ? canonical(entry) : undefined;
}

function canonical(entry: NormalizedTerritory): NormalizedTerritory {
  return {
    name: entry.name,
    kind: entry.kind,
    ...(entry.iso ? { iso: entry.iso } : {}),
    ...(entry.country ? { country: entry.country } : {}),
  };
}
