/**
 * Gazetteer matches over a document's tokens, with the role each plays: a place where
 * something happens, or an actor ("Russia struck", "Moscow said"). Shared by the territories
 * and actors stages.
 *
 * @module
 */
import type { Mention, Span, TerritoryStatus } from "../model.js";
import type { Document } from "../text/document.js";
import type { Token } from "../text/tokens.js";
import { foldKey, gazetteer, type PlaceEntry, type PlaceName } from "./gazetteer.js";
import { decideRoles } from "./role.js";
import { findUnknownPlace } from "./unknown-place.js";
import {
  DIRECTION_WORDS,
  FACILITY_WORDS,
  ORGANISATION_HEADS,
  PLACE_MODIFIERS,
  PLURAL_REGION_WORDS,
  REGION_ADJECTIVES,
  REGION_WORDS,
  SPORTS_CUES,
  STATUS_CUES,
  TEAM_OBJECT_WORDS,
  TEAM_SUBJECT_VERBS,
  TITLE_WORDS,
} from "./data/place-words.js";

export type { PlaceEntry } from "./gazetteer.js";

/** A gazetteer entry found in the text. */
export interface PlaceMatch extends Mention {
  /** The entry matched. */
  readonly entry: PlaceEntry;
  /** `place` where the text speaks of it as a place, `actor` where it acts ("Moscow said"). */
  readonly role: "place" | "actor";
  /** The status the context gives the place ("the occupied regions of ..."), if any. */
  readonly status?: TerritoryStatus;
}

/** A match before roles are decided, with its token range. */
export interface RawMatch {
  /** Index of the first token. */
  readonly first: number;
  /** Index just past the last token (a generic word such as "Oblast" included). */
  readonly end: number;
  /** Span of the mention in the text. */
  readonly start: number;
  /** End offset of the mention. */
  readonly stop: number;
  /** The entry, after "the Kyiv region" has turned Kyiv into Kyiv Oblast. */
  entry: PlaceEntry;
  /** True when the mention is a possessive ("Ukraine's"). */
  readonly possessive: boolean;
  /** The gazetteer name matched, when the match came from the gazetteer. */
  readonly name?: PlaceName;
  /** Set when the place names a sports team ("Kent beat Surrey"): no place then. */
  team?: boolean;
}

/** A stretch of tokens read as one sentence. */
export interface TokenRange {
  /** Index of the first token. */
  readonly firstToken: number;
  /** Index just past the last token. */
  readonly endToken: number;
}

const cache = new WeakMap<Document, readonly PlaceMatch[]>();

/** Every gazetteer match in the article proper, in text order. Memoized per document. */
export function matchPlaces(doc: Document): readonly PlaceMatch[] {
  let found = cache.get(doc);
  if (!found) {
    found = matchTokens(doc.text, doc.tokens, doc.sentences, doc.title);
    cache.set(doc, found);
  }
  return found;
}

/** Matches the gazetteer over `tokens` of `text`, sentence by sentence; `title` is the headline's span, if any. */
export function matchTokens(text: string, tokens: readonly Token[], sentences: readonly TokenRange[], title?: Span): PlaceMatch[] {
  const synthetic = new Map<string, PlaceEntry>();
  const surnames = new Set<PlaceName>();
  const matched = sentences.map((sentence) => ({ sentence, raw: matchSentence(tokens, sentence, synthetic, title, surnames) }));
  const found = matched.map(({ sentence, raw: all }) => {
    if (all.length === 0) return { sentence, raw: all, chains: [] };
    const raw = surnames.size === 0 ? all : all.filter((m) => !(m.name && surnames.has(m.name) && mayBeSurname(m.name)));
    const chains = chainLists(tokens, raw);
    readListsAsRegions(tokens, sentence, raw, chains);
    return { sentence, raw, chains };
  });
  readStemsAsNamedRegions(tokens, found);
  if (isSportsText(tokens)) for (const f of found) dropTeams(tokens, f.sentence, f.raw, f.chains);
  const out: PlaceMatch[] = [];
  for (const { sentence, raw, chains } of found) {
    if (raw.length === 0) continue;
    const roles = decideRoles(tokens, sentence, raw, chains);
    raw.forEach((m, index) => {
      if (m.team) return;
      const status = statusOf(tokens, sentence, raw, chains, index);
      out.push({
        start: m.start,
        end: m.stop,
        text: text.slice(m.start, m.stop),
        entry: m.entry,
        role: roles[index] ?? "place",
        ...(status ? { status } : {}),
      });
    });
  }
  return out;
}

/** Names that are also surnames: ambiguous ones, generated ones, and capitals ("Washington"); never a country. */
function mayBeSurname(name: PlaceName): boolean {
  return name.ambiguous || (name.entry.kind !== "country" && (name.tier > 0 || name.entry.capitalOf !== undefined));
}

/**
 * One sense per article: once the text has said "the Kursk region" or "the Dzhankoi district",
 * a bare "Kursk" or "Dzhankoi" means that region too, unless the text calls it a city. Capitals
 * keep their own sense: "Kyiv" and "the Kyiv region" are two places.
 */
function readStemsAsNamedRegions(tokens: readonly Token[], sentences: ReadonlyArray<{ readonly raw: readonly RawMatch[] }>): void {
  // Keyed by the name as written: "Dnipropetrovsk region" says nothing of a bare "Dnipro".
  const regionOfStem = new Map<PlaceName, PlaceEntry>();
  const calledCities = new Set<PlaceEntry>();
  for (const { raw } of sentences) {
    for (const m of raw) {
      if (!m.name) continue;
      if (m.entry !== m.name.entry && m.name.entry.kind === "city") regionOfStem.set(m.name, m.entry);
      else if (calledCity(tokens, m)) calledCities.add(m.entry);
    }
  }
  if (regionOfStem.size === 0) return;
  for (const { raw } of sentences) {
    for (const m of raw) {
      if (!m.name || m.entry !== m.name.entry || m.entry.capitalOf || calledCities.has(m.entry)) continue;
      const region = regionOfStem.get(m.name);
      if (region) m.entry = region;
    }
  }
}

/** "the city of Kursk", "Kursk city". */
function calledCity(tokens: readonly Token[], m: RawMatch): boolean {
  const before = m.first >= 2 ? `${tokens[m.first - 2]!.text} ${tokens[m.first - 1]!.text}`.toLowerCase() : "";
  const after = tokens[m.end]?.text.toLowerCase() ?? "";
  return /^(?:city|town|village|port) of$/u.test(before) || after === "city" || after === "town";
}

/** Sports reporting: at least three sports words in the text. */
function isSportsText(tokens: readonly Token[]): boolean {
  let cues = 0;
  for (const t of tokens) if (SPORTS_CUES.has(t.text.toLowerCase()) && ++cues >= 3) return true;
  return false;
}

/**
 * In sports reporting a place that plays is a team, an organisation: "Leicestershire beat
 * Somerset", "CHICAGO AT TORONTO". Countries stay places (national teams count as places).
 */
function dropTeams(tokens: readonly Token[], sentence: TokenRange, raw: RawMatch[], head: readonly number[]): void {
  const last = new Map<number, number>();
  head.forEach((h, i) => last.set(h, i));
  raw.forEach((m, i) => {
    if (m.entry.kind === "country") return;
    const first = raw[head[i]!]!;
    const end = raw[last.get(head[i]!)!]!;
    const before = first.first - 1 >= sentence.firstToken ? tokens[first.first - 1]!.text : "";
    const after = end.end < sentence.endToken ? tokens[end.end]!.text : "";
    const between = (other: RawMatch | undefined, word: string | undefined): boolean => other !== undefined && word === "AT";
    const schedule = between(raw[i + 1], tokens[m.end]?.text) || between(raw[i - 1], tokens[m.first - 1]?.text);
    if (schedule || TEAM_SUBJECT_VERBS.has(after) || TEAM_OBJECT_WORDS.has(before.toLowerCase())) m.team = true;
  });
}

/** True for a token written with a capital first letter. */
export const isCapitalized = (token: Token | undefined): boolean => token !== undefined && token.kind === "word" && UPPER_INITIAL.test(token.text);

const UPPER_INITIAL = /^\p{Lu}/u;

const POSSESSIVE = /['’]s$/u;
const COMPOUND_ADJECTIVE = /-\p{Ll}+$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const ALL_CAPS = /^[\p{Lu}.]+$/u;

/** Index of the first word token of the sentence. */
export function sentenceStart(tokens: readonly Token[], sentence: TokenRange): number {
  let i = sentence.firstToken;
  while (i < sentence.endToken && tokens[i]!.kind !== "word") i++;
  return i;
}

/** A headline (the title line, or a line in capitals): capitalized neighbours say nothing there. */
function isHeadline(tokens: readonly Token[], sentence: TokenRange, title: Span | undefined): boolean {
  const first = tokens[sentence.firstToken];
  if (title && first && first.start >= title.start && first.start < title.end) return true;
  let words = 0;
  let capitals = 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    const t = tokens[i]!;
    if (t.kind !== "word" || t.text.length < 2) continue;
    words++;
    if (ALL_CAPS.test(t.text)) capitals++;
  }
  return words >= 2 && capitals / words >= 0.6;
}

// Particles inside personal names: "Van der Westhuizen", "Da Silva".
const NAME_PARTICLES = new Set(["van", "von", "de", "der", "den", "da", "di", "du", "dos", "bin", "ibn", "le", "la"]);

// Lowercase words that may stand capitalized at the start of a sentence before a place.
const OPENING_WORDS = new Set([
  "in", "the", "at", "on", "from", "for", "across", "to", "by", "with", "as", "after", "before", "near", "outside",
  "inside", "throughout", "during", "over", "under", "since", "until", "while", "when", "if", "but", "and", "meanwhile",
  "both", "even", "also", "like", "unlike", "beyond", "around", "into", "toward", "towards", "via", "of", "within",
  "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "every", "each", "another",
  "many", "most", "some", "several", "two", "three", "one", "no", "all", "elsewhere", "here", "there", "where",
]);

function matchSentence(
  tokens: readonly Token[],
  sentence: TokenRange,
  synthetic: Map<string, PlaceEntry>,
  title: Span | undefined,
  surnames: Set<PlaceName>,
): RawMatch[] {
  const { byFirstKey } = gazetteer();
  const headline = isHeadline(tokens, sentence, title);
  const opening = sentenceStart(tokens, sentence);
  const out: RawMatch[] = [];
  let i = sentence.firstToken;
  while (i < sentence.endToken) {
    const token = tokens[i]!;
    if (token.kind !== "word") {
      i++;
      continue;
    }
    const found = longestName(tokens, i, sentence.endToken, byFirstKey);
    if (found && acceptable(tokens, sentence, found, i, opening, headline, out, surnames)) {
      out.push(withRegionWord(tokens, sentence, found, i, synthetic));
      i = out[out.length - 1]!.end;
      continue;
    }
    const unknown = found || !isCapitalized(token) ? undefined : findUnknownPlace(tokens, sentence, i, opening, synthetic);
    if (unknown) {
      out.push(unknown);
      i = unknown.end;
      continue;
    }
    i++;
  }
  return out;
}

/** A name found at a token, before its context is checked. */
interface Found {
  readonly name: PlaceName;
  readonly end: number;
  readonly possessive: boolean;
}

function longestName(tokens: readonly Token[], at: number, limit: number, byFirstKey: ReadonlyMap<string, readonly PlaceName[]>): Found | undefined {
  const first = tokens[at]!;
  const key = foldKey(first.text);
  const direct = byFirstKey.get(key);
  const owner = POSSESSIVE.test(first.text) ? byFirstKey.get(key.slice(0, -1)) : undefined;
  if (!direct && !owner) return undefined;
  let best: Found | undefined;
  for (const name of direct && owner ? [...direct, ...owner] : (direct ?? owner)!) {
    if (best && best.end - at >= name.keys.length) continue;
    const end = at + name.keys.length;
    if (end > limit) continue;
    let possessive = false;
    let fits = true;
    for (let k = 0; k < name.keys.length && fits; k++) {
      const t = tokens[at + k]!;
      const tKey = foldKey(t.text);
      if (tKey === name.keys[k]) possessive = false;
      else if (k === name.keys.length - 1 && POSSESSIVE.test(t.text) && tKey.slice(0, -1) === name.keys[k]) possessive = true;
      else fits = false;
      // Tokens must be adjacent: "Gaza. City" is not "Gaza City".
      if (fits && k > 0 && t.start > tokens[at + k - 1]!.end + 1) fits = false;
      if (fits && t.kind === "word" && !casingFits(t, name.lowercase[k] ?? false)) fits = false;
    }
    if (fits) best = { name, end, possessive };
  }
  return best;
}

/** A token fits a name's casing: capitalized, or lowercase where the name writes it so ("el-Fasher"). */
function casingFits(token: Token, lowercaseInName: boolean): boolean {
  if (UPPER_INITIAL.test(token.text)) return true;
  return lowercaseInName;
}

function acceptable(
  tokens: readonly Token[],
  sentence: TokenRange,
  found: Found,
  at: number,
  opening: number,
  headline: boolean,
  before: readonly RawMatch[],
  surnames: Set<PlaceName>,
): boolean {
  const first = tokens[at]!;
  // Short capitals ("IBB", "MON") are acronyms unless the name is written so ("US", "UAE").
  if (ALL_CAPS.test(first.text) && first.text.replace(/\./gu, "").length <= 3 && found.name.keys.length === 1 && !ALL_CAPS.test(found.name.entry.name) && !isAcronymAlias(found.name)) return false;
  const previous = at > sentence.firstToken ? tokens[at - 1] : undefined;
  const next = found.end < sentence.endToken ? tokens[found.end] : undefined;
  const afterPlace = before.length > 0 && before[before.length - 1]!.end === at;
  // Places inside the names of facilities: "the Zaporizhzhia nuclear plant".
  if (!found.possessive && next && next.kind === "word" && FACILITY_WORDS.has(next.text)) return false;
  // Places inside organisation or event names: "University of London", "Patriotic Union of Kurdistan".
  if (insideOrganisationName(tokens, sentence, at, opening)) return false;
  // Hyphenated compounds are adjectives: "U.S.-led", "pro-Kyiv".
  if (next?.text === "-" && next.start === tokens[found.end - 1]!.end) return false;
  if (previous?.text === "-" && previous.end === first.start) return false;
  // "Surrey v Kent": places named in a fixture are teams; national teams stay places.
  if (found.name.entry.kind !== "country" && (FIXTURE_WORDS.has(next?.text ?? "") || FIXTURE_WORDS.has(previous?.text ?? ""))) return false;
  if (found.name.ambiguous && (at === opening || headline)) return false;
  const generated = found.name.tier > 0;
  // A score after a place names a team: "Derbyshire 281", "NEW YORK 74 58".
  if (!found.possessive && next?.kind === "number" && found.name.entry.kind !== "country" && !/^\d{4}$/u.test(next.text)) return false;
  if (generated && next?.kind === "word" && NAME_PARTICLES.has(next.text)) return false;
  // A generated name opening a sentence before a lowercase word is a common word: "Most of them".
  if (generated && at === opening && next?.kind === "word" && /^\p{Ll}/u.test(next.text)) return false;
  if (headline) return true;
  const joinedBefore = previous !== undefined && previous.kind === "word" && previous.end === first.start - 1;
  if (joinedBefore && isCapitalized(previous) && !afterPlace) {
    const word = previous.text.toLowerCase();
    // A compound adjective or an acronym is no name: "Russia-annexed Crimea", "the OSCE Chechnya mission".
    const compound = COMPOUND_ADJECTIVE.test(previous.text) || ACRONYM.test(previous.text);
    const allowed = compound || PLACE_MODIFIERS.has(word) || DIRECTION_WORDS.has(word) || (at - 1 === opening && OPENING_WORDS.has(word));
    if (!allowed) {
      // "MaliVai Washington", "Neil Jordan": the name is a surname here and, later alone, still.
      if (found.name.keys.length === 1 && at - 1 !== opening && !next?.text.match(UPPER_INITIAL)) surnames.add(found.name);
      return false;
    }
  }
  const joinedAfter = next !== undefined && next.kind === "word" && next.start === tokens[found.end - 1]!.end + 1;
  if (!found.possessive && joinedAfter && isCapitalized(next)) {
    const word = foldKey(next.text);
    // "U.S. Senate": an acronym of a country stays a place before a capitalized noun.
    const acronym = found.name.entry.kind === "country" && ALL_CAPS.test(first.text) && first.text.length <= 5;
    if (!TITLE_WORDS.has(word) && !REGION_WORDS.has(word) && !acronym) return false;
  }
  return true;
}

const FIXTURE_WORDS = new Set(["v", "vs", "v.", "vs."]);

/** "<Head> of X" or "<Name Name> of X": the place ends an organisation's name. */
function insideOrganisationName(tokens: readonly Token[], sentence: TokenRange, at: number, opening: number): boolean {
  const preposition = tokens[at - 1]?.text;
  if (at - 2 < sentence.firstToken || (preposition !== "of" && preposition !== "for")) return false;
  const head = tokens[at - 2]!;
  if (!isCapitalized(head) || at - 2 === opening) return false;
  if (ORGANISATION_HEADS.has(head.text.toLowerCase())) return true;
  const before = at - 3 >= sentence.firstToken ? tokens[at - 3] : undefined;
  return isCapitalized(before) && at - 3 !== opening;
}

/** True for names written in capitals, like "US" or "UAE", that are meant as acronyms. */
function isAcronymAlias(name: PlaceName): boolean {
  return name.keys.length === 1 && name.keys[0]!.length <= 4 && name.tier === 0;
}

/** "Kyiv" + "region" is Kyiv Oblast; "Dzhankoi" + "district" is a raion. A capitalized generic word joins the mention. */
function withRegionWord(tokens: readonly Token[], sentence: TokenRange, found: Found, at: number, synthetic: Map<string, PlaceEntry>): RawMatch {
  const start = tokens[at]!.start;
  const last = tokens[found.end - 1]!;
  const stop = found.possessive ? last.end - 2 : last.end;
  const plain: RawMatch = { first: at, end: found.end, start, stop, entry: found.name.entry, possessive: found.possessive, name: found.name };
  if (found.possessive || found.end >= sentence.endToken) return plain;
  // "the Kursk border region": one lowercase adjective may stand before the generic word.
  const gap = REGION_ADJECTIVES.has(tokens[found.end]!.text) && found.end + 1 < sentence.endToken ? 1 : 0;
  const next = tokens[found.end + gap]!;
  const generic = REGION_WORDS.get(foldKey(next.text.replace(POSSESSIVE, "")));
  if (!generic || PLURAL_REGION_WORDS.has(foldKey(next.text))) return plain;
  const entry = found.name.entry;
  const possessive = POSSESSIVE.test(next.text);
  const joined = gap === 0 && isCapitalized(next);
  const end = found.end + gap + 1;
  const extended = joined ? (possessive ? next.end - 2 : next.end) : stop;
  if (generic === "region") {
    const region = regionOf(found.name);
    if (!region || region === entry) return plain;
    return { first: at, end, start, stop: extended, entry: region, possessive, name: found.name };
  }
  if (entry.kind !== "city") return plain;
  const name = `${entry.name} District`;
  const raion = synthetic.get(name) ?? { name, kind: "region" as const, ...(entry.country ? { country: entry.country } : {}) };
  synthetic.set(name, raion);
  return { first: at, end, start, stop: extended, entry: raion, possessive, name: found.name };
}

/** The subdivision named by a place's stem: Kyiv → Kyiv Oblast, Lugansk → Luhansk Oblast. */
function regionOf(name: PlaceName): PlaceEntry | undefined {
  const { regionByStem } = gazetteer();
  return regionByStem.get(name.keys.join(" ")) ?? regionByStem.get(foldKey(name.entry.name));
}

/**
 * Groups matches that form one list ("Luhansk, Donetsk, Zaporizhzhia, and Kherson"), letting a
 * list carry "north of Kyiv" between two items. Returns, per match, the index of its chain's head.
 */
function chainLists(tokens: readonly Token[], raw: readonly RawMatch[]): number[] {
  const head = raw.map((_, i) => i);
  let last = 0;
  let from = raw[0]?.end ?? 0;
  for (let k = 1; k < raw.length; k++) {
    const between = tokens.slice(from, raw[k]!.first).map((t) => t.text.toLowerCase());
    if (isSeparator(between)) {
      head[k] = head[last]!;
      last = k;
      from = raw[k]!.end;
    } else if (isAside(between)) {
      // "Chernihiv, north of Kyiv, and Zhytomyr": Kyiv is an aside; the list goes on after it.
      from = raw[k]!.end;
    } else {
      last = k;
      from = raw[k]!.end;
    }
  }
  return head;
}

const SEPARATORS = new Set([",", "and", "or", "&"]);
const isSeparator = (words: readonly string[]): boolean => words.length > 0 && words.every((w) => SEPARATORS.has(w));

/** True when the tokens between list items hold only separators and one aside "north of" + a place. */
function isAside(words: readonly string[]): boolean {
  const at = words.findIndex((w) => DIRECTION_WORDS.has(w));
  return at >= 0 && words[at + 1] === "of" && words.slice(0, at).every((w) => SEPARATORS.has(w)) && at + 2 === words.length;
}

/** "The regions of Luhansk, Donetsk ..." and "the Kherson and Zaporizhzhia regions": the stems name subdivisions. */
function readListsAsRegions(tokens: readonly Token[], sentence: TokenRange, raw: RawMatch[], head: readonly number[]): void {
  const chains = new Map<number, number[]>();
  head.forEach((h, i) => {
    const members = chains.get(h);
    if (members) members.push(i);
    else chains.set(h, [i]);
  });
  for (const members of chains.values()) {
    const first = raw[members[0]!]!;
    const last = raw[members[members.length - 1]!]!;
    const of = first.first - 1 >= sentence.firstToken ? tokens[first.first - 1] : undefined;
    const generic = first.first - 2 >= sentence.firstToken ? tokens[first.first - 2] : undefined;
    const opened = of?.text === "of" && generic !== undefined && REGION_WORDS.get(foldKey(generic.text)) === "region";
    const after = last.end < sentence.endToken ? tokens[last.end] : undefined;
    const closed = after !== undefined && PLURAL_REGION_WORDS.has(foldKey(after.text));
    if (!opened && !closed) continue;
    for (const index of members) {
      const match = raw[index]!;
      const region = match.name && match.entry.kind === "city" ? regionOf(match.name) : undefined;
      if (region) match.entry = region;
    }
  }
}

/** The status the words before a list give its places ("occupied", "annexed"), looking back a few words. */
function statusOf(
  tokens: readonly Token[],
  sentence: TokenRange,
  raw: readonly RawMatch[],
  head: readonly number[],
  index: number,
): TerritoryStatus | undefined {
  const chainHead = raw[head[index]!]!;
  const previousMatchEnd = head[index]! > 0 ? raw[head[index]! - 1]!.end : sentence.firstToken;
  const from = Math.max(sentence.firstToken, previousMatchEnd, chainHead.first - 5);
  for (let i = chainHead.first - 1; i >= from; i--) {
    const t = tokens[i]!;
    if (t.kind === "punct" && t.text !== "-") break;
    const lower = t.text.toLowerCase();
    // "Russia-annexed", "Israeli-occupied": the compound's last part states the status.
    const cue = STATUS_CUES.get(lower) ?? STATUS_CUES.get(lower.slice(lower.lastIndexOf("-") + 1));
    if (cue) return cue;
  }
  const own = raw[index]!;
  const after = own.end < sentence.endToken ? tokens[own.end] : undefined;
  const by = own.end + 1 < sentence.endToken ? tokens[own.end + 1] : undefined;
  const cue = after ? STATUS_CUES.get(after.text.toLowerCase()) : undefined;
  if (cue && by?.text === "by") return cue;
  return undefined;
}
