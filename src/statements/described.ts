/**
 * Described sources: a speaker phrase that names no actor and points back to none ("military
 * experts", "a campaign strategist", "environmentalists", "two Democratic speechwriters") still
 * says who spoke. It becomes an actor of its own, of kind `group` (or `person` for one unnamed
 * person), named by the phrase, so the statement keeps a source that users can read and group
 * by. The words of anonymous sourcing ("officials", "sources", "witnesses") stay unnamed.
 *
 * @module
 */
import { lowerCase } from "../text/tokens.js";
import type { ActorKind, Span } from "../model.js";
import { resolveName, resolvePointer, type ActorDraft, type ResolvedSpeaker, type SpeakerBook } from "./speakers.js";
import {
  ANONYMOUS_SOURCES, FIRST_PERSON, HEAD_ENDERS, KIN, NON_NOUN_HEADS, NOT_HEADS, OPENERS, PERSON_HEADS,
} from "../lexicon/described-sources.js";
import { clauseSubject } from "./clause-cut.js";
import { TITLE_WORDS } from "./speaker-words.js";

/** Most words a described source may have; a longer phrase is more likely a misread clause than a source. */
const MAX_WORDS = 12;

/** A word of a description: letters, inner hyphens and apostrophes. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]{0,40}|[,(—–-]/gu;

/**
 * The actor a described source stands for, made on first use and shared by every later use of
 * the same description ("sources said … sources said"). Undefined when the phrase is a pronoun,
 * too long, or has no common-noun head.
 *
 * @param book - The speakers of the article, which the new actor joins.
 * @param phrase - The speaker phrase as the frame found it.
 * @returns The resolved speaker, with the whole phrase as its mention.
 */
export function describedSpeaker(book: SpeakerBook, phrase: Span): ResolvedSpeaker | undefined {
  const text = book.doc.text.slice(phrase.start, phrase.end);
  const words: { text: string; start: number }[] = [];
  // `exec` on the one pattern, not `matchAll`, which makes a copy of the pattern and an iterator per phrase.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push({ text: m[0], start: m.index });
    if (words.length > MAX_WORDS) return undefined;
  }
  // "Dunn showed subtle [hints]", "it issued a paper [calling]": a clause cut short; its subject speaks, if it names anyone.
  const cut = clauseSubject(words);
  if (cut) {
    const [from, to] = cut;
    const subject = to > from ? { start: phrase.start + words[from]!.start, end: phrase.start + words[to - 1]!.start + words[to - 1]!.text.length } : undefined;
    const r = subject && (resolveName(book, subject) ?? resolvePointer(book, subject) ?? describedSpeaker(book, subject));
    return r && { ...r, narrowed: true };
  }
  let from = 0;
  while (from < words.length && OPENERS.has(lowerCase(words[from]!.text))) from++;
  let to = from;
  while (to < words.length && !HEAD_ENDERS.has(lowerCase(words[to]!.text))) to++;
  if (to === from || NON_NOUN_HEADS.has(lowerCase(words[to - 1]!.text))) return undefined;
  const head = words[to - 1]!.text.replace(/['’]s?$/u, "");
  const lower = lowerCase(head);
  // A head in lower case is a common noun; a capitalized one only as a plural of followers ("Republicans", "Democrats"):
  // a lone capitalized word opening the sentence ("Lawmakers said") would be its own mention, read as a name.
  const common = head === lower ? /^\p{Ll}+(?:-\p{Ll}+){0,3}$/u.test(head) : /^\p{Lu}\p{Ll}+(?:ans|ists|crats|ives)$/u.test(head);
  // "officials have expressed", "travellers arriving": a verb form ends no noun phrase.
  if (head === lower && /(?:ed|ing|ly)$/u.test(lower)) return undefined;
  if (!common || NOT_HEADS.has(lower) || lower.length < 3 || FIRST_PERSON.has(lowerCase(words[0]!.text))) return undefined;
  // "officials said", "relatives told …": an anonymous source names no one, as the speaker stage has it.
  if (ANONYMOUS_SOURCES.has(lower) || KIN.has(lower)) return undefined;
  const name = text.slice(words[from]!.start).trim();
  const kind: ActorKind = PERSON_HEADS.has(lower) || TITLE_WORDS.has(lower) ? "person" : "group";
  // A key no folded name can equal, so a description never merges with a named actor.
  const key = `\u0000described:${lowerCase(name)}`;
  let draft: ActorDraft | undefined = book.byName.get(key);
  if (!draft) {
    draft = { kind, name, titles: [], titleWords: new Set(), aliases: [], mentions: [] };
    book.drafts.push(draft);
    book.byName.set(key, draft);
  }
  // The mention is the description from its first lower-case word ("[police spokesman]" in "A police
  // spokesman", "[dealers]" in "Singapore dealers"): the capitalized words before it are no name of this actor.
  let first = from;
  while (first < to && !/^\p{Ll}/u.test(words[first]!.text)) first++;
  const mention = first < to ? { start: phrase.start + words[first]!.start, end: phrase.end } : phrase;
  return { draft, form: "description", mention };
}
