/**
 * One actor per identity: full names, surnames and first names after them, spelling variants
 * of well-known figures, acronyms and short forms of bodies, and countries by ISO code, each
 * gathered into one draft actor in text order.
 *
 * @module
 */
import type { ActorKind, ActorMention, MentionForm } from "../model.js";
import type { PublicFigure } from "../lexicon/actors-public-figures.js";
import { COUNTRY_NAMES } from "../lexicon/actors-demonyms.js";
import type { ClassifiedName } from "./classify.js";
import { actorLexicons, isCommonWord, nameKey } from "./lexicons.js";
import { demonymCountry } from "./demonym.js";
import { startsUpper } from "./letter-case.js";
import { titleGender } from "./coreference.js";
import { givenNameGender } from "./name-gender.js";
import { objectList } from "../text/object-list.js";

/** An actor being assembled. */
export interface ActorDraft {
  /** The identity key: kind and canonical key. */
  readonly key: string;
  /** What the actor is. */
  kind: ActorKind;
  /** The canonical name. */
  name: string;
  /** Titles the text gives, in order of first use. */
  readonly titles: string[];
  /** ISO code of the actor's country, where known. */
  country: string | undefined;
  /** The public figure it is, where known. */
  figure: PublicFigure | undefined;
  /** Every mention so far. */
  readonly mentions: ActorMention[];
}

/**
 * A new draft with no titles and no mentions yet. Every draft is made here with the same fields
 * in the same order (absent ones undefined), so all drafts share one hidden class and the
 * functions that read them stay monomorphic.
 */
export function newDraft(key: string, kind: ActorKind, name: string, country?: string, figure?: PublicFigure): ActorDraft {
  return { key, kind, name, titles: [], country, figure, mentions: [] };
}

const INITIAL = /^\p{Lu}\.$/u;
/** The most words a person's full name has, surnames of several words aside ("Hillary Rodham Clinton"). */
const MAX_NAME_PARTS = 3;

/** A person the article names: the key of its draft (undefined for a public figure), and its gender where known. */
interface NamedPerson {
  readonly key: string | undefined;
  readonly gender: "male" | "female" | undefined;
}
const SPACES = /\s+/u;

/**
 * `text.split(/\s+/u)`: the text alone when it has no white space (most names are one word),
 * with no split run; split on " " when every white space in it is one plain space (as in nearly
 * every longer name), a string split with no pattern run; by the pattern otherwise.
 */
function splitWords(text: string): string[] {
  const spaces = whiteSpaces(text);
  return spaces === NO_SPACE ? [text] : spaces === PLAIN_SPACES ? text.split(" ") : text.split(SPACES);
}

/** What {@link whiteSpaces} finds: no white space, only single plain spaces, or other white space. */
const NO_SPACE = 0;
const PLAIN_SPACES = 1;
const OTHER_SPACES = 2;

/** Whether `text` has no white space, only single plain spaces, or other white space (as {@link plainSpaces} reads it). */
function whiteSpaces(text: string): number {
  let found = NO_SPACE;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32) {
      if (text.charCodeAt(k + 1) === 32) return OTHER_SPACES;
      found = PLAIN_SPACES;
    } else if (c <= 13 ? c >= 9 : c >= 0xa0 && isOtherSpace(c)) return OTHER_SPACES;
  }
  return found;
}

/** True when every white space in `text` is one plain space, as in nearly every name. */
function plainSpaces(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 ? text.charCodeAt(k + 1) === 32 : c <= 13 ? c >= 9 : c >= 0xa0 && isOtherSpace(c)) return false;
  }
  return true;
}

/**
 * `text` with each run of white space made one space, as `text.replace(/\s+/gu, " ")` gives
 * it: the text itself when it has only single plain spaces (the replacement would copy it).
 */
function singleSpaced(text: string): string {
  return plainSpaces(text) ? text : text.replace(/\s+/gu, " ");
}

/** True for the white space of `\s` from U+00A0 on (no-break, Ogham, the typographic spaces, line and paragraph separators, ideographic space, BOM). */
function isOtherSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Names grouped into drafts; `pending` holds single words no draft claimed. */
export interface IdentityResult {
  /** Drafts in order of first mention. */
  readonly drafts: ActorDraft[];
  /** Candidates left without an identity. */
  readonly pending: ClassifiedName[];
}

/**
 * What grouping one article's names has built so far. The steps below are functions of the module
 * that take it, not closures made anew for each article: a call to another closure each time would
 * throw away their compiled code ("wrong call target") once the second article comes.
 */
interface Identities {
  readonly byKey: Map<string, ActorDraft>;
  readonly drafts: ActorDraft[];
  /** Surnames and first names of persons, and single words of bodies, that a later short form may use. */
  readonly personParts: Map<string, ActorDraft>;
  readonly bodyParts: Map<string, ActorDraft>;
  /** See {@link personsBySurname}. */
  namedPersons: Map<string, NamedPerson[]>;
}

/** Groups classified names into actor drafts. */
export function resolveIdentities(names: readonly ClassifiedName[]): IdentityResult {
  // Lists that hold objects from the start (see objectList): many articles leave them empty.
  const state: Identities = { byKey: new Map(), drafts: objectList(), personParts: new Map(), bodyParts: new Map(), namedPersons: new Map() };
  const pending = objectList<ClassifiedName>();
  // The words of each name, split once for every step that reads them.
  const wordLists: (readonly string[])[] = [];
  for (const name of names) wordLists.push(splitWords(name.text));
  // The indices of the names the first pass leaves.
  const singles: number[] = [];
  state.namedPersons = personsBySurname(names, wordLists);
  for (let n = 0; n < names.length; n++) {
    // Each reading either claims the name for a draft now, or leaves it for the second pass,
    // where short forms find the full names the whole article gave.
    const claimed = claimName(state, names[n]!, wordLists[n]!);
    if (!claimed) singles.push(n);
  }
  for (const n of singles) {
    const name = names[n]!;
    const key = nameKey(name.text);
    const figure = name.reading.kind === "person" ? name.reading.figure : undefined;
    const other = figure ? namedOther(state, name, figure) : undefined;
    const named = other?.key === undefined ? undefined : state.byKey.get(other.key);
    const person = state.personParts.get(key);
    const body = state.bodyParts.get(key);
    if (named) absorb(named, name, "name");
    else if (body) absorb(body, name, "alias");
    else if (person) absorb(person, name, "name");
    else if (figure) claimPerson(state, name, figure, wordLists[n]!);
    else if (name.reading.kind === "organization" || name.reading.kind === "group") absorb(draftFor(state, `org:${key}`, name.reading.kind, name.text), name);
    else pending.push(name);
  }
  return { drafts: state.drafts, pending };
}

/** The draft of `key`, made (of `kind`, named `name`, with `country` and `figure`) and listed when it is new. */
function draftFor(state: Identities, key: string, kind: ActorKind, name: string, country?: string, figure?: PublicFigure): ActorDraft {
  let draft = state.byKey.get(key);
  if (!draft) {
    draft = newDraft(key, kind, name, country, figure);
    state.byKey.set(key, draft);
    state.drafts.push(draft);
  }
  return draft;
}

/**
 * Claims `name` for a draft by its reading, or leaves it for the second pass (false). A switch,
 * not ts-pattern's match(): this runs once per name, and the `never` default keeps it exhaustive.
 */
function claimName(state: Identities, name: ClassifiedName, words: readonly string[]): boolean {
  const reading = name.reading;
  switch (reading.kind) {
    case "place":
    case "none":
      return true;
    case "country": {
      const iso = reading.iso;
      const canonical = reading.form === "name" ? reading.name : COUNTRY_NAMES.get(iso) ?? iso;
      const draft = draftFor(state, `country:${iso}`, "country", canonical, iso);
      if (reading.form === "name" && draft.name === iso) draft.name = reading.name;
      addMention(draft, name, reading.form === "metonym" ? "metonym" : "name");
      return true;
    }
    case "person": {
      const figure = reading.figure ?? (words.length >= 2 ? figureBySurname(words) : undefined);
      if (!figure && words.length < 2) return false;
      // "Hillary Clinton … Clinton": a surname alone is the person of that name the article
      // gives, not the public figure of that surname; the second pass finds that person.
      if (figure && words.length < 2 && namedOther(state, name, figure)) return false;
      claimPerson(state, name, figure, words);
      return true;
    }
    case "organization":
    case "group": {
      const body = reading.body;
      if (body) {
        absorb(draftFor(state, `body:${body.name}`, body.kind, body.name, body.country || undefined), name);
        return true;
      }
      if (words.length < 2) return false;
      // "Hicham El Guerrouj ... El Guerrouj": the later part of a person's full name is that person.
      const person = name.label === undefined ? state.personParts.get(nameKey(name.text)) : undefined;
      if (person) {
        absorb(person, name, "name");
        return true;
      }
      const label = singleSpaced(name.label ?? name.text);
      const draft = draftFor(state, `org:${nameKey(label)}`, reading.kind, label);
      absorb(draft, name);
      registerBodyParts(state.bodyParts, draft, words);
      return true;
    }
    case "unknown":
      return false;
    default: {
      const unhandled: never = reading;
      return unhandled;
    }
  }
}

/** Registers the short forms a body's name of several words `words` may come back as. */
function registerBodyParts(bodyParts: Map<string, ActorDraft>, draft: ActorDraft, words: readonly string[]): void {
  const lex = actorLexicons();
  // "Rapid Support Forces" may come back as "RSF", "Pirelli SpA" as "Pirelli".
  const acronym = words.filter((w) => startsUpper(w)).map((w) => w.charAt(0)).join("");
  if (acronym.length >= 2) bodyParts.set(nameKey(acronym), draft);
  if (lex.organizationSuffixes.has(nameKey(words[words.length - 1]!))) bodyParts.set(nameKey(words.slice(0, -1).join(" ")), draft);
  // "Rotor Volgograd" may come back as "Rotor": a distinctive word of a body's name is its short form.
  for (const word of words) {
    const key = nameKey(word);
    if (startsUpper(word) && key.length > 2 && !isCommonWord(key) && !lex.organizationHeads.has(key) && !demonymCountry(word) && !bodyParts.has(key)) bodyParts.set(key, draft);
  }
}

/** Adds the person `name` of words `words` (the public figure `figure`, when known) to its draft, and registers its parts. */
function claimPerson(state: Identities, name: ClassifiedName, figure: PublicFigure | undefined, words: readonly string[]): void {
  const canonical = figure?.name ?? singleSpaced(name.text);
  const key = `person:${nameKey(canonical)}`;
  const draft = figure ? draftFor(state, key, "person", canonical, figure.country, figure) : draftFor(state, key, "person", canonical);
  absorb(draft, name);
  if (figure) registerParts(state.personParts, draft, figureWords(figure));
  registerParts(state.personParts, draft, words);
}

/** The words of each public figure's name, split at its first use: the lexicon's figures are few and fixed. */
const figureNameWords = new Map<PublicFigure, readonly string[]>();

function figureWords(figure: PublicFigure): readonly string[] {
  let words = figureNameWords.get(figure);
  if (!words) {
    words = splitWords(figure.name);
    figureNameWords.set(figure, words);
  }
  return words;
}

/**
 * The persons the article names by the surname a public figure goes by alone, in text order:
 * in full ("Hillary Clinton", "Bill Clinton"), or the figure by that surname with its office
 * ("President Clinton"). Each with the key of its draft
 * (undefined for the figure itself) and the gender it is known by.
 */
function personsBySurname(all: readonly ClassifiedName[], wordLists: readonly (readonly string[])[]): Map<string, NamedPerson[]> {
  const lex = actorLexicons();
  const out = new Map<string, NamedPerson[]>();
  for (let n = 0; n < all.length; n++) {
    const name = all[n]!;
    // A headline's run of capitals is cut into names later ("Gold Star Mom Corners Obama"):
    // what looks like a full name there names no one yet.
    if (name.reading.kind !== "person" || name.casing !== "normal") continue;
    const words = wordLists[n]!;
    const parts = countParts(words);
    const single = name.reading.figure;
    if (parts === 1 && single && name.reading.figure === lex.figures.get(nameKey(nthPart(words, 0))) && titledAsFigure(name, single)) {
      addPerson(out, nameKey(nthPart(words, 0)), { key: undefined, gender: single.gender });
      continue;
    }
    // A longer run of capitals is rarely one person's name ("Chris Christie Calls Hillary Clinton").
    if (parts < 2 || parts > MAX_NAME_PARTS) continue;
    const surname = nameKey(nthPart(words, parts - 1));
    const alone = lex.figures.get(surname);
    if (!alone) continue;
    const figure = name.reading.figure ?? figureBySurname(words);
    const canonical = figure?.name ?? singleSpaced(name.text);
    addPerson(out, surname, figure === alone ? { key: undefined, gender: alone.gender } : { key: `person:${nameKey(canonical)}`, gender: figure?.gender ?? givenNameGender(canonical) });
  }
  return out;
}

/** Adds `person` to the persons of `surname`. */
function addPerson(out: Map<string, NamedPerson[]>, surname: string, person: NamedPerson): void {
  const list = out.get(surname);
  if (list) list.push(person);
  else out.set(surname, [person]);
}

/**
 * The person named in full whom the surname `name` alone refers to, rather than the public
 * figure `figure` of that surname: the first one the article names by that surname (wherever:
 * a headline's bare surname may come before the full name) whose gender the mention's titles allow
 * ("Mr. Obama" is not "Michelle Obama"), unless that is the figure. None when the titles name
 * the figure's office ("President Clinton"), or no person named fits them (the figure then).
 */
function namedOther(state: Identities, name: ClassifiedName, figure: PublicFigure): NamedPerson | undefined {
  const persons = state.namedPersons.get(nameKey(name.text));
  if (!persons || titledAsFigure(name, figure)) return undefined;
  const gender = titleGender(name.titles.map((t) => t.toLowerCase()));
  const first = persons.find((p) => gender === undefined || p.gender === undefined || p.gender === gender);
  return first?.key === undefined ? undefined : first;
}

/** True when the titles of `name` give the office of `figure` ("President Clinton"). */
function titledAsFigure(name: ClassifiedName, figure: PublicFigure): boolean {
  const role = figure.role;
  return role !== undefined && name.titles.some((t) => t.toLowerCase().endsWith(role));
}

/** The public figure of the surname that ends `words` when `words` open with that figure's first name. */
function figureBySurname(words: readonly string[]): PublicFigure | undefined {
  const figure = actorLexicons().figures.get(nameKey(words[words.length - 1]!));
  if (!figure) return undefined;
  return nameKey(figure.name.split(" ")[0]!) === nameKey(words[0]!) ? figure : undefined;
}

/** Adds `name` to `draft`, with its titles and country. */
function absorb(draft: ActorDraft, name: ClassifiedName, form?: MentionForm): void {
  for (const title of name.titles) if (!draft.titles.includes(title)) draft.titles.push(title);
  if (name.titleCountry && !draft.country) draft.country = name.titleCountry;
  addMention(draft, name, form ?? formOf(draft, name.text));
}

/** `name` for the canonical name or a part of it, `alias` for another spelling or short form. */
function formOf(draft: ActorDraft, text: string): MentionForm {
  return hasWords(nameKey(draft.name), nameKey(text)) ? "name" : "alias";
}

/**
 * True when `part` stands in `whole` between spaces or its ends, as `` ` ${whole} ` `` holds
 * `` ` ${part} ` ``: found by position, without making the padded strings.
 */
function hasWords(whole: string, part: string): boolean {
  for (let at = whole.indexOf(part); at >= 0; at = at < whole.length ? whole.indexOf(part, at + 1) : -1) {
    const end = at + part.length;
    if ((at === 0 || whole.charCodeAt(at - 1) === 32) && (end === whole.length || whole.charCodeAt(end) === 32)) return true;
  }
  return false;
}

function addMention(draft: ActorDraft, name: ClassifiedName, form: MentionForm): void {
  draft.mentions.push({ start: name.start, end: name.end, text: name.text, form });
}

/** Registers the first and last of the parts of a person's name of words `words` for later short forms. */
function registerParts(parts: Map<string, ActorDraft>, draft: ActorDraft, words: readonly string[]): void {
  const count = countParts(words);
  if (count === 0) return;
  parts.set(nameKey(nthPart(words, count - 1)), draft);
  // "von der Leyen", "Gahr Støre": a surname of several words is also a short form.
  if (count >= 3) parts.set(nameKey(partsAfterFirst(words)), draft);
  if (count >= 2 && !parts.has(nameKey(nthPart(words, 0)))) parts.set(nameKey(nthPart(words, 0)), draft);
}

// The parts of a person's name are its capitalized words other than initials ("George W. Bush"
// has two), read by the two functions below rather than filtered into a list of their own.

/** True when `word` is a part of a person's name. */
function isNamePart(word: string): boolean {
  return startsUpper(word) && !INITIAL.test(word);
}

/** How many of `words` are parts of a person's name. */
function countParts(words: readonly string[]): number {
  let count = 0;
  for (const w of words) if (isNamePart(w)) count++;
  return count;
}

/** The parts of a person's name among `words` after the first, joined by spaces. */
function partsAfterFirst(words: readonly string[]): string {
  let out: string | undefined;
  let first = true;
  for (const w of words) {
    if (!isNamePart(w)) continue;
    if (first) first = false;
    else out = out === undefined ? w : `${out} ${w}`;
  }
  return out ?? "";
}

/** The `n`th part of a person's name among `words` (there are more than `n`). */
function nthPart(words: readonly string[], n: number): string {
  let seen = 0;
  for (const w of words) if (isNamePart(w) && seen++ === n) return w;
  return "";
}
