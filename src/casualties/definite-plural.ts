/**
 * "The force spotted multiple armed insurgents ... and killed the insurgents": a definite plural
 * object of a killing, with no count of its own, counts as many as the nearest count of the same
 * noun before it in the text (press releases name a group once, with its count, then refer back).
 *
 * @module
 */
import type { Span } from "../model.js";
import { readCount, type CountReading } from "../numbers/read-count.js";
import { SINGULAR_VICTIM_NOUNS, VICTIM_NOUNS } from "../lexicon/casualty-victims.js";
import type { FoundCasualty } from "./find-in-sentence.js";

/** A verb of killing and "the": its object is read word by word after it. */
const DEFINITE_KILL = /\b(?:killing|killed|kills|kill)[ \t]+the[ \t]+/gu;
/** One word of the object, read at a position (sticky). */
const WORD = /([a-z-]{2,20})[ \t]*/uy;
/** A determiner right before the verb, which makes it a noun ("the killing"). */
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|his|her|their|its)[ \t]+$/iu;
/** Most words of the object up to its noun ("the suspected armed insurgents"). */
const MAX_OBJECT = 3;
/** Characters before the killing searched for the count of the same noun. */
const MAX_BACK = 1500;
/** Most words between a count and its noun ("multiple armed insurgents", "three suspected Taliban insurgents"). */
const MAX_MODIFIERS = 3;

/**
 * The killing of a definite plural in `sentence` whose count an earlier mention of the same noun
 * gives, or undefined. `found`, the sentence's tolls already read, must hold no count of the dead.
 */
export function definitePluralToll(text: string, sentence: Span, found: readonly FoundCasualty[]): FoundCasualty | undefined {
  if (found.some((f) => f.kind === "killed")) return undefined;
  const own = text.slice(sentence.start, sentence.end);
  for (const m of own.matchAll(DEFINITE_KILL)) {
    const start = sentence.start + m.index;
    // "after the killing the men ran off": "killing" is a noun there, and the men its sentence's subject.
    if (DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, start - 7), start))) continue;
    const object = pluralNounAt(text, start + m[0].length, sentence.end);
    if (!object) continue;
    const reading = antecedentCount(text, start, object.noun);
    if (!reading) continue;
    const victims = { start: start + m[0].length, end: object.end };
    return { kind: "killed", count: reading.count, span: { start, end: object.end }, victims, vague: reading.vague, countStart: start, shot: false, known: true, apart: false, killer: false };
  }
  return undefined;
}

/** The plural noun for people that ends the object at `at` ("suspected insurgents"), not one owned or taken from ("the men's", "the men of"). */
function pluralNounAt(text: string, at: number, end: number): { noun: string; end: number } | undefined {
  let k = at;
  for (let n = 0; n < MAX_OBJECT && k < end; n++) {
    WORD.lastIndex = k;
    const w = WORD.exec(text);
    if (!w) return undefined;
    const word = w[1]!;
    const wordEnd = k + word.length;
    if (VICTIM_NOUNS.has(word)) {
      const after = text.slice(wordEnd, wordEnd + 4);
      if (SINGULAR_VICTIM_NOUNS.has(word) || /^(?:'s|’s|[ \t]+of\b)/u.test(after)) return undefined;
      return { noun: word, end: wordEnd };
    }
    k += w[0].length;
  }
  return undefined;
}

/** The count of the nearest mention of `noun` before `at` that has one ("multiple armed insurgents"). */
function antecedentCount(text: string, at: number, noun: string): CountReading | undefined {
  const from = Math.max(0, at - MAX_BACK);
  for (let k = text.lastIndexOf(noun, at - 1); k >= from; k = text.lastIndexOf(noun, k - 1)) {
    if (k > 0 && /[\p{L}-]/u.test(text[k - 1]!)) continue;
    const reading = countBefore(text, k);
    if (reading) return reading;
    if (k === 0) break;
  }
  return undefined;
}

/** A count that ends a few words before the noun at `k`, with only modifiers between. */
function countBefore(text: string, k: number): CountReading | undefined {
  let start = k;
  for (let n = 0; n <= MAX_MODIFIERS; n++) {
    // Back over the space and the word before it.
    let j = start - 1;
    while (j >= 0 && (text[j] === " " || text[j] === "\t")) j--;
    while (j >= 0 && /[\p{L}\p{N}-]/u.test(text[j]!)) j--;
    if (j + 1 >= start) return undefined;
    start = j + 1;
    const reading = readCount(text, start);
    if (reading && reading.end < k && onlyModifiers(text.slice(reading.end, k))) return reading;
  }
  return undefined;
}

/** True when `between`, what stands between a count and its noun, is white space and at most {@link MAX_MODIFIERS} words. */
function onlyModifiers(between: string): boolean {
  if (!/^[ \t]/u.test(between) || !/[ \t]$/u.test(between)) return false;
  const words = between.trim();
  if (words === "") return true;
  const parts = words.split(/[ \t]+/u);
  return parts.length <= MAX_MODIFIERS && parts.every((w) => /^[\p{L}-]{1,20}$/u.test(w));
}
