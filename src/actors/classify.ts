/**
 * What a name candidate is: a person, an organization, a group, a country acting (by name or
 * through its capital or seat of government), a place (left to the territories facet), or not
 * yet known (decided later from the rest of the article).
 *
 * @module
 */
import type { Document } from "../text/document.js";
import type { TokenKind, TokenList } from "../text/tokens.js";
import type { PlaceMatch } from "../territories/match.js";
import type { KnownBody } from "../lexicon/actors-organizations.js";
import type { PublicFigure } from "../lexicon/actors-public-figures.js";
import { GOVERNMENT_SEATS, JURISDICTION_HEADS } from "../lexicon/actors-organizations.js";
import { INNER_PARTICLE_NAME, type NameCandidate } from "./find-names.js";
import { keyAt, stripPossessive, type StemKeys } from "./evidence.js";
import { hasLowerCase } from "./letter-case.js";
import { actorLexicons, isCommonWord, nameKey } from "./lexicons.js";
import { demonymCountry } from "./demonym.js";
import { CAPITALIZED_ADJECTIVE, CLUB_WORD, COMMON_WORD, EVENT_HEAD, FACILITY_HEAD, GIVEN_NAME, ORGANIZATION_HEAD, ORGANIZATION_SUFFIX, TITLE, TITLE_MODIFIER, TITLE_START, TITLE_SURNAME, stemFacts, writtenFacts } from "./key-facts.js";
import { NAME_PARTICLES, PLACE_HEADS, PLACE_NOUNS_AFTER, POLITY_HEADS, VESSEL_PREFIXES, WEAPON_MODIFIERS, WEAPON_NOUNS_AFTER } from "../lexicon/actors-non-names.js";
import { NEWS_PROGRAMMES, SPEECH_VERBS } from "../lexicon/actors-media.js";
import { normalizeTerritory } from "../territories/index.js";
import { foldKey, gazetteer } from "../territories/gazetteer.js";
import { mayBeSurname } from "../territories/one-sense.js";
import { opensPlaceName } from "./place-openers.js";

// Field reads of token `i` (`""` or undefined outside the list): a token object each would cost more than the read.
const textAt = (tokens: TokenList, i: number): string => (i >= 0 && i < tokens.length ? tokens.text(i) : "");
const kindAt = (tokens: TokenList, i: number): TokenKind | undefined => (i >= 0 && i < tokens.length ? tokens.kind(i) : undefined);

/**
 * A candidate's reading. A person's always has its `figure` field and a body's its `body` field
 * (undefined when unknown): one object shape per kind, so the code that reads them stays
 * monomorphic instead of deoptimizing when the first known figure or body comes.
 */
export type Reading =
  | { readonly kind: "person"; readonly figure: PublicFigure | undefined }
  | { readonly kind: "organization" | "group"; readonly body: KnownBody | undefined }
  | { readonly kind: "country"; readonly iso: string; readonly name: string; readonly form: "name" | "metonym" }
  | { readonly kind: "place" }
  | { readonly kind: "none" }
  | { readonly kind: "unknown" };

// The readings without fields, one object each: a reading is read, never changed, and a name
// of each article gets one (no object made per name).
const ORGANIZATION: Reading = { kind: "organization", body: undefined };
/** The reading of a person who is no known figure. */
export const PERSON: Reading = { kind: "person", figure: undefined };
/** The reading of a place's name, left to the territories facet. */
export const PLACE: Reading = { kind: "place" };
const NONE: Reading = { kind: "none" };
const UNKNOWN: Reading = { kind: "unknown" };

/** A candidate with its reading. */
export interface ClassifiedName extends NameCandidate {
  /** What the candidate is. */
  readonly reading: Reading;
}

const INITIAL = /^\p{Lu}\.$/u;
const COMPOUND_TAIL = /-\p{Ll}+$/u;
const PARTICLES: ReadonlySet<string> = /* @__PURE__ */ new Set(NAME_PARTICLES);
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$|^\p{Lu}{2,}\d{0,2}$/u;
/** Definite articles of other languages, as written at the head of a name. */
const FOREIGN_ARTICLES = new Set(["El", "EL", "Der", "DER", "Die", "DIE", "Das", "DAS", "Le", "LE", "La", "LA", "Les", "LES", "Il", "IL", "Los", "LOS", "Las", "LAS"]);
const POLITIES: ReadonlySet<string> = /* @__PURE__ */ new Set(POLITY_HEADS);
const PLACE_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set(PLACE_NOUNS_AFTER);
const PLACE_LAST_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(PLACE_HEADS);
const WEAPON_NOUNS: ReadonlySet<string> = /* @__PURE__ */ new Set(WEAPON_NOUNS_AFTER);
const WEAPON_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(WEAPON_MODIFIERS);
const VESSELS: ReadonlySet<string> = /* @__PURE__ */ new Set(VESSEL_PREFIXES);
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "from", "outside", "inside", "across", "around", "towards", "toward", "via"]);
const PROGRAMMES: ReadonlySet<string> = /* @__PURE__ */ new Set(NEWS_PROGRAMMES);
const SPEAKING: ReadonlySet<string> = /* @__PURE__ */ new Set(SPEECH_VERBS);
const JURISDICTIONS: ReadonlySet<string> = /* @__PURE__ */ new Set(JURISDICTION_HEADS);

/**
 * Reads `candidate` from its words, the lexicons, the gazetteer and its neighbours; `keysById`
 * are the lookup keys of the words without their possessive (see {@link keyAt}); `teams` are the
 * places sports reporting read as teams, by start.
 */
export function classifyName(
  doc: Document,
  candidate: NameCandidate,
  places: ReadonlyMap<number, PlaceMatch>,
  keysById: StemKeys,
  teams: ReadonlyMap<number, PlaceMatch> = new Map(),
): Reading {
  const lex = actorLexicons();
  const key = nameKey(candidate.text);
  const place = places.get(candidate.start) ?? placeAfterAdjective(doc, candidate, places);
  // A dateline names where the report was filed: a place, or a country named as one.
  if (inDateline(doc, candidate)) return place && place.end === candidate.end && place.entry.kind === "country" ? readPlace(place, true) : PLACE;
  if (place && place.end === candidate.end) return readPlace(place, actsThroughParticiple(doc, candidate.endToken));
  // "Kent beat Surrey": a place the sports reporting read as a team is a club.
  if (teams.get(candidate.start)?.end === candidate.end) return ORGANIZATION;
  // "Nazi Germany", "Soviet Russia": an adjective before a place leaves a place.
  const space = candidate.text.indexOf(" ");
  if (firstWordAdjective(doc, candidate, space, key) && normalizeTerritory(space < 0 ? "" : candidate.text.slice(space + 1))) return PLACE;
  const seat = GOVERNMENT_SEATS.get(candidate.text) ?? GOVERNMENT_SEATS.get(titleCased(candidate.text));
  if (seat) return { kind: "country", iso: seat, name: seat, form: "metonym" };
  const figure = lex.figures.get(key);
  if (figure) return { kind: "person", figure };
  const body = lex.bodies.get(key);
  if (body) return { kind: body.kind, body };
  // The candidate's word tokens by index (no token object made for each), their keys, and the
  // lexicons' facts of each key (see key-facts.ts) and of any of them. Made at their size, not
  // grown by push: a pushed array starts with room for 17, and most names have a word or two.
  let count = 0;
  for (let i = candidate.firstToken; i < candidate.endToken; i++) if (doc.tokens.isWord(i)) count++;
  const words = new Array<number>(count);
  const keys = new Array<string>(count);
  const facts = new Array<number>(count);
  let anyFacts = 0;
  const stems = stemFacts(doc.tokens);
  for (let i = candidate.firstToken, n = 0; i < candidate.endToken; i++) {
    if (!doc.tokens.isWord(i)) continue;
    words[n] = i;
    keys[n] = keyAt(keysById, doc.tokens, i);
    const f = stems[doc.tokens.id(i)]!;
    facts[n++] = f;
    anyFacts |= f;
  }
  const lastKey = keys[keys.length - 1] ?? "";
  const lastFacts = facts[facts.length - 1] ?? 0;
  const firstFacts = facts[0] ?? 0;
  // "Dorsk airport", "the Kervan mountains": a noun of land or site after the name makes it a place's.
  const afterKind = kindAt(doc.tokens, candidate.endToken);
  const afterText = textAt(doc.tokens, candidate.endToken);
  if (afterKind === "word" && PLACE_NOUNS.has(afterText) && candidate.end === stripEnd(doc, candidate)) return PLACE;
  // "the Virgin Islands", "the Kervan Mountains": a name ending in a feature of the land is a place's.
  if (keys.length > 1 && PLACE_LAST_WORDS.has(lastKey)) return PLACE;
  // "Cook County Sheriff Tom Dart": a county before the title of its office is the jurisdiction, not a body.
  if (keys.length > 1 && JURISDICTIONS.has(lastKey) && afterKind === "word" && /^\p{Lu}/u.test(afterText) && (stems[doc.tokens.id(candidate.endToken)]! & TITLE_START) !== 0) return PLACE;
  // "Hong Kong-based", "New York-listed": the name is the first part of a compound adjective.
  if (afterKind === "word" && doc.tokens.start(candidate.endToken) === candidate.end + 1 && COMPOUND_TAIL.test(afterText) && /^\p{Lu}/u.test(afterText)) return NONE;
  // "Soviet Union", "Russian Federation": a state named by its people, a place like any country.
  if (keys.length === 2 && POLITIES.has(lastKey) && ((firstFacts & CAPITALIZED_ADJECTIVE) !== 0 || demonymCountry(doc.tokens.text(words[0]!)))) return PLACE;
  // "Organisation of Islamic Conference (OIC)": a body spelled out before its acronym, whatever word ends it.
  if (keys.length > 1 && (anyFacts & ORGANIZATION_HEAD) !== 0 && spelledOutBeforeAcronym(doc, words, candidate.endToken)) return ORGANIZATION;
  // "Mr. King": a lone word after an honorific is a surname, whatever else the word may be.
  if (keys.length === 1 && (firstFacts & TITLE_SURNAME) !== 0 && afterHonorific(candidate.titles)) return PERSON;
  // "Mayor Ellen Park", "Dr. Grace Temple": after a title, a given name makes a facility's head word a surname.
  if (keys.length === 2 && candidate.titles.length > 0 && (lastFacts & FACILITY_HEAD) !== 0 && (firstFacts & GIVEN_NAME) !== 0) return PERSON;
  // "SELLER:", "(hosts in CAPS)", "NEWS DIGEST -": ordinary words in capitals in a line of
  // ordinary case are a label or emphasis, not an acronym.
  if (candidate.casing === "normal" && ordinaryInCapitals(doc.tokens, words, keys)) return NONE;
  // "Kelso Palace 4 1 2 1 4 3 5": a facility's name in a line of scores is a club's.
  if (keys.length > 1 && (lastFacts & FACILITY_HEAD) !== 0 && betweenScores(doc, candidate)) return ORGANIZATION;
  if (isNonName(keys, facts, candidate.text) || !someKeyOfTwo(keys) || placeCompound(candidate.text)) return NONE;
  // "Douglas & Lomason": partners joined by an ampersand are a firm.
  if ((anyFacts & ORGANIZATION_HEAD) !== 0 || (keys.length > 1 && (lastFacts & ORGANIZATION_SUFFIX) !== 0) || candidate.text.includes("&")) {
    return ORGANIZATION;
  }
  // "Storm Shadow missiles", "Himars and UK-supplied Storm Shadow missiles": a weapon's name.
  if (afterKind !== undefined && weaponAfter(doc.tokens, candidate.endToken) && candidate.end === stripEnd(doc, candidate)) return NONE;
  // "MV Brave Commander", "HMS Duncan": a ship's name.
  if (keys.length >= 2 && VESSELS.has(keys[0]!) && !hasLowerCase(doc.tokens.text(words[0]!))) return NONE;
  if (namedByPress(doc, candidate)) return ORGANIZATION;
  if (candidate.titles.length > 0 || candidate.personCue) return PERSON;
  if (keys.length === 1 && INNER_PARTICLE_NAME.test(stripPossessive(doc.tokens.text(words[0]!)))) return PERSON;
  if (keys.length === 1 && candidate.casing === "normal" && ACRONYM.test(candidate.text)) return ORGANIZATION;
  // "Los Angeles won": a place's full name that the gazetteer left out plays as a team here.
  if (keys.length >= 2 && opensPlaceName(doc.tokens, words[0]!) && gazetteer().byName.has(foldedWords(doc.tokens, words))) return ORGANIZATION;
  // "Dynamo Kyiv", "Lokomotiv": a word clubs are named with makes a club.
  if ((anyFacts & CLUB_WORD) !== 0) return ORGANIZATION;
  // "the Harlow Eagles", "the Houston Astros": "the", a place and a plural name a team, even where the place is also a given name.
  if (keys.length >= 2 && afterThe(doc, candidate) && pluralName(lastKey) && placeBeforeLast(doc.tokens, words, places)) return ORGANIZATION;
  if (teamAfterCompetitor(doc, candidate, places)) return ORGANIZATION;
  if (keys.length >= 2 && (firstFacts & GIVEN_NAME) !== 0) return PERSON;
  // "M. Butcher", "Aravinda de Silva", "Joost van der Westhuizen": initials and particles make a person's name.
  // "De Wilde", "Van Moer": a surname that opens with a capitalized particle.
  // "Der Spiegel", "Le Matin", "El Al": a foreign article opens the name of a paper, a club or a firm, not of a person.
  if (keys.length >= 2 && FOREIGN_ARTICLES.has(doc.tokens.text(words[0]!))) return ORGANIZATION;
  const opensWithParticle = PARTICLES.has(keys[0]!) && words.length >= 2;
  if (keys.length >= 2 && (INITIAL.test(doc.tokens.text(words[0]!)) || opensWithParticle || someParticle(doc.tokens, words))) return PERSON;
  if (inScorecard(doc, candidate)) return PERSON;
  if (betweenScores(doc, candidate)) return ORGANIZATION;
  // "Dynamo Moscow", "Philadelphia Eagles", "First Chicago": a name built on a place is a body's.
  if (keys.length >= 2 && builtOnPlace(doc, candidate, words, places)) return ORGANIZATION;
  if (candidate.firstToken >= 1 && PLACE_PREPOSITIONS.has(doc.tokens.lower(candidate.firstToken - 1))) return PLACE;
  if (followedByAge(doc, candidate.endToken) || followedByCountry(doc, candidate.endToken, places)) return PERSON;
  const hasNext = candidate.endToken < doc.tokens.length;
  // "Hoddle said" is a person; "Organisers said" at a sentence start may be a plural noun.
  if (keys.length > 1 && hasNext && SPEAKING.has(doc.tokens.lower(candidate.endToken)) && !(candidate.initial && lastKey.endsWith("s"))) return PERSON;
  // A name of several words with an ordinary word in it is a body's ("Human Rights in China",
  // "Air France"); one of unfamiliar words is mostly a person's.
  if (keys.length >= 2 && candidate.casing !== "caps") {
    return someCommonWord(keys) ? ORGANIZATION : PERSON;
  }
  // "St. Petersburg", "Mt. Kenya": a short abbreviation before a name is part of a place's name.
  if (keys.length === 1 && candidate.text.length <= 3 && doc.text.charCodeAt(candidate.end) === 46 && afterKind === "punct") return NONE;
  return UNKNOWN;
}

// The tests of a candidate's words below are loops of their own, not callbacks given to some()
// or every(): an arrow function in classifyName would make it keep its variables in a context
// object made at every call, and each arrow a function object where it is reached.

/** True when one of `titles` is an honorific ("Mr.", "Dr."). */
function afterHonorific(titles: readonly string[]): boolean {
  const honorifics = actorLexicons().honorifics;
  for (const t of titles) if (honorifics.has(nameKey(t))) return true;
  return false;
}

/** True when every word (token indices `words`, keys `keys`) is an ordinary word of four letters or more in capitals, and no place's name. */
function ordinaryInCapitals(tokens: TokenList, words: readonly number[], keys: readonly string[]): boolean {
  for (let n = 0; n < keys.length; n++) {
    const k = keys[n]!;
    if (!(k.length >= 4 && !hasLowerCase(tokens.text(words[n]!)) && isCommonWord(k) && !placeWord(tokens, words[n]!))) return false;
  }
  return true;
}

/** True when one of `keys` has two characters or more. */
function someKeyOfTwo(keys: readonly string[]): boolean {
  for (const k of keys) if (k.length >= 2) return true;
  return false;
}

/** True when one of the word tokens `words` is a name's particle as written ("van", "de"). */
function someParticle(tokens: TokenList, words: readonly number[]): boolean {
  for (const w of words) if (PARTICLES.has(tokens.text(w))) return true;
  return false;
}

/** True when one of the word tokens `words` of `candidate` is a place: matched in the text, or (outside the headline) a plain place name of the gazetteer. */
function builtOnPlace(doc: Document, candidate: NameCandidate, words: readonly number[], places: ReadonlyMap<number, PlaceMatch>): boolean {
  for (const w of words) if (places.has(doc.tokens.start(w)) || (!inTitle(doc, candidate) && plainPlaceName(doc.tokens, w))) return true;
  return false;
}

/** True when one of `keys` is a common word. */
function someCommonWord(keys: readonly string[]): boolean {
  for (const k of keys) if (isCommonWord(k)) return true;
  return false;
}

/**
 * True when a weapon's noun follows token `i - 1`, after at most two of its modifiers ("assault
 * rifles") and, for a name in a list, after the other names ("Himars and UK-supplied Storm
 * Shadow missiles", "Kalashnikov, Uzi and Fal automatic weapons").
 */
function weaponAfter(tokens: TokenList, i: number): boolean {
  let k = i;
  const joiner = textAt(tokens, k);
  if (joiner === "," || joiner === "and" || joiner === "or") {
    // The other names of the list: capitalized words, compounds ("UK-supplied") and joiners.
    const limit = Math.min(tokens.length, k + 8);
    for (k++; k < limit; k++) {
      const text = tokens.text(k);
      const c = text.charCodeAt(0);
      if (text === "," || text === "and" || text === "or" || (c >= 65 && c <= 90) || (text.includes("-") && kindAt(tokens, k) === "word")) continue;
      break;
    }
    if (k === i + 1) return false;
  }
  for (let n = 0; n < 2 && WEAPON_WORDS.has(textAt(tokens, k)); n++) k++;
  return kindAt(tokens, k) === "word" && WEAPON_NOUNS.has(tokens.text(k));
}

/** True when "(" and an acronym of the initials of the word tokens `words` follow token `end - 1`: "Bank for Trade (BT)". */
function spelledOutBeforeAcronym(doc: Document, words: readonly number[], end: number): boolean {
  const tokens = doc.tokens;
  if (textAt(tokens, end) !== "(" || end + 1 >= tokens.length || textAt(tokens, end + 2) !== ")") return false;
  let initials = "";
  for (const w of words) if (/^\p{Lu}/u.test(tokens.text(w))) initials += tokens.text(w)[0];
  return initials.length >= 2 && initials === tokens.text(end + 1);
}

/**
 * True when the text of `candidate` up to its first space (at `space`; -1 for none, where the
 * whole text, of key `key`, is read) is a capitalized adjective. Where the first token runs to
 * that space, its key as written is that word's key, read from the lexicons' facts.
 */
function firstWordAdjective(doc: Document, candidate: NameCandidate, space: number, key: string): boolean {
  const tokens = doc.tokens;
  const first = candidate.firstToken;
  if (space < 0) return actorLexicons().capitalizedAdjectives.has(key);
  if (tokens.end(first) - candidate.start === space) return (writtenFacts(tokens)[tokens.id(first)]! & CAPITALIZED_ADJECTIVE) !== 0;
  return actorLexicons().capitalizedAdjectives.has(nameKey(candidate.text.slice(0, space)));
}

/** The end of the candidate's last token: past it when no possessive was cut off ("Dorsk's airport" names no place). */
function stripEnd(doc: Document, candidate: NameCandidate): number {
  return doc.tokens.end(candidate.endToken - 1);
}

/**
 * True for a name a press noun stands beside in lower case: "the daily Le Quotidien", "the
 * official newspaper Tribuna", "Nova Gazeta newspaper said". Such a name is a publication's.
 */
function namedByPress(doc: Document, candidate: NameCandidate): boolean {
  const tokens = doc.tokens;
  // "news agency": the noun may come after "news".
  const afterNews = textAt(tokens, candidate.endToken) === "news" ? candidate.endToken + 1 : candidate.endToken;
  // "Jane Roe's newspaper" names its owner, not the paper.
  const possessive = doc.text.charCodeAt(candidate.end) === 39 || doc.text.charCodeAt(candidate.end) === 0x2019;
  // "TSN Tyzhden news programme": a programme of the news is its broadcaster's.
  const programme = afterNews > candidate.endToken && PROGRAMMES.has(textAt(tokens, afterNews));
  return lowerMedia(doc, candidate.firstToken - 1) || (!possessive && (lowerMedia(doc, afterNews) || programme));
}

/** True when token `k` (in range or not) is a noun of the press in lower case. */
function lowerMedia(doc: Document, k: number): boolean {
  const tokens = doc.tokens;
  return kindAt(tokens, k) === "word" && actorLexicons().mediaNouns.has(tokens.text(k)) && doc.text.charCodeAt(tokens.start(k)) >= 97;
}

/**
 * True when the words name no actor: an adjective ("Republican", "Russians"), an event
 * ("Victory Day", "World Cup"), or a lone title or head noun ("Secretary", "News"). `facts` are
 * the lexicons' facts of each of `keys` (see key-facts.ts).
 */
function isNonName(keys: readonly string[], facts: readonly number[], text: string): boolean {
  const last = facts[facts.length - 1] ?? 0;
  if (keys.length === 1) {
    if ((last & (CAPITALIZED_ADJECTIVE | ORGANIZATION_HEAD | TITLE_START)) !== 0) return true;
    if (isPeople(text)) return true;
  }
  if (keys.length > 1 && (last & (EVENT_HEAD | FACILITY_HEAD)) !== 0) return true;
  // "T-34-85", "V-E": model codes and letter compounds name things, not actors.
  if (keys.length === 1 && (/\p{Nd}/u.test(text) || /^\p{Lu}(?:-\p{Lu})+$/u.test(text))) return true;
  // "Polish Foreign Minister" with no name after it: a title, not a name.
  if ((last & TITLE) !== 0 && eachTitleOrPeople(keys.length, facts, TITLE | COMMON_WORD | TITLE_MODIFIER, text)) return true;
  // "Iraqi Kurds", "Roman Catholic": adjectives and peoples only.
  return eachTitleOrPeople(keys.length, facts, CAPITALIZED_ADJECTIVE, text);
}

/**
 * True when each of the first `count` words has one of the bits `fact` in `facts`, or is a
 * people's name: the word `n` is the `n`th part of `text` as white space parts it, split only
 * when a word past the first is asked for (a loop, not every() with a callback, which would
 * make a function object and a context for it at each call).
 */
function eachTitleOrPeople(count: number, facts: readonly number[], fact: number, text: string): boolean {
  let words: string[] | undefined;
  for (let n = 0; n < count; n++) {
    if ((facts[n]! & fact) !== 0) continue;
    const word = n === 0 ? firstPart(text) : ((words ??= text.split(WHITE_SPACE))[n] ?? "");
    if (!isPeople(word)) return false;
  }
  return true;
}

const WHITE_SPACE = /\s+/u;
const A_SPACE = /\s/u;

/** The first part of `text` as `text.split(/\s+/u)` gives it: up to its first white space. */
function firstPart(text: string): string {
  const at = text.search(A_SPACE);
  return at < 0 ? text : text.slice(0, at);
}

/** True for a compound of places or peoples used as an adjective: "Ukraine-US talks", "Israeli-Palestinian". */
function placeCompound(text: string): boolean {
  if (!text.includes("-") || text.includes(" ")) return false;
  const parts = text.split("-");
  return parts.length >= 2 && parts.every((part) => isPeople(part) || normalizeTerritory(part) !== undefined);
}

/** True for a demonym, also in the plural, which names a people in general ("Russians"). */
function isPeople(word: string): boolean {
  if (demonymCountry(word) !== undefined) return true;
  if (!word.endsWith("s")) return false;
  // "Russians"; "Gazans": the people of a place, named from it.
  return demonymCountry(word.slice(0, -1)) !== undefined || (word.endsWith("ns") && normalizeTerritory(word.slice(0, -2)) !== undefined);
}

/** The place a name ends with when only an adjective comes before it: "Nazi Germany". */
function placeAfterAdjective(doc: Document, candidate: NameCandidate, places: ReadonlyMap<number, PlaceMatch>): PlaceMatch | undefined {
  const first = candidate.firstToken;
  if (first + 1 >= doc.tokens.length || (writtenFacts(doc.tokens)[doc.tokens.id(first)]! & CAPITALIZED_ADJECTIVE) === 0) return undefined;
  return places.get(doc.tokens.start(first + 1));
}

/** A gazetteer match read as an actor: a country that acts, or a capital standing for it. */
function readPlace(place: PlaceMatch, acts = false): Reading {
  if (place.role !== "actor" && !acts) return PLACE;
  if (place.entry.kind === "country" && place.entry.iso) {
    return { kind: "country", iso: place.entry.iso, name: place.entry.name, form: "name" };
  }
  // A former state ("the fall of the Soviet Union") has no code and no government to stand for.
  if (place.entry.kind === "country") return PLACE;
  // A capital or seat that acts stands for its country's government ("Moscow said").
  const country = place.entry.capitalOf ?? (place.entry.seat ? place.entry.country : undefined);
  if (country) return { kind: "country", iso: country, name: country, form: "metonym" };
  // Any other place that acts stands for a body named after it: a county's team ("Kent made 300").
  return place.role === "actor" ? ORGANIZATION : PLACE;
}

/**
 * True for a name in a line of scores ("St Mirren 2 Greenock Morton 1"): a number before it, or a
 * number after it and another name after that. Competitors scored like that are teams.
 */
function betweenScores(doc: Document, candidate: NameCandidate): boolean {
  const tokens = doc.tokens;
  const before = candidate.firstToken - 1;
  // "Varvik (Norway) 75 Blue Star (Ruthenia) 70": a results table may put the club's country after it.
  const bracketed = textAt(tokens, candidate.endToken) === "(" && kindAt(tokens, candidate.endToken + 1) === "word" && textAt(tokens, candidate.endToken + 2) === ")";
  const after = bracketed ? candidate.endToken + 3 : candidate.endToken;
  const next = after + 1;
  if (kindAt(tokens, before) === "number" && /^\d{1,2}$/u.test(tokens.text(before)) && sameLine(doc.text, tokens.start(before), candidate.start) && kindAt(tokens, after) === "number") return true;
  if (standingsRow(doc, candidate.endToken)) return true;
  // A national side named by its country stays the country: "England 292-8, Pakistan 180".
  if (resultsRow(doc, candidate.endToken) && normalizeTerritory(candidate.text)?.kind !== "country") return true;
  return kindAt(tokens, after) === "number" && /^\d{1,2}$/u.test(tokens.text(after)) && kindAt(tokens, next) === "word" && /^\p{Lu}/u.test(tokens.text(next)) && sameLine(doc.text, candidate.start, tokens.start(next));
}

/** True when no line break stands between offsets `a` and `b` of `text` (in either order). */
function sameLine(text: string, a: number, b: number): boolean {
  return !text.slice(Math.min(a, b), Math.max(a, b)).includes("\n");
}

/**
 * True for a score after a name with another name's score later on the line: "Kelso 214 and 180
 * (...), Dunmore 108-3". Each side of a line of results is a team.
 */
function resultsRow(doc: Document, i: number): boolean {
  const tokens = doc.tokens;
  if (kindAt(tokens, i) !== "number" || !/^\d{1,3}$/u.test(tokens.text(i))) return false;
  // "10-0-50-0" is a bowler's figures, a player's line.
  if (textAt(tokens, i + 1) === "-" && textAt(tokens, i + 3) === "-") return false;
  for (let k = i + 1; k < tokens.length && k < i + 40; k++) {
    if (doc.text.slice(tokens.end(k - 1), tokens.start(k)).includes("\n")) return false;
    if (tokens.text(k) !== ",") continue;
    if (kindAt(tokens, k + 1) === "word" && /^\p{Lu}\p{Ll}/u.test(tokens.text(k + 1)) && !INITIAL.test(tokens.text(k + 1)) && kindAt(tokens, k + 2) === "number" && /^\d{1,3}$/u.test(tokens.text(k + 2))) return true;
  }
  return false;
}

/**
 * True for a row of a league table after a name: six numbers or more, or a winning percentage
 * (".596"). A golfer's row of rounds has fewer numbers and no percentage.
 */
function standingsRow(doc: Document, i: number): boolean {
  let numbers = 0;
  for (let k = i; k < doc.tokens.length && k < i + 16; k++) {
    const text = doc.tokens.text(k);
    const end = doc.tokens.end(k);
    if (doc.tokens.kind(k) === "number") numbers++;
    else if (text === "." && kindAt(doc.tokens, k + 1) === "number" && doc.tokens.start(k + 1) === end) return numbers >= 2;
    else if (text !== "-" && text !== ",") break;
    if (doc.text.charCodeAt(end) === 10) break;
  }
  return numbers >= 6;
}

/** The marks of a cricket scorecard before a fielder's or a bowler's name: caught, bowled, leg before, stumped. */
const DISMISSAL_MARKS = new Set(["c", "b", "lbw", "st"]);
const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/u;

/**
 * True for a name a cricket scorecard gives a player: after a dismissal mark ("c Rana b Dhoni
 * 13", "lbw b Dhoni"), or before a bowler's figures ("Dhoni 10-0-41-2").
 */
function inScorecard(doc: Document, candidate: NameCandidate): boolean {
  const tokens = doc.tokens;
  const previous = candidate.firstToken - 1;
  if (kindAt(tokens, previous) === "word" && DISMISSAL_MARKS.has(tokens.text(previous)) && tokens.end(previous) + 1 === candidate.start) {
    if (previous < 1) return false;
    const before = tokens.text(previous - 1);
    // The mark follows a batsman's name or another mark ("c and b"), not any word.
    return before === "and" || /^\p{Lu}/u.test(before) || DISMISSAL_MARKS.has(before);
  }
  let figures = "";
  for (let k = candidate.endToken; k < tokens.length && k < candidate.endToken + 7; k++) {
    const text = tokens.text(k);
    if (k > candidate.endToken && tokens.start(k) !== tokens.end(k - 1)) break;
    if (tokens.kind(k) !== "number" && text !== "-" && text !== ".") break;
    figures += text;
  }
  return BOWLING_FIGURES.test(figures);
}

/** True for "(Germany)" right after a name, as results tables give a competitor's country. */
function followedByCountry(doc: Document, i: number, places: ReadonlyMap<number, PlaceMatch>): boolean {
  const tokens = doc.tokens;
  if (textAt(tokens, i) !== "(" || i + 1 >= tokens.length) return false;
  const place = places.get(tokens.start(i + 1));
  if (!place || place.entry.kind !== "country") return false;
  let k = i + 2;
  while (k < tokens.length && tokens.start(k) < place.end) k++;
  return textAt(tokens, k) === ")";
}

/**
 * True for the team in a row of results after a competitor and the competitor's country, before
 * a time or score: "1. Jan Roe (Norway), Varvik Motors, 53.980", "2. Ola Berg (Sweden) Team
 * Kelso 4". A list of competitors puts a country after each name, so a bracket after this one
 * says it is another competitor.
 */
function teamAfterCompetitor(doc: Document, candidate: NameCandidate, places: ReadonlyMap<number, PlaceMatch>): boolean {
  const tokens = doc.tokens;
  let k = candidate.firstToken - 1;
  if (textAt(tokens, k) === ",") k--;
  if (textAt(tokens, k) !== ")") return false;
  // Back to the bracket's opening, through the country's words ("(United States)").
  let open = k - 1;
  while (open >= 0 && open > k - 5 && textAt(tokens, open) !== "(") open--;
  const place = places.get(tokens.start(open + 1));
  if (textAt(tokens, open) !== "(" || place?.entry.kind !== "country" || place.end !== tokens.end(k - 1) || kindAt(tokens, open - 1) !== "word") return false;
  let next = candidate.endToken;
  if (textAt(tokens, next) === ",") next++;
  if (kindAt(tokens, next) !== "number") return false;
  return !doc.text.slice(tokens.end(open - 1), tokens.start(next)).includes("\n");
}

/** True for "U.S.-proposed", "Qatar-brokered": a hyphen and a participle say the name did it. */
function actsThroughParticiple(doc: Document, i: number): boolean {
  const tokens = doc.tokens;
  if (i < 0 || i + 1 >= tokens.length || tokens.text(i) !== "-" || tokens.end(i) !== tokens.start(i + 1)) return false;
  return /^\p{Ll}+(?:ed|led|run|made|built)$/u.test(tokens.text(i + 1)) && tokens.end(i - 1) === tokens.start(i);
}

/** True for ", 26," or "(26)" right after a name: an age, so a person. */
function followedByAge(doc: Document, i: number): boolean {
  const tokens = doc.tokens;
  if (i < 0 || i + 2 >= tokens.length) return false;
  const a = tokens.text(i);
  const c = tokens.text(i + 2);
  return (a === "," || a === "(") && tokens.kind(i + 1) === "number" && /^\d{2}$/u.test(tokens.text(i + 1)) && (c === "," || c === ")");
}

/**
 * True for the place of a dateline: a name in capitals that opens a short line and is followed by
 * a comma or a date ("MOSCOW 1996-08-30", "NICE, France 1996-08-30", "KYIV, Ukraine (AP) —").
 */
function inDateline(doc: Document, candidate: NameCandidate): boolean {
  if (candidate.start > 0 && doc.text.charCodeAt(candidate.start - 1) !== 10) return false;
  if (hasLowerCase(candidate.text)) return false;
  const next = candidate.endToken;
  if (next >= doc.tokens.length || (doc.tokens.text(next) !== "," && !(doc.tokens.kind(next) === "number" && YEAR.test(doc.tokens.text(next))))) return false;
  const lineEnd = doc.text.indexOf("\n", candidate.end);
  return (lineEnd < 0 ? doc.text.length : lineEnd) - candidate.start <= DATELINE_LENGTH;
}

const YEAR = /^(?:19|20)\d\d$/u;

/** The longest line read as a dateline. */
const DATELINE_LENGTH = 60;

/** True for a key that reads as a plural ("eagles", "rockies"), no given name. */
function pluralName(key: string): boolean {
  return key.length >= 4 && key.endsWith("s") && !key.endsWith("ss") && !actorLexicons().givenNames.has(key);
}

/** True when "the" comes right before the name, as before a team's name and hardly ever before a person's. */
function afterThe(doc: Document, candidate: NameCandidate): boolean {
  const previous = doc.tokens.get(candidate.firstToken - 1);
  return previous !== undefined && (previous.text === "the" || previous.text === "The");
}

/** True for the word of token `i`, a place's name in the gazetteer that is no surname or common word there. */
function plainPlaceName(tokens: TokenList, i: number): boolean {
  if (!opensPlaceName(tokens, i)) return false;
  const name = gazetteer().byName.get(foldKey(tokens.text(i)));
  return name !== undefined && name.tier === 0 && !mayBeSurname(name);
}

/** True when the word of token `i` alone names a place in the gazetteer. */
function placeWord(tokens: TokenList, i: number): boolean {
  return opensPlaceName(tokens, i) && gazetteer().byName.has(foldKey(tokens.text(i)));
}

/** True for a name in the headline or on the first line, where words run together without the grammar that tells them apart. */
function inTitle(doc: Document, candidate: NameCandidate): boolean {
  const firstBreak = doc.text.indexOf("\n");
  return (doc.title !== undefined && candidate.start < doc.title.end) || (firstBreak >= 0 && candidate.start < firstBreak);
}

/** Title-cased names seen lately: every candidate asks, and names repeat within and across articles. */
const titleCasedNames = new Map<string, string>();
const TITLE_CASED_LIMIT = 20_000;

function titleCased(text: string): string {
  const known = titleCasedNames.get(text);
  if (known !== undefined) return known;
  const cased = text
    .toLowerCase()
    .replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase());
  // Bounded: cleared when full, so a long text of distinct names cannot grow it without end.
  if (titleCasedNames.size >= TITLE_CASED_LIMIT) titleCasedNames.clear();
  titleCasedNames.set(text, cased);
  return cased;
}

/**
 * The folded keys of the word tokens `words` joined by spaces, as the gazetteer keys a name of
 * several words. A loop rather than map/join: classifyName is among the largest functions each
 * thread compiles, and the array map made here deoptimized it.
 */
function foldedWords(tokens: TokenList, words: readonly number[]): string {
  let out = foldKey(tokens.text(words[0]!));
  for (let k = 1; k < words.length; k++) out = `${out} ${foldKey(tokens.text(words[k]!))}`;
  return out;
}

/** True when a word before the last of the word tokens `words` is a place: matched in the text, or a name the gazetteer knows. */
function placeBeforeLast(tokens: TokenList, words: readonly number[], places: ReadonlyMap<number, PlaceMatch>): boolean {
  for (let k = 0; k < words.length - 1; k++) if (places.has(tokens.start(words[k]!)) || placeWord(tokens, words[k]!)) return true;
  return false;
}
