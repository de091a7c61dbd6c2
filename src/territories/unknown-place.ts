/**
 * Places the gazetteer does not know, found from the words around them: "the village of
 * Mayskoye", "the town of Tawila", "the Tuffah neighbourhood", "Starychi district".
 *
 * @module
 */
import { type Token, type TokenList, tokenSlice } from "../text/tokens.js";
import { foldKey, gazetteer, type PlaceEntry } from "./gazetteer.js";
import { isUpperInitial, type RawMatch, type TokenRange } from "./raw-match.js";
import { ADMIN_AREA_KINDS, DIRECTION_WORDS, FEATURE_KINDS, NAME_ARTICLES, PLACE_HEAD_NOUNS, SETTLEMENT_NOUNS } from "./data/place-words.js";
import { actorLexicons, isCommonWord, nameKey, tokenKey } from "../actors/lexicons.js";
import { NEVER_NAMES, PLACE_HEADS } from "../lexicon/actors-non-names.js";
import { isSportsText } from "./sports-teams.js";

const MAX_NAME_WORDS = 3;
// Prepositions that put the name after them on the map ("fighting near Tavildara").
const LOCATIVES = new Set(["in", "near", "outside"]);
// Places that stand for themselves at every mention of their one-word name.
const SPREADABLE = new WeakSet<PlaceEntry>();
// Months and weekdays: "in July" is a time.
const NEVER: ReadonlySet<string> = /* @__PURE__ */ new Set(NEVER_NAMES);
// Heads strong enough to mark a place without "the" before the name ("on Starychi district").
const STRONG_HEADS = new Set(["neighbourhood", "neighborhood", "district", "suburb", "village"]);
const POSSESSIVE = /['’]s$/u;
const NAME_LIKE = /^\p{Lu}\p{Ll}/u;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
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
  tokens: TokenList,
  sentence: TokenRange,
  at: number,
  opening: number,
  synthetic: Map<string, PlaceEntry>,
): RawMatch | undefined {
  const again = sameUnknownPlace(tokens, sentence, at, synthetic);
  if (again) return again;
  if (at === opening || !hasPlaceContext(tokens, sentence, at) || !isName(tokens.get(at))) return undefined;
  let end = at + 1;
  while (end < sentence.endToken && end - at < MAX_NAME_WORDS && (isName(tokens.get(end)) || isArticleName(tokens.text(end))) && tokens.start(end) === tokens.end(end - 1) + 1 && !POSSESSIVE.test(tokens.text(end - 1))) end++;
  const named = kindFromBefore(tokens, sentence, at) ?? kindFromList(tokens, sentence, at) ?? kindFromLocative(tokens, sentence, at, end);
  const kind = named ?? kindFromLocativeList(tokens, sentence, at, end) ?? kindFromAfter(tokens, sentence, at, end);
  if (!kind) return undefined;
  const start = tokens.start(at);
  const lastToken = tokens.get(end - 1)!;
  const possessive = POSSESSIVE.test(lastToken.text);
  const stop = possessive ? lastToken.end - 2 : lastToken.end;
  const words = tokenSlice(tokens, at, end).map((t) => t.text);
  words[words.length - 1] = words[words.length - 1]!.replace(POSSESSIVE, "");
  const name = words.join(" ");
  const entry = synthetic.get(name) ?? { name, kind };
  synthetic.set(name, entry);
  // Only a name the text calls a place by itself ("the village of X", "in X") is one everywhere:
  // "Scott's district" makes no place of Scott.
  if (named && !possessive && end === at + 1) SPREADABLE.add(entry);
  return { first: at, end, start, stop, entry, possessive };
}

// Last words of a name that make it a feature of the land or sea: the actors' list, one sense.
const FEATURE_HEADS: ReadonlySet<string> = /* @__PURE__ */ new Set(PLACE_HEADS);

/**
 * A name of capitalized words ending in a feature of the land or sea at token `at`: "the U.S.
 * Gulf", "the Kervan Islands", "Taldyk Mountains". The actors read such a name as a place's, so
 * it is one here too, even where its first word alone is a known place ("U.S."). Not when more
 * capitalized words follow ("Gulf Cooperation Council"), nor from a common word opening the
 * sentence ("The Kervan Islands" starts at "Kervan"). `opening` is the sentence's first word.
 */
export function findFeatureName(tokens: TokenList, sentence: TokenRange, at: number, opening: number, synthetic: Map<string, PlaceEntry>): RawMatch | undefined {
  const limit = Math.min(sentence.endToken, at + MAX_NAME_WORDS + 1);
  for (let k = at + 1; k < limit; k++) {
    if (tokens.kind(k) !== "word" || !isUpperInitial(tokens.text(k)) || tokens.start(k) !== tokens.end(k - 1) + 1) return undefined;
    const head = tokens.lower(k);
    if (!FEATURE_HEADS.has(head)) continue;
    const next = k + 1;
    if (next < sentence.endToken && tokens.kind(next) === "word" && isUpperInitial(tokens.text(next)) && tokens.start(next) === tokens.end(k) + 1) continue;
    // "The", "In": a common word written so only because it opens the sentence ("U.S." is not so
    // written). Asked only of a name found: most capitalized words start none.
    if (at === opening && opensWithCommonWord(tokens.text(at))) return undefined;
    const start = tokens.start(at);
    const stop = tokens.end(k);
    const name = tokenSlice(tokens, at, next).map((t) => t.text).join(" ");
    const entry = synthetic.get(name) ?? { name, kind: FEATURE_KINDS.get(head) ?? "other" };
    synthetic.set(name, entry);
    return { first: at, end: next, start, stop, entry, possessive: false };
  }
  return undefined;
}

/**
 * An administrative area the gazetteer does not know, named by capitalized words and its
 * capitalized head at token `at`: "Ada County", "Nad Ali District", "Maricopa County's". Not when
 * another capitalized word follows, which makes it a body's name ("Ada County Sheriff's Office",
 * "Central Jakarta District Court"), nor before "of" ("the Eastern District of New York", a
 * court's), nor in sports reporting, where "Notts County" is a club, nor from a common word
 * opening the sentence.
 */
export function findAdminArea(tokens: TokenList, sentence: TokenRange, at: number, opening: number, synthetic: Map<string, PlaceEntry>): RawMatch | undefined {
  const limit = Math.min(sentence.endToken, at + MAX_NAME_WORDS + 1);
  for (let k = at + 1; k < limit; k++) {
    const text = tokens.text(k);
    if (tokens.kind(k) !== "word" || !isUpperInitial(text) || tokens.start(k) !== tokens.end(k - 1) + 1) return undefined;
    const possessive = POSSESSIVE.test(text);
    const kind = ADMIN_AREA_KINDS.get(possessive ? tokens.lower(k).slice(0, -2) : tokens.lower(k));
    if (!kind) {
      if (possessive) return undefined;
      continue;
    }
    const next = k + 1;
    if (next < sentence.endToken && !possessive && ((tokens.kind(next) === "word" && isUpperInitial(tokens.text(next)) && tokens.start(next) === tokens.end(k) + 1) || tokens.text(next) === "of")) return undefined;
    if (isSportsText(tokens)) return undefined;
    // Asked only of an area found, as in findFeatureName.
    if (at === opening && opensWithCommonWord(tokens.text(at))) return undefined;
    const words = tokenSlice(tokens, at, next).map((t) => t.text);
    if (possessive) words[words.length - 1] = text.slice(0, -2);
    const name = words.join(" ");
    const entry = synthetic.get(name) ?? { name, kind };
    synthetic.set(name, entry);
    return { first: at, end: next, start: tokens.start(at), stop: possessive ? tokens.end(k) - 2 : tokens.end(k), entry, possessive };
  }
  return undefined;
}

/** True when `first`, a sentence's first word, is a common word in title case ("The", "In"). */
function opensWithCommonWord(first: string): boolean {
  return TITLE_CASE.test(first) && isCommonWord(nameKey(first));
}

/** True when "at" puts the name after it on the map: in sports reporting, where "at" names a venue. */
function venueAt(tokens: TokenList, at: number, first: number): boolean {
  // "At Hove: Sussex 363": the capital of a sentence's first word changes nothing.
  if (at - 1 < first || (tokens.text(at - 1) !== "at" && tokens.text(at - 1) !== "At")) return false;
  return isSportsText(tokens);
}

/** A cheap first look: "of", "in" or a list separator before, or a head noun within the next few words. */
function hasPlaceContext(tokens: TokenList, sentence: TokenRange, at: number): boolean {
  if (at - 1 >= sentence.firstToken && (tokens.text(at - 1) === "of" || LIST_SEPARATORS.has(tokens.text(at - 1)) || LOCATIVES.has(tokens.text(at - 1)))) return true;
  if (venueAt(tokens, at, sentence.firstToken)) return true;
  for (let k = at + 1; k < Math.min(sentence.endToken, at + MAX_NAME_WORDS + 1); k++) if (PLACE_HEAD_NOUNS.has(tokens.text(k))) return true;
  return false;
}

/**
 * A name's later word that joins an Arabic article to a capitalized word: "al-Nourah" in "Wad
 * al-Nourah", "al-Ain" in "Ras al-Ain". Never a name's first word.
 */
function isArticleName(text: string): boolean {
  const dash = text.indexOf("-");
  return dash > 0 && NAME_ARTICLES.has(text.slice(0, dash)) && UPPER_INITIAL.test(text.slice(dash + 1));
}

/** A capitalized word that is not a demonym ("the Russian area" names no place). */
function isName(token: Token | undefined): boolean {
  if (!token || token.kind !== "word" || !NAME_LIKE.test(token.text)) return false;
  return !gazetteer().countryByDemonym.has(foldKey(token.text.replace(POSSESSIVE, "")));
}

/** "the village of X", "the town of X", "the area of X", "the mining towns of X", "just east of X". */
function kindFromBefore(tokens: TokenList, sentence: TokenRange, at: number): PlaceEntry["kind"] | undefined {
  if (at - 2 < sentence.firstToken || tokens.text(at - 1) !== "of") return undefined;
  const noun = tokens.text(at - 2);
  // "20 km east of X": a direction from a place (as "the village of X" names one) is taken from a town.
  return SETTLEMENT_NOUNS.get(noun) ?? PLURAL_SETTLEMENTS.get(noun) ?? (DIRECTION_WORDS.has(noun) ? "city" : undefined);
}

/** A later item of "the villages of A, B and C": the list's noun gives the kind. */
function kindFromList(tokens: TokenList, sentence: TokenRange, at: number): PlaceEntry["kind"] | undefined {
  if (at - 1 < sentence.firstToken || !LIST_SEPARATORS.has(tokens.text(at - 1))) return undefined;
  const limit = Math.max(sentence.firstToken, at - MAX_LIST_LOOKBACK);
  for (let i = at - 1; i > limit; i--) {
    const t = tokens.get(i)!;
    if (t.text === "of") return PLURAL_SETTLEMENTS.get(tokens.text(i - 1));
    if (!LIST_SEPARATORS.has(t.text) && !UPPER_INITIAL.test(t.text)) return undefined;
  }
  return undefined;
}

/**
 * A later item of a list of names after "in" or "near" ("in Zvecan and Leposavic in the north",
 * "near Orvask, Telmensko and Dalivka."), whose words pass the test of a name after "in"
 * ({@link kindFromLocative}). The whole list must read as one: names alone between "in" and the
 * item (no month: "in August, Fiorina ..."), and from the item on, more names to a last one after
 * "and" or "or", which the sentence's end, punctuation or a preposition closes (not "in Geneva
 * and Smith said", nor "In Kyiv, Kovalenko and his aides").
 */
function kindFromLocativeList(tokens: TokenList, sentence: TokenRange, at: number, end: number): PlaceEntry["kind"] | undefined {
  if (at - 1 <= sentence.firstToken || !LIST_SEPARATORS.has(tokens.text(at - 1))) return undefined;
  const limit = Math.max(sentence.firstToken, at - MAX_LIST_LOOKBACK);
  let i = at - 1;
  for (; i >= limit && !LOCATIVES.has(tokens.text(i)); i--) {
    const text = tokens.text(i);
    if (!LIST_SEPARATORS.has(text) && (!UPPER_INITIAL.test(text) || NEVER.has(nameKey(text)))) return undefined;
  }
  if (i < limit || !listCloses(tokens, sentence, end, tokens.text(at - 1) !== ",")) return undefined;
  return namesPlace(tokens, sentence, at, end);
}

// Words that may follow the last name of a list of places: "in A and B in the north", "in A and B, where".
const LIST_FOLLOWERS = new Set(["in", "near", "on", "at", "of", "to", "from", "after", "since", "during", "where", "which", "while", "as"]);

/**
 * True when the list goes on from token `j` to its close: after its last item (`last`: the item
 * before `j` came after "and" or "or"), the sentence's end, punctuation or a preposition; before
 * it, more capitalized names after commas, and a last one after "and" or "or".
 */
function listCloses(tokens: TokenList, sentence: TokenRange, j: number, last: boolean): boolean {
  const limit = Math.min(sentence.endToken, j + MAX_LIST_LOOKBACK);
  while (!last) {
    if (j >= limit || !LIST_SEPARATORS.has(tokens.text(j))) return false;
    last = tokens.text(j) !== ",";
    j++;
    if (j >= limit || !UPPER_INITIAL.test(tokens.text(j))) return false;
    while (j < limit && tokens.kind(j) === "word" && UPPER_INITIAL.test(tokens.text(j))) j++;
  }
  return j >= sentence.endToken || tokens.kind(j) === "punct" || LIST_FOLLOWERS.has(tokens.text(j));
}

/** "the X neighbourhood", "X district". */
function kindFromAfter(tokens: TokenList, sentence: TokenRange, at: number, end: number): PlaceEntry["kind"] | undefined {
  if (end >= sentence.endToken) return undefined;
  const head = tokens.text(end);
  const kind = PLACE_HEAD_NOUNS.get(head);
  if (!kind) return undefined;
  const before = at - 1 >= sentence.firstToken ? tokens.text(at - 1) : "";
  return STRONG_HEADS.has(head) || before === "the" ? kind : undefined;
}

/**
 * "in Tavildara", "near Kervansk": a name of unfamiliar words right after a preposition of place,
 * ending there, is a place's; no ordinary word ("in Congress"), given name ("in Jordan's film")
 * or known actor ("in Reuters") in it.
 */
function kindFromLocative(tokens: TokenList, sentence: TokenRange, at: number, end: number): PlaceEntry["kind"] | undefined {
  if (at - 1 < sentence.firstToken || (!LOCATIVES.has(tokens.text(at - 1)) && !venueAt(tokens, at, sentence.firstToken))) return undefined;
  return namesPlace(tokens, sentence, at, end);
}

/** The test of {@link kindFromLocative} on the name `[at, end)` itself: `"city"` when it passes. */
function namesPlace(tokens: TokenList, sentence: TokenRange, at: number, end: number): PlaceEntry["kind"] | undefined {
  const next = end < sentence.endToken ? tokens.get(end)! : undefined;
  // The name must end on its own: not inside a longer name, a possessive or a hyphenated compound.
  if (next && ((next.kind === "word" && UPPER_INITIAL.test(next.text)) || next.text === "-" || next.text === "&")) return undefined;
  const lex = actorLexicons();
  for (let k = at; k < end; k++) {
    const text = tokens.text(k);
    if (POSSESSIVE.test(text) || (text.includes("-") && !isArticleName(text)) || text.includes(".")) return undefined;
    const key = nameKey(text);
    // "Ellis Park", "Grace Road": a venue's last word may be a word of sites.
    if (k === end - 1 && k > at && lex.facilityHeads.has(key)) continue;
    // "Grace Road": before a word of sites, a given name names the site.
    if (k === end - 2 && lex.facilityHeads.has(tokenKey(tokens, end - 1)) && lex.givenNames.has(key) && !NEVER.has(key)) continue;
    if (NEVER.has(key) || isCommonWord(key) || lex.givenNames.has(key) || lex.bodies.has(key) || lex.figures.has(key) || lex.organizationHeads.has(key) || lex.capitalizedAdjectives.has(key)) return undefined;
  }
  return "city";
}

/**
 * One sense per article: a one-word place found earlier by its context ("in Tavildara") is that
 * place at its later mentions too ("Tavildara is now empty"), unless it runs into a longer name.
 */
function sameUnknownPlace(tokens: TokenList, sentence: TokenRange, at: number, synthetic: ReadonlyMap<string, PlaceEntry>): RawMatch | undefined {
  if (synthetic.size === 0) return undefined;
  const token = tokens.get(at)!;
  const possessive = POSSESSIVE.test(token.text);
  const name = possessive ? token.text.slice(0, -2) : token.text;
  const entry = synthetic.get(name);
  if (!entry || !SPREADABLE.has(entry) || actorLexicons().capitalizedAdjectives.has(nameKey(name))) return undefined;
  const next = at + 1 < sentence.endToken ? tokens.get(at + 1)! : undefined;
  const previous = at > sentence.firstToken ? tokens.get(at - 1)! : undefined;
  const joined = (t: Token | undefined): boolean => t !== undefined && t.kind === "word" && UPPER_INITIAL.test(t.text);
  if (joined(next) || joined(previous)) return undefined;
  return { first: at, end: at + 1, start: token.start, stop: token.start + name.length, entry, possessive };
}
