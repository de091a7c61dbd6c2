/**
 * Compiles the gazetteer from its data tables (countries, ISO subdivisions, hand-written places,
 * world cities) and serializes it. The library loads the serialized form (data/compiled.ts,
 * written by scripts/gazetteer/build.mjs) lazily instead of compiling at run time, which cost
 * every process and every batch worker a fifth of a second; a test checks the two agree.
 *
 * @module
 */
import type { TerritoryKind } from "../model.js";
import { COUNTRY_ROWS } from "./data/countries.js";
import { ISO_SUBDIVISION_ROWS } from "./data/iso-subdivisions.js";
import { NAMED_PLACE_ROWS } from "./data/named-places.js";
import { AMBIGUOUS_NAMES, GENERIC_NAMES, NAME_GENERIC_WORDS } from "./data/place-words.js";
import { CITY_SUBDIVISIONS, SUBDIVISION_NAME_ROWS } from "./data/subdivision-names.js";
import { WORLD_CITY_ROWS } from "./data/world-cities.js";
import { encodeKeyedLines } from "../lexicon/front-coded.js";
import { capitalized, type CompiledGazetteer } from "./compiled-table.js";
import { foldKey, nameTokens, type Gazetteer, type PlaceEntry, type PlaceName } from "./gazetteer.js";

const NONE_LOWERCASE: readonly boolean[] = [];

// Tiers, strongest first: hand-written names; generated cities; bare subdivision stems; ISO local names.
const TIER_HAND = 0;
const TIER_CITY = 2;
const TIER_STEM = 3;
const TIER_LOCAL = 4;

const MARKS = /\p{M}+/gu;
const LOWER_INITIAL = /^\p{Ll}/u;
const SAINT = /^(?:Saint|St\.?) (?=\p{Lu})/u;

// Characters nameTokens cuts off a word; a name without them splits on spaces alone.
const CUT_CHARS = /[.()[\]"“”,;:]/u;

/** The token texts of a name, as {@link nameTokens} cuts them; most names take the plain split. */
function nameWords(name: string): string[] {
  if (CUT_CHARS.test(name)) return nameTokens(name).map((t) => t.text);
  const words = name.split(" ");
  return words.includes("") ? words.filter((word) => word !== "") : words;
}

/** True when `text` starts with a lowercase letter; ASCII answered without the Unicode regex. */
function isLowerInitial(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER_INITIAL.test(text);
}

/** True when every character of `text` is ASCII: such a name has no diacritics to strip. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

const split = (field: string | undefined): string[] => (field ? field.split(";").map((s) => s.trim()).filter(Boolean) : []);

// The two largest tables (ISO subdivisions, world cities) are read by index rather than destructured.
/** Compiles the gazetteer from the data tables: the source of truth for the precompiled table. */
export function compileGazetteer(): Gazetteer {
  const names = new Map<string, PlaceName>();
  const byIso = new Map<string, PlaceEntry>();
  const regionByStem = new Map<string, PlaceEntry>();
  const countryByDemonym = new Map<string, PlaceEntry>();
  const lowercaseStarts = new Set<string>();

  const addName = (name: string, entry: PlaceEntry, tier: number): void => {
    const variants = saintVariants(name);
    if (variants === undefined) addSpelling(name, entry, tier);
    else for (const variant of variants) addSpelling(variant, entry, tier);
  };
  const addSpelling = (name: string, entry: PlaceEntry, tier: number): void => {
    const words = nameWords(name);
    // A leading "the" is context, not name: "the Donbas" is matched as "Donbas".
    if (words[0]?.toLowerCase() === "the") words.shift();
    if (words.length === 0) return;
    const keys = words.map(foldKey);
    const full = keys.join(" ");
    // Generated tables hold subdivisions named "Western" or "Central": no name in running text.
    if (tier > TIER_HAND && (GENERIC_NAMES.has(full) || (keys.length === 1 && full.length <= 3))) return;
    const existing = names.get(full);
    // Most names are capitalized throughout: they share one empty array.
    const lowercase = words.some(isLowerInitial) ? words.map(isLowerInitial) : NONE_LOWERCASE;
    if (existing && existing.tier <= tier) {
      // "Dnipro River" and its spelling "Dnipro river": one name, each word in either case.
      if (existing.entry === entry && lowercase !== NONE_LOWERCASE) {
        const both = existing.keys.map((_, k) => (existing.lowercase[k] ?? false) || (lowercase[k] ?? false));
        if (both[0]) lowercaseStarts.add(words[0]!);
        names.set(full, { ...existing, lowercase: both });
      }
      return;
    }
    if (lowercase[0]) lowercaseStarts.add(words[0]!);
    names.set(full, { keys, lowercase, entry, tier, ambiguous: AMBIGUOUS_NAMES.has(full) });
  };

  // Countries.
  for (const row of COUNTRY_ROWS) {
    const [code = "", name = "", aliases, demonyms] = row.split("|");
    const entry: PlaceEntry = { name, kind: "country", iso: code, country: code };
    byIso.set(code, entry);
    addName(name, entry, TIER_HAND);
    for (const alias of split(aliases)) addName(alias, entry, TIER_HAND);
    for (const demonym of split(demonyms)) if (!countryByDemonym.has(foldKey(demonym))) countryByDemonym.set(foldKey(demonym), entry);
  }

  // Subdivisions: English names where written, else the ISO local name.
  const english = new Map(SUBDIVISION_NAME_ROWS.map((row) => {
    const [code = "", name = "", aliases] = row.split("|");
    return [code, { name, aliases: split(aliases) }] as const;
  }));
  const citySubdivisions = new Set(CITY_SUBDIVISIONS);
  const namedCities = new Map<string, string>(); // folded name + country -> code, for city-states
  const subdivisionStems: Array<{ stem: string; entry: PlaceEntry }> = [];
  const localNames = new Map<string, string>();
  for (const row of ISO_SUBDIVISION_ROWS) {
    const fields = row.split("|");
    const code = fields[0] ?? "";
    const localName = fields[1] ?? "";
    localNames.set(code, localName);
    if (byIso.has(code)) continue;
    const country = code.slice(0, 2);
    const written = english.get(code);
    const name = written?.name ?? trimLocalGeneric(localName);
    if (citySubdivisions.has(code)) {
      namedCities.set(`${foldKey(name)}|${country}`, code);
      continue;
    }
    const entry: PlaceEntry = { name, kind: "region", iso: code, country };
    byIso.set(code, entry);
    addName(name, entry, written ? TIER_HAND : TIER_LOCAL);
    if (written) {
      for (const alias of written.aliases) addName(alias, entry, TIER_HAND);
      addName(localName, entry, TIER_LOCAL);
    }
    const stem = stemOf(name);
    if (stem) subdivisionStems.push({ stem, entry });
    for (const alias of written?.aliases ?? []) {
      const aliasStem = stemOf(alias);
      if (aliasStem) subdivisionStems.push({ stem: aliasStem, entry });
    }
    if (!written) subdivisionStems.push({ stem: localName, entry });
  }

  // Hand-written places; a city-state takes its subdivision's code.
  for (const row of NAMED_PLACE_ROWS) {
    const [name = "", kind = "other", country = "", aliases, flags = ""] = row.split("|");
    const code = namedCities.get(`${foldKey(name)}|${country}`);
    const entry: PlaceEntry = {
      name,
      kind: kind as TerritoryKind,
      ...(code ? { iso: code } : {}),
      ...(country ? { country } : {}),
      ...(flags.includes("capital") && country ? { capitalOf: country } : {}),
      ...(flags.includes("seat") ? { seat: true, ...(country ? { capitalOf: country } : {}) } : {}),
      ...(flags.includes("metonym") ? { metonym: true } : {}),
    };
    if (code) {
      byIso.set(code, entry);
      namedCities.delete(`${foldKey(name)}|${country}`);
    }
    addName(name, entry, TIER_HAND);
    for (const alias of split(aliases)) addName(alias, entry, TIER_HAND);
  }
  // City-states with no hand-written row keep their ISO name as a city.
  for (const [key, code] of namedCities) {
    const name = english.get(code)?.name ?? localNames.get(code) ?? key;
    const entry: PlaceEntry = { name, kind: "city", iso: code, country: code.slice(0, 2) };
    byIso.set(code, entry);
    addName(name, entry, TIER_HAND);
  }

  // Generated world cities, largest first.
  for (const row of WORLD_CITY_ROWS) {
    const fields = row.split("|");
    const name = fields[0] ?? "";
    const country = fields[1] ?? "";
    const flag = fields[2];
    // A capital named like a person ("Douglas", "Victoria") stands for no government.
    const capital = flag === "capital" && !AMBIGUOUS_NAMES.has(foldKey(name));
    const entry: PlaceEntry = { name, kind: "city", country, ...(capital ? { capitalOf: country } : {}) };
    addName(name, entry, TIER_CITY);
    if (!isAscii(name)) {
      const plain = name.normalize("NFKD").replace(MARKS, "");
      if (plain !== name) addName(plain, entry, TIER_CITY);
    }
  }

  // Stems: "Kyiv" for Kyiv Oblast, used after a region word and, where no other place has the name, alone.
  for (const { stem, entry } of subdivisionStems) {
    const key = nameWords(stem).map(foldKey).join(" ");
    if (!regionByStem.has(key)) regionByStem.set(key, entry);
    addName(stem, entry, TIER_STEM);
  }

  const byFirstKey = new Map<string, PlaceName[]>();
  for (const name of names.values()) {
    const first = name.keys[0]!;
    const list = byFirstKey.get(first);
    if (list) list.push(name);
    else byFirstKey.set(first, [name]);
  }
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length || a.tier - b.tier);
  return { byFirstKey, byIso, regionByStem, countryByDemonym, byName: names, lowercaseStarts };
}

/**
 * The gazetteer as the text compiled-table.ts reads. Names keep the compiler's order within
 * their first key: the matcher's ties follow it.
 *
 * @throws Error when a name or key cannot be written in that form (a field holding `|` or a line break).
 */
export function serializeGazetteer(g: Gazetteer): CompiledGazetteer {
  const field = (text: string): string => {
    if (/[|\n]/u.test(text)) throw new Error(`gazetteer: cannot serialize ${JSON.stringify(text)}`);
    return text;
  };
  const flagsOf = (entry: PlaceEntry): number | string => (entry.seat ? 1 : 0) + (entry.metonym ? 2 : 0) || "";
  const trimmed = (fields: ReadonlyArray<string | number>, keep = 0): string => {
    let end = fields.length;
    while (end > keep && fields[end - 1] === "") end--;
    return fields.slice(0, end).join("|");
  };

  // Entries with a code, by code; the loader finds byIso's entries there, so byIso must be exactly them.
  const coded = new Map<string, PlaceEntry>();
  for (const name of g.byName.values()) if (name.entry.iso) coded.set(name.entry.iso, name.entry);
  for (const [code, entry] of g.byIso) {
    if (entry.iso !== code || (coded.get(code) ?? entry) !== entry) throw new Error(`gazetteer: byIso ${code} is not the entry with that code`);
    coded.set(code, entry);
  }
  if (coded.size !== g.byIso.size) throw new Error("gazetteer: an entry with a code is missing from byIso");
  const codes = [...coded.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // Numbers in base 36: line numbers and ranks take fewer digits, and gzip finds them no worse.
  const refs = new Map<PlaceEntry, string>(codes.map((code, i) => [coded.get(code)!, i.toString(36)]));
  // The first line of a name that is a coded entry's name with capitals ("helmand" → "Helmand"):
  // the entry leaves its name out instead of writing it a second time. The loader takes the first
  // line that refers to the entry, or the one whose rank ends with `!` when that line is not the
  // first: a flag costs less than a line number, which gzip cannot shorten.
  const nameLines = new Map<PlaceEntry, number>();
  const firstLines = new Map<PlaceEntry, number>();

  const names = sortedByKey(
    [...g.byName].map(([full, name]) => {
      // The loader rebuilds the keys by splitting the full name on spaces.
      if (name.keys.join(" ") !== full || name.keys.some((key) => key === "" || key.includes(" "))) throw new Error(`gazetteer: name keys do not round-trip: ${full}`);
      return { first: name.keys[0]!, name, full };
    }),
  ).map(({ name, full }, line) => {
    const stem = g.regionByStem.get(full) === name.entry;
    const rank = name.tier * 4 + (stem ? 2 : 0) + (name.ambiguous ? 1 : 0);
    const mask = name.lowercase.map((lower) => (lower ? "1" : "0")).join("");
    let ref = refs.get(name.entry);
    let shown = "";
    if (name.entry.iso) {
      if (!firstLines.has(name.entry)) firstLines.set(name.entry, line);
      if (!nameLines.has(name.entry) && name.entry.name === capitalized(full)) {
        nameLines.set(name.entry, line);
        if (firstLines.get(name.entry) !== line) shown = "!";
      }
    }
    if (ref === undefined) {
      refs.set(name.entry, `@${line.toString(36)}`);
      const e = name.entry;
      // The name is usually the key with capitals ("aachen" → "Aachen") and the kind city: then they are left out.
      ref = `=${trimmed([e.name === capitalized(full) ? "" : field(e.name), e.kind === "city" ? "" : e.kind, field(e.country ?? ""), field(e.capitalOf ?? ""), flagsOf(e)])}`;
    }
    return `${field(name.keys[0]!)}|${field(name.keys.slice(1).join(" "))}|${rank ? rank.toString(36) : ""}${shown}|${mask}|${ref}`;
  });
  const entries = codes.map((code) => {
    const e = coded.get(code)!;
    const line = nameLines.get(e);
    if (e.name === "") throw new Error(`gazetteer: cannot serialize the empty name of ${code}`);
    // Most coded entries are regions of the country their code starts with: both left out
    // (the name's field stays, empty, when the name is left out: a keyed line has a `|`).
    const country = e.country === undefined ? "-" : code.slice(0, 2) === e.country ? "" : field(e.country);
    return trimmed([field(code), line === undefined ? field(e.name) : "", e.kind === "region" ? "" : e.kind, country, field(e.capitalOf ?? ""), flagsOf(e)], 2);
  });
  const pairs = (map: Iterable<readonly [string, PlaceEntry]>): string =>
    sortedByKey(
      [...map].map(([key, entry]) => {
        const ref = refs.get(entry);
        if (ref === undefined) throw new Error(`gazetteer: ${key} leads to an entry no name or code leads to`);
        return { first: key, line: `${field(key)}|${ref}` };
      }),
    )
      .map((item) => item.line)
      .join("\n");
  return {
    entries: encodeKeyedLines(entries.join("\n")),
    names: encodeKeyedLines(names.join("\n")),
    // Stems that are the full key of a name of their entry are flagged on that name instead.
    regionByStem: encodeKeyedLines(pairs([...g.regionByStem].filter(([key, entry]) => g.byName.get(key)?.entry !== entry))),
    countryByDemonym: encodeKeyedLines(pairs(g.countryByDemonym)),
    lowercaseStarts: [...g.lowercaseStarts].map(field),
  };
}

/** The items sorted by key in UTF-16 code units, as the loader's binary search compares; stable. */
function sortedByKey<T extends { readonly first: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
}
/** "Saint Louis", "St Louis" and "St. Louis" are one name written three ways; undefined for other names. */
function saintVariants(name: string): string[] | undefined {
  // Checked by hand first: most names start with another letter than S.
  const saint = name.startsWith("S") ? SAINT.exec(name) : null;
  if (!saint) return undefined;
  const rest = name.slice(saint[0].length);
  return [`Saint ${rest}`, `St ${rest}`, `St. ${rest}`];
}

/** The stem of a subdivision name that ends with a generic word ("Kyiv Oblast" → "Kyiv"), else undefined. */
function stemOf(name: string): string | undefined {
  const words = name.split(/\s+/u);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!.toLowerCase();
  return NAME_GENERIC_WORDS.has(last) ? words.slice(0, -1).join(" ") : undefined;
}

/** ISO local names carry a generic word in the local language ("Anhui Sheng"); the name is the rest. */
function trimLocalGeneric(name: string): string {
  // Every generic word ends the name, so a name whose last word is none of them is left alone.
  if (!LOCAL_GENERIC_LAST.has(name.slice(name.lastIndexOf(" ") + 1))) return name.trim() || name;
  return name.replace(/ (?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Uygur Zizhiqu|SAR)$/u, "").trim() || name;
}

const LOCAL_GENERIC_LAST = new Set(["Sheng", "Shi", "Zizhiqu", "SAR"]);
