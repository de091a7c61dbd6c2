/**
 * Demonyms to countries ("Russian" → RU): the territories facet's gazetteer first, then this
 * facet's own table for the adjectives it lacks ("Soviet", "West Indian").
 *
 * @module
 */
import { countryByDemonym } from "../territories/index.js";
import { gazetteer } from "../territories/gazetteer.js";
import { DEMONYMS } from "../lexicon/actors-demonyms.js";
import { startsUpper } from "./letter-case.js";
import type { TokenList } from "../text/tokens.js";
import { WordTable } from "../text/word-table.js";

/** Words looked up lately; cleared when full so memory stays bounded. */
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 20_000;

/** The ISO 3166-1 alpha-2 code of the country a demonym points to, or undefined. */
export function demonymCountry(word: string): string | undefined {
  // Demonyms are capitalized; most tokens are not, and need no lookup.
  if (!startsUpper(word)) return undefined;
  const known = memo.get(word);
  if (known !== undefined) return known ?? undefined;
  const iso = countryByDemonym(word)?.iso ?? DEMONYMS.get(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, iso ?? null);
  return iso;
}

/** Each word id's {@link demonymCountry}, {@link NONE} where it has none; undefined until asked. */
const byWord = /* @__PURE__ */ new WordTable<string>();
/** No country: no code is an empty string with a NUL in it. */
const NONE = "\0";

/** {@link demonymCountry} of the text of token `i` of `tokens`, kept by word id: the name finder asks it of a name's words again and again. */
export function demonymAt(tokens: TokenList, i: number): string | undefined {
  const known = byWord.of(tokens);
  const id = tokens.id(i);
  const iso = (known[id] ??= demonymCountry(tokens.text(i)) ?? NONE);
  return iso === NONE ? undefined : iso;
}

let pairStarts: ReadonlySet<string> | undefined;

/**
 * True when a demonym of two words or more may start with the word whose key (lower case, see
 * `nameKey`) is `key` ("south" of "South African"): the first words of every such demonym,
 * gathered once, so that a pair of words is put together and looked up only after one of them.
 */
export function opensDemonymPair(key: string): boolean {
  if (!pairStarts) {
    const starts = new Set<string>();
    const add = (demonym: string): void => {
      const space = demonym.indexOf(" ");
      if (space > 0) starts.add(demonym.slice(0, space).toLowerCase());
    };
    for (const demonym of gazetteer().countryByDemonym.keys()) add(demonym);
    for (const demonym of DEMONYMS.keys()) add(demonym);
    pairStarts = starts;
  }
  return pairStarts.has(key);
}
