/**
 * Attribution of quotations to frames: a quotation is said by the frame that trails it
 * ("…," he said), leads it (He said: "…"), or reports the clause it sits in (said Russia made a
 * "big concession"); one without a frame of its own goes on from the quotation before it
 * ("…," he said. "…") or from the paragraph that introduced its speaker. Frames and quotations
 * are both in text order, so each is looked at a bounded number of times.
 *
 * @module
 */
import { lowerCase } from "../text/tokens.js";
import type { Span } from "../model.js";
import { sentenceAt, type Document } from "../text/document.js";
import type { Frame } from "./frame.js";
import type { Quotation } from "./quotations.js";
import { findSpeakerLabels, headlineOf } from "./labels.js";
import { findHeadlineAttribution } from "./headline.js";
import { NAMING_WORDS } from "./speaker-words.js";
import { isLetterOrDigitAt, isSpaceAt } from "../text/chars.js";
import { countWords } from "./spans.js";
import { sortInPlace } from "../text/sort-in-place.js";

/** How a quotation found its frame. */
export type AttributionKind = "trailing" | "leading" | "inside" | "continued" | "introduced" | "echo" | "named" | "none";

/** A quotation with the frame it is attributed to. */
export interface QuoteAttribution {
  /** The quotation. */
  readonly quotation: Quotation;
  /** The frame whose speaker said it, if any. */
  readonly frame?: Frame;
  /** How the frame was found. */
  readonly kind: AttributionKind;
  /** For a `named` quotation, the name or pronoun of whoever named it ("Tim Cook" in `Tim Cook called “…”`). */
  readonly agent?: Span;
}

/** Most characters between a closing mark and a trailing frame (`", he said`, `" — said`). */
const TRAIL_GAP = /^[\s,—–-]*$/u;
const MAX_TRAIL_GAP = 4;
/** Fewest words a quotation with no frame needs to count as speech rather than a scare quote. */
const MIN_UNFRAMED_WORDS = 5;

/** Attributes every quotation; quotations that read as names or scare quotes are left out. */
export function attributeQuotes(doc: Document, quotations: readonly Quotation[], frames: readonly Frame[]): QuoteAttribution[] {
  const { text } = doc;
  const byContentStart = new Map<number, Frame>();
  for (const f of frames) if (f.placement === "lead" && f.content) byContentStart.set(f.content.start, f);
  const trailing = frames.filter((f) => f.placement === "trail");
  const reporting = sortInPlace(frames.filter((f) => f.content), (a, b) => a.content!.start - b.content!.start);
  // By paragraph index: an array costs less to fill than a map.
  const lastFrameOfParagraph: Frame[] = [];
  for (const f of frames) if (f.speaker) lastFrameOfParagraph[f.sentence.paragraph] = f;

  const out: QuoteAttribution[] = [];
  let t = 0;
  let r = 0;
  let around: Frame | undefined;
  let previous: QuoteAttribution | undefined;
  let f = 0;
  let lastSpoken: Frame | undefined;
  const headings: Quotation[] = [];
  const headline = headlineOf(doc);
  for (const q of quotations) {
    // Marcia "Cia" Price, Dwayne "The Rock" Johnson: a nickname inside a name is no quotation
    // (a headline capitalizes every word, so there it proves nothing).
    if ((!headline || q.open >= headline.end) && isNickname(text, q)) continue;
    // “R” or “D”, a grade "A": one letter or digit in marks is a label, never something said.
    if (q.content.end - q.content.start === 1) continue;
    while (f < frames.length && frames[f]!.end <= q.open) {
      if (frames[f]!.speaker) lastSpoken = frames[f];
      f++;
    }
    while (t < trailing.length && trailing[t]!.start < q.close) t++;
    while (r < reporting.length && reporting[r]!.content!.start <= q.open) {
      const f = reporting[r]!;
      if (!around || f.content!.end > around.content!.end || f.content!.start > around.content!.start) around = f;
      r++;
    }
    const next = trailing[t];
    let found: QuoteAttribution | undefined;
    if (next && next.start - q.close <= MAX_TRAIL_GAP && TRAIL_GAP.test(text.slice(q.close, next.start)) && next.sentence.paragraph === q.paragraph) {
      found = { quotation: q, frame: next, kind: "trailing" };
    } else {
      const lead = byContentStart.get(q.open) ?? byContentStart.get(q.content.start);
      if (lead) found = { quotation: q, frame: lead, kind: "leading" };
      else if (around && contains(around.content!, q) && !covers(q, around.content!)) found = { quotation: q, frame: around, kind: "inside" };
    }
    if (!found && previous?.frame && continuesFrom(doc, previous.quotation, q)) {
      found = { quotation: q, frame: previous.frame, kind: "continued" };
    }
    if (!found) {
      // The speaker introduced earlier in the paragraph, or in the paragraph before.
      const intro = lastSpoken?.sentence.paragraph === q.paragraph ? lastSpoken : startsParagraph(doc, q) ? lastFrameOfParagraph[q.paragraph - 1] : undefined;
      if (intro) found = { quotation: q, frame: intro, kind: "introduced" };
    }
    // "Caddell: Voters Worried; It's ‘in Their Heads.’": the headline's own report holds the quotation; no echo.
    const heading = !found && isHeading(doc, q) && !inHeadlineReport(doc, frames, q);
    if (heading) headings.push(q);
    // A quotation in title case outside the headline is a name or a title ("Twin Peaks"), unless a frame says it.
    // A quotation that goes on from a framed one after its frame ("“…,” she said. “We are Linden.”") is speech too.
    const framed = found?.kind === "trailing" || found?.kind === "leading" || (found?.kind === "continued" && endsSentence(text, q));
    const headlineQuote = endsHeadlineAfterColon(doc, q);
    if (isNamingQuote(text, q)) {
      // "which Tim Cook called “…”", "he described it as “…”": someone named the thing in these words.
      const agent = namingAgent(text, q);
      if (agent && !isTitleCase(text, q.content)) out.push({ quotation: q, kind: "named", agent });
      previous = undefined;
      continue;
    }
    if ((!framed || afterPossessive(text, q)) && !inTitle(doc, q) && !headlineQuote && isTitleCase(text, q.content)) {
      previous = undefined;
      continue;
    }
    const attribution = found ?? { quotation: q, kind: "none" as const };
    if (attribution.kind === "none" && countWords(text, q.content, MIN_UNFRAMED_WORDS) < MIN_UNFRAMED_WORDS && !headlineQuote) {
      continue;
    }
    // One word going on from a quotation before is a label ("…," he said. "Twin"), unless it is a question or a cry of its own ("Really?").
    if ((attribution.kind === "continued" || attribution.kind === "introduced") && countWords(text, q.content, 2) < 2 && !(attribution.kind === "continued" && endsOnQuestionOrCry(text, q))) continue;
    out.push(attribution);
    previous = attribution;
  }
  return withEchoes(text, headings, out);
}

/** How many attributed quotations a headline quotation is compared with: a bound, so the pass stays linear. */
const MAX_ECHO_CHECKS = 60;

/**
 * A quotation in a headline or a heading of its own ("Mayor warns of 'massive' damage") echoes
 * the quotation it was taken from in the body: it has that quotation's speaker.
 */
function withEchoes(text: string, headings: readonly Quotation[], attributed: QuoteAttribution[]): QuoteAttribution[] {
  if (headings.length === 0) return attributed;
  const added: QuoteAttribution[] = [];
  const sources = attributed.filter((a) => a.frame).slice(0, MAX_ECHO_CHECKS);
  // Each source's words in lower case, made when first compared: the search stops at the first match.
  const lowered: string[] = [];
  const loweredAt = (k: number): string => (lowered[k] ??= text.slice(sources[k]!.quotation.content.start, sources[k]!.quotation.content.end).toLowerCase());
  for (const q of headings.slice(0, MAX_ECHO_CHECKS)) {
    const words = trimEnd(text.slice(q.content.start, q.content.end).toLowerCase(), ".!?,");
    if (!words) continue;
    const source = sources.find((a, k) => a.quotation.open > q.close && loweredAt(k).includes(words));
    if (source?.frame) added.push({ quotation: q, frame: source.frame, kind: "echo" });
  }
  if (added.length === 0) return attributed;
  const echoed = new Set(added.map((a) => a.quotation));
  return [...attributed.filter((a) => !echoed.has(a.quotation)), ...added].sort((a, b) => a.quotation.open - b.quotation.open);
}

/**
 * "Senator X: ‘Stop the War.’": a quotation that ends the headline after a colon is what the
 * headline's source said, however short.
 */
function endsHeadlineAfterColon(doc: Document, q: Quotation): boolean {
  const headline = headlineOf(doc);
  if (!headline || q.open < headline.start || q.close > headline.end || !/^[\s.!?]*$/u.test(doc.text.slice(q.close, headline.end))) return false;
  return /:\s*$/u.test(doc.text.slice(Math.max(headline.start, q.open - 3), q.open));
}

/** A quotation in the headline, or one that is a paragraph of its own with nothing but dashes around it. */
function isHeading(doc: Document, q: Quotation): boolean {
  if (inHeadline(doc, q)) return true;
  const paragraph = doc.paragraphs[q.paragraph];
  if (!paragraph) return false;
  return /^[\s\-–—]*$/u.test(doc.text.slice(paragraph.start, q.open)) && /^[\s\-–—.]*$/u.test(doc.text.slice(q.close, Math.min(paragraph.end, q.close + 8))) && paragraph.end - q.close < 8;
}

/**
 * A quotation goes on from the one before when it is reopened in the next paragraph, or opens
 * a sentence of the same paragraph ("…," he said. "…").
 */
function continuesFrom(doc: Document, before: Quotation, q: Quotation): boolean {
  if (q.continues) return true;
  if (before.paragraph !== q.paragraph || !before.closed) return false;
  const sentence = sentenceAt(doc, q.open);
  return sentence !== undefined && sentence.start === q.open;
}

/** True when a quotation's words end on "?" or "!". */
function endsOnQuestionOrCry(text: string, q: Quotation): boolean {
  const last = text[q.content.end - 1];
  return last === "?" || last === "!";
}

/** True when a quotation closes its sentence: it ends on a stop, or nothing but space follows it in the paragraph. */
function endsSentence(text: string, q: Quotation): boolean {
  return /[.!?]$/u.test(text.slice(q.content.start, q.content.end)) || /^[^\S\n]*(?:\n|$)/u.test(text.slice(q.close, q.close + 40));
}

function startsParagraph(doc: Document, q: Quotation): boolean {
  const paragraph = doc.paragraphs[q.paragraph];
  return paragraph !== undefined && q.open === paragraph.start;
}

function contains(outer: Span, q: Quotation): boolean {
  return outer.start <= q.open && q.content.end <= outer.end;
}

/** True when the quotation is the whole of the span (give or take its marks). */
function covers(q: Quotation, span: Span): boolean {
  return q.open <= span.start + 1 && q.close >= span.end - 1;
}

/** True when the words before the opening mark make the quotation a name: "so-called", "dubbed", "known as". */
function isNamingQuote(text: string, q: Quotation): boolean {
  // Read in place within the 20 characters before the mark: only the last word is cut out.
  const from = Math.max(0, q.open - 20);
  let end = q.open;
  while (end > from && " ,\n\u00a0".includes(text[end - 1]!)) end--;
  let start = end;
  while (start > from && text[start - 1] !== " ") start--;
  return NAMING_WORDS.has(text.slice(start, end).toLowerCase());
}

/** Verbs that name a thing with a quotation and take an agent: "X called it “…”". */
const NAMING_VERBS = new Set(["called", "labeled", "labelled", "branded", "dubbed", "termed"]);
/** Verbs of "X described it as “…”", read when the naming word is "as". */
const AS_VERBS = new Set(["described", "characterized", "characterised", "labeled", "labelled", "branded", "denounced", "dismissed", "hailed", "praised", "condemned", "billed", "touted"]);
/** Pronouns that can be the agent of a naming verb. */
const AGENT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
/** The words and commas {@link namingAgent} reads: one pattern for every quotation, not a new one per call. */
const NAMING_WORDS_BEFORE = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*|,/gu;
/** How far back, in characters, the agent of a naming verb is read. */
const AGENT_REACH = 80;

/**
 * The agent of the naming verb before a quotation, when one stands right before the verb: a
 * pronoun or a capitalized name, past a comma (`Tim Cook, called`). Undefined for a passive or
 * a participle ("is called", "a film called", "so-called"), where nobody speaks.
 */
function namingAgent(text: string, q: Quotation): Span | undefined {
  const from = Math.max(0, q.open - AGENT_REACH);
  const words: { text: string; start: number; end: number }[] = [];
  const slice = text.slice(from, q.open);
  NAMING_WORDS_BEFORE.lastIndex = 0;
  for (let m = NAMING_WORDS_BEFORE.exec(slice); m; m = NAMING_WORDS_BEFORE.exec(slice)) words.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  let v = words.length - 1;
  if (words[v]?.text === ",") v--;
  const last = words[v]?.text.toLowerCase();
  if (last === "as") {
    let k = v - 1;
    while (k >= v - 3 && k >= 0 && !AS_VERBS.has(lowerCase(words[k]!.text))) k--;
    if (k < v - 3 || k < 0) return undefined;
    v = k;
  } else if (!last || !NAMING_VERBS.has(last)) return undefined;
  let a = v - 1;
  if (words[a]?.text === ",") a--;
  const agent = words[a];
  if (!agent) return undefined;
  if (AGENT_PRONOUNS.has(lowerCase(agent.text))) return { start: agent.start, end: agent.end };
  if (!/^\p{Lu}/u.test(agent.text)) return undefined;
  let b = a;
  while (b > 0 && /^\p{Lu}/u.test(words[b - 1]!.text)) b--;
  return { start: words[b]!.start, end: agent.end };
}

/** Most words of a nickname in quotation marks. */
const MAX_NICKNAME_WORDS = 3;

/**
 * True for a quotation of a few capitalized words, no stop at its end, between a capitalized word and
 * another, each a space away: `Marcia "Cia" Price`, `Dwayne "The Rock" Johnson`.
 */
function isNickname(text: string, q: Quotation): boolean {
  const { start, end } = q.content;
  if (!q.closed || q.content.start !== q.open + 1 || q.content.end !== q.close - 1) return false;
  if (text[q.open - 1] !== " " || text[q.close] !== " " || !isUpperAt(text, q.close + 1) || !isUpperAt(text, start)) return false;
  // The word before the mark: a capitalized word of letters (an initial's dot allowed).
  let b = q.open - 1;
  while (b > 0 && (isLetterOrDigitAt(text, b - 1) || text[b - 1] === ".")) b--;
  if (b === q.open - 1 || !isUpperAt(text, b)) return false;
  let words = 0;
  for (let i = start; i < end; i++) {
    if (i === start || text[i - 1] === " ") {
      if (!isUpperAt(text, i) || ++words > MAX_NICKNAME_WORDS) return false;
    }
  }
  return isLetterOrDigitAt(text, end - 1);
}

/** True for an upper-case letter at `i`. */
function isUpperAt(text: string, i: number): boolean {
  const c = text[i];
  return c !== undefined && c !== c.toLowerCase();
}

/** True when a possessive stands right before the opening mark: `MSNBC's "Morning Joe"` names a show. */
function afterPossessive(text: string, q: Quotation): boolean {
  // Read in place: back over the spaces among the four characters before the mark, then 's.
  const from = Math.max(0, q.open - 4);
  let end = q.open;
  while (end > from && text[end - 1] === " ") end--;
  return end - from >= 2 && text[end - 1] === "s" && (text[end - 2] === "'" || text[end - 2] === "’");
}

/** `s` without the characters of `chars` at its end. */
function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/**
 * True for a quotation inside what the headline itself reports: after a source's label ("Caddell:
 * … ‘in Their Heads.’"), before a source after a dash, or in a headline frame's clause.
 */
function inHeadlineReport(doc: Document, frames: readonly Frame[], q: Quotation): boolean {
  const headline = headlineOf(doc);
  if (!headline) return false;
  // Inside and shorter: a label whose words are the quotation alone ("Bolton: ‘…’") is no report around it.
  const inside = (span: Span | undefined): boolean => span !== undefined && span.start <= q.open && q.close <= span.end + 1 && !covers(q, span);
  const label = findSpeakerLabels(doc)[0];
  if (label && label.source.start < headline.end && inside(label.content)) return true;
  if (inside(findHeadlineAttribution(doc)?.content)) return true;
  return frames.some((f) => f.cueSpan.start < headline.end && inside(f.content));
}

function inTitle(doc: Document, q: Quotation): boolean {
  return doc.title !== undefined && q.open >= doc.title.start && q.close <= doc.title.end;
}

/** True inside the headline: the title line, or a short first paragraph ending on a stop ("Flynn says Trump 'right'."). */
function inHeadline(doc: Document, q: Quotation): boolean {
  const headline = headlineOf(doc);
  return headline !== undefined && q.open >= headline.start && q.close <= headline.end;
}

/** Every word capitalized, small words aside: "Make America Great Again", "The X-Files". */
function isTitleCase(text: string, span: Span): boolean {
  const last = text[span.end - 1];
  if (last === "!" || last === "?") return false;
  // The words read in place, one at a time: a quotation in prose fails at its first small word.
  let words = 0;
  for (let i = span.start; i < span.end; ) {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < span.end && !isSpaceAt(text, end)) end++;
    const c = text.charCodeAt(i);
    // An ASCII first character is read by code; any other by the patterns, on the word itself.
    const word = c < 0x80 ? undefined : text.slice(i, end);
    const letter = word === undefined ? (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a : /^\p{L}/u.test(word);
    if (letter) {
      words++;
      const upper = word === undefined ? c <= 0x5a : /^\p{Lu}/u.test(word);
      if (!upper && !SMALL_WORDS.has(word ?? text.slice(i, end))) return false;
    }
    i = end;
  }
  return words > 1;
}

const SMALL_WORDS = new Set(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "are", "as"]);

