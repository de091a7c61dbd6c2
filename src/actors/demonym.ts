/**
 * Demonyms to countries ("Russian" → RU): the territories facet's `countryByDemonym` where it
 * has one, this facet's own small table otherwise.
 *
 * @module
 */
import * as territories from "../territories/index.js";
import { DEMONYMS } from "../lexicon/actors-demonyms.js";

type DemonymLookup = (word: string) => string | { readonly iso?: string } | undefined;

// The territories facet is landing `countryByDemonym`; read it without a hard import so this
// facet builds before and after it lands.
const shared = (territories as unknown as { readonly countryByDemonym?: DemonymLookup }).countryByDemonym;

/** The ISO 3166-1 alpha-2 code of the country a demonym points to, or undefined. */
export function demonymCountry(word: string): string | undefined {
  const own = DEMONYMS.get(word);
  if (own) return own;
  if (!shared) return undefined;
  try {
    const found = shared(word);
    if (typeof found === "string") return found;
    return found?.iso;
  } catch {
    return undefined;
  }
}
