/**
 * The gazetteer: compiles the data tables into lookup structures on first use (never at import
 * time, so importing only the date functions stays small): names by their first token for the
 * matcher, entries by ISO code, countries by demonym, subdivisions by stem.
 *
 * @module
 */
import type { TerritoryKind } from "../model.js";
import type { Token } from "../text/tokens.js";
import { COUNTRY_ROWS } from "./data/countries.js";
import { ISO_SUBDIVISION_ROWS } from "./data/iso-subdivisions.js";
import { NAMED_PLACE_ROWS } from "./data/named-places.js";
import { AMBIGUOUS_NAMES, GENERIC_NAMES, NAME_GENERIC_WORDS } from "./data/place-words.js";
import { CITY_SUBDIVISIONS, SUBDIVISION_NAME_ROWS } from "./data/subdivision-names.js";
import { WORLD_CITY_ROWS } from "./data/world-cities.js";

/** One gazetteer entry. */
export interface PlaceEntry {
  /** Canonical English name. */
  readonly name: string;
  /** What the place is. */
  readonly kind: TerritoryKind;
  /** ISO 3166-1 alpha-2 or ISO 3166-2 code, where one exists. */
  readonly iso?: string;
  /** ISO 3166-1 alpha-2 code of the country the place lies in. */
  readonly country?: string;
  /** ISO 3166-1 code of the country whose government the name can stand for ("Moscow", "the Kremlin"). */
  readonly capitalOf?: string;
  /** True for a seat of government ("the Kremlin", "the White House"): a metonym, never a territory. */
  readonly seat?: boolean;
  /** True when the name can stand for the people or governments it holds ("Europe has pushed back"). */
  readonly metonym?: boolean;
}

/** One way of writing an entry, as the token keys the matcher compares. */
export interface PlaceName {
  /** Folded keys of the name's tokens ("kyiv", "oblast"). */
  readonly keys: readonly string[];
  /** Per token: true when the name writes it lowercase-initial ("el-Fasher", "of"); empty when none is. */
  readonly lowercase: readonly boolean[];
  /** The entry named. */
  readonly entry: PlaceEntry;
  /** Lower is stronger: hand-written names beat generated ones when two entries share a name. */
  readonly tier: number;
  /** True for names that are also common words or given names and need a clear place context. */
  readonly ambiguous: boolean;
}

/** The compiled gazetteer. */
export interface Gazetteer {
  /** Names by the key of their first token, longest first. */
  readonly byFirstKey: ReadonlyMap<string, readonly PlaceName[]>;
  /** Entries by ISO code. */
  readonly byIso: ReadonlyMap<string, PlaceEntry>;
  /** Subdivisions by the key of their stem ("kyiv" → Kyiv Oblast), for "the Kyiv region". */
  readonly regionByStem: ReadonlyMap<string, PlaceEntry>;
  /** Countries by folded demonym ("russian" → Russia). */
  readonly countryByDemonym: ReadonlyMap<string, PlaceEntry>;
  /** Names by their folded keys joined with spaces, for normalizing a whole string. */
  readonly byName: ReadonlyMap<string, PlaceName>;
  /** First words of names written lowercase-initial ("el-Fasher"), as written: other lowercase words start no name. */
  readonly lowercaseStarts: ReadonlySet<string>;
}

const NONE_LOWERCASE: readonly boolean[] = [];

// Tiers, strongest first: hand-written names; generated cities; bare subdivision stems; ISO local names.
const TIER_HAND = 0;
const TIER_CITY = 2;
const TIER_STEM = 3;
const TIER_LOCAL = 4;

let compiled: Gazetteer | undefined;

/** The gazetteer, compiled on first use. */
export function gazetteer(): Gazetteer {
  compiled ??= compile();
  return compiled;
}

const PLAIN = /^[\d.a-z-]*$/iu;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’ʼ`‘]/gu;
// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar.
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015]/gu;
const LOWER_INITIAL = /^\p{Ll}/u;
const DIGIT_INITIAL = /^\p{Nd}/u;
const SAINT = /^(?:Saint|St\.?) (?=\p{Lu})/u;

/** Folds a token for lookup: lowercase, no diacritics, no apostrophes, one kind of dash. */
export function foldKey(text: string): string {
  // Most tokens are plain ASCII: skip the Unicode work for them.
  if (PLAIN.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(APOSTROPHES, "")
    .replace(DASHES, "-");
}

/**
 * The tokens of a name, cut as the document tokenizer cuts them ("St. Petersburg" → "St", ".",
 * "Petersburg"), by a plain split: names hold no sentence punctuation, and this runs for every
 * gazetteer name on first use.
 */
export function nameTokens(name: string): Token[] {
  const out: Token[] = [];
  const push = (start: number, end: number, kind: Token["kind"]): void => {
    if (end > start) out.push({ start, end, text: name.slice(start, end), kind });
  };
  let at = 0;
  for (const piece of name.split(" ")) {
    let start = at;
    let end = at + piece.length;
    at = end + 1;
    while (start < end && OPENERS.has(name[start]!)) push(start, ++start, "punct");
    const closers: number[] = [];
    while (end > start && CLOSERS.has(name[end - 1]!)) closers.unshift(--end);
    const word = name.slice(start, end);
    if (word.endsWith(".") && !ABBREVIATION.test(word)) {
      push(start, end - 1, "word");
      push(end - 1, end, "punct");
    } else push(start, end, DIGIT_INITIAL.test(word) ? "number" : "word");
    for (const c of closers) push(c, c + 1, "punct");
  }
  return out;
}

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

const OPENERS = new Set(["(", "[", "\"", "“"]);
const CLOSERS = new Set([")", "]", ",", "\"", "”", ";", ":"]);
const ABBREVIATION = /^(?:\p{L}\.){2,}$|^\p{Lu}\.$/u;

const split = (field: string | undefined): string[] => (field ? field.split(";").map((s) => s.trim()).filter(Boolean) : []);

// The two largest tables (ISO subdivisions, world cities) are read by index rather than destructured:
// compile runs once per process, cold, where the iterator protocol costs more than the rest of a row.
function compile(): Gazetteer {
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
    if (existing && existing.tier <= tier) return;
    // Most names are capitalized throughout: they share one empty array.
    const lowercase = words.some(isLowerInitial) ? words.map(isLowerInitial) : NONE_LOWERCASE;
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

/** The subdivision named by a place's stem: Kyiv → Kyiv Oblast, Lugansk → Luhansk Oblast. */
export function regionOfName(name: PlaceName): PlaceEntry | undefined {
  const { regionByStem } = gazetteer();
  return regionByStem.get(name.keys.join(" ")) ?? regionByStem.get(foldKey(name.entry.name));
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
