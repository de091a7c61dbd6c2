/**
 * Places the gazetteer does not know, found from the words around them: "the village of
 * Mayskoye", "the town of Tawila", "the Tuffah neighbourhood", "Starychi district".
 *
 * @module
 */
import type { Token } from "../text/tokens.js";
import { foldKey, gazetteer, type PlaceEntry } from "./gazetteer.js";
import type { RawMatch, TokenRange } from "./raw-match.js";
import { PLACE_HEAD_NOUNS, SETTLEMENT_NOUNS } from "./data/place-words.js";

const MAX_NAME_WORDS = 3;
// Heads strong enough to mark a place without "the" before the name ("on Starychi district").
const STRONG_HEADS = new Set(["neighbourhood", "neighborhood", "district", "suburb", "village"]);
const POSSESSIVE = /['’]s$/u;
const NAME_LIKE = /^\p{Lu}\p{Ll}/u;
const UPPER_INITIAL = /^\p{Lu}/u;
// How far back a list of settlements may reach: "the villages of A, B, C and D".
const MAX_LIST_LOOKBACK = 15;
const LIST_SEPARATORS = new Set([",", "and", "or"]);
const PLURAL_SETTLEMENTS = new Map<string, PlaceEntry["kind"]>([
  ["villages", "city"],
  ["towns", "city"],
  ["cities", "city"],
  ["settlements", "city"],
  ["hamlets", "city"],
  ["camps", "city"],
  ["neighbourhoods", "other"],
  ["neighborhoods", "other"],
  ["districts", "other"],
  ["areas", "other"],
]);

/** A place named at token `at` by its context, or undefined. New entries are shared through `synthetic`. */
export function findUnknownPlace(
  tokens: readonly Token[],
  sentence: TokenRange,
  at: number,
  opening: number,
  synthetic: Map<string, PlaceEntry>,
): RawMatch | undefined {
  if (at === opening || !hasPlaceContext(tokens, sentence, at) || !isName(tokens[at])) return undefined;
  let end = at + 1;
  while (end < sentence.endToken && end - at < MAX_NAME_WORDS && isName(tokens[end]) && tokens[end]!.start === tokens[end - 1]!.end + 1 && !POSSESSIVE.test(tokens[end - 1]!.text)) end++;
  const kind = kindFromBefore(tokens, sentence, at) ?? kindFromList(tokens, sentence, at) ?? kindFromAfter(tokens, sentence, at, end);
  if (!kind) return undefined;
  const start = tokens[at]!.start;
  const lastToken = tokens[end - 1]!;
  const possessive = POSSESSIVE.test(lastToken.text);
  const stop = possessive ? lastToken.end - 2 : lastToken.end;
  const words = tokens.slice(at, end).map((t) => t.text);
  words[words.length - 1] = words[words.length - 1]!.replace(POSSESSIVE, "");
  const name = words.join(" ");
  const entry = synthetic.get(name) ?? { name, kind };
  synthetic.set(name, entry);
  return { first: at, end, start, stop, entry, possessive };
}

/** A cheap first look: "of" or a list separator before, or a head noun within the next few words. */
function hasPlaceContext(tokens: readonly Token[], sentence: TokenRange, at: number): boolean {
  if (at - 1 >= sentence.firstToken && (tokens[at - 1]!.text === "of" || LIST_SEPARATORS.has(tokens[at - 1]!.text))) return true;
  for (let k = at + 1; k < Math.min(sentence.endToken, at + MAX_NAME_WORDS + 1); k++) if (PLACE_HEAD_NOUNS.has(tokens[k]!.text)) return true;
  return false;
}

/** A capitalized word that is not a demonym ("the Russian area" names no place). */
function isName(token: Token | undefined): boolean {
  if (!token || token.kind !== "word" || !NAME_LIKE.test(token.text)) return false;
  return !gazetteer().countryByDemonym.has(foldKey(token.text.replace(POSSESSIVE, "")));
}

/** "the village of X", "the town of X", "the area of X". */
function kindFromBefore(tokens: readonly Token[], sentence: TokenRange, at: number): PlaceEntry["kind"] | undefined {
  if (at - 2 < sentence.firstToken || tokens[at - 1]!.text !== "of") return undefined;
  return SETTLEMENT_NOUNS.get(tokens[at - 2]!.text);
}

/** A later item of "the villages of A, B and C": the list's noun gives the kind. */
function kindFromList(tokens: readonly Token[], sentence: TokenRange, at: number): PlaceEntry["kind"] | undefined {
  if (at - 1 < sentence.firstToken || !LIST_SEPARATORS.has(tokens[at - 1]!.text)) return undefined;
  const limit = Math.max(sentence.firstToken, at - MAX_LIST_LOOKBACK);
  for (let i = at - 1; i > limit; i--) {
    const t = tokens[i]!;
    if (t.text === "of") return PLURAL_SETTLEMENTS.get(tokens[i - 1]!.text);
    if (!LIST_SEPARATORS.has(t.text) && !UPPER_INITIAL.test(t.text)) return undefined;
  }
  return undefined;
}

/** "the X neighbourhood", "X district". */
function kindFromAfter(tokens: readonly Token[], sentence: TokenRange, at: number, end: number): PlaceEntry["kind"] | undefined {
  if (end >= sentence.endToken) return undefined;
  const head = tokens[end]!.text;
  const kind = PLACE_HEAD_NOUNS.get(head);
  if (!kind) return undefined;
  const before = at - 1 >= sentence.firstToken ? tokens[at - 1]!.text : "";
  return STRONG_HEADS.has(head) || before === "the" ? kind : undefined;
}
