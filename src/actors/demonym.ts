/**
 * Demonyms to countries ("Russian" → RU): the territories facet's gazetteer first, then this
 * facet's own table for the adjectives it lacks ("Soviet", "West Indian").
 *
 * @module
 */
import { countryByDemonym } from "../territories/index.js";
import { DEMONYMS } from "../lexicon/actors-demonyms.js";

/** The ISO 3166-1 alpha-2 code of the country a demonym points to, or undefined. */
export function demonymCountry(word: string): string | undefined {
  return countryByDemonym(word)?.iso ?? DEMONYMS.get(word);
}
