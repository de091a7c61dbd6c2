/**
 * The actors stage: names, kinds, canonical identities, coreference.
 *
 * @module
 */
import type { Actor, Span, TemporalExpression, Territory } from "../model.js";
import { tokenStartingAt, type Document } from "../text/document.js";
import { firstTokenFrom } from "../text/tokens.js";
import { matchPlaces, matchTeams, type PlaceMatch } from "../territories/match.js";
import { lineCasings } from "./casing.js";
import { collectEvidence, releaseEvidence, stemKeys, type StemKeys } from "./evidence.js";
import { findNameCandidates, type NameCandidate } from "./find-names.js";
import { classifyName, PERSON, PLACE, type ClassifiedName } from "./classify.js";
import { newDraft, resolveIdentities, type ActorDraft } from "./identities.js";
import { resolveCoreference } from "./coreference.js";
import { resolveOrganizationDescriptions } from "./organization-descriptions.js";
import { buildActors } from "./build-actor.js";
import { splitHeadlineRuns } from "./headline-names.js";
import { onlyMedium } from "./agency.js";
import { creditSpans, insideCredit } from "./credits.js";
import { inShareBar } from "./share-bar.js";
import { actorLexicons, nameKey } from "./lexicons.js";
import { foldKey, gazetteer } from "../territories/gazetteer.js";
import { DATE_TOKENS, PLACE_TOKENS, zeroedBytes } from "./scratch.js";
import { objectList } from "../text/object-list.js";

/** What the actors stage reads from earlier stages. */
export interface ActorInputs {
  /** Dates found, so date words are not taken for names. */
  readonly dates: readonly TemporalExpression[];
  /** Territories found, so a place that acts can become a metonym. */
  readonly territories: readonly Territory[];
}

/** Finds every actor, in order of first mention. */
export function extractActors(doc: Document, inputs: ActorInputs): Actor[] {
  const places = matchPlaces(doc);
  const words = stemKeys(doc.tokens);
  const casings = lineCasings(doc);
  const evidence = collectEvidence(doc, casings);
  const placeTokens = tokensInside(doc, places, PLACE_TOKENS);
  const candidates = findNameCandidates(doc, {
    casings,
    evidence,
    words,
    dateTokens: tokensInside(doc, inputs.dates, DATE_TOKENS),
    placeKeys: keysOf(places),
    placeTokens,
  });
  // The evidence is read by the name finder alone.
  releaseEvidence();
  withoutFurniture(doc.text, candidates);
  const placesByStart = byStart(places);
  const classified = classifyAll(doc, candidates, placesByStart, words, byStart(matchTeams(doc)), placeTokens);
  const { drafts, pending } = resolveIdentities(classified);
  settlePending(doc, drafts, pending, placedNames(classified, places, placesByStart));
  settlePlainNames(doc, drafts);
  splitHeadlineRuns(doc, classified, drafts);
  // Described organizations after the named ones: "the ministry" may point to either.
  resolveOrganizationDescriptions(doc, placesByStart, drafts);
  resolveCoreference(doc, drafts);
  nameInstitutions(doc, drafts);
  const kept = objectList<ActorDraft>();
  for (const draft of drafts) if (!onlyMedium(doc, draft)) kept.push(draft);
  return buildActors(kept);
}

// The steps of the stage are functions of their own, the function above only calls them: V8
// compiles each as it grows hot, and one that the optimized code of a rare case throws away
// ("insufficient type feedback") is compiled again alone, not with the whole stage.

/**
 * Takes out of `candidates` the names of page furniture: inside a photo credit ("Photograph: Jane
 * Doe/Reuters") or a share bar ("Facebook Twitter Email"). They are no actors of the story.
 */
function withoutFurniture(text: string, candidates: NameCandidate[]): void {
  const credits = creditSpans(text);
  let kept = 0;
  for (const c of candidates) if (!(credits.length > 0 && insideCredit(credits, c.start)) && !inShareBar(text, c.start, c.end)) candidates[kept++] = c;
  candidates.length = kept;
}

/** Each candidate with its reading (see {@link classifyName}). */
function classifyAll(doc: Document, candidates: readonly NameCandidate[], placesByStart: ReadonlyMap<number, PlaceMatch>, words: StemKeys, teamsByStart: ReadonlyMap<number, PlaceMatch>, placeTokens: Uint8Array): ClassifiedName[] {
  // The reading is added to each candidate in place: a copy of every candidate would be a second
  // set of them alive across the stage (garbage the old generation keeps on a long text).
  // Pushed, not mapped: a mapped array's elements kind differs between the interpreter and
  // optimized code, and the loops over the names would deoptimize once when it changes.
  const classified = objectList<ClassifiedName>();
  for (const c of candidates) {
    const named = c as { reading: ClassifiedName["reading"] | undefined };
    named.reading = classifyName(doc, c, placesByStart, words, teamsByStart);
    // "in southern Lebanon": a name inside a place's longer name the gazetteer matched is that place's, not an unknown body's.
    if (named.reading.kind === "unknown" && placeTokens[c.firstToken] === 1 && placeTokens[c.endToken - 1] === 1) named.reading = PLACE;
    classified.push(named as ClassifiedName);
  }
  return classified;
}

/**
 * The keys of the names the text puts on the map somewhere ("fighting near Tavildara"): such a
 * name is a place's at its other mentions too, not an unknown body's.
 */
function placedNames(classified: readonly ClassifiedName[], places: readonly PlaceMatch[], placesByStart: ReadonlyMap<number, PlaceMatch>): Set<string> {
  const placed = new Set<string>();
  for (const c of classified) if (c.reading.kind === "place" && !placesByStart.has(c.start)) placed.add(nameKey(c.text));
  for (const p of places) if (!gazetteer().byName.has(foldKey(p.text))) placed.add(nameKey(p.text));
  return placed;
}

/** Gives the single names no identity claimed (`pending`) to the drafts, new or met, they belong to. */
function settlePending(doc: Document, drafts: ActorDraft[], pending: readonly ClassifiedName[], placed: ReadonlySet<string>): void {
  const byKey = new Map<string, ActorDraft>();
  for (const draft of drafts) byKey.set(draft.key, draft);
  // Made at the first name that asks: most articles leave no unknown name to ask.
  let persons: PersonEdges | undefined;
  const listed: ClassifiedName[] = [];
  const rest: ClassifiedName[] = [];
  for (const name of pending) {
    if (name.reading.kind === "unknown" && placed.has(nameKey(name.text))) continue;
    // A place's name the gazetteer gave up on is a team's, even listed beside people ("O'Neill, Sunderland").
    if (describedAsSomeone(doc, name)) listed.push({ ...name, reading: PERSON });
    else if (name.reading.kind === "unknown" && listedWithPerson(doc, name, (persons ??= personEdges(drafts))) && !gazetteer().byName.has(foldKey(name.text))) rest.push({ ...name, reading: PERSON });
    else (name.reading.kind === "person" ? listed : rest).push(name);
  }
  // People the text plainly shows first ("Dole, who", "coach Dole"): such a lone name is that
  // person at its other mentions too ("the Dole campaign"), even where the name is also a word.
  for (const name of listed) adoptPending(drafts, byKey, name);
  for (const name of rest) adoptPending(drafts, byKey, name);
  // An unknown word that opens a sentence is a person already met under that name ("Woods, who
  // turned pro ... Woods was among"): the article wrote it where its capital means something.
  for (const name of pending) if (name.reading.kind === "unknown" && name.initial && name.casing === "normal") joinPerson(byKey, name);
  // One sense per article: a word where capitals are forced (a headline, a sentence start) that
  // the running text named as an organization ("Kent made 300 ... KENT SURVIVE") is that body.
  for (const name of pending) if (name.reading.kind === "unknown" && (name.initial || name.casing !== "normal")) joinOrganization(byKey, name);
}

/** Lower-case nouns of an institution that news writes after its name ("Nasser hospital"): part of its full name. */
const INSTITUTION_NOUNS: ReadonlyMap<string, string> = new Map([["hospital", "Hospital"], ["clinic", "Clinic"]]);

/**
 * Gives a body named by a single word before "hospital" its full name ("Al-Shifa hospital staff"
 * is Al-Shifa Hospital); the mention keeps the word as written.
 */
function nameInstitutions(doc: Document, drafts: readonly ActorDraft[]): void {
  for (const draft of drafts) {
    if (draft.kind !== "organization" || !(draft.key.startsWith("org:") || draft.key.startsWith("person:")) || draft.name.includes(" ")) continue;
    const first = draft.mentions[0];
    if (!first || first.form !== "name") continue;
    const index = tokenStartingAt(doc, first.start);
    if (index === undefined || doc.tokens.end(index) !== first.end) continue;
    const noun = index + 1 < doc.tokens.length ? INSTITUTION_NOUNS.get(doc.tokens.text(index + 1)) : undefined;
    if (noun) draft.name = `${draft.name} ${noun}`;
  }
}

/**
 * One sense per identity: a name of two words or more read as a body's is a person's where one
 * of its mentions is plainly someone's ("Tam Rolle, who", "20-year-old Tam Rolle").
 */
function settlePlainNames(doc: Document, drafts: readonly ActorDraft[]): void {
  for (const draft of drafts) if (draft.kind === "organization" && draft.key.startsWith("org:") && plainName(draft.name) && draft.mentions.some((m) => someone(doc, m))) draft.kind = "person";
}

// The sets and maps below are filled by loops: built from a mapped array, each would make an
// array (of pairs, for a map) and read it through the iterator protocol.

/** The {@link nameKey} of each place's text. */
function keysOf(places: readonly PlaceMatch[]): Set<string> {
  const keys = new Set<string>();
  for (const p of places) keys.add(nameKey(p.text));
  return keys;
}

/** The map of no places, shared: most articles have no teams, and a map made for each is garbage. */
const NO_PLACES: ReadonlyMap<number, PlaceMatch> = new Map();

/** The places by their start offset (the last of any two that start together). */
function byStart(places: readonly PlaceMatch[]): ReadonlyMap<number, PlaceMatch> {
  if (places.length === 0) return NO_PLACES;
  const out = new Map<number, PlaceMatch>();
  for (const p of places) out.set(p.start, p);
  return out;
}

/**
 * A single name no identity claimed: a person when the text marks it as one; an unknown name in
 * running text is most often an organization's (a club, a company); an unknown word where
 * capitals are forced (a headline, a sentence start) is left out.
 */
function adoptPending(drafts: ActorDraft[], byKey: Map<string, ActorDraft>, name: ClassifiedName): void {
  if (name.reading.kind !== "person" && name.reading.kind !== "unknown") return;
  if (name.reading.kind === "unknown" && (name.initial || name.casing !== "normal" || name.text.length < 2)) return;
  // A lone ordinary word ("More", "However") is a name only when a full name gave it as a part.
  // A place's name the gazetteer gave up on is a team's ("while Kent made 300"), ordinary word or not.
  const key = `person:${nameKey(name.text)}`;
  let draft = byKey.get(key);
  const someone = draft !== undefined && draft.kind === "person";
  if (name.reading.kind === "unknown" && !someone && actorLexicons().commonWords.has(nameKey(name.text)) && !gazetteer().byName.has(foldKey(name.text))) return;
  if (!draft) {
    draft = newDraft(key, name.reading.kind === "unknown" ? "organization" : "person", name.text);
    drafts.push(draft);
    byKey.set(key, draft);
  }
  for (const title of name.titles) if (!draft.titles.includes(title)) draft.titles.push(title);
  if (name.titleCountry && !draft.country) draft.country = name.titleCountry;
  draft.mentions.push({ start: name.start, end: name.end, text: name.text, form: "name" });
}

const AGED = /^\d{1,2}-year-old$/u;

/** True for a name of two or three words with no word of a body's name (head, legal suffix, club word). */
function plainName(name: string): boolean {
  const lex = actorLexicons();
  const words = name.split(" ");
  if (words.length < 2 || words.length > 3) return false;
  return words.every((w) => {
    const key = nameKey(w);
    return !lex.organizationHeads.has(key) && !lex.organizationSuffixes.has(key) && !lex.clubWords.has(key) && !lex.capitalizedAdjectives.has(key);
  });
}

/** True for a mention written as someone's: ", who" or ", whose" after it, or "20-year-old" before it. */
function someone(doc: Document, mention: { readonly start: number; readonly end: number }): boolean {
  const first = tokenStartingAt(doc, mention.start);
  if (first === undefined) return false;
  const before = doc.tokens.get(first - 1);
  if (before && AGED.test(before.text)) return true;
  let k = first;
  while (k < doc.tokens.length && doc.tokens.end(k) <= mention.end) k++;
  const comma = doc.tokens.get(k);
  const who = doc.tokens.get(k + 1);
  return comma?.text === "," && who !== undefined && (who.text === "who" || who.text === "whose");
}

/** True for a single unknown name followed by ", who" or ", whose": only a person is a who ("the Cardinals, who won" are a team). */
function describedAsSomeone(doc: Document, name: ClassifiedName): boolean {
  if (name.reading.kind !== "unknown") return false;
  const before = doc.tokens.get(name.firstToken - 1);
  if (before && (before.text === "the" || before.text === "The")) return false;
  const comma = doc.tokens.get(name.endToken);
  const who = doc.tokens.get(name.endToken + 1);
  return comma !== undefined && comma.text === "," && who !== undefined && (who.text === "who" || who.text === "whose");
}

/** Adds `name` to the person adopted under its key, if any. */
function joinPerson(byKey: ReadonlyMap<string, ActorDraft>, name: ClassifiedName): void {
  const draft = byKey.get(`person:${nameKey(name.text)}`);
  if (draft && draft.kind === "person") draft.mentions.push({ start: name.start, end: name.end, text: name.text, form: "name" });
}

/** Adds `name` to the organization named by the same word elsewhere in the article, if any. */
function joinOrganization(byKey: ReadonlyMap<string, ActorDraft>, name: ClassifiedName): void {
  const key = nameKey(name.text);
  const draft = byKey.get(`org:${key}`) ?? byKey.get(`person:${key}`);
  if (draft && (draft.kind === "organization" || draft.kind === "group")) draft.mentions.push({ start: name.start, end: name.end, text: name.text, form: "name" });
}

/** Where person mentions start and end, to read names listed beside them. */
interface PersonEdges {
  readonly starts: ReadonlySet<number>;
  readonly ends: ReadonlySet<number>;
}

function personEdges(drafts: readonly ActorDraft[]): PersonEdges {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const draft of drafts) {
    if (draft.kind !== "person") continue;
    for (const m of draft.mentions) {
      starts.add(m.start);
      ends.add(m.end);
    }
  }
  return { starts, ends };
}

/** True for a single name listed with a person ("Hill, Stewart and Smith"): one of a list of people. */
function listedWithPerson(doc: Document, name: ClassifiedName, persons: PersonEdges): boolean {
  if (name.reading.kind !== "unknown") return false;
  return listedBetween(doc, name.firstToken, name.endToken, persons);
}

/** True when the tokens `[first, end)` stand in a list beside a person's name. */
function listedBetween(doc: Document, first: number, end: number, persons: PersonEdges): boolean {
  const joiner = (t: { text: string } | undefined): boolean => t !== undefined && (t.text === "," || t.text === "and");
  const before = doc.tokens.get(first - 1);
  const beforeName = doc.tokens.get(first - 2);
  if (joiner(before) && beforeName && persons.ends.has(beforeName.end)) return true;
  const after = doc.tokens.get(end);
  const afterName = doc.tokens.get(end + 1);
  return joiner(after) && afterName !== undefined && persons.starts.has(afterName.start);
}

/**
 * 1 for each token (by index) inside the span it is read against: spans in order of start, a
 * token is read against the first span that ends after it starts. Only the tokens a span covers
 * are visited, found by a binary search, not every token of the text. The array is the reused
 * one of `slot` (see scratch.ts): read it before the next article's.
 */
function tokensInside(doc: Document, spans: readonly Span[], slot: number): Uint8Array {
  const tokens = doc.tokens;
  const out = zeroedBytes(slot, tokens.length);
  // Mostly in order already (dates, places): sorted, a copy, only when not.
  let ordered = true;
  for (let k = 1; k < spans.length && ordered; k++) ordered = spans[k - 1]!.start <= spans[k]!.start;
  const sorted = ordered ? spans : [...spans].sort((a, b) => a.start - b.start);
  // A token starting at or after the end of every span before span k is read against span k.
  let reached = -1;
  for (let k = 0; k < sorted.length; k++) {
    const start = sorted[k]!.start;
    const end = sorted[k]!.end;
    for (let i = firstTokenFrom(tokens, Math.max(reached, start)); i < tokens.length && tokens.start(i) < end; i++) if (tokens.end(i) <= end) out[i] = 1;
    if (end > reached) reached = end;
  }
  return out;
}
