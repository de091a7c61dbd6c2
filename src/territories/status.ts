/**
 * The status the text gives a place, from a participle, a verb or a noun of status around it:
 * "the occupied regions of ...", "Russia annexed Crimea", "Japan claims the southern Kurils",
 * "the annexation of Crimea", "Crimea, annexed by Russia", "Kherson was liberated", "Taiwan,
 * which China claims as its own", "Melitopol, under Russian occupation".
 *
 * @module
 */
import type { TerritoryStatus } from "../model.js";
import type { TokenList } from "../text/tokens.js";
import { WordTable } from "../text/word-table.js";
import { foldKey, gazetteer } from "./gazetteer.js";
import { isUpperInitial, type RawMatch, type TokenRange } from "./raw-match.js";
import {
  STATUS_AFTER_BRIDGE_WORDS,
  STATUS_BE_WORDS,
  STATUS_BRIDGE_WORDS,
  STATUS_NOUN_LINKS,
  STATUS_OBJECT_FOLLOWERS,
  STATUS_OBJECT_HEADS,
  STATUS_WORDS,
  type StatusForm,
} from "./data/place-words.js";

/** How far before a place (or its list) a word of status may stand: "annexed much of the southern ...". */
const MAX_BEFORE = 6;
/** How many words may stand between a place and its participle or verb of status after it. */
const MAX_AFTER = 4;

/** A word of status as the lexicon gives it. */
type StatusWord = readonly [TerritoryStatus, StatusForm];

/**
 * The status the words around match `index` give it, with its list (`head` gives each match's
 * list head, `ends` the last match of each list by its head): before the list ("the occupied
 * regions of", "Russia annexed"), or after it ("Crimea, annexed by Russia", "Kherson was liberated"). A possessive ("Ukraine's") is the
 * owner of what follows and gets none, and so does a seat of government ("who will occupy the
 * White House" speaks of an office).
 */
export function statusOf(
  tokens: TokenList,
  sentence: TokenRange,
  raw: readonly RawMatch[],
  head: readonly number[],
  ends: readonly number[],
  index: number,
): TerritoryStatus | undefined {
  const own = raw[index]!;
  if (own.possessive || own.entry.seat) return undefined;
  const h = head[index]!;
  const last = raw[ends[h]!]!;
  return statusBefore(tokens, sentence, raw, h, last) ?? (last.possessive ? undefined : statusAfter(tokens, sentence, last.end));
}

/** Reads back from the list's head over words that may stand between ("the", "parts of", "southern", "Ukrainian"). */
function statusBefore(tokens: TokenList, sentence: TokenRange, raw: readonly RawMatch[], h: number, last: RawMatch): TerritoryStatus | undefined {
  const first = raw[h]!.first;
  const from = Math.max(sentence.firstToken, first - MAX_BEFORE);
  let previous = h - 1;
  let passedOwner = false;
  for (let i = first - 1; i >= from; i--) {
    if (previous >= 0 && i < raw[previous]!.end) {
      // "annexed Ukraine's Crimea": one owner's possessive just before may be passed.
      const owner = raw[previous]!;
      if (passedOwner || !owner.possessive || owner.end !== i + 1) return undefined;
      passedOwner = true;
      i = owner.first;
      previous--;
      continue;
    }
    if (tokens.kind(i) === "punct") return undefined;
    const word = statusWordAt(tokens, i);
    if (word) return statusFromBefore(tokens, sentence, i, word, last);
    if (tokens.kind(i) === "number" || STATUS_BRIDGE_WORDS.has(tokens.lower(i)) || isDemonym(tokens, i)) continue;
    // "claims to the Kurils", "a dispute over Kashmir": a preposition a noun of status leads with.
    if (i > from && STATUS_NOUN_LINKS.has(tokens.lower(i)) && statusWordAt(tokens, i - 1)) continue;
    return undefined;
  }
  return undefined;
}

/** The status word `word` at token `i` gives the list ending with `last`, after it. */
function statusFromBefore(tokens: TokenList, sentence: TokenRange, i: number, word: StatusWord, last: RawMatch): TerritoryStatus | undefined {
  const [status, form] = word;
  const linked = STATUS_NOUN_LINKS.has(tokens.lower(i + 1));
  // "the annexation of", "claims to", "a dispute over": a noun leads to its place by a preposition.
  if (form === "noun" || (form === "verb" && linked)) return linked ? status : undefined;
  if (!reportsLikeSpeech(status)) return status;
  // "the disputed Kashmir region", "Israeli-claimed": a participle used as an adjective.
  if (form === "participle" && (tokens.text(i).includes("-") || opensNounPhrase(tokens, sentence, i))) return status;
  // "Japan claims the Kurils." but not "Russia claimed Bakhmut was taken": the place must be the object,
  // which a noun of its kind may close ("claims the Donetsk and Luhansk regions, which ...").
  const end = last.end < sentence.endToken && STATUS_OBJECT_HEADS.has(tokens.lower(last.end)) ? last.end + 1 : last.end;
  return isObjectEnd(tokens, sentence, end) && !last.possessive ? status : undefined;
}

/** Reads forward from `at`, the token after a list: "[,] [which|that] [Russia has|is now] annexed|occupied|claimed by ...". */
function statusAfter(tokens: TokenList, sentence: TokenRange, at: number): TerritoryStatus | undefined {
  const end = sentence.endToken;
  let j = at;
  // "Crimea, annexed by ...", "Crimea - Ukraine's peninsula annexed by ...": an apposition.
  const comma = j < end && APPOSITION_MARKS.has(tokens.text(j));
  if (comma) j++;
  const relative = j < end && (tokens.lower(j) === "which" || tokens.lower(j) === "that");
  if (relative) j++;
  let passive = false;
  let auxiliary = false;
  let subject = false;
  for (let steps = 0; j < end && steps < MAX_AFTER; steps++, j++) {
    const lower = tokens.lower(j);
    const word = statusWordAt(tokens, j);
    if (word) return statusFromAfter(tokens, sentence, j, word, { comma, relative, passive, auxiliary, subject });
    if (lower === "under") return underOccupation(tokens, sentence, j) ? "occupied" : undefined;
    if (STATUS_BE_WORDS.has(lower)) passive = true;
    else if (relative && tokens.kind(j) === "word" && isUpperInitial(tokens.text(j))) subject = true;
    else if (comma && !relative && tokens.kind(j) === "word" && isUpperInitial(tokens.text(j)) && POSSESSIVE.test(tokens.text(j))) continue;
    else if (STATUS_AFTER_BRIDGE_WORDS.has(lower)) {
      if (lower === "has" || lower === "have" || lower === "had") auxiliary = true;
      else if (lower === "it" || lower === "they") subject = true;
    } else return undefined;
  }
  return undefined;
}

/** Marks that open an apposition after a place. */
const APPOSITION_MARKS = new Set([",", "-", "–", "—"]);
const POSSESSIVE = /['’]s$/u;

/** What {@link statusAfter} has read between the place and its word of status. */
interface AfterContext {
  readonly comma: boolean;
  readonly relative: boolean;
  readonly passive: boolean;
  readonly auxiliary: boolean;
  readonly subject: boolean;
}

/** The status the word `word` at token `j`, after a place, gives it. */
function statusFromAfter(tokens: TokenList, sentence: TokenRange, j: number, word: StatusWord, context: AfterContext): TerritoryStatus | undefined {
  const [status, form] = word;
  if (form === "noun") return undefined;
  const next = j + 1 < sentence.endToken ? tokens.lower(j + 1) : "";
  const speech = reportsLikeSpeech(status);
  // "Taiwan, which China claims as its own": the place is the object of the relative clause's verb.
  if (context.relative && context.subject && !context.passive) return !speech || isObjectEnd(tokens, sentence, j + 1) ? status : undefined;
  // "Russia, which annexed Crimea": the place is the subject of the verb, no object of it.
  if (form !== "participle" || (context.relative && !context.passive)) return undefined;
  // "Kherson was liberated", "Kashmir remains disputed", "Crimea has been annexed".
  if (context.passive) return status === "claimed" && next === "to" ? undefined : status;
  // "Russia has claimed": active.
  if (context.auxiliary) return undefined;
  // "Crimea, annexed by Russia", "the Golan Heights, territory claimed by both".
  if (context.comma) return !speech || next === "by" ? status : undefined;
  // "Crimea annexed by Russia in 2014".
  return next === "by" || (!speech && (next === "since" || next === "during")) ? status : undefined;
}

/** "under occupation", "under Russian occupation", "under military occupation" from token `j` ("under"). */
function underOccupation(tokens: TokenList, sentence: TokenRange, j: number): boolean {
  for (let k = j + 1; k < sentence.endToken && k <= j + 2; k++) {
    const word = statusWordAt(tokens, k);
    if (word) return word[1] === "noun" && word[0] === "occupied";
  }
  return false;
}

/** True for the statuses a verb of speech may also state: "claims", "disputed" report words as well as land. */
const reportsLikeSpeech = (status: TerritoryStatus): boolean => status === "claimed" || status === "contested";

/** True when token `k` ends the object of a verb: the sentence's end, punctuation or a word that follows an object ("as", "since"). */
function isObjectEnd(tokens: TokenList, sentence: TokenRange, k: number): boolean {
  return k >= sentence.endToken || tokens.kind(k) === "punct" || STATUS_OBJECT_FOLLOWERS.has(tokens.lower(k));
}

/** Words before a participle that make it an adjective ("the disputed", "in contested"), not a verb with a subject before it. */
const NOUN_PHRASE_OPENERS = new Set(["in", "on", "over", "to", "into", "for", "from", "across", "at", "with", "and", "or", "near", "around", "inside", "outside", "of"]);

/** True when the participle at `i` opens a noun phrase: the sentence's start, punctuation, an article or a preposition before it. */
function opensNounPhrase(tokens: TokenList, sentence: TokenRange, i: number): boolean {
  if (i <= sentence.firstToken || tokens.kind(i - 1) === "punct") return true;
  const before = tokens.lower(i - 1);
  return NOUN_PHRASE_OPENERS.has(before) || (STATUS_BRIDGE_WORDS.has(before) && !STATUS_BE_WORDS.has(before));
}

/** True when token `i` is a capitalized demonym ("the occupied Ukrainian regions"). */
function isDemonym(tokens: TokenList, i: number): boolean {
  return tokens.kind(i) === "word" && isUpperInitial(tokens.text(i)) && gazetteer().countryByDemonym.has(foldKey(tokens.text(i)));
}

/** The word of status each word is, by word id (null for none): asked of a word once, not lower-cased each time. */
const statusWords = /* @__PURE__ */ new WordTable<StatusWord | null>();

/** The word of status token `i` is, if any; "Russia-annexed", "Israeli-occupied": a compound's last part, as a participle. */
function statusWordAt(tokens: TokenList, i: number): StatusWord | undefined {
  const words = statusWords.of(tokens);
  const id = tokens.id(i);
  let word = words[id];
  if (word === undefined) {
    const lower = tokens.lower(i);
    word = STATUS_WORDS.get(lower) ?? null;
    const dash = lower.lastIndexOf("-");
    if (!word && dash > 0) {
      const tail = STATUS_WORDS.get(lower.slice(dash + 1));
      word = tail && tail[1] === "participle" ? tail : null;
    }
    words[id] = word;
  }
  return word ?? undefined;
}
