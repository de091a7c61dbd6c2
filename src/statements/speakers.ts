/**
 * Speakers: turns a speaker phrase ("he", "Kremlin spokesman Dmitry Peskov", "Ukrainian
 * officials") into an actor. The actors the actor stage found come first (a mention overlapping
 * the phrase); where it has none, a name becomes a new actor, a pronoun points back to the most
 * recent actor of its kind, a body's spokesperson speaks for the body, and a generic source
 * ("officials") names no one.
 *
 * @module
 */
import type { Actor, ActorKind, ActorMention, MentionForm, Span } from "../model.js";
import { actorLexicons, isCommonWord } from "../actors/lexicons.js";
import { givenNameGender } from "../actors/name-gender.js";
import { titleGender } from "../actors/coreference.js";
import { sentenceAt, type Document } from "../text/document.js";
import { firstAtOrAfter, firstStartingFrom } from "../text/search.js";
import { firstTokenFrom, lowerCase, type TokenList } from "../text/tokens.js";
import { WordTable } from "../text/word-table.js";
import { COUNTRY_WORDS } from "./bodies.js";
import {
  BODY_DESCRIPTIONS,
  DOCUMENT_HEADS,
  PERSON_ROLES,
  GENERIC_SOURCES,
  ORGANIZATION_HEADS,
  SPEAKER_PRONOUNS,
  SPOKESPERSON_HEADS,
  TITLE_WORDS,
} from "./speaker-words.js";
import { isLetterOrDigitAt } from "../text/chars.js";
import { clauseBreak } from "./clause-cut.js";
import { sortInPlace } from "../text/sort-in-place.js";

/** An actor being put together: one the actor stage gave, or one this stage creates. */
export interface ActorDraft {
  /** The actor as the actor stage gave it, if it did. */
  readonly given?: Actor;
  /** What the actor is. */
  readonly kind: ActorKind;
  /** The canonical name; a longer spelling of the same person replaces a shorter one. */
  name: string;
  /** Titles as written before the name ("US President"); a given actor's own, which this stage leaves as they are. */
  titles: readonly string[];
  /** Title words in lower case, for "the president" to find its person. */
  readonly titleWords: Set<string>;
  /** Other spellings; a given actor's own, which this stage leaves as they are. */
  aliases: readonly string[];
  /** Mentions this stage adds. */
  readonly mentions: ActorMention[];
}

/** The speakers of one article: the drafts, and where each was named. */
export interface SpeakerBook {
  readonly doc: Document;
  readonly drafts: ActorDraft[];
  /** Mentions of the given actors, sorted by start (a stable sort: ties in the order given). */
  readonly givenMentions: readonly ActorMention[];
  /** The draft of each of {@link SpeakerBook.givenMentions}, at the same index. */
  readonly givenOwners: readonly ActorDraft[];
  /** Lower-case full names and person last names → draft. */
  readonly byName: Map<string, ActorDraft>;
  /**
   * Where actors were named, sorted by start once {@link indexOccurrences} has run: the offsets,
   * and the draft named at each (two arrays, not an object per place).
   */
  occurrenceStarts: number[];
  /** The draft named at each of {@link SpeakerBook.occurrenceStarts}. */
  occurrenceDrafts: ActorDraft[];
  /** True once the role words around the persons' names are learnt (see learnRoles). */
  rolesLearned: boolean;
}

/** What a phrase resolved to. */
export interface ResolvedSpeaker {
  /** The actor, or undefined when the phrase names no one ("officials"). */
  readonly draft?: ActorDraft;
  /** How the phrase refers to it. */
  readonly form: MentionForm;
  /** The part of the phrase that names the actor ("Josh Earnest" in "spokesman Josh Earnest"). */
  readonly mention: Span;
  /**
   * True when the phrase ran on past the speaker into a clause ("Local fishermen expressed
   * similar"): the statement is introduced by the mention, not by the whole phrase.
   */
  readonly narrowed?: true;
}

/** A new book over the actors the actor stage found. */
export function createSpeakerBook(doc: Document, actors: readonly Actor[]): SpeakerBook {
  const drafts: ActorDraft[] = [];
  const mentions: ActorMention[] = [];
  const owners: ActorDraft[] = [];
  const byName = new Map<string, ActorDraft>();
  for (const actor of actors) {
    const draft: ActorDraft = {
      given: actor,
      kind: actor.kind,
      name: actor.name,
      titles: actor.titles,
      titleWords: titleWordsOf(actor.titles),
      aliases: actor.aliases,
      mentions: [],
    };
    drafts.push(draft);
    for (const m of actor.mentions) {
      mentions.push(m);
      owners.push(draft);
    }
    addNameKeys(byName, actor.name, actor.kind, draft);
    for (const alias of actor.aliases) addNameKeys(byName, alias, actor.kind, draft);
  }
  sortByStart(mentions, owners);
  return { doc, drafts, givenMentions: mentions, givenOwners: owners, byName, occurrenceStarts: [], occurrenceDrafts: [], rolesLearned: false };
}

/** Most items {@link sortByStart} sorts by insertion; more go to the library sort. */
const MAX_INSERTION_SORT = 64;

/**
 * Sorts `items` by start in place, ties kept in their order (a stable sort), and `along`
 * with them. An article has a few dozen given mentions: an insertion sort calls no comparator
 * and makes no array.
 */
function sortByStart<T>(items: ActorMention[], along: T[]): void {
  const n = items.length;
  if (n > MAX_INSERTION_SORT) {
    const order = [...items.keys()].sort((a, b) => items[a]!.start - items[b]!.start);
    const sorted = order.map((k) => items[k]!);
    const moved = order.map((k) => along[k]!);
    for (let k = 0; k < n; k++) {
      items[k] = sorted[k]!;
      along[k] = moved[k]!;
    }
    return;
  }
  for (let k = 1; k < n; k++) {
    const item = items[k]!;
    const start = item.start;
    let j = k;
    if (items[j - 1]!.start <= start) continue;
    const other = along[k]!;
    for (; j > 0 && items[j - 1]!.start > start; j--) {
      items[j] = items[j - 1]!;
      along[j] = along[j - 1]!;
    }
    items[j] = item;
    along[j] = other;
  }
}

/** The lower-cased words of `titles`, with no array made for an actor without titles. */
function titleWordsOf(titles: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const title of titles) for (const word of title.toLowerCase().split(/\s+/u)) words.add(word);
  return words;
}

/**
 * Files `draft` under the lookup keys of a name not filed yet: the whole name, and a person's
 * last name. A folded name has single spaces between its words and none at either end, so its
 * last word is what follows its last space.
 */
function addNameKeys(byName: Map<string, ActorDraft>, name: string, kind: ActorKind, draft: ActorDraft): void {
  const folded = fold(name);
  if (!byName.has(folded)) byName.set(folded, draft);
  const space = kind === "person" ? folded.lastIndexOf(" ") : -1;
  if (space < 0) return;
  const last = folded.slice(space + 1);
  if (!byName.has(last)) byName.set(last, draft);
}

/** {@link fold} of the names met lately: an article folds each of its names several times. */
const foldedNames = new Map<string, string>();

/** Most names {@link foldedNames} keeps before it starts over. */
const MAX_FOLDED_NAMES = 4096;

/** Lower case, diacritics and possessive dropped, spaces normalized: "Zelenskyy's" → "zelenskyy". */
export function fold(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    folded = foldName(name);
    if (foldedNames.size >= MAX_FOLDED_NAMES) foldedNames.clear();
    foldedNames.set(name, folded);
  }
  return folded;
}

/** {@link fold}, worked out. */
function foldName(name: string): string {
  // Most names are plain ASCII words with single spaces, which fold to their lower case alone.
  if (isPlainAsciiName(name)) return name.toLowerCase();
  // ASCII has no marks to take apart and drop.
  return (isAscii(name, 0, name.length) ? name : name.normalize("NFKD").replace(/\p{M}+/gu, ""))
    .toLowerCase()
    .replace(/['’]s\b/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** ASCII letters and digits, with single spaces between words and none at either end. */
function isPlainAsciiName(text: string): boolean {
  if (text.length === 0) return false;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (space) return false;
      space = true;
    } else if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) space = false;
    else return false;
  }
  return !space;
}

interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** Determiners of a definite description: "the company", "this billionaire", "her campaign". */
const DEFINITE = new Set(["the", "this", "that", "his", "her", "its", "their"]);
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*/gu;
const DETERMINERS = new Set(["the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our", "one", "another"]);
const CONNECTORS = new Set(["of", "de", "von", "van", "der", "den", "al", "bin", "la", "le", "du", "da", "dos", "del", "el", "ibn"]);

/**
 * The words of `span` in `text`. Given the document's tokens of `text`, a word that is one token
 * exactly takes that token's text and lower case, which the document holds already: no new string.
 */
function wordsOf(text: string, span: Span, tokens?: TokenList): Word[] {
  // Plain ASCII by hand, as WORD reads it: no slice of the phrase and no match arrays. A span
  // with any other character goes to WORD itself. The words are counted first: an array grown
  // by push takes room for 16 words, and a phrase has two or three.
  const count = asciiWordCount(text, span);
  if (count < 0) return wordsByPattern(text, span);
  const out = new Array<Word>(count);
  let n = 0;
  let k = tokens ? firstTokenFrom(tokens, span.start) : 0;
  let i = span.start;
  while (i < span.end) {
    if (!isAsciiWordStart(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < span.end && isAsciiWordChar(text.charCodeAt(end))) end++;
    if (tokens) while (k < tokens.length && tokens.start(k) < i) k++;
    const to = tokens && k < tokens.length && tokens.start(k) === i ? asciiWordEnd(text, i, end) : -1;
    out[n++] = to >= 0 && tokens!.end(k) === to ? { text: tokens!.text(k), lower: tokens!.lower(k), start: i, end: to } : asciiWordAt(text, i, end);
    i = end;
  }
  return out;
}

/** How many words {@link wordsOf} reads in `span` of plain ASCII; -1 when the span has another character. */
function asciiWordCount(text: string, span: Span): number {
  let count = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return -1;
    if (inWord) inWord = isAsciiWordChar(c);
    else if (isAsciiWordStart(c)) {
      inWord = true;
      count++;
    }
  }
  return count;
}

/** The words of `span` by {@link WORD}, for text beyond ASCII. */
function wordsByPattern(text: string, span: Span): Word[] {
  const out: Word[] = [];
  const slice = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) out.push(wordAt(m[0], span.start + m.index));
  return out;
}

/**
 * The word of the ASCII run `[start, end)` of `text` that opens on a letter or digit, trimmed
 * as {@link trimWord} trims it, with one slice.
 */
function asciiWordAt(text: string, start: number, end: number): Word {
  const to = asciiWordEnd(text, start, end);
  const word = text.slice(start, to);
  return { text: word, lower: lowerCase(word), start, end: to };
}

/** Where the word of {@link asciiWordAt} ends. */
function asciiWordEnd(text: string, start: number, end: number): number {
  let to = end;
  while (to > start && isTrailingMark(text.charCodeAt(to - 1))) to--;
  // "Mr.", "U.S.": a short capitalized word keeps its one final dot.
  if (to === end - 1 && text.charCodeAt(to) === 0x2e && end - start <= 4 && isAsciiUpper(text.charCodeAt(start))) to = end;
  return to;
}

/** An ASCII character {@link trimWord} drops from the end of a word: . ' - */
function isTrailingMark(c: number): boolean {
  return c === 0x2e || c === 0x27 || c === 0x2d;
}

/** An ASCII upper-case letter. */
function isAsciiUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

/** True when `[start, end)` of `text` is all ASCII. */
function isAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** An ASCII letter or digit: where a word of {@link WORD} starts. */
function isAsciiWordStart(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/** An ASCII character a word of {@link WORD} goes on over: a letter, a digit, ' . - */
function isAsciiWordChar(c: number): boolean {
  return isAsciiWordStart(c) || c === 0x27 || c === 0x2e || c === 0x2d;
}

/** The word a match `raw` at `start` gives, trimmed. */
function wordAt(raw: string, start: number): Word {
  const word = trimWord(raw);
  // Not `toLowerCase()`, which copies even a word that is lower-case already.
  return { text: word, lower: lowerCase(word), start, end: start + word.length };
}

/**
 * The first of {@link wordsOf}`(text, span)`, without reading the others: when the first word
 * and the character after it are ASCII, what follows cannot change it.
 */
function firstWordOf(text: string, span: Span): Word | undefined {
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return wordsOf(text, span)[0];
    if (!isAsciiWordStart(c)) continue;
    let end = i + 1;
    for (; end < span.end; end++) {
      const d = text.charCodeAt(end);
      if (d >= 0x80) return wordsOf(text, span)[0];
      if (!isAsciiWordChar(d)) break;
    }
    return asciiWordAt(text, i, end);
  }
  return undefined;
}

/**
 * The last of {@link wordsOf}`(text, span)`, without reading the others: the word of the last
 * letter or digit, from the first letter or digit of its run of word characters.
 */
function lastWordOf(text: string, span: Span): Word | undefined {
  // Only the characters from the last word's run (and the one before it) to the end are read:
  // when all are ASCII the words before cannot change which word is last.
  let q = span.end - 1;
  for (; q >= span.start; q--) {
    const c = text.charCodeAt(q);
    if (c >= 0x80) return wordsByPattern(text, span).at(-1);
    if (isAsciiWordStart(c)) break;
  }
  if (q < span.start) return undefined;
  let end = q + 1;
  for (; end < span.end; end++) {
    const c = text.charCodeAt(end);
    if (c >= 0x80) return wordsByPattern(text, span).at(-1);
    if (!isAsciiWordChar(c)) break;
  }
  let from = q;
  for (; from > span.start; from--) {
    const c = text.charCodeAt(from - 1);
    if (c >= 0x80) return wordsByPattern(text, span).at(-1);
    if (!isAsciiWordChar(c)) break;
  }
  // The run may open on ' . - : the word starts at its first letter or digit.
  while (!isAsciiWordStart(text.charCodeAt(from))) from++;
  return asciiWordAt(text, from, end);
}

/** A word without trailing dots, hyphens and apostrophes, except the dot of a short abbreviation ("Mr.", "U.S."). */
function trimWord(word: string): string {
  let end = word.length;
  while (end > 0 && ".'’-".includes(word[end - 1]!)) end--;
  const keepsDot = end === word.length - 1 && word.endsWith(".") && word.length <= 4 && /^\p{Lu}/u.test(word);
  return keepsDot ? word : word.slice(0, end);
}

const capitalized = (w: Word): boolean => startsUpperCase(w.text) && !DETERMINERS.has(w.lower);
/** A word's lower case without a possessive 's and then a final dot (read in place: most words have neither). */
function bare(w: Word): string {
  let word = w.lower;
  if (word.endsWith("'s") || word.endsWith("’s")) word = word.slice(0, -2);
  return word.endsWith(".") ? word.slice(0, -1) : word;
}

/**
 * Resolves the names in a phrase (not pronouns or descriptions, which wait for
 * {@link resolvePointer}), creating actors for names the actor stage did not give.
 */
export function resolveName(book: SpeakerBook, phrase: Span): ResolvedSpeaker | undefined {
  const all = wordsOf(book.doc.text, phrase, book.doc.tokens);
  if (all.length === 0) return undefined;
  if (all.length === 1 && SPEAKER_PRONOUNS.has(pronounOf(all[0]!.lower))) return undefined;
  // "as we saw in 2009", "we might recall": "we" outside a quotation is the writers, as "We" opening a sentence is.
  if (all.length === 1 && WE.test(all[0]!.text)) return { draft: authorOf(book, true), form: "pronoun", mention: { start: all[0]!.start, end: all[0]!.end } };
  const document = documentSource(book, all);
  if (document) return document;
  // "Sen. Tom Reed of Texas": the person speaks, not the place after "of".
  const home = homePlace(book, all, phrase);
  if (home) return resolveName(book, home);
  // "the mayor of Kremenchuk", "a spokesman for the ministry": the head comes before "of"/"for".
  const split = headSplit(all);
  const words = split > 0 ? all.slice(0, split) : all;
  const headWord = words[words.length - 1]!;
  if (split > 0 && SPOKESPERSON_HEADS.has(headWord.lower)) {
    const body = { start: all[split + 1]?.start ?? phrase.end, end: phrase.end };
    if (body.start < body.end) {
      const r = resolveName(book, body);
      if (r?.draft) return { draft: r.draft, form: "description", mention: phrase };
    }
    return { form: "description", mention: phrase };
  }
  const g = givenOverlapping(book, phrase.start, phrase.end);
  const given = book.givenMentions[g];
  // A mention of a given actor counts when it is the head of the phrase, or the body a spokesperson speaks for.
  // "Bashir's former ruling party said": a body a person leads or once led speaks for itself, not for
  // that person (as "his campaign" or "her lawyer" does); it is read as a description.
  if (given && endsPossessive(given.text) && given.end < headWord.start && OWN_BODY_HEADS.has(headWord.lower) && book.givenOwners[g]!.kind === "person") return undefined;
  if (given && (given.end >= headWord.start || SPOKESPERSON_HEADS.has(headWord.lower) || endsPossessive(given.text))) {
    // "Lee noted FBI Director Tom Dunn [said]": a clause runs into the phrase; the mention is the
    // given one with the capitalized words right before it (titles), after the clause's verb.
    let at = clauseBreak(all);
    if (at < 0 || all[at]!.end > given.start) at = presentVerbBefore(all, given.start);
    if (at >= 0) {
      let from = at + 1;
      while (from < all.length && all[from]!.end <= given.start && !capitalized(all[from]!)) from++;
      const start = Math.min(given.start, all[from]?.start ?? given.start);
      return { draft: book.givenOwners[g]!, form: given.form, mention: { start, end: phrase.end }, narrowed: true };
    }
    return { draft: book.givenOwners[g]!, form: given.form, mention: phrase };
  }
  if (startsLowerCase(headWord.text) && TITLE_WORDS.has(bare(headWord)) && !SPOKESPERSON_HEADS.has(headWord.lower)) return undefined;
  if (isCapitalizedPlural(book, words, phrase)) return { form: "description", mention: phrase };
  const run = lastRun(words);
  if (!run) return undefined;
  const runWords = words.slice(run.from, run.to);
  const after = words.slice(run.to);
  const runText = book.doc.text.slice(runWords[0]!.start, runWords[runWords.length - 1]!.end);
  const possessive = endsPossessive(runWords[runWords.length - 1]!.text);
  if (after.length > 0 || possessive) {
    const head = after[after.length - 1]?.lower ?? "";
    if (runWords.length === 1 && GENERIC_SOURCES.has(bare(runWords[0]!))) return { form: "description", mention: phrase };
    if (GENERIC_SOURCES.has(head) && !SPOKESPERSON_HEADS.has(head)) return { form: "description", mention: phrase };
    if (SPOKESPERSON_HEADS.has(head) || possessive) {
      const body = withoutPossessive(runText);
      if (possessive && OWN_BODY_HEADS.has(head) && !COUNTRY_WORDS.has(fold(body))) return undefined;
      // "Western officials", "Republican leaders": an adjective that names no body.
      if (!possessive && runWords.length === 1 && isAdjectival(body) && !COUNTRY_WORDS.has(fold(body)) && !book.byName.has(fold(body))) {
        return { form: "description", mention: phrase };
      }
      return { draft: findOrCreate(book, body, undefined), form: "description", mention: phrase };
    }
    if (ORGANIZATION_HEADS.has(head)) {
      const name = book.doc.text.slice(words[DETERMINERS.has(words[0]!.lower) ? 1 : 0]!.start, phrase.end);
      return { draft: findOrCreate(book, name, "organization"), form: "name", mention: phrase };
    }
    return undefined;
  }
  // The run ends the phrase: it is the name, after any titles in front of it.
  let titleEnd = -1;
  for (let i = runWords.length - 2; i >= 0; i--) {
    if (TITLE_WORDS.has(bare(runWords[i]!)) && !CONNECTORS.has(runWords[i + 1]!.lower)) {
      titleEnd = i;
      break;
    }
  }
  const nameWords = runWords.slice(titleEnd + 1);
  if (nameWords.length === 1 && GENERIC_SOURCES.has(nameWords[0]!.lower)) return { form: "description", mention: phrase };
  if (nameWords.every((w) => TITLE_WORDS.has(bare(w)))) return undefined;
  if (nameWords.length === 1) {
    const only = nameWords[0]!;
    const person = FIRST_PERSON.exec(only.text);
    if (person) return { draft: authorOf(book, person[1] === "We"), form: "pronoun", mention: { start: only.start, end: only.end } };
    if (!isLoneName(book, only)) return undefined;
  }
  const name = book.doc.text.slice(nameWords[0]!.start, nameWords[nameWords.length - 1]!.end);
  const title = titleEnd >= 0 ? book.doc.text.slice(runWords[0]!.start, runWords[titleEnd]!.end) : undefined;
  const draft = findOrCreate(book, name, undefined);
  if (title && !draft.given && !draft.titles.includes(title)) {
    draft.titles = [...draft.titles, title];
    for (const w of title.toLowerCase().split(/\s+/u)) draft.titleWords.add(w.replace(/\.$/u, ""));
  }
  return { draft, form: "name", mention: { start: nameWords[0]!.start, end: nameWords[nameWords.length - 1]!.end } };
}

/** The index of the first of `words` after index `after` whose lower case is one of `forms`, or -1. */
function wordIndexAfter(words: readonly Word[], after: number, forms: ReadonlySet<string>): number {
  for (let i = after + 1; i < words.length; i++) if (forms.has(words[i]!.lower)) return i;
  return -1;
}

const OF_FOR: ReadonlySet<string> = new Set(["of", "for"]);
const BY_FROM: ReadonlySet<string> = new Set(["by", "from"]);
const BY_FROM_OF: ReadonlySet<string> = new Set(["by", "from", "of"]);

/** The index of the "of" or "for" after a head in lower case ("the mayor [of] Kremenchuk", "a spokesman [for] the ministry"), or -1. */
function headSplit(words: readonly Word[]): number {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if ((w.lower === "of" || w.lower === "for") && startsLowerCase(words[i - 1]!.text)) return i;
  }
  return -1;
}

/**
 * The span that introduced a speaker: the phrase the frame read, unless a clause runs into it
 * before the speaker's mention ("Lee noted FBI Director Tom Dunn [said]": from the capitalized
 * words before the mention, "FBI Director Tom Dunn").
 *
 * @param book - The speakers of the article.
 * @param phrase - The speaker phrase as the frame found it.
 * @param mention - The resolved speaker's mention inside it.
 */
export function introducingSpan(book: SpeakerBook, phrase: Span, mention: Span): Span {
  if (mention.start <= phrase.start || mention.start >= phrase.end) return phrase;
  const all = wordsOf(book.doc.text, phrase, book.doc.tokens);
  let at = clauseBreak(all);
  if (at < 0 || all[at]!.end > mention.start) at = presentVerbBefore(all, mention.start);
  if (at < 0) return phrase;
  let from = at + 1;
  while (from < all.length && all[from]!.end <= mention.start && !capitalized(all[from]!)) from++;
  return { start: Math.min(mention.start, all[from]?.start ?? mention.start), end: phrase.end };
}

/**
 * The index of a verb in "-s" before `before` ("Judge [rejects] the Times request", "the story
 * [suggests] the government"), or -1: a lower-case word in "-s" after a word that is no
 * determiner, with a determiner or a capitalized word after it. Read for the mention only.
 */
function presentVerbBefore(words: readonly Word[], before: number): number {
  for (let i = 1; i + 1 < words.length && words[i + 1]!.start <= before; i++) {
    const w = words[i]!;
    const next = words[i + 1]!;
    if (!PRESENT_VERB.test(w.text) || DETERMINERS.has(words[i - 1]!.lower)) continue;
    if (DEFINITE_OR_NOT.has(next.lower) || capitalized(next)) return i;
  }
  return -1;
}

/** A lower-case word in "-s", not "-ss" nor a possessive ("suggests", "rejects"). */
const PRESENT_VERB = /^\p{Ll}{2,30}[^s'’]s$/u;

/**
 * "a new Gallup poll", "a 2015 Pew Research survey", "a report by Human Rights Watch": the body
 * named around a document word made the document, and speaks through it.
 */
function documentSource(book: SpeakerBook, words: readonly Word[]): ResolvedSpeaker | undefined {
  const account = accountSource(book, words);
  if (account) return account;
  // In lower case: a capitalized one is part of a name ("Defence Research Agency"), except a poll
  // word that ends a run of capitals ("a Gallup Poll taken last week": Gallup speaks).
  // "Polls show …", "Poll: …": a document word capitalized only because it opens the sentence.
  const at = documentWordIn(words);
  if (at < 0) return undefined;
  let run = lastRun(words.slice(0, at));
  let offset = 0;
  if (!run) {
    const by = wordIndexAfter(words, at, BY_FROM_OF);
    if (by < 0) return documentItself(book, words, at);
    offset = by + 1;
    run = firstRun(words.slice(offset));
    if (!run) return undefined;
  }
  const from = words[offset + run.from]!;
  const to = words[offset + run.to - 1]!;
  // "Exit polling showed …": a common word capitalized at the start of a sentence names no body;
  // the document speaks, under its own words.
  if (from === to && offset === 0 && isCommonWord(bare(from)) && !book.byName.has(bare(from))) {
    if (GENERIC_SOURCES.has(bare(from))) return undefined;
    // "A January 2016 study by the Pew Research Center": the maker named after the document.
    const by = wordIndexAfter(words, at, BY_FROM);
    const maker = by > 0 ? firstRun(words.slice(by + 1)) : undefined;
    if (maker && by > 0) {
      const body = withoutPossessive(book.doc.text.slice(words[by + 1 + maker.from]!.start, words[by + maker.to]!.end));
      return { draft: book.byName.get(fold(body)) ?? findOrCreate(book, body, "organization"), form: "name", mention: { start: words[by + 1 + maker.from]!.start, end: words[by + maker.to]!.end } };
    }
    const named = book.doc.text.slice(from.start, words[at]!.end);
    return { draft: findOrCreate(book, named, "organization"), form: "description", mention: { start: from.start, end: words[at]!.end } };
  }
  const body = withoutPossessive(book.doc.text.slice(from.start, to.end));
  if (GENERIC_SOURCES.has(body.toLowerCase())) return undefined;
  const draft = book.byName.get(fold(body)) ?? findOrCreate(book, body, "organization");
  return { draft, form: "name", mention: { start: from.start, end: to.end } };
}

/** The index of the document word of {@link documentSource} in `words`, or -1. */
function documentWordIn(words: readonly Word[]): number {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // The document words are all in lower case, the poll words among them: a word whose lower
    // case is none is no document word however it is written, and a word in lower case is one
    // when that is. One look-up a word.
    if (!DOCUMENT_HEADS.has(w.lower)) continue;
    // "the ruling party", "the ruling coalition": a document's word before a body's is an adjective.
    const next = words[i + 1];
    if (next && next.text === next.lower && ORGANIZATION_HEADS.has(next.lower)) continue;
    if (
      w.text === w.lower ||
      (i === 0 && (words.length === 1 || !capitalized(words[1]!))) ||
      (i > 0 && POLL_WORDS.has(w.lower) && capitalized(w) && capitalized(words[i - 1]!) && (i + 1 >= words.length || !capitalized(words[i + 1]!)))
    ) {
      return i;
    }
  }
  return -1;
}

/**
 * "her account", "his memoir": the person the possessive points to gave it; "a speech Ms. Pike
 * delivered", "a letter Tom Dunn sent": the subject of the clause after the document's word.
 */
function accountSource(book: SpeakerBook, words: readonly Word[]): ResolvedSpeaker | undefined {
  const second = words[1];
  if (!second || !(ACCOUNT_HEADS.has(second.lower) || DOCUMENT_HEADS.has(second.lower))) return undefined;
  const first = words[0]!;
  if (words.length === 2 && (first.lower === "his" || first.lower === "her")) {
    const g = givenOverlapping(book, first.start, first.end);
    const owner = book.givenOwners[g];
    return owner && owner.kind === "person" && book.givenMentions[g]!.start === first.start ? { draft: owner, form: "description", mention: { start: first.start, end: second.end } } : undefined;
  }
  if (!DETERMINERS.has(first.lower) || DEFINITE.has(first.lower)) return undefined;
  const maker = makerAfter(words, 1);
  return maker ? resolveName(book, maker) : undefined;
}

/** What a person gives an account in, besides the documents: "according to a speech Ms. Pike delivered". */
const ACCOUNT_HEADS: ReadonlySet<string> = new Set(["speech", "account", "memoir", "remarks", "testimony"]);

/** The name right after a document's word at `at` and before a lower-case verb ("a letter [Tom Dunn] sent"). */
function makerAfter(words: readonly Word[], at: number): Span | undefined {
  let to = at + 1;
  while (to < words.length && to - at <= MAX_MAKER_WORDS && (capitalized(words[to]!) || (to > at + 1 && CONNECTORS.has(words[to]!.lower)))) to++;
  if (to === at + 1 || to >= words.length || !startsLowerCase(words[to]!.text) || CONNECTORS.has(words[to - 1]!.lower)) return undefined;
  return { start: words[at + 1]!.start, end: words[to - 1]!.end };
}

/** Most words of a maker's name after a document's word. */
const MAX_MAKER_WORDS = 5;

/** Most words before a document's head word when the document speaks for itself ("a new Iowa poll"). */
const MAX_DOCUMENT_WORDS = 4;

/**
 * "Exit polls show …", "according to a court filing": a document whose maker is not named is
 * the source itself, as attribution corpora annotate it; "the report" is left to the body before it.
 */
function documentItself(book: SpeakerBook, words: readonly Word[], at: number, unmade = false): ResolvedSpeaker | undefined {
  const first = words[0]!;
  if (at > MAX_DOCUMENT_WORDS || (!unmade && DEFINITE.has(first.lower) && !words[at]!.lower.endsWith("s"))) return undefined;
  const from = DETERMINERS.has(first.lower) ? 1 : 0;
  if (from > at) return undefined;
  const name = book.doc.text.slice(words[from]!.start, words[at]!.end).toLowerCase();
  return { draft: findOrCreate(book, name, "organization"), form: "description", mention: { start: first.start, end: words[at]!.end } };
}

/**
 * For "Sen. Tom Reed of Texas" or "Tom Reed for the Herald" (a person the actor stage found,
 * then "of" and a place or a name, or "for"), the span of the person's part; undefined for any
 * other phrase.
 */
function homePlace(book: SpeakerBook, words: readonly Word[], phrase: Span): Span | undefined {
  const of = wordIndexAfter(words, 0, OF_FOR);
  if (of < 1 || of + 1 >= words.length || !capitalized(words[of - 1]!)) return undefined;
  // "Cameron Pratt for the Linden Herald", "Ann Cole of the Linden Bank", "Sen. Tom Reed of Texas":
  // a named person speaks for themselves, whatever body or place follows.
  const person = { start: phrase.start, end: words[of - 1]!.end };
  const g = givenOverlapping(book, person.start, person.end);
  if (g < 0 || book.givenOwners[g]!.kind !== "person" || book.givenMentions[g]!.end !== person.end) return undefined;
  return person;
}

/**
 * The person whose campaign (team, camp) "the campaign" is: the owner of the last "Pike's
 * campaign", "the Pike campaign" or "her campaign" shortly before, else the person named last
 * in this paragraph or the one before.
 */
function sideOwner(book: SpeakerBook, before: number, head: string): ActorDraft | undefined {
  const text = book.doc.text;
  const floor = Math.max(0, before - DOCUMENT_REACH);
  // A bounded window: the search never walks further back than the reach.
  const window = text.slice(floor, before).toLowerCase();
  for (let at = window.lastIndexOf(head); at > 0; at = window.lastIndexOf(head, at - 1)) {
    const end = floor + at + head.length;
    if (isLetterOrDigitAt(text, floor + at - 1) || (end < text.length && isLetterOrDigitAt(text, end))) continue;
    // The word before the head, or the one before that past an adjective ("Pike's presidential campaign").
    let stop = floor + at;
    for (let step = 0; step < 2; step++) {
      while (stop > floor && text[stop - 1] === " ") stop--;
      let from = stop;
      while (from > floor && /[\p{L}\p{N}'’.\-]/u.test(text[from - 1]!)) from--;
      if (from === stop) break;
      const g = givenOverlapping(book, from, stop);
      const owner = book.givenOwners[g];
      if (owner && owner.kind === "person" && book.givenMentions[g]!.end > from) return owner;
      if (!startsLowerCase(text.slice(from, stop)) || DETERMINERS.has(text.slice(from, stop).toLowerCase())) break;
      stop = from;
    }
  }
  const paragraphs = book.doc.paragraphs;
  const here = paragraphAt(paragraphs, before);
  const from = paragraphs[Math.max(0, here - 1)]?.start ?? 0;
  return mostRecent(book, before, (d) => d.kind === "person", from);
}

/** The index of the paragraph holding `offset` (the last one starting at or before it). */
function paragraphAt(paragraphs: readonly Span[], offset: number): number {
  return Math.max(0, firstStartingFrom(paragraphs, offset + 1) - 1);
}

/**
 * For a description of two or more telling words after its determiner ("the Green nominee"), a
 * test for the persons the text gave all of them; undefined for a bare "the nominee".
 */
function describedBy(book: SpeakerBook, words: readonly Word[]): ((d: ActorDraft) => boolean) | undefined {
  // Made only once a telling word is met: most descriptions are a bare "the nominee".
  let wanted: string[] | undefined;
  for (let i = 1; i < words.length; i++) {
    const w = bare(words[i]!);
    if (!ROLE_FILLERS.has(w)) (wanted ??= []).push(w);
  }
  if (wanted === undefined || wanted.length < 2) return undefined;
  const telling = wanted;
  learnRoles(book);
  return (d) => d.kind === "person" && telling.every((w) => d.titleWords.has(w));
}

/** Words of a role description that say nothing of which person it is ("the current nominee", "the party's nominee"). */
const ROLE_FILLERS: ReadonlySet<string> = new Set(["former", "current", "new", "longtime", "eventual", "presumptive", "then", "party's", "party"]);

/**
 * Adds to each person the role words the text puts right before a name ("Republican
 * presidential nominee Carl Menard") or in a description set off after it ("Ann Cole, the Labor
 * nominee,"), so "the Republican nominee" finds its person. Once per book; each name mention
 * looks at a bounded stretch around it.
 */
function learnRoles(book: SpeakerBook): void {
  if (book.rolesLearned) return;
  book.rolesLearned = true;
  const text = book.doc.text;
  for (let g = 0; g < book.givenMentions.length; g++) {
    const m = book.givenMentions[g]!;
    const draft = book.givenOwners[g]!;
    if (draft.kind !== "person" || m.form !== "name") continue;
    // Before: lower-case or capitalized modifiers ending in a role word, up to the name.
    const reach = { start: Math.max(0, m.start - MAX_ROLE_REACH), end: m.start };
    // The last word first: most names have no role word right before them. A role word stands
    // a space (or a dot and a space) before the name, so without a space there is none to read.
    const last = text[m.start - 1] === " " ? lastWordOf(text, reach) : undefined;
    if (last && last.end >= m.start - 2 && isRole(last)) {
      // Back over the words of the role, each a space from the next: no comma, line or sentence
      // between. Read one at a time from the end, as only the last few can count.
      let next = m.start;
      let w: Word | undefined = last;
      for (let n = 0; w && n < MAX_ROLE_WORDS; n++) {
        // Only capitalized modifiers and role words ("Republican presidential nominee"): a verb before ends it.
        if (DETERMINERS.has(w.lower) || CONNECTORS.has(w.lower) || !(capitalized(w) || isRole(w)) || !isSpaceOrDotSpace(text, w.end, next)) break;
        draft.titleWords.add(bare(w));
        next = w.start;
        w = lastWordOf(text, { start: reach.start, end: w.start });
      }
    }
    // After: ", the Labor nominee," up to the next comma.
    let at = m.end;
    if (text[at] === "," && text[at + 1] === " ") {
      at += 2;
      const limit = Math.min(text.length, at + MAX_ROLE_REACH);
      let stop = at;
      while (stop < limit && text[stop] !== ",") stop++;
      const span = { start: at, end: stop };
      // The first word first: most names are not followed by "the" or "a".
      const first = firstWordOf(text, span);
      const after = first && DEFINITE_OR_NOT.has(first.lower) ? wordsOf(text, span, book.doc.tokens) : [];
      const tail = after[after.length - 1];
      if (after.length >= 2 && after.length <= MAX_ROLE_WORDS + 1 && tail && isRole(tail)) {
        for (const w of after.slice(1)) draft.titleWords.add(bare(w));
      }
    }
  }
}

/** A word that names a role or title ("nominee", "businessman", "Gov."). */
function isRole(w: Word): boolean {
  return PERSON_ROLES.has(w.lower) || TITLE_WORDS.has(bare(w));
}

/** How far around a name {@link learnRoles} reads, in characters, and most words of a role. */
const MAX_ROLE_REACH = 60;
const MAX_ROLE_WORDS = 4;

/** A person's side as a body: "the campaign" is someone's campaign. */
const CAMPAIGN_HEADS: ReadonlySet<string> = new Set(["campaign", "camp", "team"]);

/** Bodies a person leads that speak for themselves, not for that person: "Bashir's party", "the warlord's militia". */
const OWN_BODY_HEADS: ReadonlySet<string> = new Set(["party", "movement", "army", "forces", "militia", "militias", "group", "union", "coalition", "alliance", "front", "faction", "fighters", "paramilitaries"]);

/** What speaks for the person who owns it: "his campaign", "her lawyer". */const PERSONAL_SIDE = new Set(["campaign", "team", "camp", "office", "lawyer", "lawyers", "attorney", "attorneys"]);

/** Words for a poll that close a pollster's name in capitals ("Gallup Poll", "Pew Survey"). */
const POLL_WORDS = new Set(["poll", "survey"]);

/** The first run of capitalized words, as word indexes. */
function firstRun(words: readonly Word[]): { from: number; to: number } | undefined {
  const from = words.findIndex(capitalized);
  if (from < 0) return undefined;
  let to = from + 1;
  while (to < words.length && capitalized(words[to]!)) to++;
  return { from, to };
}

/** How far back, in characters, "the report" looks for the body that put it out. */
const DOCUMENT_REACH = 1500;

/** Resolves a pronoun or a description ("he", "the president") to the actor it points back to. */
export function resolvePointer(book: SpeakerBook, phrase: Span): ResolvedSpeaker | undefined {
  const all = wordsOf(book.doc.text, phrase, book.doc.tokens);
  const split = headSplit(all);
  const words = split > 0 ? all.slice(0, split) : all;
  const g = givenOverlapping(book, phrase.start, phrase.end);
  const given = book.givenMentions[g];
  if (given && given.end >= (words[words.length - 1]?.start ?? phrase.end)) return { draft: book.givenOwners[g]!, form: given.form, mention: phrase };
  const only = words.length === 1 ? words[0]! : undefined;
  const pronoun = only ? SPEAKER_PRONOUNS.get(pronounOf(only.lower)) : undefined;
  if (pronoun) {
    // Where coreference found no one, "she" still skips a person known to be a man, and "he" a woman.
    const gender = pronoun === "person" ? (pronounOf(only!.lower) === "she" ? "female" : "male") : undefined;
    const draft = mostRecent(book, phrase.start, (d) => (pronoun === "person" ? d.kind === "person" && genderOf(book, d) !== opposite(gender) : d.kind !== "person"));
    return draft ? { draft, form: "pronoun", mention: phrase } : undefined;
  }
  const head = words[words.length - 1];
  const definite = words.length > 1 && DEFINITE.has(words[0]!.lower);
  // "the report said", "the poll found": the body that put out the document, named shortly before.
  if (head && definite && DOCUMENT_HEADS.has(head.text) && !head.lower.endsWith("s")) {
    const body = mostRecent(book, phrase.start, (d) => d.kind === "organization", phrase.start - DOCUMENT_REACH);
    return body ? { draft: body, form: "description", mention: phrase } : documentItself(book, words, words.length - 1, true);
  }
  if (!head || GENERIC_SOURCES.has(head.lower)) return undefined;
  // "his campaign said", "her lawyer said": they speak for the person the possessive points to,
  // as "X's campaign" speaks for X.
  if (words.length === 2 && (words[0]!.lower === "his" || words[0]!.lower === "her") && PERSONAL_SIDE.has(head.lower)) {
    const g = givenOverlapping(book, words[0]!.start, words[0]!.end);
    const owner = book.givenOwners[g];
    if (owner && owner.kind === "person" && book.givenMentions[g]!.start === words[0]!.start) return { draft: owner, form: "description", mention: phrase };
  }
  // "the ministry", "the campaign": the body last named whose name has that head.
  if ((ORGANIZATION_HEADS.has(head.lower) || BODY_DESCRIPTIONS.has(head.lower)) && startsLowerCase(head.text)) {
    const body =
      mostRecent(book, phrase.start, (d) => d.kind !== "person" && fold(d.name).split(" ").includes(head.lower)) ??
      // "Pike's campaign said …. The campaign said": a person's campaign, named shortly before, or the person last named.
      (definite && words.length === 2 && CAMPAIGN_HEADS.has(head.lower) ? sideOwner(book, phrase.start, head.lower) : undefined) ??
      // "Monsanto … the company": else the organization named last, when the head describes a body.
      (definite && BODY_DESCRIPTIONS.has(head.lower) ? mostRecent(book, phrase.start, (d) => d.kind === "organization") : undefined);
    return body ? { draft: body, form: "description", mention: phrase } : undefined;
  }
  // "the Republican nominee", "the New York businessman": the person last given that role with
  // those words ("Republican presidential nominee Carl Menard"), else that role, else the person named last.
  if (definite && PERSON_ROLES.has(head.lower) && !TITLE_WORDS.has(bare(head))) {
    const described = describedBy(book, words);
    const draft =
      (described ? mostRecent(book, phrase.start, described) : undefined) ??
      mostRecent(book, phrase.start, (d) => d.kind === "person" && d.titleWords.has(bare(head))) ??
      mostRecent(book, phrase.start, (d) => d.kind === "person");
    return draft ? { draft, form: "description", mention: phrase } : undefined;
  }
  if (!TITLE_WORDS.has(bare(head))) return undefined;
  const title = bare(head);
  // "the president": the person last given that title; else one given it shortly after ("The mayor
  // said …. Hours later, Vitaliy Maletsky, the mayor, said …"); else the person last named.
  const titled = (d: ActorDraft): boolean => d.kind === "person" && d.titleWords.has(title);
  const person = (d: ActorDraft): boolean => d.kind === "person";
  // "the Green nominee", "the Democratic candidate": first the person the text gave every one of those words.
  const described = describedBy(book, words);
  // "Jean-Marc Ayrault, the foreign minister of France, said": a person named earlier in the sentence comes before one titled later.
  const sentenceStart = sentenceAt(book.doc, phrase.start)?.start ?? phrase.start;
  const draft =
    (described ? mostRecent(book, phrase.start, described) : undefined) ??
    mostRecent(book, phrase.start, titled) ??
    mostRecent(book, phrase.start, person, sentenceStart) ??
    nextNamed(book, phrase.end, titled) ??
    mostRecent(book, phrase.start, person);
  return draft ? { draft, form: "description", mention: phrase } : undefined;
}

/**
 * The gender of person `d` where the text tells it: the pronouns coreference gave the person
 * (it weighs public figures too), else a title ("Mrs."), else the given name.
 */
function genderOf(book: SpeakerBook, d: ActorDraft): "male" | "female" | undefined {
  for (const m of d.given?.mentions ?? []) {
    if (m.form !== "pronoun") continue;
    const word = book.doc.text.slice(m.start, m.end).toLowerCase();
    if (word === "he" || word === "him" || word === "his") return "male";
    if (word === "she" || word === "her") return "female";
  }
  return titleGender(d.titles.map((t) => t.toLowerCase())) ?? givenNameGender(d.name);
}

/** The other gender. */
function opposite(gender: "male" | "female" | undefined): "male" | "female" | undefined {
  return gender === "male" ? "female" : gender === "female" ? "male" : undefined;
}

/** The pronoun of a contraction ("he's", "they’ve" → "he", "they"); other words as they are. */
function pronounOf(word: string): string {
  const at = Math.max(word.indexOf("'"), word.indexOf("’"));
  return at > 0 && SPEAKER_PRONOUNS.has(word.slice(0, at)) ? word.slice(0, at) : word;
}

/** True when `text` starts with a lower-case letter; ASCII by code, the rest by Unicode property. */
function startsLowerCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return /^\p{Ll}/u.test(text);
}

/** True when `text` ends in a possessive 's ("Pike's", "Pike’s"). */
function endsPossessive(text: string): boolean {
  return text.endsWith("'s") || text.endsWith("’s");
}

/** `text` without a possessive 's at its end. */
function withoutPossessive(text: string): string {
  return endsPossessive(text) ? text.slice(0, -2) : text;
}

/** True when `[from, to)` of `text` is one space, or a dot and a space. */
function isSpaceOrDotSpace(text: string, from: number, to: number): boolean {
  return (to - from === 1 && text[from] === " ") || (to - from === 2 && text[from] === "." && text[from + 1] === " ");
}

/** True when `text` starts with an upper-case letter; ASCII by code, the rest by Unicode property. */
function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return /^\p{Lu}/u.test(text);
}

/** Each word's {@link fold} key when it starts with an upper-case letter, else null, by word id. */
const capitalKeys = /* @__PURE__ */ new WordTable<string | null>();

/** The {@link fold} key of token `i` when it starts with an upper-case letter, else null; worked out once per word. */
function capitalKey(keys: (string | null | undefined)[], tokens: TokenList, i: number): string | null {
  const id = tokens.id(i);
  let key = keys[id];
  if (key === undefined) {
    const text = tokens.text(i);
    // A plain ASCII word folds to its lower case, which the token list holds already.
    key = !startsUpperCase(text) ? null : isPlainAsciiName(text) ? tokens.lower(i) : fold(text);
    keys[id] = key;
  }
  return key;
}

/** Records every place a person was named by the last name, so pronouns can point back to it. */
export function indexOccurrences(book: SpeakerBook, resolved: readonly (readonly [Span, ActorDraft])[]): void {
  // Three lists sorted by start merged as they are read, ties in this order (as a stable sort of
  // the three joined would give): the given mentions, the resolved names, the tokens named.
  const given = book.givenMentions;
  const owners = book.givenOwners;
  const named = inStartOrder(resolved);
  const starts: number[] = [];
  const drafts: ActorDraft[] = [];
  let g = 0;
  let r = 0;
  // The given and resolved places up to `offset` (ties included), in merged order.
  const upTo = (offset: number): void => {
    while (g < given.length || r < named.length) {
      const a = g < given.length ? given[g]!.start : Infinity;
      const b = r < named.length ? named[r]![0].start : Infinity;
      if (a > offset && b > offset) return;
      if (a <= b) {
        starts.push(a);
        drafts.push(owners[g++]!);
      } else {
        starts.push(b);
        drafts.push(named[r++]![1]);
      }
    }
  };
  const tokens = book.doc.tokens;
  const keys = capitalKeys.of(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const key = capitalKey(keys, tokens, i);
    if (key === null || tokens.kind(i) !== "word") continue;
    const draft = book.byName.get(key);
    if (!draft) continue;
    const start = tokens.start(i);
    upTo(start);
    starts.push(start);
    drafts.push(draft);
  }
  upTo(Infinity);
  book.occurrenceStarts = starts;
  book.occurrenceDrafts = drafts;
}

/** `items` sorted by the start of their span, ties in their order; the list itself when it is in that order already. */
function inStartOrder<T extends readonly [Span, unknown]>(items: readonly T[]): readonly T[] {
  for (let k = 1; k < items.length; k++) if (items[k]![0].start < items[k - 1]![0].start) return [...items].sort((a, b) => a[0].start - b[0].start);
  return items;
}

/** The person last named before `offset`, if one was named shortly before. */
export function recentPerson(book: SpeakerBook, offset: number, notBefore = 0): ActorDraft | undefined {
  return mostRecent(book, offset, (d) => d.kind === "person", notBefore);
}

/** How far back a pronoun or description may point, in occurrences of named actors. */
const LOOKBACK = 12;

function mostRecent(book: SpeakerBook, before: number, fits: (d: ActorDraft) => boolean, notBefore = 0): ActorDraft | undefined {
  const starts = book.occurrenceStarts;
  const drafts = book.occurrenceDrafts;
  const lo = firstAtOrAfter(starts, before);
  for (let i = lo - 1; i >= 0 && lo - i <= LOOKBACK && starts[i]! >= notBefore; i--) if (fits(drafts[i]!)) return drafts[i]!;
  return undefined;
}

/** How far ahead a description looks for the person given its title, in occurrences of named actors: further than back, as only a title match counts. */
const LOOKAHEAD = 40;

/** The first actor named after `after` (within {@link LOOKAHEAD} names) that `fits`. */
function nextNamed(book: SpeakerBook, after: number, fits: (d: ActorDraft) => boolean): ActorDraft | undefined {
  const drafts = book.occurrenceDrafts;
  const lo = firstAtOrAfter(book.occurrenceStarts, after);
  for (let i = lo; i < drafts.length && i - lo < LOOKAHEAD; i++) if (fits(drafts[i]!)) return drafts[i]!;
  return undefined;
}

/**
 * Adds to a named speaker the titles of the description set off after the name ("Vitaliy
 * Maletsky, the mayor of Kremenchuk, said"), so that "the mayor" can point back or ahead to them.
 */
export function learnApposition(book: SpeakerBook, draft: ActorDraft, name: Span, limit: number): void {
  const text = book.doc.text;
  let at = name.end;
  while (at < limit && text[at] === " ") at++;
  if (text[at] !== ",") return;
  const end = text.indexOf(",", at + 1);
  const words = wordsOf(text, { start: at + 1, end: Math.min(limit, end < 0 ? limit : end) }, book.doc.tokens);
  if (words.length === 0 || words.length > MAX_APPOSITION_WORDS || !DEFINITE_OR_NOT.has(words[0]!.lower)) return;
  for (const w of words) {
    if (w.lower === "of" || w.lower === "for" || w.lower === "at" || w.lower === "in") break;
    if (TITLE_WORDS.has(bare(w))) draft.titleWords.add(bare(w));
  }
}

/** Most words of a description read by {@link learnApposition}. */
const MAX_APPOSITION_WORDS = 12;

/** Determiners that open a description set off after a name. */
const DEFINITE_OR_NOT = new Set(["the", "a", "an"]);

/**
 * The index in {@link SpeakerBook.givenMentions} of the given mention overlapping `[start, end)`
 * that starts last, among the few starting last before `end`; -1 when none does.
 */
function givenOverlapping(book: SpeakerBook, start: number, end: number): number {
  const list = book.givenMentions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  // The mention nearest the end of the phrase is its head ("a spokesman for [the ministry]").
  for (let i = lo - 1; i >= 0 && lo - i <= 8; i--) if (list[i]!.end > start) return i;
  return -1;
}

/** The last run of capitalized words (with "of", "de", "bin" … inside), as word indexes. */
function lastRun(words: readonly Word[]): { from: number; to: number } | undefined {
  let to = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (capitalized(words[i]!)) {
      to = i + 1;
      // "ABC 7", "Channel 4": a number right after a capitalized word ends the name.
      if (to < words.length && /^\d{1,3}$/u.test(words[to]!.text) && to === words.length - 1) to++;
      break;
    }
  }
  if (to < 0) return undefined;
  let from = to - 1;
  while (from > 0) {
    const prev = words[from - 1]!;
    if (capitalized(prev)) from--;
    else if (CONNECTORS.has(prev.lower) && from - 2 >= 0 && capitalized(words[from - 2]!)) from -= 2;
    else break;
  }
  return { from, to };
}

/**
 * "Traders said", "Organisers said": a plural common noun capitalized only because it opens the
 * sentence is a group of unnamed people, not a name.
 */
function isCapitalizedPlural(book: SpeakerBook, words: readonly Word[], phrase: Span): boolean {
  const only = words.length === 1 ? words[0]! : undefined;
  if (!only || !/^\p{Lu}\p{Ll}+[^su]s$/u.test(only.text) || book.byName.has(only.lower) || COUNTRY_WORDS.has(only.lower)) return false;
  // "Democrats", "Republicans": capitalized inside a sentence too, so a name of a group.
  if (capitalizedInside(book, only.text)) return false;
  return opensSentence(book, phrase.start);
}

/**
 * True when `word` stands capitalized inside a sentence somewhere in the text (after a word or a
 * comma). Asked of a few words per text, so each question finds the word's places in the text
 * by a string search and reads only the tokens there, rather than collecting every capitalized
 * word first.
 */
function capitalizedInside(book: SpeakerBook, word: string): boolean {
  const { tokens, text } = book.doc;
  const id = tokens.vocabulary.ids.get(word);
  if (id === undefined || !startsUpperCase(word)) return false;
  // Every token with the word's text starts at one of its places.
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const i = firstTokenFrom(tokens, at);
    if (i >= 1 && i < tokens.length && tokens.start(i) === at && tokens.id(i) === id && tokens.kind(i) === "word" && (tokens.kind(i - 1) === "word" || tokens.text(i - 1) === ",")) return true;
  }
  return false;
}

/**
 * Whether one capitalized word can name a speaker on its own. "I", "We" and a common word
 * capitalized only because it opens the sentence ("Even", "Poll", "Having") cannot, unless it is
 * a given name or the text also writes it capitalized inside a sentence.
 */
function isLoneName(book: SpeakerBook, word: Word): boolean {
  if (book.byName.has(word.lower) || !opensSentence(book, word.start)) return true;
  if (!isCommonWord(word.lower) || actorLexicons().givenNames.has(word.lower)) return true;
  return capitalizedInside(book, word.text);
}

/** "I", "We", "I've", "We're" outside a quotation: the writer speaks, not someone named. */
const FIRST_PERSON = /^(I|We)(?:['’]\p{Ll}+)?$/u;

/** "we", "we're", "we’ve" in lower case: {@link FIRST_PERSON}'s "We" inside a sentence. */
const WE = /^we(?:['’]\p{Ll}+)?$/u;

/** The writer of the article ("I think …" in an opinion piece), or its writers for "we"; one actor each. */
function authorOf(book: SpeakerBook, plural: boolean): ActorDraft {
  // A key no folded name can equal.
  const key = plural ? "\u0000authors" : "\u0000author";
  let draft = book.byName.get(key);
  if (!draft) {
    draft = { kind: plural ? "group" : "person", name: plural ? "the authors" : "the author", titles: [], titleWords: new Set(), aliases: [], mentions: [] };
    book.drafts.push(draft);
    book.byName.set(key, draft);
  }
  return draft;
}

/** True when only spaces and opening quotes stand between `offset` and the start of its sentence. */
function opensSentence(book: SpeakerBook, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[\s"“‘']/u.test(book.doc.text[i]!)) i--;
  return i < 0 || /[.!?\n:;]/u.test(book.doc.text[i]!);
}

/** A capitalized adjective by its ending ("Western", "Republican", "Islamic"), not a name. */
function isAdjectival(word: string): boolean {
  const lower = lowerCase(word);
  return ADJECTIVE_ENDINGS.some((ending) => lower.endsWith(ending));
}

/** The endings {@link isAdjectival} reads. */
const ADJECTIVE_ENDINGS: readonly string[] = ["ern", "an", "ese", "ish", "ic", "al"];

/** The draft named `name`, found by full name or a person's last name, or a new one. */
function findOrCreate(book: SpeakerBook, name: string, kindHint: ActorKind | undefined): ActorDraft {
  const folded = fold(name);
  // "Palestinians said": a people speaks as a group of its own, not as its country.
  const people = folded.endsWith("s") && COUNTRY_WORDS.has(folded) && COUNTRY_WORDS.get(folded.slice(0, -1)) === COUNTRY_WORDS.get(folded);
  const country = people ? undefined : COUNTRY_WORDS.get(folded);
  const canonical = country ?? name.replace(/^the\s+/iu, "");
  const kind: ActorKind = country ? "country" : people ? "group" : kindHint ?? guessKind(canonical);
  const key = fold(canonical);
  const words = key === "" ? 0 : spacesIn(key) + 1;
  const found = book.byName.get(key) ?? (kind === "person" && words <= 3 ? book.byName.get(key.slice(key.lastIndexOf(" ") + 1)) : undefined);
  if (found && (found.kind === "person") === (kind === "person")) {
    if (!found.given && kind === "person" && words > spacesIn(fold(found.name)) + 1) {
      if (!found.aliases.includes(found.name)) found.aliases = [...found.aliases, found.name];
      found.name = canonical;
      book.byName.set(key, found);
    } else if (!found.given && fold(found.name) !== key && !found.aliases.includes(canonical)) found.aliases = [...found.aliases, canonical];
    return found;
  }
  const draft: ActorDraft = { kind, name: canonical, titles: [], titleWords: new Set(), aliases: [], mentions: [] };
  book.drafts.push(draft);
  addNameKeys(book.byName, canonical, kind, draft);
  return draft;
}

/** The spaces in `text`: a {@link fold}ed name has one fewer than it has words. */
function spacesIn(text: string): number {
  let n = 0;
  for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) n++;
  return n;
}

/** A name's kind: an organization by its head word or an acronym, a group by a plural, else a person. */
function guessKind(name: string): ActorKind {
  const words = name.split(/\s+/u);
  const last = words[words.length - 1] ?? "";
  if (ORGANIZATION_HEADS.has(lowerCase(last)) || words.some((w) => lowerCase(w) === "of")) return "organization";
  if (/^[\p{Lu}\d&.\-]{2,}$/u.test(last) && words.length === 1) return "organization";
  // "Democrats", "Liberals", "Protesters": a plural of followers or of a common word names a group of people.
  if (words.length === 1 && /^\p{Lu}\p{Ll}+s$/u.test(last) && (/(?:ists|crats|icans|ives|als)$/u.test(last) || isCommonWord(lowerCase(last)))) return "group";
  return "person";
}

/** Adds `mention` to the draft unless one of its mentions already covers that stretch. */
export function addMention(book: SpeakerBook, draft: ActorDraft, span: Span, form: MentionForm): void {
  if (book.givenOwners[givenOverlapping(book, span.start, span.end)] === draft) return;
  // Mentions arrive nearly in text order, so a repeat is the last one added.
  const last = draft.mentions[draft.mentions.length - 1];
  if (last && last.start < span.end && span.start < last.end) return;
  draft.mentions.push({ start: span.start, end: span.end, text: book.doc.text.slice(span.start, span.end), form });
}

/** The actors to return: the given ones with the mentions added, then the new ones, in order of first mention. */
export function finishActors(book: SpeakerBook): { actors: Actor[]; idOf: Map<ActorDraft, string> } {
  const idOf = new Map<ActorDraft, string>();
  const used = new Set<string>();
  for (const d of book.drafts) if (d.given) used.add(d.given.id);
  const actors: Actor[] = [];
  for (const draft of book.drafts) {
    // Merged and sorted only when the draft has mentions of its own: most given actors gain none.
    if (draft.given) {
      idOf.set(draft, draft.given.id);
      actors.push(draft.mentions.length ? { ...draft.given, mentions: inTextOrder([...draft.given.mentions, ...draft.mentions]) } : draft.given);
      continue;
    }
    if (draft.mentions.length === 0) continue;
    const mentions = inTextOrder([...draft.mentions]);
    const base = slug(draft.name) || "actor";
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    idOf.set(draft, id);
    actors.push({
      id,
      kind: draft.kind,
      name: draft.name,
      titles: [...draft.titles],
      aliases: draft.aliases.filter((a) => fold(a) !== fold(draft.name)),
      mentions,
    });
  }
  sortInPlace(actors, (a, b) => (a.mentions[0]?.start ?? Infinity) - (b.mentions[0]?.start ?? Infinity));
  return { actors, idOf };
}

/** `mentions` sorted in place by start, then end. */
function inTextOrder(mentions: ActorMention[]): ActorMention[] {
  return sortInPlace(mentions, (a, b) => a.start - b.start || a.end - b.end);
}

/** The id form of a name: "Volodymyr Zelenskyy" → "volodymyr-zelenskyy". */
export function slug(name: string): string {
  return fold(name).replace(/\s+/gu, "-");
}
