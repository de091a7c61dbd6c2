/**
 * The gazetteer: names by their first token for the matcher, entries by ISO code, countries by
 * demonym, subdivisions by stem. compile-gazetteer.ts compiles the data tables into the table in
 * data/compiled.ts, which compiled-table.ts reads lazily on first use (never at import time, so
 * importing only the date functions stays small).
 *
 * @module
 */
import type { TerritoryKind } from "../model.js";
import { makeToken, type Token } from "../text/tokens.js";
import { loadGazetteer } from "./compiled-table.js";
import { COMPILED_GAZETTEER } from "./data/compiled.js";

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
  /** Names by their folded keys joined with spaces, for normalizing a whole string (iterated in no particular order). */
  readonly byName: ReadonlyMap<string, PlaceName>;
  /** First words of names written lowercase-initial ("el-Fasher"), as written: other lowercase words start no name. */
  readonly lowercaseStarts: ReadonlySet<string>;
}

let compiled: Gazetteer | undefined;

/** The gazetteer, over the precompiled table, on first use. */
export function gazetteer(): Gazetteer {
  compiled ??= loadGazetteer(COMPILED_GAZETTEER);
  return compiled;
}

const PLAIN = /^[\d.a-z-]*$/iu;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’ʼ`‘]/gu;
// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar.
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015]/gu;
const DIGIT_INITIAL = /^\p{Nd}/u;

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
 * gazetteer name when the gazetteer is compiled.
 */
export function nameTokens(name: string): Token[] {
  const out: Token[] = [];
  const push = (start: number, end: number, kind: Token["kind"]): void => {
    if (end > start) out.push(makeToken(start, name.slice(start, end), kind));
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

const OPENERS = new Set(["(", "[", "\"", "“"]);
const CLOSERS = new Set([")", "]", ",", "\"", "”", ";", ":"]);
const ABBREVIATION = /^(?:\p{L}\.){2,}$|^\p{Lu}\.$/u;

/** The subdivision named by a place's stem: Kyiv → Kyiv Oblast, Lugansk → Luhansk Oblast. */
export function regionOfName(name: PlaceName): PlaceEntry | undefined {
  const { regionByStem } = gazetteer();
  return regionByStem.get(name.keys.join(" ")) ?? regionByStem.get(foldKey(name.entry.name));
}
