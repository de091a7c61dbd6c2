/**
 * Reads who a toll counts at a token, as a subject ("12 people", "a man", "the victim", "he",
 * "John Smith, 25,") or as an object ("killing 12", "killed him", "shot his wife").
 *
 * @module
 */
import type { Count } from "../model.js";
import {
  AFTER_BARE_OBJECT,
  FAMILY_COUNTS,
  OBJECT_PRONOUNS,
  ORDINAL_PEOPLE,
  SINGULAR_DETERMINERS,
  SINGULAR_VICTIM_NOUNS,
  SUBJECT_PRONOUNS,
  VICTIM_NOUNS,
} from "../lexicon/casualty-victims.js";
import { AUXILIARIES, NAME_STOPS, STATE_CUES } from "../lexicon/casualty-cues.js";
import { mayStartCount } from "../numbers/read-count.js";
import { isCommonWord } from "../actors/lexicons.js";
import { isAnimalAt } from "./animal.js";
import { countAt } from "./count-at.js";
import { listedEnd, readCoordinated, readVictims, type Coordinated, type VictimPhrase } from "./victim-phrase.js";
import { indexPhrases, kindAt, matchAt, startAt, startsUpper, textAt, type TokenView } from "./token-view.js";

/** The people a toll counts, read at a token. */
export interface PeopleAt {
  /** How many. */
  readonly count: Count;
  /** True for a vague amount ("dozens"). */
  readonly vague: boolean;
  /** Offset where the count (or the word that stands for it) starts. */
  readonly start: number;
  /** Index of the first token of the noun phrase, after the count. */
  readonly from: number;
  /** The noun phrase. */
  readonly victims: VictimPhrase;
  /** True when a determiner, a pronoun or a name stands for one person. */
  readonly singular: boolean;
  /** True when the words point back to someone already known ("the victim", "he", a name), not to someone new ("a man"). */
  readonly known: boolean;
}

const ONE: Count = { min: 1, max: 1 };
/** Possessives before a count in object position ("shot his two sons"). */
const POSSESSIVE_OBJECTS: ReadonlySet<string> = new Set(["his", "her", "their"]);
const EMPTY = (end: number): VictimPhrase => ({ end, hasNoun: false, dangling: false, added: 0 });

/** The phrase of one person (ending at `ownEnd`) and the people `more` coordinated with them. */
function joined(more: Coordinated, ownEnd: number): VictimPhrase {
  const out: { -readonly [K in keyof VictimPhrase]: VictimPhrase[K] } = { end: more.end, hasNoun: false, dangling: false, added: more.added, ownEnd };
  if (more.spread !== undefined) out.spread = more.spread;
  return out;
}
/** Prepositions before a capitalized word that make it a place or an organization, not a subject. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["from", "in", "of", "at", "to", "near", "by", "with", "for", "on", "across", "into", "outside", "inside"]);
/** Most words of a name ("Hakham Muhammad Issa al-Issa"). */
const MAX_NAME = 5;

/**
 * Words that may start a subject by themselves: determiners, pronouns, "another", "a", "both"
 * and the singular nouns for a victim. With counts, ages, capitals and places, nothing else can.
 */
const SUBJECT_WORDS: ReadonlySet<string> = subjectWords();

// A builder so that bundlers can drop the table when casualties are not imported (see patternWords).
/* @__NO_SIDE_EFFECTS__ */
function subjectWords(): ReadonlySet<string> {
  return new Set([...POSSESSIVE_OBJECTS, ...SUBJECT_PRONOUNS, ...SINGULAR_DETERMINERS, ...SINGULAR_VICTIM_NOUNS, "another", "a", "an", "both"]);
}

/**
 * False when no subject reading can start at token `i`; the readings below check the same, one
 * by one, but most tokens are none of these and one check turns them away at once.
 */
function maySubject(view: TokenView, i: number): boolean {
  if (i < 0 || i >= view.tokens.length) return false;
  if (view.tokens.kind(i) === "number" || startsUpper(view.tokens.text(i))) return true;
  return maySubjectWord(view.lower[i]!) || view.places.has(view.tokens.start(i));
}

/** True when the lower-cased `word` may start a subject by itself: a determiner or pronoun, a count, an age ({@link subjectAt}). */
export function maySubjectWord(word: string): boolean {
  return SUBJECT_WORDS.has(word) || mayStartCount(word) || word.endsWith("-old") || word.endsWith("-grader");
}

/** The people counted starting at token `i`, in subject position. */
export function subjectAt(view: TokenView, i: number): PeopleAt | undefined {
  if (!maySubject(view, i)) return undefined;
  const counted = countedAt(view, i);
  if (counted) return counted;
  const word = view.lower[i] ?? "";
  // "Her parents were taken to a hospital": a family word that counts itself.
  const family = POSSESSIVE_OBJECTS.has(word) ? FAMILY_COUNTS.get(view.lower[i + 1] ?? "") : undefined;
  if (family !== undefined && family > 1) {
    const victims = { end: i + 2, hasNoun: true, dangling: false, added: 0, head: i + 1 };
    return { count: { min: family, max: family }, vague: false, start: view.tokens.start(i), from: i + 1, victims, singular: false, known: true };
  }
  if (SUBJECT_PRONOUNS.has(word)) {
    // "he and three others were shot": the pronoun heads a coordinated phrase.
    const more = view.lower[i + 1] === "and" ? readCoordinated(view, i + 1) : undefined;
    const victims = more && !more.uncounted ? joined(more, i + 1) : EMPTY(i + 1);
    return single(view, i, victims, i + 1, true);
  }
  return otherAt(view, i, true) ?? singularAt(view, i) ?? (startsUpper(textAt(view, i) ?? "") ? nameAt(view, i, true) : undefined);
}

/** The people counted starting at token `i`, in object position (after "killed", "shot"). */
export function objectAt(view: TokenView, i: number): PeopleAt | undefined {
  const counted = countedAt(view, i);
  if (counted) return counted;
  const owned = ownedAt(view, i);
  if (owned) return owned;
  const word = view.lower[i] ?? "";
  // A reflexive heads no list: "shot himself and his two children" is the killer apart from his victims.
  if (OBJECT_PRONOUNS.has(word) && !SINGULAR_DETERMINERS.has(word)) return single(view, i, word === "him" ? pronounPhrase(view, i) : EMPTY(i + 1), i + 1, true);
  const family = FAMILY_COUNTS.get(view.lower[i + 1] ?? "");
  if (SINGULAR_DETERMINERS.has(word) && family !== undefined && word !== "the") {
    // "his wife and two young sons": the family word heads a coordinated phrase.
    const more = readCoordinated(view, i + 2);
    const victims = more ? { ...joined(more, i + 2), hasNoun: true, head: i + 1 } : { end: i + 2, hasNoun: true, dangling: false, added: 0, head: i + 1 };
    return { count: { min: family, max: family }, vague: false, start: view.tokens.start(i), from: i + 1, victims, singular: !more, known: true };
  }
  // "killed his two sons", "killed the two hikers": the count after a possessive or a definite article.
  if (POSSESSIVE_OBJECTS.has(word) || word === "the") {
    const owned = countedAt(view, i + 1);
    if (owned && !owned.singular) return { ...owned, start: view.tokens.start(i), known: true };
  }
  const singular = otherAt(view, i, false) ?? singularAt(view, i) ?? agedAt(view, i);
  if (singular) return singular;
  if (word === "her") return single(view, i, pronounPhrase(view, i), i + 1, true);
  return nameAt(view, i, false) ?? bareAt(view, i);
}

/** Most modifiers before the noun of a bare object ("killed township man", "wounds Chetek teen"). */
const MAX_BARE_MODIFIERS = 2;

/**
 * "killed township man", "wounds Chetek teen": headline style, one person named by a singular
 * noun after a modifier or two, with no determiner; the phrase must end the clause or meet a
 * preposition, so a modifier that is a verb's object of its own ("shot pellets man") is not read.
 */
function bareAt(view: TokenView, i: number): PeopleAt | undefined {
  if (kindAt(view, i) !== "word" || SINGULAR_DETERMINERS.has(view.lower[i]!) || POSSESSIVE_OBJECTS.has(view.lower[i]!)) return undefined;
  // "killed rebel commander, Dorvan Kell, along with two other fighters": the people coordinated after the noun count too.
  const victims = readVictims(view, i);
  if (!victims || victims.dangling || victims.head === undefined || victims.head === i || victims.head > i + MAX_BARE_MODIFIERS || victims.uncounted) return undefined;
  if (!SINGULAR_VICTIM_NOUNS.has(view.lower[victims.head]!)) return undefined;
  for (let k = i; k < victims.head; k++) if (kindAt(view, k) !== "word" || mayStartCount(view.lower[k]!)) return undefined;
  const next = view.lower[victims.end];
  if (next !== undefined && kindAt(view, victims.end) !== "punct" && !AFTER_BARE_OBJECT.has(next)) return undefined;
  return single(view, i, victims, i, false);
}

/**
 * "his sons, ages 3 and 4": people the text does not count, but whose ages it lists one by one;
 * as many people as ages.
 */
function agedAt(view: TokenView, i: number): PeopleAt | undefined {
  if (!POSSESSIVE_OBJECTS.has(view.lower[i] ?? "") && view.lower[i] !== "the") return undefined;
  const victims = readVictims(view, i + 1, false);
  if (!victims || !victims.hasNoun || victims.dangling || victims.head === undefined || isSingular(view, victims.head)) return undefined;
  let ages = 0;
  for (let k = victims.head + 1; k < victims.end; k++) if (view.tokens.kind(k) === "number") ages++;
  if (ages < 2 || !AGE_LIST_WORDS.has(view.lower[victims.head + 2] ?? "")) return undefined;
  return { count: { min: ages, max: ages }, vague: false, start: view.tokens.start(i), from: i + 1, victims, singular: false, known: true };
}

/** Words that open a list of ages after a comma (", ages 3 and 4"). */
const AGE_LIST_WORDS: ReadonlySet<string> = new Set(["ages", "aged"]);

/** Most words of a possessor before its "'s" ("his ex-girlfriend's", "a police officer's"). */
const MAX_POSSESSOR = 3;

/**
 * "his ex-girlfriend's two teenage daughters", "a police officer's son": the people owned by
 * someone named first, counted after the possessive.
 */
function ownedAt(view: TokenView, i: number): PeopleAt | undefined {
  for (let k = i; k < Math.min(view.tokens.length, i + MAX_POSSESSOR); k++) {
    if (view.tokens.kind(k) !== "word") return undefined;
    const word = view.lower[k]!;
    if (!(word.endsWith("'s") || word.endsWith("’s"))) continue;
    const after = k + 1;
    const counted = countedAt(view, after);
    if (counted && !counted.singular) return { ...counted, start: view.tokens.start(i), known: true };
    const family = FAMILY_COUNTS.get(view.lower[after] ?? "");
    if (family !== undefined) {
      const victims = { end: after + 1, hasNoun: true, dangling: false, added: 0, head: after };
      return { count: { min: family, max: family }, vague: false, start: view.tokens.start(i), from: after, victims, singular: family === 1, known: true };
    }
    const victims = readVictims(view, after, false);
    if (!victims || victims.dangling || victims.head === undefined || !isSingular(view, victims.head)) return undefined;
    return single(view, i, victims, after, true);
  }
  return undefined;
}

/** "her and three other people": an object pronoun heading a coordinated phrase. */
function pronounPhrase(view: TokenView, i: number): VictimPhrase {
  const more = view.lower[i + 1] === "and" ? readCoordinated(view, i + 1) : undefined;
  return more && !more.uncounted ? joined(more, i + 1) : EMPTY(i + 1);
}

const STATE = indexPhrases(STATE_CUES);

/**
 * "another" or "a fourth" standing alone for one more person: "three were killed and another
 * injured", "a fourth was wounded", "kills one, critically injures another". Only where no noun
 * can follow: before the verb as a subject, before a preposition or the end as an object.
 */
function otherAt(view: TokenView, i: number, subject: boolean): PeopleAt | undefined {
  const word = view.lower[i] ?? "";
  const end = word === "another" ? i + 1 : (word === "a" || word === "an") && ORDINAL_PEOPLE.has(view.lower[i + 1] ?? "") ? i + 2 : undefined;
  if (end === undefined) return undefined;
  const next = view.lower[end] ?? "";
  const alone = subject
    ? AUXILIARIES.has(next) || (next.length > 4 && next.endsWith("ly")) || matchAt(view, end, STATE) !== undefined
    : end >= view.tokens.length || view.tokens.kind(end) === "punct" || AFTER_BARE_OBJECT.has(next);
  return alone ? single(view, i, EMPTY(end), end, false) : undefined;
}

/** A number, a vague amount or "a"/"an" before a noun for people, with its noun phrase. */
function countedAt(view: TokenView, i: number): PeopleAt | undefined {
  const count = countAt(view, i);
  if (!count) return undefined;
  let j = count.end;
  // "killing several of them": the people were named before.
  if (view.lower[j] === "of" && view.lower[j + 1] === "them") {
    return { count: count.count, vague: count.vague, start: count.start, from: j, victims: EMPTY(j + 2), singular: false, known: false };
  }
  // "one of the family dogs": the whole is animals, not people.
  if (view.lower[j] === "of" && isAnimalAt(view, j + 1)) return undefined;
  if (count.vague && view.lower[j] === "of") j++;
  // "six of his grandchildren": the people the count is taken from.
  else if (view.lower[j] === "of" && POSSESSIVE_OBJECTS.has(view.lower[j + 1] ?? "")) j += 2;
  const read = readVictims(view, j);
  if (!read) return undefined;
  // "two victims, a man and a woman, were hurt": a list closed by a comma before the verb names the people counted.
  const own = read.ownEnd;
  const named = own !== undefined && count.count.min > 1 && !count.vague && listedEnd(view, own) > own;
  const victims: VictimPhrase = named ? withoutList(read, own) : read;
  const article = count.end === i + 1 && (view.lower[i] === "a" || view.lower[i] === "an");
  if (article && !(victims.head !== undefined && isSingular(view, victims.head))) return undefined;
  return { count: count.count, vague: count.vague, start: count.start, from: j, victims, singular: article, known: false };
}

/** The phrase without its coordinated list, which ends at `own`. */
function withoutList(phrase: VictimPhrase, own: number): VictimPhrase {
  return phrase.head !== undefined ? { end: own, hasNoun: phrase.hasNoun, dangling: false, added: 0, head: phrase.head } : { end: own, hasNoun: phrase.hasNoun, dangling: false, added: 0 };
}

/** "the victim", "his wife", "another man", or a bare singular noun ("Teen dies"). */
function singularAt(view: TokenView, i: number): PeopleAt | undefined {
  const word = view.lower[i] ?? "";
  const determined = SINGULAR_DETERMINERS.has(word);
  const from = determined ? i + 1 : i;
  // A bare age is one person too ("15-year-old fatally shot"), unless a count stands before it.
  // "Paterson teen", "Arkansas boy": a place before the noun modifies it.
  if (!determined && !SINGULAR_VICTIM_NOUNS.has(word) && !word.endsWith("-grader") && !view.places.has(startAt(view, i) ?? -1)) {
    const bareAge = isAgeStart(view, i) && kindAt(view, i - 1) !== "number" && !isDeterminerLike(view.lower[i - 1] ?? "");
    if (!bareAge) return undefined;
  }
  if (determined && countAt(view, from)) return undefined; // "his two children": the count is read at its own token
  const victims = readVictims(view, from);
  if (!victims || victims.dangling || victims.head === undefined || !isSingular(view, victims.head)) return undefined;
  return single(view, i, victims, from, determined && word !== "another");
}

/**
 * A person's name: a run of capitalized words. As a subject it may carry an age
 * ("John Smith, 25,"); a lone capitalized word that is a common word is not a name.
 */
function nameAt(view: TokenView, i: number, subject: boolean): PeopleAt | undefined {
  if (view.titleCase || isNameWord(view, i - 1)) return undefined; // only at the start of a name
  // "troops sent from North Korea had been killed": a place, not a person.
  if (subject && PLACE_PREPOSITIONS.has(view.lower[i - 1] ?? "")) return undefined;
  let j = i;
  while (j < i + MAX_NAME && isNameWord(view, j)) j++;
  if (j === i) return undefined;
  if (j === i + 1 && i === 0 && subject && textAt(view, i + 1) !== "," && !coordinatedName(view, j) && !isLoneName(view, i)) return undefined;
  let end = j;
  // "killed Kyiv residents": the capitalized word modifies a noun.
  if (VICTIM_NOUNS.has(view.lower[j] ?? "") || textAt(view, j) === "'s") return undefined;
  // "John Smith, 25, was shot", "killing John Smith, 25, and ...": the age belongs to the name.
  if (view.lower[j] === "," && kindAt(view, j + 1) === "number" && view.lower[j + 2] === ",") end = j + 3;
  // "Smith and his daughter were found dead", "Smith and Jones were killed".
  // "According to Sgt. Smith, four people were shot": a comma after a name ends the name's phrase.
  const coordinated = (view.lower[end] === "," ? undefined : readCoordinated(view, end)) ?? coordinatedName(view, end);
  const victims = coordinated ? joined(coordinated, end) : EMPTY(end);
  return single(view, i, victims, i, true);
}

/**
 * "Castillo died at the scene": one capitalized word opening the sentence is a name when it is
 * no common English word and a verb follows it at once.
 */
function isLoneName(view: TokenView, i: number): boolean {
  const next = view.lower[i + 1] ?? "";
  if (!AUXILIARIES.has(next) && !matchAt(view, i + 1, STATE)) return false;
  return !isCommonWord(view.lower[i]!);
}

/** "... and Jones": another name coordinated with the first. */
function coordinatedName(view: TokenView, j: number): { end: number; added: number } | undefined {
  if (view.lower[j] !== "and" || !isNameWord(view, j + 1)) return undefined;
  let end = j + 1;
  while (end < j + 1 + MAX_NAME && isNameWord(view, end)) end++;
  return { end, added: 1 };
}

/** A word that is an age: "15-year-old", "9-month-old". */
const AGE_WORD = /-(?:year|month|week|day)s?-old$/u;

/** True when an age starts at token `i`: "15-year-old", "15 year old", "fifteen-year-old", "9-month-old". */
function isAgeStart(view: TokenView, i: number): boolean {
  const word = view.lower[i] ?? "";
  if (word.endsWith("-old") && AGE_WORD.test(word)) return true;
  if (kindAt(view, i) !== "number") return false;
  const next = view.lower[i + 1] ?? "";
  return (next === "-" && /^(?:year|month|week|day)s?-old$/u.test(view.lower[i + 2] ?? "")) || /^(?:year|month|week|day)s?-old$/u.test(next) || (/^(?:year|month|week|day)s?$/u.test(next) && view.lower[i + 2] === "old");
}

/** Words before an age that already count it ("a 15-year-old", "two 15-year-old boys"). */
function isDeterminerLike(word: string): boolean {
  return word === "a" || word === "an" || SINGULAR_DETERMINERS.has(word) || mayStartCount(word) || word === "both";
}

function isNameWord(view: TokenView, j: number): boolean {
  if (j < 0 || j >= view.tokens.length || view.tokens.kind(j) !== "word" || !startsUpper(view.tokens.text(j)) || view.places.has(view.tokens.start(j))) return false;
  const word = view.lower[j]!;
  return !NAME_STOPS.has(word) && !VICTIM_NOUNS.has(word) && !SINGULAR_VICTIM_NOUNS.has(word);
}

function isSingular(view: TokenView, head: number): boolean {
  const word = view.lower[head] ?? "";
  return SINGULAR_VICTIM_NOUNS.has(word) || /(?:^|-)(?:year|month|week|day)s?-old$/u.test(word) || word === "old" || word.endsWith("-grader");
}

function single(view: TokenView, i: number, victims: VictimPhrase, from: number, known: boolean): PeopleAt {
  return { count: ONE, vague: false, start: view.tokens.start(i), from, victims, singular: true, known };
}
