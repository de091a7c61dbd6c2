/**
 * Reads the noun phrase after a count that says who was counted ("people", "Ukrainian
 * soldiers", "children and their parents"), and rejects one that names things ("12 drones").
 *
 * @module
 */
import {
  AFTER_BARE_OBJECT,
  COUNT_FILLERS,
  FAMILY_COUNTS,
  POSSESSIVES,
  SINGULAR_DETERMINERS,
  SINGULAR_VICTIM_NOUNS,
  VICTIM_NOUNS,
} from "../lexicon/casualty-victims.js";
import { ACTION_CUES, AUXILIARIES, DEATH_CUES, NOUN_CUES, STATE_CUES } from "../lexicon/casualty-cues.js";
import { countAt } from "./count-at.js";
import { indexPhrases, kindAt, matchAt, startsUpper, textAt, type TokenView } from "./token-view.js";

/** The people a count is of. */
export interface VictimPhrase {
  /** Index of the first token after the phrase (the phrase may be empty: "12 were killed"). */
  readonly end: number;
  /** True when the phrase has a noun for people ("people", "a 12-year-old"). */
  readonly hasNoun: boolean;
  /** True when the phrase ends on a word that is not a noun for people: a cue noun must follow ("12 Ukrainian prisoners"). */
  readonly dangling: boolean;
  /** People added by a coordinated phrase: "two children and their parents" adds 2. */
  readonly added: number;
  /**
   * How many more the coordinated phrase may add beyond `added`, when it ends on a vague amount:
   * "a leader and several associates" adds 3 to 9, so `added` 3 and `spread` 6.
   */
  readonly spread?: number;
  /** Index of the phrase's noun for people, when it has one. */
  readonly head?: number;
  /** Index just past the phrase without its coordinated part, when it has one. */
  readonly ownEnd?: number;
  /** True when a coordinated plural gives no count ("the father and the children"). */
  readonly uncounted?: boolean;
}

const STATE = indexPhrases(STATE_CUES);
const NOUNS = indexPhrases(NOUN_CUES);
const DEATHS = indexPhrases(/* @__PURE__ */ DEATH_CUES.map((phrase) => [phrase, true] as const));
/** Most modifier words we skip before the noun ("three young Ukrainian", "five suspected Taliban"). */
const MAX_MODIFIERS = 3;
/** Most tokens a phrase spans before its coordinated part ("two more young Ukrainian soldiers"). */
const MAX_PHRASE = 10;
/** Words that end a noun phrase without belonging to it. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  "and", "or", "but", "in", "on", "at", "from", "to", "of", "with", "by", "after", "before", "during", "near",
  "across", "including", "while", "when", "as", "since", "following", "amid", "who", "that", "which", "the",
  "a", "an", "this", "these", "those", "after", "over", "inside", "outside", "into", "for", "were", "was",
  "have", "has", "had", "are", "is", "be", "been", "being", "said", "say", "says", "according", "than",
  "each", "apiece", "last", "this", "overnight", "yesterday", "today", "if", "because", "then", "so", "where",
]);

/** Reads the phrase starting at token `i`. Undefined when it names things, not people. */
export function readVictims(view: TokenView, i: number, compound = true): VictimPhrase | undefined {
  let j = i;
  let hasNoun = false;
  let modifiers = 0;
  let last: "none" | "noun" | "modifier" = "none";
  let head: number | undefined;
  while (j < view.tokens.length && j - i < MAX_PHRASE) {
    const age = ageAt(view, j);
    if (age) {
      // An age before a noun modifies it; on its own it is the noun ("a 12-year-old was hurt").
      if (!age.noun) {
        j = age.end;
        continue;
      }
      hasNoun = true;
      last = "noun";
      head = age.end - 1;
      j = age.end;
      continue;
    }
    const word = view.lower[j]!;
    if (view.tokens.kind(j) !== "word" || STOP_WORDS.has(word) || AUXILIARIES.has(word)) break;
    if (last !== "none" && (matchAt(view, j, STATE) || matchAt(view, j, NOUNS))) break;
    if (last === "none" && (matchAt(view, j, STATE) || matchAt(view, j, NOUNS)) && !VICTIM_NOUNS.has(word)) break;
    if (COUNT_FILLERS.has(word)) {
      j++;
      continue;
    }
    if (isPeopleNoun(view.tokens.text(j), word)) {
      hasNoun = true;
      last = "noun";
      head = j;
      j++;
      continue;
    }
    if (last === "noun" || ++modifiers > MAX_MODIFIERS) break;
    last = "modifier";
    j++;
  }
  // The optional fields are set, not spread in: a phrase is read at many tokens of a sentence,
  // and each spread source would be an object of its own.
  if (last === "modifier") return head !== undefined ? { end: j, hasNoun, dangling: true, added: 0, head } : { end: j, hasNoun, dangling: true, added: 0 };
  if (last === "noun") j = agesEnd(view, j) ?? j;
  const coordinated = compound && hasNoun ? readCoordinated(view, j) : undefined;
  if (coordinated) {
    const out: { -readonly [K in keyof VictimPhrase]: VictimPhrase[K] } = { end: coordinated.end, hasNoun, dangling: false, added: coordinated.added, ownEnd: j };
    if (coordinated.uncounted) out.uncounted = true;
    if (coordinated.spread !== undefined) out.spread = coordinated.spread;
    if (head !== undefined) out.head = head;
    return out;
  }
  return head !== undefined ? { end: j, hasNoun, dangling: false, added: 0, head } : { end: j, hasNoun, dangling: false, added: 0 };
}

/** True for a noun for people: from the lexicon, or a capitalized plural ("Palestinians"). */
function isPeopleNoun(raw: string, word: string): boolean {
  if (VICTIM_NOUNS.has(word) || (word.includes("-grader") && /-graders?$/u.test(word))) return true;
  // The pattern runs only on a word that could match: it is tried at most words of a phrase.
  return mayBeCapitalizedPlural(raw) && /^\p{Lu}\p{Ll}{2,30}(?:ans|ians|is|ese|ers|ites)$/u.test(raw);
}

/** False for a word the capitalized plural pattern cannot match: one that ends in neither "s" nor "e", or opens with an ASCII character other than a capital. */
function mayBeCapitalizedPlural(raw: string): boolean {
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  return (last === 115 || last === 101) && (first >= 128 || (first >= 65 && first <= 90));
}

/** "12-year-old", "17-year-olds", "sixteen-year-old", "16 year old": an age, used as a noun for a person. */
function ageAt(view: TokenView, j: number): { end: number; noun: boolean } | undefined {
  const end = ageEnd(view, j);
  if (end === undefined) return undefined;
  return { end, noun: !isPeopleNoun(textAt(view, end) ?? "", view.lower[end] ?? "") };
}

function ageEnd(view: TokenView, j: number): number | undefined {
  const word = view.lower[j] ?? "";
  const isNumber = kindAt(view, j) === "number";
  if (isNumber && view.lower[j + 1] === "-" && /^(?:year|month|week|day)s?-olds?$/u.test(view.lower[j + 2] ?? "")) return j + 3;
  // "11-year old", "18-month old": the last hyphen left out.
  if (isNumber && view.lower[j + 1] === "-" && /^(?:year|month|week|day)s?$/u.test(view.lower[j + 2] ?? "") && /^olds?$/u.test(view.lower[j + 3] ?? "")) return j + 4;
  if (isNumber && /^(?:year|month|week|day)s?$/u.test(view.lower[j + 1] ?? "") && /^olds?$/u.test(view.lower[j + 2] ?? "")) return j + 3;
  if (isNumber && /^(?:year|month|week|day)s?-olds?$/u.test(view.lower[j + 1] ?? "")) return j + 2;
  if (word.includes("-old") && /-(?:year|month|week|day)s?-olds?$/u.test(word)) return j + 1;
  return undefined;
}

/** The people a coordinated phrase adds, and where it ends (see {@link VictimPhrase}). */
export interface Coordinated {
  readonly end: number;
  readonly added: number;
  readonly uncounted?: boolean;
  readonly spread?: number;
}

/**
 * "... and their parents", "... and her two children", "... and a woman", "... and younger
 * sister", "... and civilians": the people a coordinated phrase adds to the count (a plural
 * noun without a count adds none: how many it is, the text does not say).
 */
export function readCoordinated(view: TokenView, j: number): Coordinated | undefined {
  // "killed rebel commander, Dorvan Kell, along with two other fighters": a name in apposition is the same person.
  const named = nameAppositionEnd(view, j);
  if (named !== undefined) return readCoordinated(view, named);
  // "a commander along with two other fighters", "his wife, along with their son": "with" joins as "and" does.
  if (view.lower[j] === "," && view.lower[j + 1] === "along" && view.lower[j + 2] === "with") j += 2;
  else if (view.lower[j] === "along" && view.lower[j + 1] === "with") j += 1;
  else if (view.lower[j] === ",") return readList(view, j);
  else if (view.lower[j] !== "and") return undefined;
  const next = view.lower[j + 1] ?? "";
  // "killing his cousin and injuring his uncle" joins two actions, not two people.
  if (next.endsWith("ing") && !VICTIM_NOUNS.has(next)) return undefined;
  const determined = POSSESSIVES.has(next) || SINGULAR_DETERMINERS.has(next);
  const from = determined ? j + 2 : j + 1;
  if (POSSESSIVES.has(next)) {
    const family = FAMILY_COUNTS.get(view.lower[j + 2] ?? "");
    if (family !== undefined) return { end: j + 3, added: family };
  }
  const counted = countedItem(view, from);
  if (counted !== undefined) return counted ?? undefined;
  const phrase = readVictims(view, from, false);
  if (!phrase?.hasNoun || phrase.dangling || phrase.head === undefined) return undefined;
  const head = view.lower[phrase.head] ?? "";
  const singular = SINGULAR_VICTIM_NOUNS.has(head) || isAgeWord(head);
  return singular ? { end: phrase.end, added: 1 } : { end: phrase.end, added: 0, uncounted: true };
}

/** Most words of a name in apposition. */
const MAX_NAME_WORDS = 4;

/**
 * The comma closing a name in apposition set off by commas from `j` (", Dorvan Kell,"), when the
 * people coordinated after it follow ("along with", "and"); undefined otherwise.
 */
function nameAppositionEnd(view: TokenView, j: number): number | undefined {
  if (view.lower[j] !== "," || kindAt(view, j + 1) !== "word" || !startsUpper(view.tokens.text(j + 1))) return undefined;
  let k = j + 1;
  while (k < j + 1 + MAX_NAME_WORDS && kindAt(view, k) === "word" && startsUpper(view.tokens.text(k))) k++;
  if (view.lower[k] !== ",") return undefined;
  const next = view.lower[k + 1];
  return next === "along" || next === "and" ? k : undefined;
}

function isAgeWord(word: string): boolean {
  return /(?:^|-)(?:year|month|week|day)s?-old$/u.test(word) || word === "old";
}

/** Most items of a list we read after its first ("Mother, father, toddler dead"). */
const MAX_ITEMS = 5;

/**
 * ", 1-year-old boy wounded", ", her son, himself", ", two of her sons and another man": the
 * people a list separated by commas adds. The list ends on "and" and one more item, or, without
 * "and", right before the cue, a reflexive or the end of the clause; an item after a comma that
 * starts with an article is an apposition ("the victim, a 23-year-old man,") unless "and" ends the list.
 */
function readList(view: TokenView, j: number): Coordinated | undefined {
  let added = 0;
  let k = j;
  let articles = false;
  for (let n = 0; n < MAX_ITEMS && view.lower[k] === ","; n++) {
    const next = view.lower[k + 1] ?? "";
    if (next === "and") break;
    if (REFLEXIVE_ENDS.has(next)) return articles ? undefined : { end: k, added };
    const item = readItem(view, k + 1);
    if (!item) return undefined;
    if (APPOSITION_STARTS.has(next)) articles = true;
    added += item.added;
    k = item.end;
  }
  const and = view.lower[k] === "," && view.lower[k + 1] === "and" ? k + 1 : k;
  // "his daughter and himself": the killer ends the list, counted apart.
  if (view.lower[and] === "and" && REFLEXIVE_ENDS.has(view.lower[and + 1] ?? "") && added > 0 && !articles) return { end: k, added };
  if (view.lower[and] === "and") {
    const last = readCoordinated(view, and);
    if (!last || last.uncounted) return undefined;
    return last.spread !== undefined ? { end: last.end, added: added + last.added, spread: last.spread } : { end: last.end, added: added + last.added };
  }
  if (articles || added === 0 || k === j) return undefined;
  const after = kindAt(view, k);
  // The list ends on the clause's end, its verb, or a word that starts what follows it ("kills wife, son before ...").
  const ends = after === undefined || (after === "punct" && view.lower[k] !== ",") || matchAt(view, k, STATE) !== undefined || AUXILIARIES.has(view.lower[k]!) || AFTER_BARE_OBJECT.has(view.lower[k]!);
  return ends ? { end: k, added } : undefined;
}

/** Reflexives that may end a list of the killed ("kills woman, her son, himself"): the killer, counted apart. */
const REFLEXIVE_ENDS: ReadonlySet<string> = new Set(["himself", "herself", "self"]);

/** Words that start an apposition after a comma, not another person: "the victim, a man of 23", "the boy, this teenager". */
const APPOSITION_STARTS: ReadonlySet<string> = new Set(["a", "an", "the", "this", "that"]);

/** Words that start a clause after a comma, not a list item: "a man, whose sister ...", "kills sister, injures boy". */
const NOT_ITEM_STARTS: ReadonlySet<string> = new Set(["who", "whose", "whom", "which", "where", "when", "while", "including"]);

const ACTIONS = indexPhrases(ACTION_CUES);

/** One item of a list: "her son", "two of her sons", "1-year-old boy", "three adults", "toddler". */
function readItem(view: TokenView, i: number): { end: number; added: number } | undefined {
  const word = view.lower[i] ?? "";
  if (NOT_ITEM_STARTS.has(word) || matchAt(view, i, ACTIONS)) return undefined;
  if (POSSESSIVES.has(word)) {
    const family = FAMILY_COUNTS.get(view.lower[i + 1] ?? "");
    if (family !== undefined) return { end: i + 2, added: family };
  }
  const counted = countedItem(view, i);
  // A vague amount ends a list only after "and" ("a leader, his aide and several others").
  if (counted !== undefined) return counted && counted.spread === undefined ? counted : undefined;
  const from = SINGULAR_DETERMINERS.has(word) || POSSESSIVES.has(word) ? i + 1 : i;
  const phrase = readVictims(view, from, false);
  if (!phrase?.hasNoun || phrase.dangling || phrase.head === undefined) return undefined;
  const head = view.lower[phrase.head] ?? "";
  return SINGULAR_VICTIM_NOUNS.has(head) || isAgeWord(head) ? { end: phrase.end, added: 1 } : undefined;
}

/**
 * The people a count at `from` adds ("two of her sons", "three adults", "several associates"):
 * undefined when no count starts there, null when it is a range or an unbounded amount, or counts
 * no people ("12 killed and 90 injured" is two tolls, not one list; "two men and a woman" is one).
 * A vague amount adds its least, with the rest of its bounds as `spread`.
 */
function countedItem(view: TokenView, from: number): Coordinated | null | undefined {
  const count = countAt(view, from);
  if (!count) return undefined;
  const { min, max } = count.count;
  if (max === undefined || (max !== min && !count.vague)) return null;
  const end = count.vague && view.lower[count.end] === "of" && !POSSESSIVES.has(view.lower[count.end + 1] ?? "") ? count.end + 1 : partitiveEnd(view, count.end);
  const phrase = readVictims(view, end, false);
  if (!phrase?.hasNoun || phrase.dangling) return null;
  return max !== min ? { end: phrase.end, added: min, spread: max - min } : { end: phrase.end, added: min };
}

/** Past "of his", "of their" after a count ("two of his associates"): the people it is taken from. */
function partitiveEnd(view: TokenView, k: number): number {
  return view.lower[k] === "of" && POSSESSIVES.has(view.lower[k + 1] ?? "") ? k + 2 : k;
}

/** Words that open the ages of the people just named (", ages 3 and 5,"). */
const AGE_WORDS: ReadonlySet<string> = new Set(["age", "ages", "aged"]);
/** Most tokens of the ages themselves ("13, 15, 17 and 19"). */
const MAX_AGES = 9;

/**
 * Past ", ages 13 to 17," or "between the ages of 12 and 16" after a noun for people: the ages
 * belong to the phrase, and are not counts.
 */
function agesEnd(view: TokenView, j: number): number | undefined {
  if (view.lower[j] === "between") {
    let k = view.lower[j + 1] === "the" ? j + 2 : j + 1;
    if (!AGE_WORDS.has(view.lower[k] ?? "")) return undefined;
    k = view.lower[k + 1] === "of" ? k + 2 : k + 1;
    const range = kindAt(view, k) === "number" && (view.lower[k + 1] === "and" || view.lower[k + 1] === "to") && kindAt(view, k + 2) === "number";
    return range ? k + 3 : undefined;
  }
  if (view.lower[j] !== "," || !AGE_WORDS.has(view.lower[j + 1] ?? "") || kindAt(view, j + 2) !== "number") return undefined;
  for (let k = j + 3; k < Math.min(view.tokens.length, j + 3 + MAX_AGES); k++) {
    const word = view.lower[k]!;
    if (word === "," && kindAt(view, k + 1) !== "number") return k + 1;
    if (view.tokens.kind(k) !== "number" && word !== "and" && word !== "to" && word !== "," && word !== "-") return undefined;
  }
  return undefined;
}

/** Most tokens of a list of the people counted, set off by commas ("two men, ages 20 and 22, and a woman, 33,"). */
const MAX_LIST = 24;

/**
 * "six people, three men and three women, were shot": past a list set off by commas after a
 * count (the comma at `k`), up to the comma its verb follows ("were shot", "died"); `k` when no
 * verb closes the list within the clause. Such a list names the people counted, no more of them.
 */
export function listedEnd(view: TokenView, k: number): number {
  if (view.lower[k] !== ",") return k;
  for (let e = k + 2; e < Math.min(view.tokens.length, k + MAX_LIST); e++) {
    const word = view.lower[e]!;
    if (word === "." || word === ";" || word === ":" || word === "(" || word === ")") return k;
    if (word === "," && (AUXILIARIES.has(view.lower[e + 1] ?? "") || matchAt(view, e + 1, STATE) || matchAt(view, e + 1, DEATHS))) return e + 1;
  }
  return k;
}
