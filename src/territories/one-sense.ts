/**
 * One sense per article: a name read one way in one place is read so throughout. "The Kursk
 * region" makes a bare "Kursk" the region; "MaliVai Washington" makes a bare "Washington" the man.
 *
 * @module
 */
import type { TokenList } from "../text/tokens.js";
import { regionOfName, type PlaceEntry, type PlaceName } from "./gazetteer.js";
import type { RawMatch } from "./raw-match.js";

/** Names that are also surnames: ambiguous ones, generated ones, and capitals ("Washington"); a country only when its name is ambiguous ("Jordan"). */
export function mayBeSurname(name: PlaceName): boolean {
  return name.ambiguous || (name.entry.kind !== "country" && (name.tier > 0 || name.entry.capitalOf !== undefined));
}

/**
 * One sense per article: once the text has said "the Kursk region" or "the Dzhankoi district",
 * a bare "Kursk" or "Dzhankoi" means that region too, unless the text calls it a city. Capitals
 * keep their own sense: "Kyiv" and "the Kyiv region" are two places.
 */
export function readStemsAsNamedRegions(tokens: TokenList, sentences: ReadonlyArray<{ readonly raw: readonly RawMatch[]; readonly chains: readonly number[] }>): void {
  // Keyed by the name as written: "Dnipropetrovsk region" says nothing of a bare "Dnipro".
  const regionOfStem = new Map<PlaceName, PlaceEntry>();
  const calledCities = new Set<PlaceEntry>();
  for (const { raw } of sentences) {
    for (const m of raw) {
      if (!m.name) continue;
      if (m.entry !== m.name.entry && m.name.entry.kind === "city") regionOfStem.set(m.name, m.entry);
      else if (calledCity(tokens, m)) calledCities.add(m.entry);
    }
  }
  if (regionOfStem.size === 0) return;
  for (const { raw, chains } of sentences) {
    // Decided before any is changed: "Kyiv, Odesa and Lviv" keeps Odesa among cities, though the
    // text also says "the Odesa region" (and Lviv stays a city with it).
    const regions: (PlaceEntry | undefined)[] = [];
    for (let i = 0; i < raw.length; i++) {
      const m = raw[i]!;
      const region = !m.name || m.entry !== m.name.entry || m.entry.capitalOf || calledCities.has(m.entry) ? undefined : regionOfStem.get(m.name);
      regions.push(region && !listedWithCity(raw, chains, i) ? region : undefined);
    }
    for (let i = 0; i < raw.length; i++) if (regions[i]) raw[i]!.entry = regions[i]!;
  }
}

/**
 * True when match `i` is listed with a city that is no region's name: a capital ("Kyiv, Odesa and
 * Lviv") or a city no region is named after ("Odesa and Izmail"). "Kursk and Belgorod" after "the
 * Kursk region" may be two regions, and stays so.
 */
function listedWithCity(raw: readonly RawMatch[], chains: readonly number[], i: number): boolean {
  for (let k = 0; k < raw.length; k++) {
    if (k === i || chains[k] !== chains[i]) continue;
    const mate = raw[k]!;
    if (mate.entry.kind === "city" && mate.name && (mate.entry.capitalOf !== undefined || !regionOfName(mate.name))) return true;
  }
  return false;
}

const CITY_NOUNS: ReadonlySet<string> = new Set(["city", "town", "village", "port"]);

/** "the city of Kursk", "Kursk city". */
function calledCity(tokens: TokenList, m: RawMatch): boolean {
  // Read word by word (a token holds no space): no string is joined or lower-cased per match.
  const after = m.end < tokens.length ? tokens.lower(m.end) : "";
  return (m.first >= 2 && tokens.lower(m.first - 1) === "of" && CITY_NOUNS.has(tokens.lower(m.first - 2))) || after === "city" || after === "town";
}

