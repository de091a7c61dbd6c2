/**
 * Frames that follow what they report ("…, he said on Thursday", "“…,” said Ilse Brandt, a local
 * official"): the short stretch after the verb, the speaker after an inverted verb, the quotation
 * whose comma hands over to the frame, and the clause before it.
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document, Sentence } from "../text/document.js";
import type { TokenList } from "../text/tokens.js";
import type { Cue } from "./cues.js";
import { ADDRESSEES, US_STATES } from "./speaker-words.js";
import { BE_FORM, bitsAt, CLAUSE_MARK, FINITE, OPENER, OPENERS, PAST_FORM, PREPOSITIONS, QUOTE_CLOSER, QUOTE_CLOSERS, STRETCH_END, SUBJECT_PRONOUN, wordBitsOf } from "./frame-words.js";
import { isAbbreviationDot, isAdverbAt, isWordAt, kindAt, lowerAt, textAt, tokenSpan } from "./token-reads.js";
import { clauseBefore, clauseSpan } from "./spans.js";
import { startPastDateline } from "./sentence-subject.js";
import { MAX_PHRASE, namesTo } from "./phrases.js";
import { DETERMINERS, isNounLike, NOUN_PHRASE_OPENERS, skipAddressee } from "./addressees.js";
import { TOPIC_PREPOSITIONS } from "./complements.js";

/** Longest stretch after a trailing frame before the sentence ends ("he said in a statement on Thursday"). */
const MAX_TRAIL = 16;

/**
 * "…, said the party chairman, Kelly Armstrong.": after an inverted verb, a description in lower
 * case set off from a name that closes the sentence (or the stretch before the next comma) names
 * that person; the name, not the description, is the speaker.
 */
export function describedName(doc: Document, verbEnd: number, trail: { endToken: number; comma: boolean }, sentence: Sentence, inDate: Uint8Array): Span | undefined {
  const { tokens } = doc;
  if (!trail.comma || textAt(tokens, trail.endToken) !== "," || !/^\p{Ll}/u.test(textAt(tokens, verbEnd))) return undefined;
  const from = trail.endToken + 1;
  let to = from;
  while (to < sentence.endToken && to - from <= MAX_PHRASE && (isWordAt(tokens, to) || isAbbreviationDot(tokens, to) || textAt(tokens, to) === "-")) to++;
  const closer = textAt(tokens, to);
  if (!(to === sentence.endToken || closer === "," || closer === "." || closer === "!" || closer === "?" || QUOTE_CLOSERS.has(closer))) return undefined;
  // "voter Ann Hill of Derry, N.H.": a state after a city's comma is where, not who.
  const run = doc.text.slice(tokens.start(from), to > from ? tokens.end(to - 1) : tokens.start(from));
  if (US_STATES.has(run) || US_STATES.has(`${run}.`)) return undefined;
  return namesTo(doc, from, to, inDate) ? tokenSpan(tokens, from, to - 1) : undefined;
}

/**
 * "“…?” he asked.": a quotation ending on "?" or "!" ends its sentence, so the frame after it
 * opens the next one; it still trails the quotation when nothing but a space stands between.
 */
export function endsQuestionQuote(doc: Document, closer: number): boolean {
  const { tokens } = doc;
  if (closer < 0 || closer + 1 >= tokens.length || !QUOTE_CLOSERS.has(tokens.text(closer))) return false;
  // The doubled mark of NYT copy ('') is two tokens: the stop stands before the first.
  let at = tokens.start(closer) - 1;
  if (QUOTE_CLOSERS.has(doc.text[at] ?? "")) at--;
  const mark = doc.text[at];
  const end = tokens.end(closer);
  const next = tokens.start(closer + 1);
  return (mark === "?" || mark === "!") && next - end <= 2 && !doc.text.slice(end, next).includes("\n");
}

/**
 * True when the tokens before `leftEdge` close a quotation that hands over to what follows: a
 * comma, "?" or "!" inside the closing mark (`“…,” he said`), or a comma after it (`"…", he said`).
 */
export function handsOver(doc: Document, leftEdge: number, first: number): boolean {
  const { tokens, text } = doc;
  let k = leftEdge - 1;
  if (k < first - 1 || k < 0) return false;
  const commaOutside = tokens.text(k) === ",";
  if (commaOutside) k--;
  if (!QUOTE_CLOSERS.has(textAt(tokens, k))) return false;
  // "In an interview on “Face the Nation,” Ryan said …": a title quoted inside the sentence hands over nothing.
  if (opensInside(tokens, k, first)) return false;
  if (commaOutside) return true;
  let at = tokens.start(k) - 1;
  if (QUOTE_CLOSERS.has(text[at] ?? "")) at--;
  const mark = text[at];
  return mark === "," || mark === "?" || mark === "!";
}

/** How far back a quotation's opening mark is looked for. */
const MAX_QUOTE_LOOKBACK = 60;

/** True when the quotation closed at token `close` opened after the first word of its sentence. */
function opensInside(tokens: TokenList, close: number, first: number): boolean {
  // The doubled mark of NYT copy ('') is two tokens.
  const from = QUOTE_CLOSERS.has(textAt(tokens, close - 1)) && tokens.end(close - 1) === tokens.start(close) ? close - 2 : close - 1;
  for (let k = from; k >= first && close - k <= MAX_QUOTE_LOOKBACK; k--) {
    const t = tokens.text(k);
    if (OPENERS.has(t) || t === "'" || t === "‘") return k > first && !OPENERS.has(textAt(tokens, k - 1)) && !(t === "'" && textAt(tokens, k - 1) === "'" && k - 1 === first);
  }
  return false;
}

/** After a trailing frame's verb only adjuncts may follow: a date, a prepositional phrase, an addressee ("told reporters"). */
export function isAdjunctStretch(doc: Document, cue: Cue, from: number, to: number, inDate: Uint8Array): boolean {
  if (from >= to) return true;
  const { tokens } = doc;
  const first = lowerAt(tokens, from);
  // "declined to comment", "vowed to appeal": an infinitive is what was reported, not an adjunct.
  if (first === "to" && isInfinitiveAt(tokens, from + 1)) return false;
  // "said of the plan", "said about her rival": what the words were about.
  if (inDate[from] || PREPOSITIONS.has(first) || TOPIC_PREPOSITIONS.has(first) || isAdverbAt(tokens, from)) return true;
  if (cue.verb.complement !== "object-clause") return false;
  // "told reporters", "told reporters on Monday", but not "assured voters he would …": a clause after the addressee is reported.
  let i = skipAddressee(doc, from, to);
  // "told a Senate panel Wednesday": after a determiner's capitals, the head noun in lower case.
  if (DETERMINERS.has(first)) {
    const head = Math.max(i, from + 1);
    let h = head;
    while (h < to && h - head < 2 && isNounLike(tokens, h)) h++;
    if (h > head) i = h;
  }
  const next = lowerAt(tokens, i);
  return i > from && (i >= to || i >= tokens.length || inDate[i] === 1 || PREPOSITIONS.has(next) || TOPIC_PREPOSITIONS.has(next));
}

/** True for a verb after "to" ("to appeal"), not the start of a noun phrase ("to reporters", "to the BBC"). */
function isInfinitiveAt(tokens: TokenList, i: number): boolean {
  if (kindAt(tokens, i) !== "word" || !/^\p{Ll}/u.test(tokens.text(i))) return false;
  const w = tokens.lower(i);
  return !NOUN_PHRASE_OPENERS.has(w) && !ADDRESSEES.has(w);
}

/** After a trailing frame's verb: the short stretch to the sentence end or to a comma; undefined when a clause follows. */
export function trailingStretch(doc: Document, from: number, sentence: Sentence): { end: number; endToken: number; comma: boolean } | undefined {
  const { tokens } = doc;
  const table = wordBitsOf(tokens);
  for (let k = from; k < sentence.endToken && k - from <= MAX_TRAIL; k++) {
    const bits = bitsAt(table, tokens, k);
    if ((bits & CLAUSE_MARK) !== 0) return undefined;
    // Only a mark ends the stretch: words go on.
    if ((bits & (STRETCH_END | QUOTE_CLOSER | OPENER)) === 0) continue;
    const w = tokens.lower(k);
    // "said Ms. Gil": the dot of a title is no sentence end.
    if (w === "." && isAbbreviationDot(tokens, k)) continue;
    if (tokens.kind(k) === "punct" && (w === "," || w === ";" || w === "." || w === "!" || w === "?" || w === "—" || QUOTE_CLOSERS.has(w) || w === "“")) {
      if (w === "," || w === ";" || w === "—") return { end: k > from ? tokens.end(k - 1) : tokens.end(from - 1), endToken: k, comma: true };
      if (w === "“" || w === '"') return undefined;
      return { end: k > from ? tokens.end(k - 1) : tokens.end(from - 1), endToken: k, comma: false };
    }
  }
  if (sentence.endToken - from <= MAX_TRAIL) {
    return { end: tokens.end(sentence.endToken - 1), endToken: sentence.endToken, comma: false };
  }
  return undefined;
}

/** Prepositions that open a phrase of place, time or manner before a subject ("In Kyiv, …", "During the visit, …"), never a clause. */
const ADJUNCT_PREPOSITIONS = new Set(["in", "on", "at", "during", "via", "through", "from", "outside", "inside", "following", "ahead", "amid"]);
/** Most tokens of such an opening phrase; a longer stretch may hold a clause of its own. */
const MAX_FRONTED_ADJUNCT = 6;

/**
 * True when the stretch from the sentence's start (past a dateline) to the comma at token `comma`
 * is only an opening phrase of place or time ("In Kyiv,", "On Monday,", "In a video address,"):
 * a frame after it ("In Kyiv, Zelensky warned of …") leads what follows, it trails nothing.
 */
export function isFrontedAdjunct(doc: Document, sentence: Sentence, comma: number, inDate: Uint8Array): boolean {
  const { tokens } = doc;
  if (textAt(tokens, comma) !== ",") return false;
  let k = sentence.firstToken;
  const start = startPastDateline(doc, sentence);
  while (k < comma && tokens.start(k) < start) k++;
  if (comma - k < 2 || comma - k > MAX_FRONTED_ADJUNCT || !(ADJUNCT_PREPOSITIONS.has(lowerAt(tokens, k)) || inDate[k])) return false;
  // A word in the stretch that can only be a verb's ("In Kyiv the lights are out,") makes it a clause.
  const table = wordBitsOf(tokens);
  for (let i = k; i < comma; i++) if (!isWordAt(tokens, i) || (bitsAt(table, tokens, i) & (FINITE | BE_FORM | PAST_FORM | SUBJECT_PRONOUN)) !== 0) return false;
  return true;
}

/** Conjunctions after a mid-sentence frame that open a clause about the saying, not the rest of what was said. */
const AFTER_FRAME_OPENERS = new Set(["as", "while", "after", "before", "when", "amid", "even", "though", "although", "whereas", "until", "once"]);

/** What a trailing frame reports: the sentence before it, or for a frame in mid-sentence, the longer side. */
export function trailingContent(doc: Document, sentence: Sentence, setOff: number, trail: { end: number; endToken: number; comma: boolean }, inverted: boolean): Span | undefined {
  const mark = doc.tokens.text(setOff);
  const before = clauseBefore(doc, sentence, doc.tokens.start(setOff) + (QUOTE_CLOSERS.has(mark) ? 1 : 0), startPastDateline(doc, sentence));
  // "…, said Mindy Romero, director of …": what follows an inverted speaker describes the speaker.
  if (!trail.comma || inverted) return before;
  const after = clauseSpan(doc, trail.endToken + 1, sentence);
  if (!before) return after;
  if (!after) return before;
  // "“…,” he said, referring to …": a quotation or a participle around the frame is not its clause.
  const quoteBefore = QUOTE_CLOSERS.has(mark) || QUOTE_CLOSERS.has(doc.text[before.end - 1] ?? "");
  const participleAfter = /^\p{L}+ing\b/u.test(doc.text.slice(after.start, after.start + 30));
  // "…, lawmakers said Friday, as they left the hall": a clause of time or manner tells of the saying.
  const adverbialAfter = AFTER_FRAME_OPENERS.has(lowerAt(doc.tokens, trail.endToken + 1));
  if (quoteBefore || participleAfter || adverbialAfter) return before;
  // "Acts of protest, he said, are acts of patriotism": a frame in mid-sentence splits one clause.
  return { start: before.start, end: after.end };
}
