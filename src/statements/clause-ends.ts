/**
 * Where a reported stretch ends by its own words: a clause before an aside the writer adds (a
 * participle or "which" after a comma, a dash), a noun phrase before an adverbial of the report
 * ("praised the plan [while in Kyiv]"), a frame's clause inside a fronted subordinate clause at its
 * comma.
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document } from "../text/document.js";
import { firstTokenFrom, type TokenList } from "../text/tokens.js";
import { bitsAt, COMMA, FRONTED_OPENER, QUOTE_MARK, wordBitsOf } from "./frame-words.js";
import { isPastFormAt, isWordAt, lowerAt, startsPredicateAt, textAt } from "./token-reads.js";
import { trimSpan } from "./spans.js";
import type { Frame } from "./frame.js";

/** Words that open an adverbial after a reported noun phrase ("praised the plan [while] in Kyiv"). */
const OBJECT_ENDERS = new Set(["while", "when", "during", "because", "although", "though", "whereas"]);
/** Fewest words a reported noun phrase keeps before an adverbial is cut from it ("endorsed one [in July]" stays whole). */
const MIN_OBJECT_WORDS = 2;
/** Words after which a date belongs to the noun phrase ("by 2020", "the Sept. 11 attacks", "for four decades"). */
const DATE_ARGUMENT_WORDS = new Set(["the", "a", "an", "by", "after", "before", "until", "for", "over", "from", "to", "of", "since", "within", "through", "between", "and", "or", "its", "his", "her", "their"]);
/** Prepositions that open a time or place adjunct when a date follows ("cited the figure [at] last week's forum"). */
const ADJUNCT_PREPOSITIONS = new Set(["in", "on", "at", "during", "since", "last", "this", "earlier", "later"]);

/**
 * A reported noun phrase ends before an adverbial of the report: a clause of time or reason
 * ("…, while at the convention"), or a date that closes it, with its preposition ("cited the
 * figure [at last week's forum]", "endorsed her [on Thursday]"); a date inside the phrase stays
 * ("the Sept. 11 attacks"). Marks inside quotations do not count. Undefined when nothing is cut.
 */
export function endOfObject(doc: Document, content: Span, inDate: Uint8Array): Span | undefined {
  const { tokens } = doc;
  let quoted = false;
  let words = 0;
  // Where a date (and the preposition before it) starts; dropped when a word outside the date follows it.
  let dateFrom = -1;
  const table = wordBitsOf(tokens);
  for (let k = firstTokenFrom(tokens, content.start); k < tokens.length && tokens.start(k) < content.end; k++) {
    if ((bitsAt(table, tokens, k) & QUOTE_MARK) !== 0) {
      const mark = tokens.text(k);
      quoted = mark === "“" ? true : mark === "”" ? false : !quoted;
      dateFrom = -1;
      continue;
    }
    if (quoted) continue;
    if (!isWordAt(tokens, k)) {
      if (!inDate[k]) dateFrom = -1;
      continue;
    }
    const w = tokens.lower(k);
    if (words >= MIN_OBJECT_WORDS && OBJECT_ENDERS.has(w)) return trimSpan(doc.text, content.start, tokens.start(k));
    if (inDate[k]) {
      // "on Thursday", "Tuesday": an adjunct; "by 2020", "the Sept. 11 attacks": part of the phrase.
      const before = lowerAt(tokens, k - 1);
      const adjunct = ADJUNCT_PREPOSITIONS.has(before) ? tokens.start(k - 1) : isWordAt(tokens, k - 1) && !DATE_ARGUMENT_WORDS.has(before) ? tokens.start(k) : -1;
      if (dateFrom < 0 && words >= MIN_OBJECT_WORDS && !inDate[k - 1]) dateFrom = adjunct;
      continue;
    }
    // The preposition of a date to come is no word of the phrase yet.
    if (ADJUNCT_PREPOSITIONS.has(w) && inDate[k + 1]) continue;
    dateFrom = -1;
    words++;
  }
  return dateFrom > content.start ? trimSpan(doc.text, content.start, dateFrom) : undefined;
}

/** True when the frame stands in a subordinate clause that opens its sentence, before the comma that ends it. */
export function inFrontedClause(doc: Document, frame: Frame): boolean {
  const { tokens } = doc;
  const first = frame.sentence.firstToken;
  const table = wordBitsOf(tokens);
  if ((bitsAt(table, tokens, first) & FRONTED_OPENER) === 0) return false;
  // Bounded, so that a long sentence of many frames costs linear work: a frame far from the opener is in the main clause.
  for (let k = first + 1; k < frame.sentence.endToken && tokens.start(k) < frame.start; k++) if ((bitsAt(table, tokens, k) & COMMA) !== 0 || k - first > MAX_FRONTED) return false;
  return true;
}

/** Longest fronted clause before its frame, in tokens. */
const MAX_FRONTED = 40;

/** Fewest words a reported clause keeps before an aside is cut from it. */
const MIN_CLAUSE_WORDS = 3;
/** Participles that go on inside a clause rather than open an aside ("including", "according"). */
const INNER_PARTICIPLES = new Set(["including", "according", "during", "following", "regarding", "concerning", "excluding", "involving", "being", "having"]);
const ASIDE_DASHES = new Set(["—", "―", "–"]);

/**
 * A reported clause ends before an aside the writer adds to it: a participle clause after a
 * comma ("…, deeming them personal"), a relative clause after a comma ("…, which she plans …")
 * or a dash ("… -- even though …"). Marks inside quotations do not count. Undefined when nothing is cut.
 */
export function endOfClause(doc: Document, content: Span, relative = false): Span | undefined {
  const { tokens, text } = doc;
  const lo = firstTokenFrom(tokens, content.start);
  let words = 0;
  let quoted = false;
  let dashOpen = false;
  const table = wordBitsOf(tokens);
  for (let k = lo; k < tokens.length && tokens.start(k) < content.end; k++) {
    // Most tokens are words: their bits by id answer before any text is read.
    if ((bitsAt(table, tokens, k) & QUOTE_MARK) !== 0) {
      const mark = tokens.text(k);
      quoted = mark === "“" ? true : mark === "”" ? false : !quoted;
      continue;
    }
    if (tokens.kind(k) !== "punct") {
      words++;
      continue;
    }
    const mark = tokens.text(k);
    // The second dash of a pair closes an aside that opened inside the clause: the clause goes on.
    if (dashOpen && isDash(text, tokens, k)) {
      dashOpen = false;
      continue;
    }
    if (quoted) continue;
    if (words < MIN_CLAUSE_WORDS) {
      if (isDash(text, tokens, k) && closingDash(doc, k, content.end) !== undefined) dashOpen = true;
      continue;
    }
    const markStart = tokens.start(k);
    const hasNext = k + 1 < tokens.length;
    const w = lowerAt(tokens, k + 1);
    const aside =
      (mark === "," && hasNext && (w === "which" || (tokens.kind(k + 1) === "word" && w.length > 5 && w.endsWith("ing") && /^\p{Ll}/u.test(tokens.text(k + 1)) && !INNER_PARTICIPLES.has(w)))) ||
      ASIDE_DASHES.has(mark) ||
      (mark === "-" && w === "-") ||
      // "… the plan - a point others dispute": a hyphen with a space on each side is a dash.
      (mark === "-" && text[markStart - 1] === " " && text[markStart + mark.length] === " ") ||
      // "insists the party must change, and has championed …": a verb with no subject of its own after ", and" goes on the speaker's sentence.
      (mark === "," && (w === "and" || w === "but") && startsPredicateAt(tokens, k + 2)) ||
      // "X, who said the plan would fail, told his aides …": the sentence's own verb closes the relative clause.
      (relative && mark === "," && hasNext && (startsPredicateAt(tokens, k + 1) || isPastFormAt(tokens, k + 1) || w === "said"));
    if (aside && mark !== ",") {
      // "those efforts - which include radio ads - will pay off": an aside between two dashes, with
      // the clause going on after the second, stays inside.
      const close = closingDash(doc, k, content.end);
      if (close !== undefined) {
        k = close;
        continue;
      }
    }
    if (aside) return trimSpan(text, content.start, markStart);
  }
  return undefined;
}

/** True for a dash at token `k`: a long dash, a hyphen with a space on each side, or the first of two hyphens. */
function isDash(text: string, tokens: TokenList, k: number): boolean {
  const mark = tokens.text(k);
  const start = tokens.start(k);
  return ASIDE_DASHES.has(mark) || (mark === "-" && ((text[start - 1] === " " && text[start + 1] === " ") || (textAt(tokens, k + 1) === "-" && text[start - 1] !== "-")));
}

/** Most tokens of an aside between two dashes. */
const MAX_DASHED_ASIDE = 25;

/** The token of the dash that closes the aside opened by the dash at `k`, when words follow it before `end`; else undefined. */
function closingDash(doc: Document, k: number, end: number): number | undefined {
  const { tokens, text } = doc;
  const mark = tokens.text(k);
  const double = mark === "-" && textAt(tokens, k + 1) === "-";
  for (let i = k + (double ? 2 : 1); i < tokens.length && i - k <= MAX_DASHED_ASIDE && tokens.start(i) < end; i++) {
    const at = tokens.text(i);
    if (at === "." || at === ";" || at === ":") return undefined;
    if (at !== mark) continue;
    if (mark === "-" && !double && !(text[tokens.start(i) - 1] === " " && text[tokens.start(i) + 1] === " ")) continue;
    const last = double && textAt(tokens, i + 1) === "-" ? i + 1 : i;
    return isWordAt(tokens, last + 1) && tokens.start(last + 1) < end ? last : undefined;
  }
  return undefined;
}
