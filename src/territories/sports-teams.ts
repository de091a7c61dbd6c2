/**
 * Sports reporting, where a place that plays is a team (an organisation), not a place:
 * "Leicestershire beat Somerset", "CHICAGO AT TORONTO".
 *
 * @module
 */
import { lowerCase, type TokenList } from "../text/tokens.js";
import { WordBits } from "../actors/word-bits.js";
import type { RawMatch, TokenRange } from "./raw-match.js";
import type { PlaceEntry } from "./gazetteer.js";
import {
  LOCATIVE_PREPOSITIONS,
  NATIONAL_SIDE_SUBDIVISIONS,
  SPORT_NAMES,
  SPORTS_CUES,
  TEAM_AUXILIARIES,
  TEAM_AUXILIARY_VERBS,
  TEAM_MEMBER_NOUNS,
  TEAM_OBJECT_WORDS,
  TEAM_PREPOSITIONS,
  TEAM_SUBJECT_VERBS,
} from "./data/place-words.js";

const UPPER_INITIAL = /^\p{Lu}/u;

/** True for a country, or a nation inside a state that plays as one ("England", "Wales"): its side is a national side, named as a place. */
export function nationalSide(entry: PlaceEntry): boolean {
  return entry.kind === "country" || (entry.iso !== undefined && NATIONAL_SIDE_SUBDIVISIONS.has(entry.iso));
}

/** How many tokens of the report's opening are read for the name of a sport. */
const OPENING_REACH = 3;

/** Whether each token array (a document's) is sports reporting: asked by several steps, read once. */
const sportsTexts = new WeakMap<TokenList, boolean>();

/**
 * Sports reporting: a report opening with the name of a sport ("CRICKET - ..."), or at least
 * three sports words in the text. Kept per token array.
 */
export function isSportsText(tokens: TokenList): boolean {
  let known = sportsTexts.get(tokens);
  if (known === undefined) {
    known = readsAsSports(tokens);
    sportsTexts.set(tokens, known);
  }
  return known;
}

/**
 * 1 for each word that is a sports cue, by word id: asked of a word once, and read as a number
 * from an array filled for the whole vocabulary (this runs over every token of every article).
 */
const sportsCues = /* @__PURE__ */ new WordBits((_text, lower) => (SPORTS_CUES.has(lower) ? 1 : 0));

function readsAsSports(tokens: TokenList): boolean {
  for (let i = 0; i < tokens.length && i < OPENING_REACH; i++) if (tokens.kind(i) === "word" && SPORT_NAMES.has(tokens.lower(i))) return true;
  let cues = 0;
  const isCue = sportsCues.of(tokens);
  // Cues are words: numbers and one-character punctuation are skipped.
  for (let i = 0; i < tokens.length; i++) if (isCue[tokens.id(i)] !== 0 && tokens.isWord(i) && ++cues >= 3) return true;
  return false;
}

/**
 * In sports reporting a place that plays is a team, an organisation: "Leicestershire beat
 * Somerset", "CHICAGO AT TORONTO". Countries stay places (national teams count as places).
 */
export function dropTeams(tokens: TokenList, sentence: TokenRange, raw: RawMatch[], head: readonly number[]): void {
  const last = new Map<number, number>();
  head.forEach((h, i) => last.set(h, i));
  raw.forEach((m, i) => {
    if (nationalSide(m.entry)) return;
    const first = raw[head[i]!]!;
    const end = raw[last.get(head[i]!)!]!;
    const before = first.first - 1 >= sentence.firstToken ? tokens.text(first.first - 1) : "";
    // A place only the context named, after "at" ("at Grace Road, Kent won"), is a venue, not the subject.
    const venue = m.entry.iso === undefined && m.entry.country === undefined && lowerCase(before) === "at";
    // Lower case: a headline writes its verbs in capitals ("KENT BEAT SURREY").
    const after = end.end < sentence.endToken ? tokens.lower(end.end) : "";
    const afterAuxiliary = end.end + 1 < sentence.endToken ? tokens.lower(end.end + 1) : "";
    const between = (other: RawMatch | undefined, word: string | undefined): boolean => other !== undefined && word === "AT";
    // "CHICAGO AT TORONTO": the visitors are a team; the name after "AT" is where they play.
    const schedule = between(raw[i + 1], tokens.get(m.end)?.text);
    const subject = TEAM_SUBJECT_VERBS.has(after) || (TEAM_AUXILIARIES.has(after) && TEAM_AUXILIARY_VERBS.has(afterAuxiliary));
    if (!venue && (schedule || subject || TEAM_OBJECT_WORDS.has(lowerCase(before)))) m.team = true;
    // "Norwich striker Keith Moss", "played for Nice", "a win over Kent", "Boston's Jim Dole": a
    // member, a side played for or beaten, or a player of the place's.
    else if (TEAM_MEMBER_NOUNS.has(after) || TEAM_PREPOSITIONS.has(before) || (m.possessive && end.end < sentence.endToken && UPPER_INITIAL.test(tokens.text(end.end)))) m.team = true;
  });
}


/**
 * One sense per article: a place that played once ("Kent beat Surrey") is that team at its other
 * mentions too ("Kent made up for lost time"), except where a preposition puts it on the map
 * ("at Leicester", "in Surrey").
 */
export function spreadTeams(tokens: TokenList, sentences: ReadonlyArray<{ readonly raw: readonly RawMatch[] }>): void {
  const teams = new Set<PlaceEntry>();
  for (const { raw } of sentences) for (const m of raw) if (m.team) teams.add(m.entry);
  if (teams.size === 0) return;
  for (const { raw } of sentences) {
    for (const m of raw) {
      // A name in capitals is a headline's or a dateline's, where national sides and cities stand.
      if (m.team || !teams.has(m.entry) || isAllCapsWord(tokens.text(m.first))) continue;
      // "ARLINGTON, Texas": a state after its city says where the city is.
      if (tokens.get(m.first - 1)?.text === "," && raw.some((other) => other.end === m.first - 1)) continue;
      const before = m.first > 0 ? tokens.lower(m.first - 1) : "";
      if (!LOCATIVE_PREPOSITIONS.has(before) && before !== "at") m.team = true;
    }
  }
}

function isAllCapsWord(text: string): boolean {
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}
