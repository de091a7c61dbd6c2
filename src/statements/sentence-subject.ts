/**
 * The subject at the start of a sentence, past what opens it: a stray quotation mark, a
 * discourse word ("But"), a dateline, and up to two opening adverbials ("Earlier in the day, …",
 * "Two hours later, …"). The speaker of a participle and the one a description names.
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import { ADVERB_OPENERS, PHRASE_BOUNDARIES, SPEAKER_PRONOUNS, SUBJECT_PRONOUNS, VERB_PREFIXES } from "./speaker-words.js";
import { DISCOURSE, isFiniteAuxiliary, OPENERS, PREPOSITIONS, QUOTE_CLOSERS, SUBORDINATORS } from "./frame-words.js";
import { isAbbreviationDot, isCapitalWordAt, isPastFormAt, isWordAt, lowerAt, textAt, tokenSpan } from "./token-reads.js";
import { DASHES, isNameRun, MAX_ADJUNCT, MAX_APPOSITION, MAX_PHRASE } from "./phrases.js";
import { isStateComma } from "./speaker-places.js";

/**
 * The subject at the start of a sentence, past an opening adverbial ("Earlier in the day, Trump
 * issued …"): a pronoun, or a run of capitalized words. For participles ("…, urging him to").
 */
export function sentenceSubject(doc: Document, sentence: Sentence): Span | undefined {
  const { tokens } = doc;
  let k = sentence.firstToken;
  // A stray quotation mark, and "And then", "But" opening the sentence.
  while (k < sentence.endToken && (OPENERS.has(tokens.text(k)) || (DISCOURSE.has(lowerAt(tokens, k)) && lowerAt(tokens, k + 1) !== ","))) k++;
  k = pastDateline(doc, sentence, k);
  // "Earlier in the day, Trump …", "By saying …, Trump …", "Chastened by the analyses, Trump …", "Instead, Fiorina …": skip the opening adverbial;
  // and a second one after it ("On Thursday, however, Trump …").
  for (let round = 0; round < MAX_OPENERS; round++) {
    const opening = lowerAt(tokens, k);
    const second = lowerAt(tokens, k + 1);
    const adverbial =
      k >= 0 &&
      k < tokens.length &&
      (PREPOSITIONS.has(opening) ||
        SUBORDINATORS.has(opening) ||
        /(?:ing|ly)$/u.test(opening) ||
        second === "," ||
        (/ed$/u.test(opening) && PREPOSITIONS.has(second)) ||
        (/ed$/u.test(opening) && second === "by") ||
        (ADVERB_OPENERS.has(opening) && (PREPOSITIONS.has(second) || second === "that")) ||
        shortOpener(doc, k, sentence));
    if (!adverbial) break;
    const from = k;
    // "By Sunday afternoon she had …", "On Monday he …": a short phrase of a preposition closed by no comma, then the subject pronoun.
    const pronoun = PREPOSITIONS.has(opening) || opening === "by" ? pronounAfterPhrase(doc, k, sentence) : -1;
    if (pronoun > 0) {
      k = pronoun;
      break;
    }
    for (let i = k; i < Math.min(sentence.endToken, k + MAX_APPOSITION); i++) {
      // "In Aspen, Colo., the senator …": the state's commas do not close the opener.
      if (tokens.text(i) === "," && !isStateComma(doc, i)) {
        k = i + 1;
        // "When X called it “a plan for all,” Pike …": the quotation closes after its comma.
        while (QUOTE_CLOSERS.has(textAt(tokens, k)) && k < sentence.endToken) k++;
        break;
      }
    }
    if (k === from) break;
  }
  const limit = Math.min(sentence.endToken, k + MAX_ADJUNCT);
  if (!isWordAt(tokens, k)) return undefined;
  if (SUBJECT_PRONOUNS.has(tokens.lower(k))) return tokenSpan(tokens, k, k);
  // A determiner and up to a few words ("The Russian foreign minister"), or a run of capitalized words.
  let e = k;
  const described = /^(?:the|a|an)$/iu.test(tokens.text(k));
  while (e < limit && e - k < 7 && (isWordAt(tokens, e) || isAbbreviationDot(tokens, e))) {
    // "Mr. Trump", "Sen. Cruz": a title's dot stays inside the name.
    if (!isWordAt(tokens, e)) {
      e++;
      continue;
    }
    const w = tokens.lower(e);
    const capital = /^\p{Lu}/u.test(tokens.text(e));
    if (!capital && (!described || PHRASE_BOUNDARIES.has(w) || VERB_PREFIXES.has(w) || /(?:ed|s)$/u.test(w) && e > k + 1)) break;
    e++;
  }
  if (e <= k) return undefined;
  // "The other candidate on the stage, former Gov. Nora Pike, drew …": the name set off after a description is the subject.
  return (described ? namedApposition(doc, e, sentence.endToken) : undefined) ?? tokenSpan(tokens, k, e - 1);
}

/**
 * The name set off by commas after a description ending before token `from` ("…
 * on the stage, former Gov. Nora Pike, drew"): only words and title dots before the first comma,
 * then a run of capitalized words (a title in lower case may open it) closed by a comma.
 */
function namedApposition(doc: Document, from: number, limit: number): Span | undefined {
  const { tokens } = doc;
  let c = from;
  while (c < limit && c - from < MAX_APPOSITION && (isWordAt(tokens, c) || isAbbreviationDot(tokens, c)) && !isFiniteAuxiliary(tokens.lower(c)) && !isPastFormAt(tokens, c)) c++;
  if (textAt(tokens, c) !== ",") return undefined;
  let s = c + 1;
  while (LOWER_TITLES.has(lowerAt(tokens, s))) s++;
  let e = s;
  while (e < limit && e - s < MAX_PHRASE && tokens.text(e) !== ",") e++;
  if (textAt(tokens, e) !== "," || e <= s) return undefined;
  // "Secretary of State Hillary Clinton": "of" between capitals stays inside the name.
  for (let k = s; k < e; k++) {
    const inside = lowerAt(tokens, k) === "of" && isCapitalWordAt(tokens, k - 1) && isCapitalWordAt(tokens, k + 1);
    if (!inside && !isNameRun(tokens, k, k + 1) && !isAbbreviationDot(tokens, k)) return undefined;
  }
  return tokenSpan(tokens, c + 1, e - 1);
}

/** The index of a subject pronoun two to four words after the preposition at `k`, with only words between; -1 if none. */
function pronounAfterPhrase(doc: Document, k: number, sentence: Sentence): number {
  const { tokens } = doc;
  for (let i = k + 1; i < sentence.endToken && i - k <= MAX_SHORT_OPENER + 1; i++) {
    const w = lowerAt(tokens, i);
    if (i > k + 1 && SPEAKER_PRONOUNS.has(w)) return i;
    if (!isWordAt(tokens, i) || PHRASE_BOUNDARIES.has(w) || SPEAKER_PRONOUNS.has(w)) return -1;
  }
  return -1;
}

/**
 * The token after a dateline that opens a sentence at token `k` ("WASHINGTON — Sen. Grassley …",
 * "WASHINGTON, Dec. 8 (UPI) — …", "KHERSON, Ukraine — …": a place in capitals, then a region, a
 * date and an agency, before a dash), or `k` when none opens it. A dateline says where the
 * report was filed: it belongs to no subject and to no one's words.
 */
export function pastDateline(doc: Document, sentence: Sentence, k: number): number {
  const { tokens } = doc;
  const dateline = tokens.text(k).length > 1 && tokens.text(k) === tokens.text(k).toUpperCase() && isWordAt(tokens, k);
  for (let i = k; i < Math.min(sentence.endToken, k + (dateline ? MAX_DATELINE : 4)); i++) {
    if (DASHES.has(tokens.text(i)) && i > k) {
      k = i + 1;
      while (textAt(tokens, k) === "-") k++;
      return k;
    }
    if (dateline ? /^\p{Ll}/u.test(tokens.text(i)) : !isWordAt(tokens, i) || tokens.text(i) !== tokens.text(i).toUpperCase()) break;
  }
  return k;
}

/** Where a sentence's own words start: past a dateline that opens it, else its start. */
export function startPastDateline(doc: Document, sentence: Sentence): number {
  const k = pastDateline(doc, sentence, sentence.firstToken);
  return k > sentence.firstToken && k < sentence.endToken ? doc.tokens.start(k) : sentence.start;
}

/** Most tokens of a dateline before its dash ("WASHINGTON, Dec. 8 (UPI) —"). */
const MAX_DATELINE = 12;

/**
 * "Hours later, he …", "A day earlier, she …": a short opening phrase closed by a comma right
 * before a subject pronoun; or one that ends in "later", "earlier" or "ago", which times what
 * follows, before any subject ("Minutes later, the Dunn campaign issued …").
 */
function shortOpener(doc: Document, k: number, sentence: Sentence): boolean {
  const { tokens } = doc;
  // "A couple of years later, he …": a longer phrase of words only, when a pronoun or a word of time closes it.
  for (let i = k + 1; i < sentence.endToken && i - k <= MAX_LONG_OPENER; i++) {
    if (tokens.text(i) === ",") return (SUBJECT_PRONOUNS.has(lowerAt(tokens, i + 1)) && lowerAt(tokens, i + 1) !== "this") || RELATIVE_TIME_ENDS.has(lowerAt(tokens, i - 1));
    if (!isWordAt(tokens, i) || (i - k >= MAX_SHORT_OPENER && isFiniteAuxiliary(tokens.lower(i)))) return false;
  }
  return false;
}

/** Longest opening phrase {@link shortOpener} reads when a pronoun or a word of time closes it, in tokens. */
const MAX_LONG_OPENER = 6;

/** Last words of an opening phrase that times the clause after it ("Two hours later,", "A week ago,"). */
const RELATIVE_TIME_ENDS: ReadonlySet<string> = new Set(["later", "earlier", "ago", "afterward", "afterwards"]);

/** Longest opening phrase read by {@link shortOpener}, in tokens. */
const MAX_SHORT_OPENER = 3;

/** Most adverbials skipped before a sentence's subject. */
const MAX_OPENERS = 2;

/** Words in lower case that open a titled name ("former Gov. Tom Dunn", "then-Sen. Ann Cole"). */
export const LOWER_TITLES: ReadonlySet<string> = new Set(["former", "then", "late", "retired", "outgoing", "incoming", "acting", "interim"]);
