/**
 * The speaker phrase before a reporting verb: past a party code ("(D-N.Y.)"), an apposition
 * ("X, a doctor, said"), a dashed aside, a place ("an official in Kyiv"), a relative pronoun
 * ("X, who said"), and marked when it is one of two joint speakers ("Witkoff and Umerov said").
 *
 * @module
 */
import type { Document } from "../text/document.js";
import { lowerCase, type TokenList } from "../text/tokens.js";
import { ORGANIZATION_HEADS } from "./speaker-words.js";
import { FINITE_AUXILIARIES, PREPOSITIONS } from "./frame-words.js";
import { DETERMINERS } from "./addressees.js";
import { isAbbreviationDot, isWordAt, kindAt, lowerAt, textAt, tokenSpan } from "./token-reads.js";
import { DASHES, isNameRun, MAX_APPOSITION, MAX_PHRASE, phraseBefore, type Subject } from "./phrases.js";
import { isStateComma, isTerritory, stateCommaBefore } from "./speaker-places.js";
import { antecedentTail, describedOwner } from "./relatives.js";

/** Marks that may stand inside an apposition or a source's description ("Ann Lee, 54, of Aspen", "St. Mary's"). */
export const APPOSITION_PUNCTUATION = new Set(["-", "'", "’", ".", "(", ")", "&", "/", "$", "€", "£", "%"]);

/** The speaker phrase ending at token `j`, past an apposition ("X, a doctor,"), or undefined. */
export function subjectBefore(doc: Document, j: number, first: number, inDate: Uint8Array): Subject | undefined {
  const { tokens } = doc;
  // "Paul D. Ryan (R-Wis.) said": a party and state in parentheses belong to the name before them.
  if (tokens.text(j) === ")" && isPartyCode(tokens, j, first)) return withJoint(doc, phraseBefore(doc, j, first, inDate), first);
  // "Sen. Mark Dunn (D-Ore.), said": a stray comma after the party code.
  if (tokens.text(j) === "," && textAt(tokens, j - 1) === ")" && j - 1 > first && isPartyCode(tokens, j - 1, first)) return withJoint(doc, phraseBefore(doc, j - 1, first, inDate), first);
  if (tokens.text(j) === "," || tokens.text(j) === ")") {
    // "X, a doctor, said" / "X (a doctor) said": the speaker is before the apposition.
    const opener = tokens.text(j) === "," ? "," : "(";
    for (let k = j - 1; k >= Math.max(first, j - MAX_APPOSITION); k--) {
      // Only a mark opens the apposition or breaks it: words are passed over.
      if (tokens.kind(k) !== "punct") continue;
      // "X, of Aspen, Colo., said": the commas around a state belong to the place.
      if (tokens.text(k) === opener && !(opener === "," && isStateComma(doc, k))) {
        // "…, but for some, the losses would outstrip the gains, said X": a clause, not an apposition.
        if (isClauseStretch(tokens, k + 1, j)) return undefined;
        // "…, and the meeting deteriorated, said X": a stretch opened by a conjunction is a clause too.
        if (APPOSITION_BREAKERS.has(lowerAt(tokens, k + 1)) && !(k + 2 < j && isNameRun(tokens, k + 2, j))) return undefined;
        // "The Nato secretary general, Jens Stoltenberg, said": the apposition is the name.
        // The frame still starts at the description, so what stands before it decides whether the frame trails.
        if (k + 1 < j && isNameRun(tokens, k + 1, j)) {
          // The description may hold prepositions ("the editor in chief of the paper"): back to its comma.
          const described = k - 1 >= first ? (describedFrom(tokens, k - 1, first) ?? phraseBefore(doc, k - 1, first, inDate)?.firstToken) : undefined;
          // "Giovanni Vian, the editor of the paper, L'Osservatore Romano, said": the name before the description speaks.
          const earlier = described !== undefined && /^(?:the|a|an)$/iu.test(tokens.text(described)) && textAt(tokens, described - 1) === "," && described - 2 >= first ? phraseBefore(doc, described - 2, first, inDate) : undefined;
          if (earlier && described !== undefined && isNameRun(tokens, earlier.firstToken, described - 1)) return withJoint(doc, earlier, first);
          return withJoint(doc, { span: tokenSpan(tokens, k + 1, j - 1), firstToken: described ?? k + 1 }, first, k);
        }
        // "X, 54, a doctor, said": the age stands between the name and the apposition.
        const aged = kindAt(tokens, k - 1) === "number" && lowerAt(tokens, k - 2) === "," ? k - 3 : k - 1;
        return aged >= first ? withJoint(doc, phraseBefore(doc, aged, first, inDate), first) : undefined;
      }
      if (tokens.kind(k) === "punct" && !APPOSITION_PUNCTUATION.has(tokens.text(k)) && !(tokens.text(k) === "," && isStateComma(doc, k))) return undefined;
    }
    // "The mayor of Dayton, Ohio, said": the place and its state end the speaker phrase.
    const city = tokens.text(j) === "," ? stateCommaBefore(doc, j) : undefined;
    const phrase = city !== undefined && city - 1 >= first ? phraseBefore(doc, city - 1, first, inDate) : undefined;
    return phrase && withJoint(doc, { span: { start: phrase.span.start, end: tokens.end(j - 1) }, firstToken: phrase.firstToken }, first);
  }
  // "Kall -- co-editor of a book on the debates -- said": an apposition between dashes.
  if (DASHES.has(tokens.text(j))) {
    const pair = tokens.text(j) === "-" && textAt(tokens, j - 1) === "-";
    const close = pair ? j - 1 : j;
    for (let k = close - 1; k >= Math.max(first, close - MAX_APPOSITION); k--) {
      if (tokens.text(k) !== tokens.text(j)) continue;
      const open = pair ? (textAt(tokens, k - 1) === "-" ? k - 1 : -1) : k;
      if (open < 0 || isClauseStretch(tokens, k + 1, close)) return undefined;
      return open - 1 >= first ? withJoint(doc, phraseBefore(doc, open - 1, first, inDate), first) : undefined;
    }
    return undefined;
  }
  // "Tom Dunn Jr. said": the dot of a name's closing abbreviation ends the speaker phrase.
  if (!isWordAt(tokens, j) && !isAbbreviationDot(tokens, j)) return undefined;
  let phrase = phraseBefore(doc, j, first, inDate);
  if (!phrase) return undefined;
  // "Vitali Klitschko in Kyiv said", "residents in Kharkiv said": a place after a preposition says
  // where the speaker is; the speaker is the phrase before the preposition.
  const at = phrase.firstToken - 1;
  if (at - 1 >= first && PLACE_PREPOSITIONS.has(lowerAt(tokens, at)) && isWordAt(tokens, at - 1) && !inDate[at - 1]) {
    const located = phraseBefore(doc, at - 1, first, inDate);
    // A known place; or, after "a narrator", "a source", a place in lower case ("in the ad", "in the room").
    // The gazetteer only when there is a phrase before the place to take instead.
    // "Tom Reed in a radio interview said", "Reed at a rally said": a name, then where or how it spoke in lower case.
    const lower = isLowerRun(tokens, phrase.firstToken, j + 1);
    if (located && (isTerritory(doc.text.slice(phrase.span.start, phrase.span.end)) || (lower && (INDEFINITES.has(lowerAt(tokens, located.firstToken)) || isPersonName(tokens, located.firstToken, at))))) phrase = located;
  }
  // "Nurses walking through the park chanted", "Mayor Reed speaking at the plant said": a
  // participle and its place stand between the speaker and the verb; the place does not speak.
  const via = phrase.firstToken - 1;
  if (via - 2 >= first && PREPOSITIONS.has(lowerAt(tokens, via)) && isParticipleAt(tokens, via - 1) && isWalker(tokens, via - 2) && !inDate[via - 2]) {
    const walker = phraseBefore(doc, via - 2, first, inDate);
    if (walker) phrase = walker;
  }
  // "X, who …, said" and "X, who said": the speaker is the name before "who"; "Greenpeace, which said": before "which".
  // "who's called for": the contraction is "who" and "has".
  // Compared as written, not cut down to a new string: "who", "which", and either with 's.
  const head = lowerAt(tokens, phrase.firstToken);
  if (head === "who" || head === "which" || head === "who's" || head === "who’s" || head === "which's" || head === "which’s") {
    const before = lowerAt(tokens, phrase.firstToken - 1);
    const comma = before === "," || before === "—" || before === "–" ? 1 : 0;
    const prior = phrase.firstToken - 1 - comma >= first ? withJoint(doc, phraseBefore(doc, phrase.firstToken - 1 - comma, first, inDate), first) : undefined;
    // "Tom Dunn is a nurse and activist who said": the description is what the one named is, and that one speaks.
    const named = prior && !comma ? (describedOwner(doc, prior.firstToken, first, inDate) ?? prior) : prior && antecedentTail(doc, prior);
    // The relative pronoun is a mention of the speaker too: sources are often annotated on it.
    return named && { ...named, relative: tokenSpan(tokens, phrase.firstToken, phrase.firstToken) };
  }
  return withJoint(doc, phrase, first);
}

/** True for a lower-case "-ing" word at token `i` ("marching", "speaking"): a participle before its phrase. */
function isParticipleAt(tokens: TokenList, i: number): boolean {
  return isWordAt(tokens, i) && /^\p{Ll}\p{L}+ing$/u.test(tokens.text(i));
}

/**
 * True when token `i` can end the phrase of someone walking or speaking somewhere: a name, or a
 * plural ("protesters"); "some minimal grounding in history" has a noun in "-ing" after an adjective.
 */
function isWalker(tokens: TokenList, i: number): boolean {
  return isWordAt(tokens, i) && !DETERMINERS.has(tokens.lower(i)) && (/^\p{Lu}/u.test(tokens.text(i)) || /\p{Ll}s$/u.test(tokens.text(i)));
}

/** True when tokens `[from, to)` are a name of two words or more, or one not opening its sentence ("Stumpf" mid-sentence). */
function isPersonName(tokens: TokenList, from: number, to: number): boolean {
  return isNameRun(tokens, from, to) && (to - from > 1 || (from > 0 && isWordAt(tokens, from - 1)));
}

/** Determiners of a speaker no one names ("a narrator", "one source"). */
const INDEFINITES = new Set(["a", "an", "one"]);

/** True when tokens `[from, to)` are words in lower case ("the ad", "the room"). */
function isLowerRun(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isWordAt(tokens, k) || !/^\p{Ll}/u.test(tokens.text(k))) return false;
  return to > from;
}

/** Prepositions of place between a speaker and the verb ("an official in Kyiv said"). */
const PLACE_PREPOSITIONS = new Set(["in", "at", "on", "inside", "outside", "near"]);

/** Words that open a coordinated clause, never an apposition after a name. */
const APPOSITION_BREAKERS = new Set(["and", "but", "or", "so", "yet", "while", "whereas"]);

/** Most tokens of a description set between commas after a name ("the editor in chief of the paper"). */
const MAX_DESCRIPTION = 12;

/**
 * For a description ending at token `j` that opens with "the"/"a"/"an" right after a comma
 * ("X, the editor in chief of the paper, …"), the index of that determiner; undefined otherwise.
 */
function describedFrom(tokens: TokenList, j: number, first: number): number | undefined {
  for (let k = j; k > first && j - k < MAX_DESCRIPTION; k--) {
    if (tokens.text(k) === ",") return undefined;
    if (!isWordAt(tokens, k) && tokens.text(k) !== "'s" && tokens.text(k) !== "’s") return undefined;
    if (tokens.text(k - 1) === "," && /^(?:the|a|an)$/iu.test(tokens.text(k))) return k;
  }
  return undefined;
}

/** True when the parenthesis closed at token `j` holds a party code: one capital, a hyphen, a place ("(D-N.Y.)", "(R-Wis.)"). */
function isPartyCode(tokens: TokenList, j: number, first: number): boolean {
  for (let k = j - 1; k >= Math.max(first, j - 8); k--) {
    if (tokens.text(k) !== "(") continue;
    const code = textAt(tokens, k + 1);
    return /^[DRI]-\p{Lu}/u.test(code) || (/^[DRI]$/u.test(code) && textAt(tokens, k + 2) === "-");
  }
  return false;
}
/** Relative pronouns. */
export const RELATIVES = new Set(["who", "which", "whose", "whom"]);

/** True when tokens `[from, to)` hold a finite auxiliary outside a relative clause: a clause, not an apposition. */
function isClauseStretch(tokens: TokenList, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = lowerAt(tokens, k);
    // "a thinker who has grown …": the auxiliary belongs to a relative clause inside the apposition.
    if (RELATIVES.has(w)) return false;
    if (FINITE_AUXILIARIES.has(w)) return true;
  }
  return false;
}

/** Marks a phrase joined to a name before it by "and": the two speak together, and neither alone. */
function withJoint(doc: Document, phrase: Subject | undefined, first: number, edge = phrase?.firstToken ?? 0): Subject | undefined {
  if (!phrase) return undefined;
  const { tokens } = doc;
  const start = Math.min(edge, phrase.firstToken);
  // "Cruz or Rubio said": one of two, which no one can tell, as "and" joins two who speak together.
  const joiner = lowerAt(tokens, start - 1);
  if (start - 2 >= first && (joiner === "and" || joiner === "or") && isWordAt(tokens, start - 2) && /^\p{Lu}/u.test(tokens.text(start - 2))) {
    // "Citizenship and Immigration Services": one organization's name, not two speakers.
    const lastWord = doc.text.slice(phrase.span.start, phrase.span.end).split(" ").pop() ?? "";
    if (/^\p{Lu}/u.test(lastWord) && ORGANIZATION_HEADS.has(lowerCase(lastWord))) {
      let k = start - 2;
      while (k - 1 >= first && isWordAt(tokens, k - 1) && /^\p{Lu}/u.test(tokens.text(k - 1)) && start - k < MAX_PHRASE) k--;
      return { span: { start: tokens.start(k), end: phrase.span.end }, firstToken: k };
    }
    return { ...phrase, joint: true };
  }
  return phrase;
}
