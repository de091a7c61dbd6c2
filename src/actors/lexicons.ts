/**
 * The actor lexicons compiled into sets and maps, built once on first use so that importing
 * the package stays cheap.
 *
 * @module
 */
import type { TokenList } from "../text/tokens.js";
import type { KeySet } from "./evidence.js";
import { WordTable } from "../text/word-table.js";
import { GIVEN_NAMES_CODED } from "../lexicon/actors-given-names.js";
import { COMMON_WORDS_CODED } from "../lexicon/actors-common-words.js";
import { decodeWords } from "../lexicon/front-coded.js";
import { NEWS_WORDS } from "../lexicon/actors-news-words.js";
import { DESCRIPTION_ROLES, HONORIFICS, LEADER_TITLES, PERSON_ROLE_CUES, PERSON_TITLES, TITLE_MODIFIERS, TITLES_ALSO_SURNAMES } from "../lexicon/actors-titles.js";
import { ARMED_FORCE_HEADS, CLUB_WORDS, KNOWN_BODIES, ORGANIZATION_HEADS, ORGANIZATION_SUFFIXES, MEDIA_NOUNS, STATE_ORGAN_HEADS, type KnownBody } from "../lexicon/actors-organizations.js";
import { CAPITALIZED_ADJECTIVES, EVENT_HEADS, FACILITY_HEADS } from "../lexicon/actors-non-names.js";
import { PUBLIC_FIGURES, type PublicFigure } from "../lexicon/actors-public-figures.js";

/** The compiled lexicons. */
export interface ActorLexicons {
  /** Given names, lower case. */
  readonly givenNames: ReadonlySet<string>;
  /** Common English words, lower case. */
  readonly commonWords: ReadonlySet<string>;
  /** Person titles by their key ("prime minister", "major general"). */
  readonly titles: ReadonlySet<string>;
  /** The most words a title has. */
  readonly longestTitle: number;
  /** First words of the titles, for a quick test. */
  readonly titleStarts: ReadonlySet<string>;
  /** The first words of each title of several words, short of the whole title ("prime", "assistant secretary"). */
  readonly titlePrefixes: ReadonlySet<string>;
  /** Words that qualify a title before it, lower case. */
  readonly titleModifiers: ReadonlySet<string>;
  /** Honorifics, lower case. */
  readonly honorifics: ReadonlySet<string>;
  /** Titles that are also surnames ("king"), lower case. */
  readonly titleSurnames: ReadonlySet<string>;
  /** Leader titles, lower case. */
  readonly leaderTitles: ReadonlySet<string>;
  /** Description roles as word arrays, longest first. */
  readonly descriptionRoles: readonly (readonly string[])[];
  /** First words of the description roles. */
  readonly descriptionStarts: ReadonlySet<string>;
  /** Role words that mark the next name as a person's. */
  readonly personCues: ReadonlySet<string>;
  /** Organization head nouns, lower case. */
  readonly organizationHeads: ReadonlySet<string>;
  /** Organization legal suffixes, lower case without dot. */
  readonly organizationSuffixes: ReadonlySet<string>;
  /** Words sports clubs are named with, lower case. */
  readonly clubWords: ReadonlySet<string>;
  /** Heads of a state's organs, before which a demonym is no part of the name, lower case. */
  readonly stateOrganHeads: ReadonlySet<string>;
  /** Nouns of the press that make the name beside them a publication's, lower case. */
  readonly mediaNouns: ReadonlySet<string>;
  /** Heads of armed forces, lower case. */
  readonly armedForceHeads: ReadonlySet<string>;
  /** Capitalized adjectives that are not names, lower case. */
  readonly capitalizedAdjectives: ReadonlySet<string>;
  /** Last words of facility names, lower case. */
  readonly facilityHeads: ReadonlySet<string>;
  /** Last words of event names, lower case. */
  readonly eventHeads: ReadonlySet<string>;
  /** Known bodies by the lower-case key of each form. */
  readonly bodies: ReadonlyMap<string, KnownBody>;
  /** Public figures by the lower-case key of their name and each variant. */
  readonly figures: ReadonlyMap<string, PublicFigure>;
}

let compiled: ActorLexicons | undefined;

const MARKS = /\p{M}+/gu;
/** Keys of the names that needed Unicode folding, looked up lately ("U.S.", "al-Assad", "Støre"). */
const foldedKeys = new Map<string, string>();
const FOLDED_LIMIT = 20_000;

/** The key names are looked up by: lower case, diacritics folded, dots and apostrophes dropped. */
export function nameKey(name: string): string {
  // Most tokens are plain ASCII (words, numbers, punctuation) without white space, apostrophes,
  // hyphens or dots: their key is their lower case, the word itself when it has no capital.
  // Read by character code, as this runs for every token.
  let upper = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x21 || c > 0x7e || c === 0x27 || c === 0x2d || c === 0x2e) return foldedKey(name);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? name.toLowerCase() : name;
}

/** The {@link nameKey} of each word, by word id. */
const tokenKeys = /* @__PURE__ */ new WordTable<string>();

/** The {@link nameKey} of token `i`'s text, made once per word (most are asked of many times in an article, and across articles). */
export function tokenKey(tokens: TokenList, i: number): string {
  return (tokenKeys.of(tokens)[tokens.id(i)] ??= nameKey(tokens.text(i)));
}

/** {@link nameKey} for a name outside plain ASCII words: Unicode folding, memoized. */
function foldedKey(name: string): string {
  const known = foldedKeys.get(name);
  if (known !== undefined) return known;
  const key = name
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(/ø/giu, "o")
    .replace(/[.'’]/gu, "")
    .replace(/[\s\-‐]+/gu, " ")
    .trim();
  // Bounded: cleared when full, so a long text of distinct words cannot grow it without end.
  if (foldedKeys.size >= FOLDED_LIMIT) foldedKeys.clear();
  foldedKeys.set(name, key);
  return key;
}

const byLength = (list: readonly string[]): string[][] =>
  list.map((t) => t.split(" ")).sort((a, b) => b.length - a.length);

/** The actor lexicons, compiled on first call. */
export function actorLexicons(): ActorLexicons {
  if (compiled) return compiled;
  const bodies = new Map<string, KnownBody>();
  for (const body of KNOWN_BODIES) for (const form of [body.name, ...body.forms]) bodies.set(nameKey(form), body);
  const figures = new Map<string, PublicFigure>();
  for (const figure of PUBLIC_FIGURES) for (const form of [figure.name, ...figure.variants]) figures.set(nameKey(form), figure);
  const titles = byLength(PERSON_TITLES.map(nameKey));
  compiled = {
    givenNames: new Set(decodeWords(GIVEN_NAMES_CODED)),
    commonWords: new Set([...decodeWords(COMMON_WORDS_CODED), ...NEWS_WORDS]),
    titles: new Set(titles.map((t) => t.join(" "))),
    longestTitle: Math.max(...titles.map((t) => t.length)),
    titleStarts: new Set(titles.map((t) => t[0]!)),
    titlePrefixes: new Set(titles.flatMap((t) => t.slice(1).map((_, n) => t.slice(0, n + 1).join(" ")))),
    titleModifiers: new Set(TITLE_MODIFIERS),
    honorifics: new Set(HONORIFICS),
    titleSurnames: new Set(TITLES_ALSO_SURNAMES),
    leaderTitles: new Set(LEADER_TITLES),
    descriptionRoles: byLength(DESCRIPTION_ROLES),
    descriptionStarts: new Set(DESCRIPTION_ROLES.map((r) => r.split(" ")[0]!)),
    personCues: new Set(PERSON_ROLE_CUES),
    organizationHeads: new Set(ORGANIZATION_HEADS),
    organizationSuffixes: new Set(ORGANIZATION_SUFFIXES),
    clubWords: new Set(CLUB_WORDS),
    stateOrganHeads: new Set(STATE_ORGAN_HEADS),
    mediaNouns: new Set(MEDIA_NOUNS),
    armedForceHeads: new Set(ARMED_FORCE_HEADS),
    capitalizedAdjectives: new Set(CAPITALIZED_ADJECTIVES),
    eventHeads: new Set(EVENT_HEADS),
    facilityHeads: new Set(FACILITY_HEADS),
    bodies,
    figures,
  };
  return compiled;
}

/** Suffixes to strip (and what to put back) to find the lemma of an inflected word. */
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ["ies", "y"], ["es", ""], ["s", ""], ["ers", "e"], ["ers", ""], ["ed", ""], ["ed", "e"], ["ing", ""], ["ing", "e"],
  ["ally", "al"], ["ily", "y"], ["ly", ""], ["ly", "le"],
];

/**
 * True when `key` is a common English word, also inflected ("Dozens", "Authorities",
 * "Unfortunately"); `alsoKnown` adds the words an article writes in lower case.
 */
export function isCommonWord(key: string, alsoKnown?: KeySet): boolean {
  return isLexiconWord(key) || (alsoKnown !== undefined && knownInflected(key, alsoKnown));
}

/**
 * The answers of {@link isLexiconWord} for short keys met lately: the same words are asked about
 * in every article. Long keys are left out (one may be a slice that holds on to a whole text);
 * cleared when full.
 */
const lexiconAnswers = new Map<string, boolean>();
const LEXICON_ANSWERS_LIMIT = 20_000;

/** {@link isCommonWord} by the word list alone. */
function isLexiconWord(key: string): boolean {
  const kept = lexiconAnswers.get(key);
  if (kept !== undefined) return kept;
  const common = actorLexicons().commonWords;
  const answer = knownInflected(key, common) || (key.endsWith("ly") && key.length > 5);
  if (key.length <= 12) {
    if (lexiconAnswers.size >= LEXICON_ANSWERS_LIMIT) lexiconAnswers.clear();
    lexiconAnswers.set(key, answer);
  }
  return answer;
}

/**
 * True when `known` holds `key` or, the word list holding lemmas, the lemma of `key` read as
 * inflected. A set, not a function: a closure made for each ask would be an object per word.
 */
function knownInflected(key: string, known: KeySet): boolean {
  if (known.has(key)) return true;
  for (const [suffix, replacement] of INFLECTIONS) {
    if (key.length > suffix.length + 2 && key.endsWith(suffix) && known.has(key.slice(0, -suffix.length) + replacement)) return true;
  }
  return false;
}
