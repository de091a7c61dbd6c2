/**
 * Name candidates: runs of name words over the tokens, with the titles and demonyms written
 * before them split off ("Norwegian Prime Minister Jonas Gahr Støre" → title "Prime Minister",
 * country NO, name "Jonas Gahr Støre"), particles kept inside ("Ursula von der Leyen"), and a
 * final possessive left out of the span ("Putin's" → "Putin").
 *
 * @module
 */
import { lowerCase, type TokenList } from "../text/tokens.js";
import type { Document } from "../text/document.js";
import type { LineCasing } from "./casing.js";
import { keyAt, stripPossessive, type StemKeys, type WordEvidence } from "./evidence.js";
import { actorLexicons, isCommonWord, nameKey, tokenKey } from "./lexicons.js";
import { demonymAt, demonymCountry, opensDemonymPair } from "./demonym.js";
import { MILITARY_UNIT_HEADS, PLURAL_POSSESSORS } from "../lexicon/actors-organizations.js";
import { ACRONYM_SKIPPED_WORDS, NAME_PARTICLES, NEVER_NAMES, ORGANIZATION_JOINERS, STATISTICS_ACRONYMS } from "../lexicon/actors-non-names.js";
import { startsLower, startsUpper } from "./letter-case.js";
import { foldKey, gazetteer } from "../territories/gazetteer.js";
import { WordBits } from "./word-bits.js";
import { opensPlaceName } from "./place-openers.js";
import { COMMON_WORD as COMMON_KEY, GIVEN_NAME as GIVEN_KEY, ORGANIZATION_HEAD, ORGANIZATION_SUFFIX, PUBLIC_FIGURE, STATE_ORGAN_HEAD, TITLE, TITLE_MODIFIER, TITLE_OPENER, TITLE_START, TITLE_SURNAME, stemFacts, writtenFacts } from "./key-facts.js";
import { NAME_WORDS, zeroedBytes, zeroedInts } from "./scratch.js";
import type { Reading } from "./classify.js";

/** A stretch of text that reads as a name, before it is given a kind. */
export interface NameCandidate {
  /** Offset of the name's first character. */
  readonly start: number;
  /** Offset just past the name (a possessive left out). */
  readonly end: number;
  /** The name as written. */
  readonly text: string;
  /** The fuller name to build the canonical name from, when the mention leaves a demonym out ("German Foreign Ministry"). */
  readonly label: string | undefined;
  /** Index of the name's first token. */
  readonly firstToken: number;
  /** Index just past the name's last token. */
  readonly endToken: number;
  /** Titles written before the name, in title case ("Prime Minister"). */
  readonly titles: readonly string[];
  /** The country of a demonym before the name or its title ("Norwegian" → NO). */
  readonly titleCountry: string | undefined;
  /** True when a lower-case role word comes right before ("coach Glenn Hoddle"). */
  readonly personCue: boolean;
  /** The casing of the line it is on. */
  readonly casing: LineCasing;
  /** True when the name opens its sentence, where a capital says nothing. */
  readonly initial: boolean;
  /**
   * Undefined here: the slot the classification fills in place (see classify.ts),
   * made with the object so that filling it adds no storage to each candidate.
   */
  readonly reading: Reading | undefined;
}

/** What the finder reads besides the tokens. */
export interface NameFinderContext {
  /** The casing of each paragraph. */
  readonly casings: readonly LineCasing[];
  /** Word evidence of the article. */
  readonly evidence: WordEvidence;
  /** 1 for each token (by index) inside a temporal expression, which is never a name. */
  readonly dateTokens: Uint8Array;
  /** Lower-case keys of place names the gazetteer found, which count as names anywhere. */
  readonly placeKeys: ReadonlySet<string>;
  /** 1 for each token (by index) inside a gazetteer match ("NEW YORK" in a headline). */
  readonly placeTokens: Uint8Array;
  /** The lookup keys of the words without their possessive, by word id, read by {@link keyAt}. */
  readonly words: StemKeys;
}

/** The finder's context with its memos, by token index. */
interface Finder extends NameFinderContext {
  /** Whether each token can be part of a name: 0 not yet known, 1 yes, 2 no. */
  readonly nameWords: Uint8Array;
  /** One past the index of the first token from here on that is no title modifier; 0 not yet known. */
  readonly modifierRunEnds: Int32Array;
  /** The name finder's bits of each word, by word id. */
  readonly bits: Uint16Array;
  /** The lexicons' facts of each word's key without its possessive, by word id (see key-facts.ts). */
  readonly facts: Uint16Array;
  /** The lexicons' facts of each word's key as written, by word id. */
  readonly written: Uint16Array;
}

const PARTICLE_NAME = /^(?:al|el|ad|ash|as|at|az|an|ar|bin|ibn|abu|bint|ben|ould|de|da|di|du|del|dos|das|van|von|la|le)-\p{Lu}/u;
const HYPHEN_LOWER_TAIL = /-\p{Ll}/u;
/** A name joined by an Arabic article or particle inside it: "Zia-ul-Haq", "Mujib-ur-Rahman", "Nizam-ud-Din". */
export const INNER_PARTICLE_NAME = /^\p{Lu}\p{Ll}+-(?:ul|ur|ud|us|uz)-\p{Lu}\p{Ll}+$/u;
const INITIAL = /^\p{Lu}\.$/u;
const SYLLABLE_NAME = /^\p{Lu}\p{Ll}{0,4}-\p{Ll}{1,5}$/u;

const PARTICLES: ReadonlySet<string> = /* @__PURE__ */ new Set(NAME_PARTICLES);
const ORG_JOINERS: ReadonlySet<string> = /* @__PURE__ */ new Set(ORGANIZATION_JOINERS);
const NEVER: ReadonlySet<string> = /* @__PURE__ */ new Set(NEVER_NAMES);
const ACRONYM_SKIPS: ReadonlySet<string> = /* @__PURE__ */ new Set(ACRONYM_SKIPPED_WORDS);
const STATISTICS: ReadonlySet<string> = /* @__PURE__ */ new Set(STATISTICS_ACRONYMS);
const CAPITALS = /^\p{Lu}+s?$/u;
const ACRONYM_LETTERS = /^\p{Lu}{2,8}$/u;
/** The most tokens a name spelled out before its acronym may have. */
const ACRONYM_REACH = 16;
/** A team's score in a row of results: a number of up to three digits. */
const SCORE = /^\d{1,3}$/u;
/** The tag in brackets after a team's name in a table that tells two clubs of one name apart: one or two capitals. */
const TEAM_TAG = /^\p{Lu}{1,2}$/u;

/** Finds every name candidate in `doc`, in text order. */
export function findNameCandidates(doc: Document, nameContext: NameFinderContext): NameCandidate[] {
  // Runs look ahead, so a token is asked about more than once; its answer never changes.
  const n = doc.tokens.length;
  const context: Finder = {
    casings: nameContext.casings,
    evidence: nameContext.evidence,
    dateTokens: nameContext.dateTokens,
    placeKeys: nameContext.placeKeys,
    placeTokens: nameContext.placeTokens,
    words: nameContext.words,
    nameWords: zeroedBytes(NAME_WORDS, n),
    modifierRunEnds: zeroedInts(n),
    bits: nameWordBits.of(doc.tokens),
    facts: stemFacts(doc.tokens),
    written: writtenFacts(doc.tokens),
  };
  const out: NameCandidate[] = [];
  const tokens = doc.tokens;
  // The next "(" of the text: a sentence before it spells out no acronym. Searched again only
  // past it, so the searches read the text once.
  let paren = doc.text.indexOf("(");
  for (const sentence of doc.sentences) {
    const casing = context.casings[sentence.paragraph] ?? "normal";
    const first = out.length;
    let i = sentence.firstToken;
    while (i < sentence.endToken) {
      if (!isNameWord(doc, i, casing, context)) {
        i++;
        continue;
      }
      const runStart = i;
      let end = i + 1;
      if (!hasPossessive(tokens.text(i)) || possessiveInName(doc, i, sentence.endToken, casing, context)) end = extendRun(doc, i + 1, sentence.endToken, casing, context);
      end = teamTagEnd(doc, runStart, end, sentence.endToken);
      // No array of parts made per run: the run is one part, or two split at `split`.
      const split = splitAtInnerTitle(doc.tokens, runStart, end, context);
      const head = shapeCandidate(doc, runStart, split < 0 ? end : split, casing, context);
      if (head) out.push(withUnitOrdinal(doc, head, context));
      if (split >= 0) {
        const tail = shapeCandidate(doc, split, end, casing, context);
        if (tail) out.push(tail);
      }
      i = end;
    }
    if (paren >= 0 && paren < sentence.start) paren = doc.text.indexOf("(", sentence.start);
    if (casing === "normal" && paren >= 0 && paren < sentence.end) spellOutAcronyms(doc, sentence, out, first, context);
  }
  return out;
}

/**
 * "the Organisation for Security and Cooperation in Europe (OSCE)": an acronym in brackets says
 * where the name it shortens starts, across the small words a run of name words stops at. The
 * candidates of the sentence (from `first` on in `out`) inside that name give way to it whole.
 */
function spellOutAcronyms(doc: Document, sentence: { readonly firstToken: number; readonly endToken: number }, out: NameCandidate[], first: number, context: Finder): void {
  const tokens = doc.tokens;
  for (let p = sentence.firstToken + 2; p + 2 < sentence.endToken; p++) {
    if (tokens.text(p) !== "(" || tokens.text(p + 2) !== ")" || !ACRONYM_LETTERS.test(tokens.text(p + 1))) continue;
    const s = acronymStart(tokens, p, tokens.text(p + 1), sentence.firstToken);
    if (s === undefined || p - s < 2 || nameGoesOn(tokens, s, sentence.firstToken)) continue;
    const from = tokens.start(s);
    const to = tokens.end(p - 1);
    // A run that already reaches further left ("Panamanian Boxing Association") is kept as found.
    let crosses = false;
    for (let k = first; k < out.length && !crosses; k++) crosses = out[k]!.start < from && out[k]!.end > from;
    if (crosses) continue;
    const whole = shapeCandidate(doc, s, p, "normal", context);
    if (!whole) continue;
    const kept = out.splice(first).filter((c) => !(c.start >= from && c.end <= to));
    kept.push(whole);
    kept.sort((a, b) => a.start - b.start);
    out.push(...kept);
  }
}

/**
 * The index of the token where the name before the bracket at `paren` starts when the initials of
 * its capitalized words spell `letters` (small words between them passed over), or undefined.
 */
function acronymStart(tokens: TokenList, paren: number, letters: string, limit: number): number | undefined {
  let j = letters.length - 1;
  if (!startsUpper(tokens.text(paren - 1))) return undefined;
  for (let k = paren - 1; k >= limit && k >= paren - ACRONYM_REACH; k--) {
    const text = tokens.text(k);
    if (tokens.isWord(k) && startsUpper(text)) {
      if (text[0] !== letters[j]) return undefined;
      if (--j < 0) return k;
    } else if (!ACRONYM_SKIPS.has(text)) return undefined;
  }
  return undefined;
}

/** True when the name starting at token `s` goes on to the left through a small word ("Return of Refugees"): the acronym spells only its tail. */
function nameGoesOn(tokens: TokenList, s: number, limit: number): boolean {
  const joiner = tokens.get(s - 1);
  const word = tokens.get(s - 2);
  return s - 2 >= limit && joiner!.text !== "the" && ACRONYM_SKIPS.has(joiner!.text) && word!.kind === "word" && startsUpper(word!.text);
}

/** True when token `i` can be part of a name. The casing is its paragraph's, so the answer is kept. */
function isNameWord(doc: Document, i: number, casing: LineCasing, context: Finder): boolean {
  // Most tokens are lower-case words, numbers or punctuation: their word's bits alone say no.
  const bits = context.bits[doc.tokens.id(i)]!;
  if ((bits & NEVER_NAME) !== 0 || (bits & (LOWER_INITIAL | PARTICLE_WORD)) === LOWER_INITIAL) return false;
  const known = context.nameWords[i];
  if (known) return known === 1;
  const yes = readsAsNameWord(doc, i, casing, context);
  context.nameWords[i] = yes ? 1 : 2;
  return yes;
}

function readsAsNameWord(doc: Document, i: number, casing: LineCasing, context: Finder): boolean {
  if (!doc.tokens.isWord(i) || context.dateTokens[i]) return false;
  // What the word alone decides is read from its bits: most words are lower case, and most
  // capitalized ones in running text are names.
  const bits = context.bits[doc.tokens.id(i)]!;
  if ((bits & LOWER_INITIAL) !== 0) return (bits & PARTICLE_WORD) !== 0;
  if ((bits & NEVER_NAME) !== 0) return false;
  const text = stripPossessive(doc.tokens.text(i));
  if ((bits & LOWER_TAIL) !== 0 && !syllableGivenName(doc, i, text, casing, context)) return false;
  const key = keyAt(context.words, doc.tokens, i);
  // "I." is an initial ("I. Healy"), not the pronoun; a month's short form that is also a given
  // name ("Jan"), and no date here, is a given name before a surname.
  if ((bits & NON_NAME_WORD) !== 0 && !((bits & GIVEN_NAME) !== 0 && surnameFollows(doc, i, context))) return false;
  if ((bits & INITIAL_WORD) !== 0 || context.placeTokens[i]) return true;
  const forced = casing !== "normal" || context.evidence.initial[i] === 1;
  if (!forced) return true;
  // "Frank", "Dean", "Guy": a given name that is also a word opens a name only before a surname,
  // unless it names a place too ("DENVER 81 77" in a table of teams).
  if ((bits & GIVEN_NAME) !== 0 && (bits & COMMON_WORD) !== 0 && !context.evidence.capitalizedAt(i)) return surnameFollows(doc, i, context) || inPlaceName(doc, i) || (bits & PLACE_WORD) !== 0;
  return knownAsName(i, key, bits, context) || !isOrdinaryWord(key, bits, context) || inPlaceName(doc, i) || inScoreRowName(doc, i, casing) || ((bits & BODY_OPENER) !== 0 && opensKnownBody(doc, i));
}

/** First words of the known bodies' names of several words, each with the most words such a name has. */
let bodyOpeners: Map<string, number> | undefined;

/** {@link bodyOpeners}, made on first need. */
function knownBodyOpeners(): Map<string, number> {
  if (!bodyOpeners) {
    bodyOpeners = new Map();
    for (const key of actorLexicons().bodies.keys()) {
      const words = key.split(" ");
      if (words.length > 1) bodyOpeners.set(words[0]!, Math.max(bodyOpeners.get(words[0]!) ?? 0, words.length));
    }
  }
  return bodyOpeners;
}

/**
 * True when token `i` opens the name of a known body of several words, written as such ("United
 * Nations relief officials", "World Bank officials", "Red Cross workers" at a sentence start):
 * its ordinary first word is part of the name.
 */
function opensKnownBody(doc: Document, i: number): boolean {
  const lex = actorLexicons();
  const tokens = doc.tokens;
  const most = knownBodyOpeners().get(tokenKey(tokens, i));
  if (most === undefined) return false;
  let text = tokens.text(i);
  for (let k = i + 1; k < tokens.length && k < i + most; k++) {
    if (!tokens.isWord(k) || tokens.start(k) !== tokens.end(k - 1) + 1) return false;
    text = `${text} ${stripPossessive(tokens.text(k))}`;
    if (lex.bodies.has(nameKey(text))) return true;
  }
  return false;
}

/**
 * The end of a team's name in a row of scores with the short tag in capitals after it that tells
 * two clubs of one name apart ("Dunmore (K) 2 Varvik (BV) 1", "Dunmore (K) 4 2 1 1"): the tag is
 * part of the name. `[start, end)` is the run of name words; `end` when no such tag follows.
 */
function teamTagEnd(doc: Document, start: number, end: number, limit: number): number {
  const tokens = doc.tokens;
  if (end + 3 >= limit || tokens.text(end) !== "(" || tokens.text(end + 2) !== ")" || !TEAM_TAG.test(tokens.text(end + 1))) return end;
  if (!sameLine(doc, end) || !sameLine(doc, end + 3) || tokens.kind(end + 3) !== "number" || !SCORE.test(tokens.text(end + 3))) return end;
  // "Varvik (UK) 75": a country's code is the club's country, not part of its name.
  const tag = tokens.text(end + 1);
  if (demonymCountry(tag) !== undefined || gazetteer().byName.has(foldKey(tag))) return end;
  // The name opens its line or follows the other side's score.
  const opensLine = start === 0 || !sameLine(doc, start);
  return opensLine || (tokens.kind(start - 1) === "number" && SCORE.test(tokens.text(start - 1))) ? end + 3 : end;
}

/** True when a capitalized word `a` sits on the line of the token before it. */
function capitalizedOnLine(doc: Document, a: number): boolean {
  return a > 0 && a < doc.tokens.length && doc.tokens.isWord(a) && startsUpper(doc.tokens.text(a)) && sameLine(doc, a);
}

/**
 * True when token `i` is one of the capitalized words of a team's name in a row of scores: the
 * words opening a table's row ("Kelso Park Wanderers 3 2 1 0"), or words between two scores, a
 * country in brackets allowed after them ("Varvik (Norway) 75 Blue Star (Ruthenia) 70").
 */
function inScoreRowName(doc: Document, i: number, casing: LineCasing): boolean {
  const tokens = doc.tokens;
  let s = i;
  while (s > i - 3 && s > 0 && sameLine(doc, s) && tokens.isWord(s - 1) && startsUpper(tokens.text(s - 1))) s--;
  if (opensScoreRow(doc, s)) return true;
  // In a headline in capitals a small word between numbers is no name ("228-9 IN 50 OVERS").
  if (casing === "caps") return false;
  let e = i + 1;
  while (e < i + 4 && capitalizedOnLine(doc, e)) e++;
  // A country in brackets after the name: "(Yugoslavia)".
  if (e + 2 < tokens.length && tokens.text(e) === "(" && sameLine(doc, e) && capitalizedOnLine(doc, e + 1) && tokens.text(e + 2) === ")") e += 3;
  return s > 0 && scoreAt(tokens, s - 1) && sameLine(doc, s) && e < tokens.length && scoreAt(tokens, e) && sameLine(doc, e);
}

/** True when token `k` (in range or not) is a team's score. */
function scoreAt(tokens: TokenList, k: number): boolean {
  return k >= 0 && k < tokens.length && tokens.kind(k) === "number" && SCORE.test(tokens.text(k));
}

/** What {@link readsAsNameWord} asks of a word alone, as bits by word id. */
const LOWER_INITIAL = 1;
/** A lower-case word with a name's particle joined by a hyphen ("al-Assad"). */
const PARTICLE_WORD = 2;
/** A word that is never a name whatever its context: no capital first (possessive aside), "I'm", a statistic in capitals. */
const NEVER_NAME = 4;
/** A capitalized word with a lower-case tail after a hyphen ("Kremlin-backed"), no particle name. */
const LOWER_TAIL = 8;
/** A word of the list of non-names, other than the initial "I.". */
const NON_NAME_WORD = 16;
/** An initial ("J."). */
const INITIAL_WORD = 32;
const GIVEN_NAME = 64;
const COMMON_WORD = 128;
/** A word the lexicons know as a name: a figure, a body, a given name, a demonym, a title's first word. */
const LEXICON_NAME = 256;
/** An ordinary word by the word lists alone (or shorter than two letters). */
const LEXICON_ORDINARY = 512;
/** A word whose key (possessive and all) opens a known body's name of several words ({@link opensKnownBody} reads on). */
const BODY_OPENER = 1024;
/** A given name that is also a word, and alone the whole name of a known place ("Jordan"). */
const PLACE_WORD = 2048;

/** The bits of each word for the name finder, by word id. */
const nameWordBits = /* @__PURE__ */ new WordBits(readNameWordBits);

function readNameWordBits(word: string): number {
  if (startsLower(word)) return LOWER_INITIAL | (word.includes("-") && PARTICLE_NAME.test(stripPossessive(word)) ? PARTICLE_WORD : 0);
  const text = stripPossessive(word);
  if (!startsUpper(text)) return NEVER_NAME;
  const key = nameKey(text);
  // Asked of the word after a given name too ("Jan Roe"), whatever else the word is.
  let bits = key.length < 2 || isCommonWord(key) ? LEXICON_ORDINARY : 0;
  // "three RBI", "lowered his ERA": a statistic in capitals, no body.
  if ((text[0] === "I" && (text[1] === "'" || text[1] === "’")) || (STATISTICS.has(key) && CAPITALS.test(text))) return bits | NEVER_NAME;
  const lex = actorLexicons();
  if (text.includes("-") && HYPHEN_LOWER_TAIL.test(text) && !PARTICLE_NAME.test(text) && !INNER_PARTICLE_NAME.test(text)) bits |= LOWER_TAIL;
  if (NEVER.has(key) && text !== "I.") bits |= NON_NAME_WORD;
  if (text.charCodeAt(text.length - 1) === 46 && INITIAL.test(text)) bits |= INITIAL_WORD;
  if (lex.givenNames.has(key)) bits |= GIVEN_NAME;
  if (lex.commonWords.has(key)) bits |= COMMON_WORD;
  if (lex.figures.has(key) || lex.bodies.has(key) || lex.givenNames.has(key) || demonymCountry(text) || lex.titleStarts.has(key)) bits |= LEXICON_NAME;
  // Read once per word: most capitalized words open no known body, and are not looked up per token.
  if (knownBodyOpeners().has(nameKey(word))) bits |= BODY_OPENER;
  // Asked of a given name that is also a word where a capital says nothing (see readsAsNameWord): the gazetteer does not change.
  if ((bits & (GIVEN_NAME | COMMON_WORD)) === (GIVEN_NAME | COMMON_WORD) && gazetteer().byName.has(foldKey(text))) bits |= PLACE_WORD;
  return bits;
}

/**
 * True when token `i` opens a line of scores with the capitalized words after it and a number
 * next ("Blue Star 4 4 0 0 9", "East Kelso 1 Varvik 4"): a table's first column is a team's name,
 * ordinary words and all.
 */
function opensScoreRow(doc: Document, i: number): boolean {
  const tokens = doc.tokens;
  if (i > 0 && !lineBreakBetween(doc.text, tokens.end(i - 1), tokens.start(i))) return false;
  let j = i + 1;
  while (j < tokens.length && j <= i + 3 && tokens.isWord(j) && startsUpper(tokens.text(j)) && sameLine(doc, j)) j++;
  if (j >= tokens.length || tokens.kind(j) !== "number" || !sameLine(doc, j) || j + 1 >= tokens.length || !sameLine(doc, j + 1)) return false;
  // "Marching 4 1 1 2 5 10 4": a lone word opens a table's row only before a league table's numbers.
  // "Marching 4 Kelso City 0": or in a line of one result, the other side's name and score closing it.
  if (j === i + 1) return numbersToLineEnd(doc, j) >= 6 || closesResult(doc, j + 1);
  return tokens.kind(j + 1) === "number" || (tokens.isWord(j + 1) && startsUpper(tokens.text(j + 1)));
}

/** True when capitalized words from token `k` and then a lone score end the line: the other side of a result. */
function closesResult(doc: Document, k: number): boolean {
  const tokens = doc.tokens;
  let j = k;
  while (j < tokens.length && j < k + 3 && tokens.isWord(j) && startsUpper(tokens.text(j)) && sameLine(doc, j)) j++;
  if (j === k || j >= tokens.length || tokens.kind(j) !== "number" || !sameLine(doc, j)) return false;
  return j + 1 >= tokens.length || !sameLine(doc, j + 1);
}

/** How many numbers run from token `j` to the end of its line, nothing else between them (0 when a word comes first). */
function numbersToLineEnd(doc: Document, j: number): number {
  const tokens = doc.tokens;
  let count = 0;
  for (let k = j; k < tokens.length && k < j + 12; k++) {
    if (k > j && !sameLine(doc, k)) return count;
    if (tokens.kind(k) !== "number") return 0;
    count++;
  }
  return count;
}

/** True when token `j` is on the same line as the token before it. */
function sameLine(doc: Document, j: number): boolean {
  return !lineBreakBetween(doc.text, doc.tokens.end(j - 1), doc.tokens.start(j));
}

/** True when `text` has a line break from `from` to `to`: read in place, no slice made (this runs for many capitalized words). */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/**
 * True when token `i` and a neighbour make a two-word place name ("NEW YORK", "KANSAS CITY"):
 * in a headline or a table such a name is often a team's, and its ordinary word belongs to it.
 */
function inPlaceName(doc: Document, i: number): boolean {
  const names = gazetteer().byName;
  const tokens = doc.tokens;
  // Looked up only where the first word opens a place's name: most capitalized words open none.
  if (i + 1 < tokens.length && capitalizedPair(tokens, i) && opensPlaceName(tokens, i) && names.has(`${foldKey(tokens.text(i))} ${foldKey(tokens.text(i + 1))}`)) return true;
  return i >= 1 && capitalizedPair(tokens, i - 1) && opensPlaceName(tokens, i - 1) && names.has(`${foldKey(tokens.text(i - 1))} ${foldKey(tokens.text(i))}`);
}

/** True when tokens `a` and `a + 1` (both in range) are capitalized words one space apart. */
function capitalizedPair(tokens: TokenList, a: number): boolean {
  return tokens.start(a + 1) === tokens.end(a) + 1 && tokens.isWord(a + 1) && tokens.isWord(a) && startsUpper(tokens.text(a)) && startsUpper(tokens.text(a + 1));
}

/**
 * True for a given name of two syllables joined by a hyphen after a short family name, as Korean
 * and Chinese names are written in English: "Kim In-so", "Kang Young-hoon".
 */
function syllableGivenName(doc: Document, i: number, text: string, casing: LineCasing, context: Finder): boolean {
  if (!SYLLABLE_NAME.test(text) || i === 0) return false;
  // "New York-based", "Kremlin-backed": a word after the hyphen is no syllable of a name.
  const tail = text.slice(text.indexOf("-") + 1);
  if (tail.length > 2 && isCommonWord(tail)) return false;
  const family = doc.tokens.text(i - 1);
  return doc.tokens.end(i - 1) + 1 === doc.tokens.start(i) && family.length <= 4 && startsUpper(family) && isNameWord(doc, i - 1, casing, context);
}

/** True when the token after `i` is a capitalized word that is no ordinary word: a surname. */
function surnameFollows(doc: Document, i: number, context: Finder): boolean {
  if (i + 1 >= doc.tokens.length || !doc.tokens.isWord(i + 1) || !startsUpper(doc.tokens.text(i + 1))) return false;
  return !isOrdinaryWord(keyAt(context.words, doc.tokens, i + 1), context.bits[doc.tokens.id(i + 1)]!, context);
}

/** True when the lexicons (the word's `bits`) or the article show `key`, that of token `i`, as a name. */
function knownAsName(i: number, key: string, bits: number, context: Finder): boolean {
  // An acronym in a mixed-case line ("NATO") is a name; in an ALL CAPS line it could be any word.
  return (bits & LEXICON_NAME) !== 0 || context.evidence.capitalizedAt(i) || context.placeKeys.has(key);
}

/**
 * True when `key` (of a word with `bits`) is an ordinary word: in the word lists (or inflected
 * from one), or written in lower case in the article.
 */
function isOrdinaryWord(key: string, bits: number, context: Finder): boolean {
  if ((bits & LEXICON_ORDINARY) !== 0) return true;
  return isCommonWord(key, context.evidence.lowercase);
}

function hasPossessive(text: string): boolean {
  return text !== stripPossessive(text);
}

/** The end of the run of name words, joiners and particles that starts before `from`. */
function extendRun(doc: Document, from: number, limit: number, casing: LineCasing, context: Finder): number {
  const tokens = doc.tokens;
  let end = from;
  let sawHead = isHead(tokens, from - 1, context);
  let joined = false;
  while (end < limit) {
    const text = tokens.text(end);
    if (isNameWord(doc, end, casing, context)) {
      sawHead ||= isHead(tokens, end, context);
      end++;
      if (hasPossessive(text) && !possessiveInName(doc, end - 1, limit, casing, context)) break;
      continue;
    }
    // "Kurdistan Workers' Party": the bare apostrophe of a plural of common words inside a body's name.
    if ((text === "'" || text === "\u2019") && pluralApostrophe(doc, end, limit, casing, context)) {
      // The word after it too: after a straight apostrophe the evidence may take it for a quotation's first word.
      end += 2;
      continue;
    }
    // "&" between name words ("Procter & Gamble"); an initial's dot is part of the token already.
    if (text === "&" && end + 1 < limit && isNameWord(doc, end + 1, casing, context)) {
      end++;
      continue;
    }
    const lower = tokens.lower(end);
    const kind = tokens.kind(end);
    if (kind === "word" && PARTICLES.has(text) && particleRunEnds(doc, end, limit, casing, context)) {
      end++;
      continue;
    }
    // A legal suffix ends a company's name: "Acme Co of the United States" is Acme Co.
    if (kind === "word" && (sawHead || hasFact(context.written, tokens, end - 1, TITLE_START)) && ORG_JOINERS.has(lower) && !hasFact(context.facts, tokens, end - 1, ORGANIZATION_SUFFIX)) {
      let next = end + 1;
      if (next < limit && tokens.lower(next) === "the") next++;
      if (next < limit && isNameWord(doc, next, casing, context)) {
        end = next;
        joined = true;
        continue;
      }
    }
    // "Organisation for Security and Cooperation in Europe", "Interim Force in Lebanon": a place
    // after "in" ends a body's name where a punctuation mark follows.
    if ((joined || sawHead) && lower === "in" && end + 1 < limit && context.placeTokens[end + 1] === 1) {
      let after = end + 1;
      while (after < limit && context.placeTokens[after] === 1) after++;
      if (after >= limit || (tokens.kind(after) === "punct" && tokens.text(after) !== "-")) return after;
    }
    // "and" joins only inside an organization's complement: "Organisation for Security and Cooperation".
    if (joined && lower === "and" && end + 1 < limit && isNameWord(doc, end + 1, casing, context)) {
      end++;
      continue;
    }
    // The dot of an abbreviated title ("Gen. Oleksandr Syrskyi") joins the title to the name.
    if (text === "." && hasFact(context.written, tokens, end - 1, TITLE_START) && end + 1 < limit && isNameWord(doc, end + 1, casing, context)) {
      end++;
      continue;
    }
    break;
  }
  return end;
}

/**
 * True when a possessive at `i` is inside a company's name ("Boatmen's Bancshares Inc."), or is
 * an office's holder before the body's head noun ("Harlan County Sheriff's Office", "the Mayor's
 * Office"): the office is one body, and its holder's title no actor of its own.
 */
function possessiveInName(doc: Document, i: number, limit: number, casing: LineCasing, context: Finder): boolean {
  const tokens = doc.tokens;
  if (hasFact(context.facts, tokens, i, TITLE) && i + 1 < limit && isNameWord(doc, i + 1, casing, context) && hasFact(context.written, tokens, i + 1, ORGANIZATION_HEAD)) return true;
  // "Donetsk People's Republic", "Workers' Party": a plural of people owns nothing here, it names the body.
  const collective = pluralPossessor(tokens, i, context);
  for (let k = i + 1; k < limit && k <= i + 4; k++) {
    if (!isNameWord(doc, k, casing, context) || hasPossessive(tokens.text(k))) return false;
    if (hasFact(context.written, tokens, k, ORGANIZATION_SUFFIX) || (collective && hasFact(context.written, tokens, k, ORGANIZATION_HEAD))) return true;
  }
  return false;
}

/** The endings of plural nouns of people ("workers", "journalists", "veterans", "residents"). */
const PEOPLE_PLURAL = /(?:er|or|ist|an|ant|ent)s$/u;

/**
 * True when the apostrophe at token `k` closes a plural common noun written against it ("Workers'",
 * "Veterans’") and a body's head noun follows among the next few name words ("Workers' Party"):
 * the plural names the body's members, not an owner.
 */
function pluralApostrophe(doc: Document, k: number, limit: number, casing: LineCasing, context: Finder): boolean {
  const tokens = doc.tokens;
  if (k < 1 || !tokens.isWord(k - 1) || tokens.end(k - 1) !== tokens.start(k)) return false;
  const before = tokens.lower(k - 1);
  // A plural of people by its ending ("traders", "veterans"), not of things ("Gold Fields' Kloof mine" is owned).
  if (!PEOPLE_PLURAL.test(before) || !(isCommonWord(before.slice(0, -1)) || isCommonWord(before))) return false;
  for (let j = k + 1; j < limit && j <= k + 4; j++) {
    const text = tokens.text(j);
    if (!(j === k + 1 ? tokens.isWord(j) && startsUpper(text) : isNameWord(doc, j, casing, context)) || hasPossessive(text)) return false;
    if (hasFact(context.written, tokens, j, ORGANIZATION_HEAD)) return true;
  }
  return false;
}

const PLURAL_OWNERS: ReadonlySet<string> = /* @__PURE__ */ new Set(PLURAL_POSSESSORS);

/**
 * True when token `i` is a plural of people in the possessive ("People's", "Children's"): no
 * name of someone who owns. (A bare apostrophe, "Farmers'", is a token of its own and ends the run.)
 */
function pluralPossessor(tokens: TokenList, i: number, context: Finder): boolean {
  return PLURAL_OWNERS.has(keyAt(context.words, tokens, i));
}

/** True when the particles at `i` lead to a name word ("von der Leyen"). */
function particleRunEnds(doc: Document, i: number, limit: number, casing: LineCasing, context: Finder): boolean {
  let j = i;
  while (j < limit && j - i < 3 && PARTICLES.has(doc.tokens.text(j))) j++;
  return j < limit && isNameWord(doc, j, casing, context);
}

/** True when the key of token `k` without its possessive is an organization's head noun. */
function isHead(tokens: TokenList, k: number, context: Finder): boolean {
  return hasFact(context.facts, tokens, k, ORGANIZATION_HEAD);
}

/** True when `facts` (one of the tables of key-facts.ts) give token `k`'s word the bit `fact`. */
function hasFact(facts: Uint16Array, tokens: TokenList, k: number, fact: number): boolean {
  return (facts[tokens.id(k)]! & fact) !== 0;
}

/**
 * Where a run splits because a title inside it starts a person's name: "Panamanian Boxing
 * Association President Ramon Manzanares" → the association, then "President Ramon Manzanares".
 * A title word that opens the run stays with it ("Foreign Minister Sergei Lavrov"). The index of
 * the title's first token, or -1 where the run stays whole.
 */
function splitAtInnerTitle(tokens: TokenList, first: number, end: number, context: Finder): number {
  for (let k = first + 1; k < end - 1; k++) {
    const after = matchTitle(tokens, k, end, context);
    if (after === k) continue;
    // A prefix of ordinary words belongs to the title ("Education Minister", "Assistant Secretary
    // of State"); a prefix that names a body or a place is split off ("Moscow Mayor Sergei Sobyanin").
    let named = false;
    for (let j = first; j < k && !named; j++) {
      if (demonymAt(tokens, j)) continue;
      named = isHead(tokens, j, context) || context.placeTokens[j] === 1 || !hasFact(context.facts, tokens, j, COMMON_KEY);
    }
    return named ? k : -1;
  }
  return -1;
}

/** True when token `k`, before the run's last token (`end` is past it), is a given name. */
function givenNameAt(tokens: TokenList, k: number, end: number): boolean {
  return k < end - 1 && hasFact(writtenFacts(tokens), tokens, k, GIVEN_KEY);
}

const UNIT_HEADS: ReadonlySet<string> = /* @__PURE__ */ new Set(MILITARY_UNIT_HEADS);

/** The suffixes of an ordinal written in figures, a token of their own after the number ("93" "rd"). */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(["st", "nd", "rd", "th"]);

/**
 * `candidate` with the ordinal written before a military unit in it: "the 93rd Brigade",
 * "the 47th Mechanized Brigade" are units of those numbers, not a "Brigade". Unchanged otherwise.
 */
function withUnitOrdinal(doc: Document, candidate: NameCandidate, context: Finder): NameCandidate {
  const tokens = doc.tokens;
  const f = candidate.firstToken;
  if (f < 2 || candidate.titles.length > 0 || !ORDINAL_SUFFIXES.has(tokens.text(f - 1)) || tokens.kind(f - 2) !== "number") return candidate;
  if (tokens.end(f - 2) !== tokens.start(f - 1) || tokens.text(f - 2).length > 3 || !UNIT_HEADS.has(keyAt(context.words, tokens, candidate.endToken - 1))) return candidate;
  const start = tokens.start(f - 2);
  return { ...candidate, start, text: doc.text.slice(start, candidate.end), firstToken: f - 2 };
}

/** The titles of a name that has none, one list for all (never changed). */
const NO_TITLES: readonly string[] = [];

/** Splits the titles and demonyms off the run `[first, end)` and builds the candidate. */
function shapeCandidate(doc: Document, first: number, end: number, casing: LineCasing, context: Finder): NameCandidate | undefined {
  const tokens = doc.tokens;
  const lex = actorLexicons();
  // Made at the first title: most names have none, and share one empty list.
  let titles: string[] | undefined;
  let titleCountry: string | undefined;
  let labelStart: number | undefined;
  let i = first;
  // The last head noun of the run, found once: asking "a head from here on?" at every step
  // would scan the rest of the run each time, quadratic on a long run of titles. "A head from
  // `k` on" is then `lastHead >= k` (no closure made per candidate).
  let lastHead = -1;
  for (let k = end - 1; k >= first && lastHead < 0; k--) if (isHead(tokens, k, context)) lastHead = k;
  for (;;) {
    if (i >= end) break;
    const two = i + 1 < end && opensDemonymPair(keyAt(context.words, doc.tokens, i)) ? demonymCountry(`${tokens.text(i)} ${tokens.text(i + 1)}`) : undefined;
    const one = demonymAt(tokens, i);
    // A demonym comes off only before a title or a person's name: "Czech Republic" stays whole.
    const after = i + (two ? 2 : 1);
    const wholePlace = after >= end && context.placeTokens[i] === 1;
    if ((two || one) && !wholePlace && lastHead < i && (after >= end || startsPerson(tokens, after, end, context))) {
      titleCountry = two ?? one;
      i += two ? 2 : 1;
      continue;
    }
    // "German Foreign Ministry": the demonym is not part of the body's name as written, but of its identity.
    // "Scottish National Party", "Iraqi News Agency": before another head, the demonym opens the name.
    if ((two || one) && labelStart === undefined && after < end && lastHead >= after && !hasFact(context.facts, tokens, lastHead, STATE_ORGAN_HEAD)) break;
    if ((two || one) && labelStart === undefined && after < end && lastHead >= after) {
      titleCountry = two ?? one;
      labelStart = tokens.start(i);
      i = after;
      continue;
    }
    const title = matchTitle(tokens, i, end, context);
    // "Mr. King", "Dr. Judge": after an honorific, a title word that ends the run is the surname.
    const surname = title >= end && titles !== undefined && lex.honorifics.has(nameKey(titles[titles.length - 1]!)) && hasFact(context.written, tokens, i, TITLE_SURNAME);
    if (title > i && lastHead < i && !surname) {
      (titles ??= []).push(titleOf(tokens, i, title));
      i = title;
      continue;
    }
    // "Education Minister Jan Roe": a portfolio of ordinary words before a title is part of it.
    const portfolio = portfolioTitle(tokens, i, end, context);
    if (portfolio > i && lastHead < i) {
      (titles ??= []).push(titleOf(tokens, i, portfolio));
      i = portfolio;
      continue;
    }
    // "Democrat Walter Mondale", "Fullback Andre Joubert", "Controversial Australian Anthony Hill":
    // a word of party, role or description before a given name, or before a demonym and a given name.
    if (i + 2 < end && lastHead < i && roleBeforeName(tokens.text(i)) && (givenNameAt(tokens, i + 1, end) || (demonymAt(tokens, i + 1) !== undefined && givenNameAt(tokens, i + 2, end)))) {
      i += 1;
      continue;
    }
    break;
  }
  if (i >= end) return undefined;
  let endOffset = tokens.start(end - 1) + stripPossessive(tokens.text(end - 1)).length;
  // A trailing lone initial or particle is not part of the name.
  let stop = end;
  while (stop > i + 1 && PARTICLES.has(tokens.text(stop - 1))) stop--;
  if (stop !== end) endOffset = tokens.end(stop - 1);
  // A company's legal suffix keeps its abbreviation dot ("Acme Corp. said"), except where the dot
  // also ends the line: there it is the sentence's full stop ("analyst at Acme Corp.").
  if (hasFact(context.written, tokens, stop - 1, ORGANIZATION_SUFFIX) && doc.text[endOffset] === "." && !endsLine(doc.text, endOffset + 1)) endOffset++;
  const start = tokens.start(i);
  const previous = first > 0 && tokens.isWord(first - 1) ? tokens.text(first - 1) : undefined;
  const personCue = previous !== undefined && lex.personCues.has(tokens.lower(first - 1));
  if (previous !== undefined && startsLower(previous) && lex.titleStarts.has(tokens.lower(first - 1)) && titles === undefined) {
    titles = [titleCase(previous)];
  }
  // "Spain's prime minister, Pedro Sánchez, said": the title set off before the name is its title too.
  if (titles === undefined && first > 2 && tokens.text(first - 1) === ",") {
    const appositive = appositiveTitle(tokens, first - 1);
    if (appositive) {
      titles = [titleOf(tokens, appositive.from, first - 1)];
      titleCountry ??= appositive.country;
    }
  }
  // "Tom Dart, the county sheriff, said": so is the title set off after it.
  // A place's name before it reads as the place's office holder ("In Kupiansk, the mayor, ..."): not there.
  if (titles === undefined && stop === end && end + 2 < tokens.length && tokens.text(end) === "," && !(first > 0 && PLACE_OPENERS.has(tokens.lower(first - 1)))) {
    const trailing = trailingTitle(tokens, end);
    if (trailing) titles = [titleOf(tokens, trailing.from, trailing.to)];
  }
  return {
    start,
    end: endOffset,
    text: doc.text.slice(start, endOffset),
    // Every candidate has every field, so they all share one shape.
    label: labelStart !== undefined ? doc.text.slice(labelStart, endOffset) : undefined,
    firstToken: i,
    endToken: stop,
    titles: titles ?? NO_TITLES,
    titleCountry: titleCountry || undefined,
    personCue,
    casing,
    initial: context.evidence.initial[i] === 1,
    reading: undefined,
  };
}

/**
 * The title the words of tokens `from` to `to` spell, each in title case, joined by spaces. A
 * loop, not slice/filter/map: a slice of the tokens takes their array's elements kind, which
 * differs between documents and deoptimizes the caller.
 */
function titleOf(tokens: TokenList, from: number, to: number): string {
  let out = "";
  let first = true;
  for (let k = from; k < to; k++) {
    if (!tokens.isWord(k)) continue;
    const text = tokens.text(k);
    out = first ? titleCase(text) : `${out} ${titleCase(text)}`;
    first = false;
  }
  return out;
}

/** The most lower-case words a title set off before a name has ("former deputy prime minister"). */
const APPOSITIVE_TITLE_WORDS = 4;

/**
 * The title of lower-case words that ends just before the comma at token `comma`, opened by
 * "the", "his", "her", "their", a possessive ("Spain's", "the country's") or a demonym ("the Spanish prime minister,
 * Pedro Sánchez"): where it starts, and the country the possessive or demonym names.
 */
function appositiveTitle(tokens: TokenList, comma: number): { readonly from: number; readonly country: string | undefined } | undefined {
  const lex = actorLexicons();
  let from = comma;
  while (from > 0 && comma - from < APPOSITIVE_TITLE_WORDS && titleWordAt(tokens, from - 1)) from--;
  if (from === comma || from === 0) return undefined;
  // The longest tail of the lower-case words that is a title, modifiers included ("former prime minister").
  let titleFrom = -1;
  for (let k = from; k < comma && titleFrom < 0; k++) {
    let key = "";
    for (let j = k; j < comma; j++) key = key ? `${key} ${tokens.lower(j)}` : tokens.lower(j);
    if (lex.titles.has(key)) titleFrom = k;
  }
  if (titleFrom < 0) return undefined;
  let start = titleFrom;
  while (start > from && lex.titleModifiers.has(tokens.lower(start - 1))) start--;
  // The words before the title must be the opener itself: "the", a possessive or a demonym.
  if (start !== from) return undefined;
  const opener = tokens.text(start - 1);
  const lower = tokens.lower(start - 1);
  if (lower === "the" || lower === "his" || lower === "her" || lower === "their") return { from: start, country: undefined };
  const possessive = stripPossessive(opener);
  if (possessive !== opener) return { from: start, country: countryOf(possessive) };
  const iso = demonymAt(tokens, start - 1);
  return iso && start > 1 && tokens.lower(start - 2) === "the" ? { from: start, country: iso } : undefined;
}

/** Prepositions that put the name after them on the map. */
const PLACE_OPENERS: ReadonlySet<string> = new Set(["in", "at", "near", "from", "outside", "inside", "across", "around", "to", "into"]);

/** The words that may end a title set off after a name: a stop, or the preposition of its office ("the mayor of Kherson"). */
const TRAILING_TITLE_ENDS: ReadonlySet<string> = new Set([",", ".", ";", "of", "for", "at"]);

/**
 * The title of lower-case words set off after a name from the comma at token `comma`: "the" or
 * "a", an optional possessive ("the city's"), up to {@link APPOSITIVE_TITLE_WORDS} lower-case
 * words ending in a title ("the county sheriff", "a former spokesman"), then a stop or the
 * preposition of the office ("the mayor of Kherson"). The tokens of the title with its
 * modifiers ("former deputy mayor"), or undefined.
 */
function trailingTitle(tokens: TokenList, comma: number): { readonly from: number; readonly to: number } | undefined {
  const lex = actorLexicons();
  let k = comma + 1;
  const opener = tokens.lower(k);
  if (opener !== "the" && opener !== "a" && opener !== "an") return undefined;
  k++;
  if (k < tokens.length && tokens.isWord(k) && startsLower(tokens.text(k)) && hasPossessive(tokens.text(k))) k++;
  const from = k;
  while (k < tokens.length && k - from < APPOSITIVE_TITLE_WORDS && titleWordAt(tokens, k) && !TRAILING_TITLE_ENDS.has(tokens.text(k))) k++;
  if (k === from || k >= tokens.length || !TRAILING_TITLE_ENDS.has(tokens.text(k))) return undefined;
  for (let t = from; t < k; t++) {
    let key = "";
    for (let j = t; j < k; j++) key = key ? `${key} ${tokens.lower(j)}` : tokens.lower(j);
    if (!lex.titles.has(key)) continue;
    let start = t;
    while (start > from && lex.titleModifiers.has(tokens.lower(start - 1))) start--;
    return { from: start, to: k };
  }
  return undefined;
}

/** True when token `k` can be a word of a title set off before a name: a lower-case word, not "the" nor a possessive. */
function titleWordAt(tokens: TokenList, k: number): boolean {
  const text = tokens.text(k);
  return tokens.isWord(k) && startsLower(text) && text !== "the" && !hasPossessive(text);
}

/** The ISO code of the country named `name` ("Spain"), if the gazetteer knows it as one. */
function countryOf(name: string): string | undefined {
  const entry = gazetteer().byName.get(foldKey(name))?.entry;
  return entry?.kind === "country" ? entry.iso : undefined;
}

/** True when only spaces or tabs stand between `at` and the end of its line (or of the text). */
function endsLine(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && (text[k] === " " || text[k] === "\t")) k++;
  return k >= text.length || text[k] === "\n" || text[k] === "\r";
}

/**
 * The index past "<portfolio> <title>" at token `i` ("Education Minister", "Privatisation
 * Minister"): one or two ordinary words, no head, place or given name, before a person's title
 * that leaves a name after it; or `i`.
 */
function portfolioTitle(tokens: TokenList, i: number, end: number, context: Finder): number {
  for (let j = i + 1; j <= i + 2 && j < end - 1; j++) {
    const key = keyAt(context.words, tokens, j - 1);
    const text = tokens.text(j - 1);
    if (!tokens.isWord(j - 1) || !startsUpper(text) || context.placeTokens[j - 1] === 1 || isHead(tokens, j - 1, context) || hasFact(context.facts, tokens, j - 1, GIVEN_KEY) || demonymAt(tokens, j - 1)) return i;
    if (!isCommonWord(key)) return i;
    const after = matchTitleAt(tokens, j, end);
    if (after > j) return after;
  }
  return i;
}

const EX_PREFIX = /^Ex-\p{Lu}/u;

/** True for a capitalized word of party, faith or role that may stand before a person's name. */
function roleBeforeName(word: string): boolean {
  const lex = actorLexicons();
  // "Ex-Yankee Randy Velarde": a former member or holder.
  if (EX_PREFIX.test(word)) return true;
  const key = nameKey(word);
  if (lex.givenNames.has(key) || lex.figures.has(key)) return false;
  return lex.capitalizedAdjectives.has(key) || lex.personCues.has(key) || (lex.commonWords.has(key) && !lex.givenNames.has(key)) || /(?:man|woman|er|back|keeper|ist)$/u.test(key);
}

/** True when a title or a given name starts at token `i`. */
function startsPerson(tokens: TokenList, i: number, end: number, context: Finder): boolean {
  return matchTitle(tokens, i, end, context) > i || hasFact(context.written, tokens, i, GIVEN_KEY | PUBLIC_FIGURE);
}

/** The index past the longest person title starting at token `i` (with its abbreviation dot), or `i`. */
function matchTitle(tokens: TokenList, i: number, end: number, context: Finder): number {
  // "Assistant Secretary of State", "Ex-President": qualifiers go with the title they qualify.
  const direct = matchTitleAt(tokens, i, end);
  if (direct > i) return direct;
  const from = i < end - 1 ? Math.min(modifierRunEnd(tokens, i, context), end - 1) : i;
  if (from > i) {
    const after = matchTitleAt(tokens, from, end);
    return after > from ? after : i;
  }
  return i;
}

/**
 * The index of the first token from `i` on that is no title modifier ("Deputy", "Ex-"). Kept for
 * every token it passes, so a long run of modifiers is read once, not once per title asked.
 */
function modifierRunEnd(tokens: TokenList, i: number, context: Finder): number {
  const ends = context.modifierRunEnds;
  if (ends[i]) return ends[i]! - 1;
  let k = i;
  while (k < tokens.length && !ends[k] && hasFact(context.written, tokens, k, TITLE_MODIFIER)) k++;
  const runEnd = k < tokens.length && ends[k] ? ends[k]! - 1 : k;
  for (let j = i; j < k; j++) ends[j] = runEnd + 1;
  if (k < tokens.length && !ends[k]) ends[k] = k + 1;
  return runEnd;
}

/** The index past the longest person title starting exactly at token `i` (with an abbreviation dot), or `i`. */
function matchTitleAt(tokens: TokenList, i: number, end: number): number {
  const lex = actorLexicons();
  if (!hasFact(writtenFacts(tokens), tokens, i, TITLE_OPENER)) return i;
  // Titles are looked up by the keys of the next few tokens joined ("major general" also for "Major-General").
  let key = "";
  let best = i;
  for (let k = i; k < end && k < i + lex.longestTitle; k++) {
    key = key ? `${key} ${tokenKey(tokens, k)}` : tokenKey(tokens, k);
    if (lex.titles.has(key)) best = k + 1;
    // No title goes on from these words: a longer key is none.
    if (!lex.titlePrefixes.has(key)) break;
  }
  if (best === i) return i;
  let next = best;
  if (next < end && tokens.text(next) === ".") next++;
  // A title must leave a name after it; "President" alone is a description, not a name.
  return next >= end ? i : next;
}

function titleCase(word: string): string {
  const w = lowerCase(word);
  if (w === "of" || w === "the" || w === "for") return w;
  return w.charAt(0).toUpperCase() + w.slice(1);
}
