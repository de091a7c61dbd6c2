/**
 * The role of a place name in its sentence: a place ("the war in Ukraine") or an actor ("Russia
 * struck Kyiv", "Moscow said", "sanctions on Moscow"). Only names that can stand for a
 * government (countries, capitals, continents) can be actors; a seat of government always is.
 *
 * @module
 */
import type { TokenList } from "../text/tokens.js";
import type { PlaceEntry } from "./gazetteer.js";
import type { RawMatch, TokenRange } from "./raw-match.js";
import {
  AGENT_PREPOSITIONS,
  AGENT_VERBS,
  APPOSITION_NOUNS,
  ATTACK_NOUNS,
  GOVERNMENT_NOUNS,
  GOVERNMENT_OBJECT_VERBS,
  LOCATIVE_PREPOSITIONS,
  MOTION_VERBS,
  PLACE_MODIFIERS,
  PLACE_POSSESSIONS,
} from "./data/place-words.js";

const UPPER_INITIAL = /^\p{Lu}/u;
const LOWER_INITIAL = /^\p{Ll}/u;
const PAST_FORM = /^\p{Ll}+ed$/u;

const POLITY_NOUNS = new Set(["fall", "collapse", "breakup", "break-up", "dissolution", "disintegration", "demise", "founding", "independence", "government", "president", "leader", "leaders", "prime", "king", "queen", "army", "forces"]);

/** A match's role. */
export type PlaceRole = "place" | "actor";

/** True for entries whose name can stand for a government or people. */
export const canAct = (entry: PlaceEntry): boolean => entry.kind === "country" || entry.capitalOf !== undefined || entry.metonym === true;

/**
 * Decides the role of every match of a sentence; `head` gives each match's list head, and `ends`
 * the last match of each list by its head ({@link chainEnds}).
 */
export function decideRoles(tokens: TokenList, sentence: TokenRange, raw: readonly RawMatch[], head: readonly number[], ends: readonly number[]): PlaceRole[] {
  // A sentence names few places: its matches are searched in place, no map or set made per sentence.
  const roleAt = (match: RawMatch, index: number): PlaceRole => {
    if (match.entry.seat) return "actor";
    if (!canAct(match.entry)) return "place";
    if (match.possessive) return possessiveRole(tokens, sentence, raw, index);
    // "Gail Devers (U.S.)": a country in brackets says where someone is from.
    if (textAt(tokens, match.first - 1) === "(" && textAt(tokens, match.end) === ")") return "place";
    if (match.end < sentence.endToken && GOVERNMENT_NOUNS.has(tokens.lower(match.end))) return "actor";
    const first = raw[head[index]!]!;
    const last = raw[ends[head[index]!]!]!;
    return leftRole(tokens, sentence, first) ?? rightRole(tokens, sentence, last) ?? defaultRole(match.entry);
  };
  // Filled, not mapped: an array made by map differs in elements kind between the interpreter and
  // optimized code, and the readers of the roles would deoptimize when it changes. Made at its
  // size: grown by push it would take room for 16 roles, where a sentence has one or two.
  const roles = new Array<PlaceRole>(raw.length);
  for (let index = 0; index < raw.length; index++) roles[index] = roleAt(raw[index]!, index);
  return roles;
}

/**
 * The index of the last match of each list, by the index of its head (`head` gives each match's
 * list head): read once per sentence, so that a sentence of many places is not searched again for
 * each of them.
 */
export function chainEnds(head: readonly number[]): number[] {
  const ends = new Array<number>(head.length).fill(-1);
  for (let i = 0; i < head.length; i++) ends[head[i]!] = i;
  return ends;
}

/** "Ukraine's east" is a place; "Russia's defence ministry" an actor. */
function possessiveRole(tokens: TokenList, sentence: TokenRange, raw: readonly RawMatch[], index: number): PlaceRole {
  const match = raw[index]!;
  if (isAttackTarget(tokens, sentence, match.first - 1)) return "place";
  let at = match.end;
  while (at < sentence.endToken && tokens.kind(at) === "punct") at++;
  if (at >= sentence.endToken) return "actor";
  // The matches are in text order: one opening at `at` stands after this one, before any opening past it.
  for (let k = index + 1; k < raw.length && raw[k]!.first <= at; k++) if (raw[k]!.first === at) return "place";
  const word = tokens.lower(at);
  return PLACE_POSSESSIONS.has(word) || PLACE_MODIFIERS.has(word) ? "place" : "actor";
}

/** The words before a list decide it when they are a preposition or a modifier ("in", "southern"). */
function leftRole(tokens: TokenList, sentence: TokenRange, first: RawMatch): PlaceRole | undefined {
  let i = first.first - 1;
  // "the border with Nato member Poland": look past the article and an apposition.
  for (let skipped = 0; i >= sentence.firstToken && skipped < 3; skipped++) {
    const text = tokens.text(i);
    const lower = tokens.lower(i);
    if (lower === "the" || APPOSITION_NOUNS.has(lower) || (skipped > 0 && UPPER_INITIAL.test(text) && tokens.kind(i) === "word")) i--;
    else break;
  }
  if (i < sentence.firstToken) return undefined;
  const word = tokens.lower(i);
  const before = i - 1 >= sentence.firstToken ? tokens.lower(i - 1) : "";
  if (PLACE_MODIFIERS.has(word)) return "place";
  if (word === "on" || word === "against") return isAttackTarget(tokens, sentence, i) ? "place" : "actor";
  if (word === "with" && (before === "border" || before === "borders")) return "place";
  // "the fall of the Soviet Union": a state's history speaks of the polity, not of the land.
  if (word === "of" && POLITY_NOUNS.has(before)) return "actor";
  if (word === "for" && (MOTION_VERBS.has(lowerAt(tokens, i - 1)) || MOTION_VERBS.has(lowerAt(tokens, i - 2)) || MOTION_VERBS.has(lowerAt(tokens, i - 3)))) return "place";
  if (word === "between" && (before === "halfway" || before === "midway" || before === "located" || before === "lies")) return "place";
  if (LOCATIVE_PREPOSITIONS.has(word)) {
    // "urging Kyiv to withdraw", "for Russia to agree": the name is the one asked to act.
    return wantsToAct(tokens, sentence, first) ? "actor" : "place";
  }
  if (first.entry.metonym) return undefined;
  if (AGENT_PREPOSITIONS.has(word)) return "actor";
  // A verb of dealing with a government makes the name that government: "accused Washington".
  if (GOVERNMENT_OBJECT_VERBS.has(word)) return "actor";
  return undefined;
}

/** True when the word at `at` is "on" or "against" after a noun of attack ("strikes on Kyiv"). */
function isAttackTarget(tokens: TokenList, sentence: TokenRange, at: number): boolean {
  if (at < sentence.firstToken + 1) return false;
  const word = tokens.lower(at);
  return (word === "on" || word === "against") && ATTACK_NOUNS.has(tokens.lower(at - 1));
}

/** The words after a list decide it when they are a verb ("Moscow said", "Pyongyang dispatched"). */
function rightRole(tokens: TokenList, sentence: TokenRange, last: RawMatch): PlaceRole | undefined {
  if (last.end >= sentence.endToken) return undefined;
  const next = tokens.text(last.end);
  // "the US, where the talks were held": a place someone is or goes to.
  if (next === "," && lowerAt(tokens, last.end + 1) === "where") return "place";
  if (AGENT_VERBS.has(tokens.lower(last.end))) return "actor";
  if (PAST_FORM.test(next)) return "actor";
  if (wantsToAct(tokens, sentence, last)) return "actor";
  return undefined;
}

/** "X to agree": a name followed by "to" and a lowercase verb is asked to act. */
function wantsToAct(tokens: TokenList, sentence: TokenRange, match: RawMatch): boolean {
  if (match.end + 1 >= sentence.endToken || tokens.text(match.end) !== "to") return false;
  const verb = tokens.text(match.end + 1);
  return LOWER_INITIAL.test(verb) && verb !== "the";
}

/** The text of token `i`, undefined out of range (as `tokens.get(i)?.text`, with no token object made). */
function textAt(tokens: TokenList, i: number): string | undefined {
  return i >= 0 && i < tokens.length ? tokens.text(i) : undefined;
}

/** The lower-cased text of token `i`, "" out of range. */
function lowerAt(tokens: TokenList, i: number): string {
  return i >= 0 && i < tokens.length ? tokens.lower(i) : "";
}

/** With nothing around it, a country acts and a capital is a place. */
function defaultRole(entry: PlaceEntry): PlaceRole {
  return entry.kind === "city" ? "place" : "actor";
}
