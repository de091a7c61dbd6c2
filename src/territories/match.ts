/**
 * Gazetteer matches over a document's tokens, with the role each plays: a place where
 * something happens, or an actor ("Russia struck", "Moscow said"). Shared by the territories
 * and actors stages.
 *
 * @module
 */
import type { Mention, Span, TerritoryStatus } from "../model.js";
import type { Document } from "../text/document.js";
import { DocumentSlot } from "../text/document-slot.js";
import { lowerCase, type TokenList } from "../text/tokens.js";
import { WordTable } from "../text/word-table.js";
import { foldKey, gazetteer, regionOfName, type PlaceEntry, type PlaceName } from "./gazetteer.js";
import { findDateline, isDatelineWord, opensDateline, type LineView } from "./dateline.js";
import { chainLists, readListsAsRegions } from "./lists.js";
import { mayBeSurname, readStemsAsNamedRegions } from "./one-sense.js";
import { capitalizedAt, isUpperInitial, sentenceStart, type RawMatch, type TokenRange } from "./raw-match.js";
import { chainEnds, decideRoles } from "./role.js";
import { actorLexicons, isCommonWord, nameKey } from "../actors/lexicons.js";
import { dropTeams, isSportsText, nationalSide, spreadTeams } from "./sports-teams.js";
import { statusOf } from "./status.js";
import { findAdminArea, findFeatureName, findUnknownPlace } from "./unknown-place.js";
import {
  CLUB_NAME_TAILS,
  DIRECTION_WORDS,
  EVENT_NAME_HEADS,
  FACILITY_WORDS,
  LOCATIVE_PREPOSITIONS,
  ORGANISATION_HEADS,
  PLACE_MODIFIERS,
  PLURAL_REGION_WORDS,
  REGION_ADJECTIVES,
  REGION_WORDS,
  TITLE_WORDS,
} from "./data/place-words.js";

export type { PlaceEntry } from "./gazetteer.js";
export type { RawMatch, TokenRange } from "./raw-match.js";

/** A gazetteer entry found in the text. */
export interface PlaceMatch extends Mention {
  /** The entry matched. */
  readonly entry: PlaceEntry;
  /** `place` where the text speaks of it as a place, `actor` where it acts ("Moscow said"). */
  readonly role: "place" | "actor";
  /** The status the context gives the place ("the occupied regions of ..."), if any (every match has the field: one shape). */
  readonly status?: TerritoryStatus | undefined;
}

/**
 * A match as {@link matchTokens} makes it. Matches and folded words (below) are made by `new`,
 * not as object literals: they live as long as their document or the vocabulary, and V8, once it
 * sees that a literal's objects outlive collections, allocates them in the old generation from
 * then on and throws away the optimized code that makes them (longestName, the word reader of
 * matchTokens and its loop over the matches, once a run). `new` has no such switch.
 */
class Match implements PlaceMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly entry: PlaceEntry;
  readonly role: "place" | "actor";
  readonly status: TerritoryStatus | undefined;

  constructor(start: number, end: number, text: string, entry: PlaceEntry, role: "place" | "actor", status: TerritoryStatus | undefined) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.entry = entry;
    this.role = role;
    this.status = status;
  }
}

const cache = /* @__PURE__ */ new DocumentSlot<readonly PlaceMatch[]>();
const teamCache = /* @__PURE__ */ new DocumentSlot<readonly PlaceMatch[]>();

/** Every gazetteer match in the article proper, in text order. Memoized per document. */
export function matchPlaces(doc: Document): readonly PlaceMatch[] {
  let found = cache.get(doc);
  if (!found) {
    const teams: PlaceMatch[] = [];
    found = matchTokens(doc.text, doc.tokens, doc.sentences, doc.title, teams);
    cache.set(doc, found);
    teamCache.set(doc, teams);
  }
  return found;
}

/**
 * The gazetteer matches that sports reporting reads as teams ("Kent beat Surrey"), left out of
 * {@link matchPlaces}: each is a club, an organization, with role `actor`. Memoized per document.
 */
export function matchTeams(doc: Document): readonly PlaceMatch[] {
  matchPlaces(doc);
  return teamCache.get(doc) ?? [];
}

/**
 * Matches the gazetteer over `tokens` of `text`, sentence by sentence; `title` is the headline's
 * span, if any. Matches read as teams are left out, and pushed to `teams` when given.
 */
export function matchTokens(text: string, tokens: TokenList, sentences: readonly TokenRange[], title?: Span, teams?: PlaceMatch[]): PlaceMatch[] {
  const sports = isSportsText(tokens);
  const synthetic = new Map<string, PlaceEntry>();
  const surnames = new Set<PlaceName>();
  const folds = recentFolds.of(tokens);
  const wordAt = (index: number): FoldedWord => foldedWord(tokens, index, folds);
  const lines = lineView(text, tokens);
  // Only sentences that name a place are kept: a record for each of the many that name none,
  // held to the end of the stage, is old-generation garbage on a long text.
  const matched: { readonly sentence: TokenRange; readonly raw: RawMatch[] }[] = [];
  for (const sentence of sentences) {
    const raw = matchSentence(tokens, wordAt, sentence, synthetic, title, surnames, lines);
    if (raw.length > 0) matched.push({ sentence, raw });
  }
  // Most texts asked about a single name (normalizeTerritory) match nothing: their empty arrays
  // would reach the loops below with another elements kind than a full one, and deoptimize them.
  if (matched.length === 0) return [];
  // Pushed, not mapped, as the arrays the readers below take (see chainLists).
  const found: { readonly sentence: TokenRange; readonly raw: RawMatch[]; readonly chains: number[] }[] = [];
  for (const { sentence, raw: all } of matched) {
    const raw = surnames.size === 0 ? all : all.filter((m) => m.dateline || !(m.name && surnames.has(m.name) && mayBeSurname(m.name)));
    const chains = chainLists(tokens, raw);
    readListsAsRegions(tokens, sentence, raw, chains);
    found.push({ sentence, raw, chains });
  }
  readStemsAsNamedRegions(tokens, found);
  if (sports) {
    for (const f of found) dropTeams(tokens, f.sentence, f.raw, f.chains);
    spreadTeams(tokens, found);
    // The place a report was filed from is a place, even in sports reporting.
    for (const f of found) for (const m of f.raw) if (m.dateline) m.team = false;
  }
  const out: PlaceMatch[] = [];
  for (const { sentence, raw, chains } of found) {
    if (raw.length === 0) continue;
    const ends = chainEnds(chains);
    const roles = decideRoles(tokens, sentence, raw, chains, ends);
    raw.forEach((m, index) => {
      if (m.team) {
        teams?.push(new Match(m.start, m.stop, text.slice(m.start, m.stop), m.entry, "actor", undefined));
        return;
      }
      const status = statusOf(tokens, sentence, raw, chains, ends, index);
      // "China claims Taiwan": a place the text gives a status is land, whatever its role would be.
      out.push(new Match(m.start, m.stop, text.slice(m.start, m.stop), m.entry, m.dateline || status ? "place" : (roles[index] ?? "place"), status));
    });
  }
  return out;
}

/**
 * The folded keys of the words met, by word id, across documents. A token is compared with many
 * names that share its first word, and news repeats its names from one article to the next: each
 * distinct word is folded once (a cache by token index would hold a folded copy of every
 * capitalized word of a long text). Bounded as the vocabulary is.
 */
const recentFolds = /* @__PURE__ */ new WordTable<FoldedWord>();

/** A word's folded key and, once asked, the gazetteer names that start with it (null for none); see {@link Match}. */
class FoldedWord {
  readonly key: string;
  names: readonly PlaceName[] | null | undefined = undefined;

  constructor(key: string) {
    this.key = key;
  }
}

/** The record of token `index`'s word, from `folds` (the word table of `tokens`), made on first need. */
function foldedWord(tokens: TokenList, index: number, folds: (FoldedWord | undefined)[]): FoldedWord {
  return (folds[tokens.id(index)] ??= new FoldedWord(foldKey(tokens.text(index))));
}

/**
 * The gazetteer names whose first key is that of `word`, from the word's record: the gazetteer
 * does not change, and most capitalized words (people's names) start no place, so that answer is
 * kept too.
 */
function namesStartingWith(word: FoldedWord, byFirstKey: ReadonlyMap<string, readonly PlaceName[]>): readonly PlaceName[] | undefined {
  if (word.names === undefined) word.names = byFirstKey.get(word.key) ?? null;
  return word.names ?? undefined;
}

/** Line starts and ends by token: a dateline opens a line, wherever the sentence splitter put it. */
function lineView(text: string, tokens: TokenList): LineView {
  const breakBetween = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
    return false;
  };
  return {
    opensLine: (index) => index === 0 || breakBetween(tokens.end(index - 1), tokens.start(index)),
    endsLine: (index) => index >= tokens.length - 1 || breakBetween(tokens.end(index), tokens.start(index + 1)),
  };
}

const UPPER_INITIAL = /^\p{Lu}/u;
const LOWER_INITIAL = /^\p{Ll}/u;
const POSSESSIVE = /['’]s$/u;
const COMPOUND_ADJECTIVE = /-\p{Ll}+$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
const ALL_CAPS = /^[\p{Lu}.]+$/u;
/** {@link ALL_CAPS} by a scan: this runs for every word of every sentence. */
function isAllCaps(text: string): boolean {
  if (text === "") return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return ALL_CAPS.test(text);
    if (!(code >= 65 && code <= 90) && code !== 46) return false;
  }
  return true;
}

/**
 * Bits of what {@link matchSentence} reads of a word: a lowercase word no name starts with; two
 * characters or more; in capitals; capitalized; no gazetteer name starts with it (nor with it
 * less its "'s"); it may open a dateline in capitals.
 */
const PLAIN = 1;
const LONG = 2;
const CAPITALS = 4;
const CAPITALIZED = 8;
const NAMELESS = 16;
const DATELINE_WORD = 32;

/**
 * The bits of each word by word id: one array read per token of every sentence, instead of a set
 * probed with the word and scans of its characters. The gazetteer does not change.
 */
const wordBits = /* @__PURE__ */ new WordTable<number>();

function bitsOf(word: string): number {
  const { byFirstKey, lowercaseStarts } = gazetteer();
  const code = word.charCodeAt(0);
  // Most words are lowercase and start no name: they are skipped without folding.
  const plain = code >= 97 && code <= 122 && !lowercaseStarts.has(word);
  const key = foldKey(word);
  // As longestName looks names up: by the word's key, and a possessive's by its key less the "s".
  const nameless = !byFirstKey.get(key) && !(isPossessive(word) && byFirstKey.get(key.slice(0, -1)));
  return (
    (plain ? PLAIN : 0) |
    (word.length >= 2 ? LONG : 0) |
    (isAllCaps(word) ? CAPITALS : 0) |
    (isUpperInitial(word) ? CAPITALIZED : 0) |
    (nameless ? NAMELESS : 0) |
    (isDatelineWord(word) ? DATELINE_WORD : 0)
  );
}

/** The {@link wordBits} of token `i`, from `bits` (the table of `tokens`). */
function bitsAt(tokens: TokenList, i: number, bits: (number | undefined)[]): number {
  return (bits[tokens.id(i)] ??= bitsOf(tokens.text(i)));
}

/** A headline (the title line, or a line in capitals): capitalized neighbours say nothing there. */
function isHeadline(tokens: TokenList, sentence: TokenRange, title: Span | undefined, bits: (number | undefined)[]): boolean {
  const first = sentence.firstToken < tokens.length ? tokens.start(sentence.firstToken) : -1;
  if (title && first >= title.start && first < title.end) return true;
  let words = 0;
  let capitals = 0;
  for (let i = sentence.firstToken; i < sentence.endToken; i++) {
    if (tokens.kind(i) !== "word") continue;
    const b = bitsAt(tokens, i, bits);
    if ((b & LONG) === 0) continue;
    words++;
    if ((b & CAPITALS) !== 0) capitals++;
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
  // Adverbs and adjectives of time, rank and degree: "Only Russia has", "Former England captain".
  "only", "former", "earlier", "later", "now", "then", "today", "yesterday", "tomorrow", "tonight", "once", "not",
  "just", "yet", "so", "still", "already", "nearly", "almost", "about", "top", "ex", "rival", "neighbouring",
  "neighboring", "perhaps", "instead", "besides", "together", "why", "how", "what", "which", "whether", "although",
  "though", "because", "unless", "whereas", "nor", "or", "thus", "hence", "therefore", "however", "moreover", "indeed",
]);

/** "Initially Russia", "Traditionally France": an adverb opening a sentence before a place. */
const ADVERB = /^\p{Lu}\p{Ll}{3,}ly$/u;

function matchSentence(
  tokens: TokenList,
  wordAt: (index: number) => FoldedWord,
  sentence: TokenRange,
  synthetic: Map<string, PlaceEntry>,
  title: Span | undefined,
  surnames: Set<PlaceName>,
  lines: LineView,
): RawMatch[] {
  const { byFirstKey } = gazetteer();
  const bits = wordBits.of(tokens);
  // Read when a name is found: most sentences name none.
  let headline: boolean | undefined;
  const opening = sentenceStart(tokens, sentence);
  const out: RawMatch[] = [];
  let i = sentence.firstToken;
  while (i < sentence.endToken) {
    // A plain lowercase word starts no name, no dateline and no unknown place.
    if (tokens.kind(i) !== "word" || (bitsAt(tokens, i, bits) & PLAIN) !== 0) {
      i++;
      continue;
    }
    const b = bitsAt(tokens, i, bits);
    const capitalized = (b & CAPITALIZED) !== 0;
    const found = (b & NAMELESS) !== 0 ? undefined : longestName(tokens, wordAt, i, sentence.endToken, byFirstKey);
    // "KYIV, Ukraine (AP) —", "Lyon, March 3 —": the place opening a dateline, whatever its other senses.
    if (found && !found.possessive && opensDateline(tokens, sentence, i, found.end, lines, true)) {
      out.push({ first: i, end: found.end, start: tokens.start(i), stop: tokens.end(found.end - 1), entry: found.name.entry, possessive: false, name: found.name, dateline: true });
      i = found.end;
      continue;
    }
    // "NEWTOWN HEIGHTS, Mich.": a dateline in capitals may start with a shorter known name.
    const dateline = capitalized && (b & DATELINE_WORD) !== 0 ? findDateline(tokens, sentence, i, lines, synthetic) : undefined;
    if (dateline && (!found || dateline.end > found.end)) {
      out.push(dateline);
      i = dateline.end;
      continue;
    }
    // "the U.S. Gulf", "the Kervan Islands": a feature's name longer than any known name at this word.
    // "Ada County", "Nad Ali District": an area of a known kind whose name the gazetteer lacks.
    const feature = capitalized ? (findFeatureName(tokens, sentence, i, opening, synthetic) ?? (found ? undefined : findAdminArea(tokens, sentence, i, opening, synthetic))) : undefined;
    if (feature && (!found || feature.end > found.end)) {
      out.push(feature);
      i = feature.end;
      continue;
    }
    if (found && acceptable(tokens, sentence, found, i, opening, (headline ??= isHeadline(tokens, sentence, title, bits)), out, surnames)) {
      out.push(withRegionWord(tokens, sentence, found, i, synthetic));
      i = out[out.length - 1]!.end;
      continue;
    }
    const unknown = found || !capitalized ? undefined : findUnknownPlace(tokens, sentence, i, opening, synthetic);
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

function longestName(
  tokens: TokenList,
  wordAt: (index: number) => FoldedWord,
  at: number,
  limit: number,
  byFirstKey: ReadonlyMap<string, readonly PlaceName[]>,
): Found | undefined {
  const firstText = tokens.text(at);
  const first = wordAt(at);
  const key = first.key;
  const direct = namesStartingWith(first, byFirstKey);
  const owner = isPossessive(firstText) ? byFirstKey.get(key.slice(0, -1)) : undefined;
  if (!direct && !owner) return undefined;
  let best: Found | undefined;
  for (const name of direct && owner ? [...direct, ...owner] : (direct ?? owner)!) {
    if (best && best.end - at >= name.keys.length) continue;
    const end = at + name.keys.length;
    if (end > limit) continue;
    let possessive = false;
    let fits = true;
    for (let k = 0; k < name.keys.length && fits; k++) {
      const t = at + k;
      const tKey = wordAt(t).key;
      if (tKey === name.keys[k]) possessive = false;
      else if (k === name.keys.length - 1 && isPossessive(tokens.text(t)) && tKey.slice(0, -1) === name.keys[k]) possessive = true;
      else fits = false;
      // Tokens must be adjacent: "Gaza. City" is not "Gaza City".
      if (fits && k > 0 && tokens.start(t) > tokens.end(t - 1) + 1) fits = false;
      if (fits && tokens.kind(t) === "word" && !casingFits(tokens.text(t), name.lowercase[k] ?? false)) fits = false;
    }
    if (fits) best = { name, end, possessive };
  }
  return best;
}

/** {@link POSSESSIVE}, with the regex left for words that end in "s". */
function isPossessive(text: string): boolean {
  return text.endsWith("s") && POSSESSIVE.test(text);
}

/** A token fits a name's casing: capitalized, or lowercase where the name writes it so ("el-Fasher"). */
function casingFits(text: string, lowercaseInName: boolean): boolean {
  if (isUpperInitial(text)) return true;
  return lowercaseInName;
}

function acceptable(
  tokens: TokenList,
  sentence: TokenRange,
  found: Found,
  at: number,
  opening: number,
  headline: boolean,
  before: readonly RawMatch[],
  surnames: Set<PlaceName>,
): boolean {
  // The name's first token and its neighbours by index (-1 for none), read by field: no token objects.
  const firstText = tokens.text(at);
  const firstStart = tokens.start(at);
  // Short capitals ("IBB", "MON") are acronyms unless the name is written so ("US", "UAE").
  if (ALL_CAPS.test(firstText) && firstText.replace(/\./gu, "").length <= 3 && found.name.keys.length === 1 && !ALL_CAPS.test(found.name.entry.name) && !isAcronymAlias(found.name)) return false;
  const previous = at > sentence.firstToken ? at - 1 : -1;
  const next = found.end < sentence.endToken ? found.end : -1;
  const previousText = previous >= 0 ? tokens.text(previous) : undefined;
  const nextText = next >= 0 ? tokens.text(next) : undefined;
  const nextKind = next >= 0 ? tokens.kind(next) : undefined;
  const afterPlace = before.length > 0 && before[before.length - 1]!.end === at;
  // Places inside the names of facilities ("the Zaporizhzhia nuclear plant") and time zones ("20:00 Moscow time").
  if (!found.possessive && nextKind === "word" && (FACILITY_WORDS.has(nextText!) || nextText === "time")) return false;
  // Places inside organisation or event names: "University of London", "Patriotic Union of Kurdistan".
  if (insideOrganisationName(tokens, sentence, at, opening)) return false;
  // Hyphenated compounds are adjectives: "U.S.-led", "pro-Kyiv".
  if (nextText === "-" && tokens.start(next) === tokens.end(found.end - 1)) return false;
  if (previousText === "-" && tokens.end(previous) === firstStart) return false;
  // "Surrey v Kent": places named in a fixture are teams; national teams stay places.
  if (!nationalSide(found.name.entry) && (FIXTURE_WORDS.has(nextText ?? "") || FIXTURE_WORDS.has(previousText ?? ""))) return false;
  if (found.name.ambiguous && (at === opening || headline)) return false;
  const generated = found.name.tier > 0;
  // A score after a place names a team: "Derbyshire 281", "NEW YORK 74 58".
  if (!found.possessive && nextKind === "number" && !nationalSide(found.name.entry) && !/^\d{4}$/u.test(nextText!)) return false;
  if (generated && nextKind === "word" && NAME_PARTICLES.has(nextText!)) return false;
  // A generated name that is also a common word, opening a sentence before a lowercase word, is the word: "Most of them".
  if (generated && at === opening && nextKind === "word" && LOWER_INITIAL.test(nextText!) && isCommonWord(nameKey(firstText))) return false;
  const joinedAfter = nextKind === "word" && tokens.start(next) === tokens.end(found.end - 1) + 1;
  // "the U.S. Open", "Bristol City 4 1 0 3": a place opening an event's name, or a club's in sports reporting.
  if (!found.possessive && joinedAfter && isUpperInitial(nextText!)) {
    const word = foldKey(nextText!);
    // "RUSSIA OPEN TO TALKS": in a headline in capitals, "open" may be the adjective.
    if (EVENT_NAME_HEADS.has(word) && !(headline && word === "open")) return false;
    // "in Atlantic City": after a preposition of place the name is the town's.
    if (CLUB_NAME_TAILS.has(word) && !LOCATIVE_PREPOSITIONS.has(previous >= 0 ? tokens.lower(previous) : "") && isSportsText(tokens)) return false;
  }
  if (headline) return true;
  const joinedBefore = previous >= 0 && tokens.isWord(previous) && tokens.end(previous) === firstStart - 1;
  if (joinedBefore && capitalizedAt(tokens, previous) && !afterPlace) {
    const word = tokens.lower(previous);
    // A compound adjective or an acronym is no name: "Russia-annexed Crimea", "the OSCE Chechnya mission".
    const compound = COMPOUND_ADJECTIVE.test(previousText!) || ACRONYM.test(previousText!);
    const allowed = compound || PLACE_MODIFIERS.has(word) || DIRECTION_WORDS.has(word) || (at - 1 === opening && (OPENING_WORDS.has(word) || ADVERB.test(previousText!)));
    if (!allowed) {
      // "MaliVai Washington", "Neil Jordan": the name is a surname here and, later alone, still.
      if (found.name.keys.length === 1 && at - 1 !== opening && !(nextText !== undefined && UPPER_INITIAL.test(nextText))) surnames.add(found.name);
      return false;
    }
  }
  if (!found.possessive && joinedAfter && capitalizedAt(tokens, next)) {
    const word = foldKey(nextText!);
    // "U.S. Senate": an acronym of a country stays a place before a capitalized noun.
    const acronym = found.name.entry.kind === "country" && ALL_CAPS.test(firstText) && firstText.length <= 5;
    if (!TITLE_WORDS.has(word) && !REGION_WORDS.has(word) && !acronym) return false;
  }
  return true;
}

const FIXTURE_WORDS = new Set(["v", "vs", "v.", "vs."]);

/** "<Head> of X", "<Name Name> of X", "Human Rights in X": the place ends an organisation's name. */
function insideOrganisationName(tokens: TokenList, sentence: TokenRange, at: number, opening: number): boolean {
  const preposition = at >= 1 && at - 1 < tokens.length ? tokens.text(at - 1) : undefined;
  if (at - 2 < sentence.firstToken || (preposition !== "of" && preposition !== "for" && preposition !== "in")) return false;
  if (!capitalizedAt(tokens, at - 2) || at - 2 === opening) return false;
  if (ORGANISATION_HEADS.has(tokens.lower(at - 2))) return true;
  // "Hamas in Gaza", "Trump in Washington": only a head noun makes "in" part of a name.
  if (preposition === "in") return false;
  return at - 3 >= sentence.firstToken && capitalizedAt(tokens, at - 3) && at - 3 !== opening && !isGivenName(tokens.text(at - 3));
}

/** "Sen. Sherrod Brown of Ohio", "Jane Doe of France": a person's name, not an organisation's, stands before "of". */
function isGivenName(word: string): boolean {
  return actorLexicons().givenNames.has(lowerCase(word));
}

/** True for names written in capitals, like "US" or "UAE", that are meant as acronyms. */
function isAcronymAlias(name: PlaceName): boolean {
  return name.keys.length === 1 && name.keys[0]!.length <= 4 && name.tier === 0;
}

/** "Kyiv" + "region" is Kyiv Oblast; "Dzhankoi" + "district" is a raion. A capitalized generic word joins the mention. */
function withRegionWord(tokens: TokenList, sentence: TokenRange, found: Found, at: number, synthetic: Map<string, PlaceEntry>): RawMatch {
  const start = tokens.start(at);
  const lastEnd = tokens.end(found.end - 1);
  const stop = found.possessive ? lastEnd - 2 : lastEnd;
  const plain: RawMatch = { first: at, end: found.end, start, stop, entry: found.name.entry, possessive: found.possessive, name: found.name };
  if (found.possessive || found.end >= sentence.endToken) return plain;
  // "the Kursk border region": one lowercase adjective may stand before the generic word.
  const gap = REGION_ADJECTIVES.has(tokens.text(found.end)) && found.end + 1 < sentence.endToken ? 1 : 0;
  const next = found.end + gap;
  const nextText = tokens.text(next);
  const generic = REGION_WORDS.get(foldKey(nextText.replace(POSSESSIVE, "")));
  if (!generic || PLURAL_REGION_WORDS.has(foldKey(nextText))) return plain;
  const entry = found.name.entry;
  const possessive = POSSESSIVE.test(nextText);
  const joined = gap === 0 && capitalizedAt(tokens, next);
  const end = found.end + gap + 1;
  const extended = joined ? (possessive ? tokens.end(next) - 2 : tokens.end(next)) : stop;
  if (generic === "region") {
    const region = regionOfName(found.name);
    // "Helmand Province": the region's own name with its capitalized word is one name.
    if (region === entry && joined) return { ...plain, end, stop: extended, possessive };
    if (!region || region === entry) return plain;
    return { first: at, end, start, stop: extended, entry: region, possessive, name: found.name };
  }
  if (entry.kind !== "city") return plain;
  const name = `${entry.name} District`;
  const raion = synthetic.get(name) ?? { name, kind: "region" as const, ...(entry.country ? { country: entry.country } : {}) };
  synthetic.set(name, raion);
  return { first: at, end, start, stop: extended, entry: raion, possessive, name: found.name };
}
