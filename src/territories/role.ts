/**
 * The role of a place name in its sentence: a place ("the war in Ukraine") or an actor ("Russia
 * struck Kyiv", "Moscow said", "sanctions on Moscow"). Only names that can stand for a
 * government (countries, capitals, continents) can be actors; a seat of government always is.
 *
 * @module
 */
import type { Token } from "../text/tokens.js";
import type { PlaceEntry } from "./gazetteer.js";
import type { RawMatch, TokenRange } from "./match.js";
import {
  AGENT_PREPOSITIONS,
  AGENT_VERBS,
  ATTACK_NOUNS,
  GOVERNMENT_NOUNS,
  LOCATIVE_PREPOSITIONS,
  PLACE_MODIFIERS,
  PLACE_POSSESSIONS,
} from "./data/place-words.js";

/** A match's role. */
export type PlaceRole = "place" | "actor";

/** True for entries whose name can stand for a government or people. */
export const canAct = (entry: PlaceEntry): boolean => entry.kind === "country" || entry.capitalOf !== undefined || entry.metonym === true;

/** Decides the role of every match of a sentence; `head` gives each match's list head. */
export function decideRoles(tokens: readonly Token[], sentence: TokenRange, raw: readonly RawMatch[], head: readonly number[]): PlaceRole[] {
  const lastOfChain = new Map<number, number>();
  head.forEach((h, i) => lastOfChain.set(h, i));
  return raw.map((match, index) => {
    if (match.entry.seat) return "actor";
    if (!canAct(match.entry)) return "place";
    if (match.possessive) return possessiveRole(tokens, sentence, match, raw);
    const first = raw[head[index]!]!;
    const last = raw[lastOfChain.get(head[index]!)!]!;
    return leftRole(tokens, sentence, first) ?? rightRole(tokens, sentence, last, match) ?? defaultRole(match.entry);
  });
}

/** "Ukraine's east" is a place; "Russia's defence ministry" an actor. */
function possessiveRole(tokens: readonly Token[], sentence: TokenRange, match: RawMatch, raw: readonly RawMatch[]): PlaceRole {
  const next = match.end < sentence.endToken ? tokens[match.end] : undefined;
  if (!next) return "actor";
  if (raw.some((m) => m.first === match.end)) return "place";
  const word = next.text.toLowerCase();
  return PLACE_POSSESSIONS.has(word) || PLACE_MODIFIERS.has(word) ? "place" : "actor";
}

/** The words before a list decide it when they are a preposition or a modifier ("in", "southern"). */
function leftRole(tokens: readonly Token[], sentence: TokenRange, first: RawMatch): PlaceRole | undefined {
  let i = first.first - 1;
  if (i >= sentence.firstToken && tokens[i]!.text.toLowerCase() === "the") i--;
  if (i < sentence.firstToken) return undefined;
  const word = tokens[i]!.text.toLowerCase();
  if (PLACE_MODIFIERS.has(word)) return "place";
  if (word === "on") {
    const noun = i - 1 >= sentence.firstToken ? tokens[i - 1]!.text.toLowerCase() : "";
    return ATTACK_NOUNS.has(noun) ? "place" : "actor";
  }
  if (word === "border" || word === "borders") return "place";
  if (LOCATIVE_PREPOSITIONS.has(word)) {
    // "urging Kyiv to withdraw", "for Russia to agree": the name is the one asked to act.
    return wantsToAct(tokens, sentence, first) ? "actor" : "place";
  }
  if (AGENT_PREPOSITIONS.has(word)) return "actor";
  return undefined;
}

/** The words after a list decide it when they are a verb ("Moscow said") or a government noun ("US President"). */
function rightRole(tokens: readonly Token[], sentence: TokenRange, last: RawMatch, match: RawMatch): PlaceRole | undefined {
  const own = match.end < sentence.endToken ? tokens[match.end] : undefined;
  if (own && GOVERNMENT_NOUNS.has(own.text.toLowerCase())) return "actor";
  const next = last.end < sentence.endToken ? tokens[last.end] : undefined;
  if (!next) return undefined;
  if (AGENT_VERBS.has(next.text.toLowerCase())) return "actor";
  if (wantsToAct(tokens, sentence, last)) return "actor";
  return undefined;
}

/** "X to agree": a name followed by "to" and a lowercase verb is asked to act. */
function wantsToAct(tokens: readonly Token[], sentence: TokenRange, match: RawMatch): boolean {
  const to = match.end < sentence.endToken ? tokens[match.end] : undefined;
  const verb = match.end + 1 < sentence.endToken ? tokens[match.end + 1] : undefined;
  return to?.text === "to" && verb !== undefined && /^\p{Ll}/u.test(verb.text) && verb.text !== "the";
}

/** With nothing around it, a country acts and a capital is a place. */
function defaultRole(entry: PlaceEntry): PlaceRole {
  return entry.kind === "city" ? "place" : "actor";
}
