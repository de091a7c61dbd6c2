/**
 * What the actor lexicons say of each word's key, as bits by word id: a pass over the tokens
 * tests a bit read by the token's id instead of probing a set with the key's string. Two tables,
 * as the stage reads a word two ways: its key without a final possessive ("Putin's" → "putin",
 * the key of a name's word) and its key as written (see `tokenKey`).
 *
 * @module
 */
import type { TokenList } from "../text/tokens.js";
import { stripPossessive } from "./evidence.js";
import { type ActorLexicons, actorLexicons, nameKey } from "./lexicons.js";
import { WordBits } from "./word-bits.js";

/** The key is an organization's head noun ("ministry", "bank"), … */
export const ORGANIZATION_HEAD = 1;
/** … a legal suffix ("inc", "spa"), … */
export const ORGANIZATION_SUFFIX = 2;
/** … the head of a state's organ, … */
export const STATE_ORGAN_HEAD = 4;
/** … a common English word (the word list itself, no inflection), … */
export const COMMON_WORD = 8;
/** … a given name, … */
export const GIVEN_NAME = 16;
/** … a public figure's name or variant, … */
export const PUBLIC_FIGURE = 32;
/** … the first word of a person's title, … */
export const TITLE_START = 64;
/** … a key whose first word is the first word of a title ("major general" of "Major-General"), … */
export const TITLE_OPENER = 128;
/** … a title that is also a surname ("king"), … */
export const TITLE_SURNAME = 256;
/** … a word that qualifies a title ("deputy"), … */
export const TITLE_MODIFIER = 512;
/** … a capitalized adjective that is no name ("Republican"), … */
export const CAPITALIZED_ADJECTIVE = 1024;
/** … a word clubs are named with ("dynamo"), … */
export const CLUB_WORD = 2048;
/** … the last word of a facility's name ("airport"), … */
export const FACILITY_HEAD = 4096;
/** … the last word of an event's name ("cup"), … */
export const EVENT_HEAD = 8192;
/** … or a person's title of one word. */
export const TITLE = 16384;

/** Which lexicon holds the keys of each fact (all but {@link TITLE_OPENER}, read from a key's first word). */
const FACT_LEXICONS: ReadonlyArray<readonly [bit: number, lexicon: SetLexicon]> = [
  [ORGANIZATION_HEAD, "organizationHeads"],
  [ORGANIZATION_SUFFIX, "organizationSuffixes"],
  [STATE_ORGAN_HEAD, "stateOrganHeads"],
  [COMMON_WORD, "commonWords"],
  [GIVEN_NAME, "givenNames"],
  [PUBLIC_FIGURE, "figures"],
  [TITLE_START, "titleStarts"],
  [TITLE_SURNAME, "titleSurnames"],
  [TITLE_MODIFIER, "titleModifiers"],
  [CAPITALIZED_ADJECTIVE, "capitalizedAdjectives"],
  [CLUB_WORD, "clubWords"],
  [FACILITY_HEAD, "facilityHeads"],
  [EVENT_HEAD, "eventHeads"],
  [TITLE, "titles"],
];

/** The lexicons a key can be looked up in. */
type SetLexicon = {
  [K in keyof ActorLexicons]: ActorLexicons[K] extends { has(key: string): boolean } ? K : never;
}[keyof ActorLexicons];

/** The facts of `key` (a {@link nameKey}). */
function factsOf(key: string): number {
  const lex = actorLexicons();
  let bits = 0;
  for (const [bit, lexicon] of FACT_LEXICONS) if (lex[lexicon].has(key)) bits |= bit;
  const space = key.indexOf(" ");
  if (lex.titleStarts.has(space < 0 ? key : key.slice(0, space))) bits |= TITLE_OPENER;
  return bits;
}

const stemTable = /* @__PURE__ */ new WordBits((text) => factsOf(nameKey(stripPossessive(text))));
const writtenTable = /* @__PURE__ */ new WordBits((text) => factsOf(nameKey(text)));

/** The facts of each word's key without its possessive (`nameKey(stripPossessive(text))`), by word id of `tokens`. */
export function stemFacts(tokens: TokenList): Uint16Array {
  return stemTable.of(tokens);
}

/** The facts of each word's key as written (`nameKey(text)`), by word id of `tokens`. */
export function writtenFacts(tokens: TokenList): Uint16Array {
  return writtenTable.of(tokens);
}
