/**
 * Speaker labels: a name and a colon that open what the named source said. In a headline
 * ("Mayor Klitschko: Water Is Back") the label is any capitalized name; in the body it is an
 * interview transcript's label in capitals at a paragraph's start ("KLITSCHKO: Well, …").
 * Found by index searches within the first characters of each line, no regular expression
 * over the paragraph.
 *
 * @module
 */
import type { Span } from "../model.js";
import type { Document } from "../text/document.js";
import { trimSpan } from "./spans.js";
import { isTerritory } from "./speaker-places.js";
import { LABEL_KICKERS, LABEL_PHRASE_WORDS, LABEL_TAILS } from "./speaker-words.js";
import { isSpaceAt } from "../text/chars.js";

/** A source label and what follows it. */
export interface SpeakerLabel {
  /** The label without its colon ("KLITSCHKO", "Mayor Klitschko"). */
  readonly source: Span;
  /** The words after the colon, to the end of the line. */
  readonly content: Span;
}

/** Longest label, in characters and words: a longer run before a colon is a clause. */
const MAX_LABEL_CHARS = 40;
const MAX_LABEL_WORDS = 4;
const OPENING_MARKS = new Set(['"', "“", "«"]);
/** Longest first line read as a headline when the document has no title. */
const MAX_HEADLINE = 200;
/** Fewest words after the colon: a bare "NAME:" introduces a quotation, which is found apart. */
const MIN_CONTENT_WORDS = 2;

/** The labels of the headline and of transcript paragraphs, in text order. */
export function findSpeakerLabels(doc: Document): SpeakerLabel[] {
  const out: SpeakerLabel[] = [];
  const headline = headlineOf(doc);
  if (headline) {
    const label = readLabel(doc.text, headline, false);
    if (label) out.push(label);
  }
  for (const paragraph of doc.paragraphs) {
    if (headline && paragraph.start < headline.end) continue;
    const label = readLabel(doc.text, paragraph, true);
    if (label) out.push(label);
  }
  return out;
}

/** The headline: the title, or a short first line the document did not take as a title. */
export function headlineOf(doc: Document): Span | undefined {
  const first = doc.paragraphs[0];
  return doc.title ?? (first && first.end - first.start <= MAX_HEADLINE && !doc.text.slice(0, first.start).trim() ? first : undefined);
}

function readLabel(text: string, line: Span, capitals: boolean): SpeakerLabel | undefined {
  let start = line.start;
  while (start < line.end && isSpaceAt(text, start)) start++;
  // A transcript quoted whole opens with the mark: "“PENCE: Well, …".
  if (capitals && OPENING_MARKS.has(text[start] ?? "")) start++;
  // The colon is looked for in place: most lines have none near their start, and no slice is made for them.
  const headEnd = Math.min(line.end, start + MAX_LABEL_CHARS + 1);
  let at = start;
  while (at < headEnd && text.charCodeAt(at) !== 0x3a) at++;
  if (at === start || at + 1 >= headEnd || text[at + 1] !== " ") return undefined;
  const colon = at - start;
  const label = text.slice(start, at);
  const words = label.split(" ");
  // "Breaking: …", "Delegate Update: …": a kicker, or a label ending on an update's word, names a kind of story, not a source.
  if (words.length > MAX_LABEL_WORDS || LABEL_KICKERS.has(label.toLowerCase()) || LABEL_TAILS.has(words[words.length - 1]!.toLowerCase())) return undefined;
  // Every word a capitalized name word; in the body, written in capitals as transcripts do.
  const fits = (w: string): boolean => (capitals ? /^\p{Lu}[\p{Lu}.'’-]+$/u.test(w) : /^\p{Lu}[\p{L}.'’-]*$/u.test(w));
  if (!words.every(fits)) return undefined;
  // "Stealth Over Health: …": a headline phrase in title case, with a function word capitalized inside it.
  if (!capitals && words.some((w, i) => i > 0 && LABEL_PHRASE_WORDS.has(w.toLowerCase()))) return undefined;
  // "Sudan: RSF accused of …", "Gaza: …": a headline's place before a colon is where the story is, not who speaks.
  if (!capitals && isTerritory(label)) return undefined;
  const content = trimSpan(text, start + colon + 1, line.end);
  if (!content || text.slice(content.start, content.end).split(/\s+/u, MIN_CONTENT_WORDS).length < MIN_CONTENT_WORDS) return undefined;
  return { source: { start, end: start + colon }, content };
}

/** Dashes that sign a quotation with its source: `“…” ― Jane Doe`. */
const SIGNATURE_DASHES = new Set(["―", "—", "–", "-"]);
/** Most characters read after a quotation for its signature. */
const MAX_SIGNATURE_CHARS = 60;
/** Most words of a signature name. */
const MAX_SIGNATURE_WORDS = 5;

/**
 * The source that signs a quotation after a dash, to the end of its paragraph (`“…” ― Jane Doe`),
 * or in a paragraph of its own right after it (`- Sanders.`), as readers' comments and fact-check
 * columns print them. Undefined when no such signature follows.
 */
export function signatureAfter(doc: Document, close: number, paragraph: number): Span | undefined {
  const own = doc.paragraphs[paragraph];
  if (!own) return undefined;
  const inline = readSignature(doc.text, close, own.end);
  if (inline) return inline;
  const next = doc.paragraphs[paragraph + 1];
  if (!next || doc.text.slice(close, own.end).trim() !== "") return undefined;
  return readSignature(doc.text, next.start, next.end);
}

function readSignature(text: string, from: number, to: number): Span | undefined {
  if (to - from > MAX_SIGNATURE_CHARS) return undefined;
  let start = from;
  while (start < to && isSpaceAt(text, start)) start++;
  if (!SIGNATURE_DASHES.has(text[start] ?? "")) return undefined;
  start++;
  while (start < to && isSpaceAt(text, start)) start++;
  let end = to;
  while (end > start && /[\s.]/u.test(text[end - 1]!)) end--;
  // "J. Doe.": a dot after a lone initial belongs to the name.
  if (text[end] === "." && end - 1 > start && /\s\p{Lu}$/u.test(text.slice(end - 2, end))) end++;
  const words = text.slice(start, end).split(/\s+/u);
  if (words.length === 0 || words.length > MAX_SIGNATURE_WORDS || !words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w))) return undefined;
  return { start, end };
}

/** Most words of a name set before a colon and a quotation (`Jane Doe: “…”`). */
const MAX_COLON_NAME_WORDS = 4;
/** Most characters looked back from a quotation's opening mark for such a name. */
const MAX_COLON_NAME_CHARS = 48;
const NAME_BOUNDARIES = new Set(["-", "—", "―", "–", ".", "!", "?", "\n"]);

/**
 * The name set right before a colon that opens a quotation, `… - Jane Doe: “…”`, when the name
 * starts its line or follows a dash or a sentence's end (past a lead-in "More from"); undefined otherwise. Names only
 * (capitalized words, not in capitals): "She added: “…”" has its own frame.
 */
export function colonNameBefore(text: string, open: number, lineStart: number): Span | undefined {
  let i = open - 1;
  while (i >= lineStart && text[i] === " ") i--;
  if (text[i] !== ":") return undefined;
  const end = i;
  const floor = Math.max(lineStart, end - MAX_COLON_NAME_CHARS);
  let start = end;
  while (start > floor && text[start - 1] !== "\n" && !NAME_BOUNDARIES.has(text[start - 1]!)) start--;
  // "J. Doe" or "Jane M. Doe": a dot after a lone capital is an initial, not a sentence end.
  while (start > floor && text[start - 1] === "." && /\s\p{Lu}$|^\p{Lu}$/u.test(text.slice(Math.max(floor, start - 3), start - 1))) {
    start--;
    while (start > floor && !NAME_BOUNDARIES.has(text[start - 1]!) && text[start - 1] !== "\n") start--;
  }
  const boundary = start === lineStart || NAME_BOUNDARIES.has(text[start - 1]!);
  if (!boundary) return undefined;
  while (start < end && text[start] === " ") start++;
  // "More from Jane Doe: “…”": a roundup's lead-in before the name.
  if (text.startsWith("More from ", start)) start += "More from ".length;
  const words = text.slice(start, end).split(" ");
  if (words.length === 0 || words.length > MAX_COLON_NAME_WORDS) return undefined;
  // Capitalized words, not all in capitals (a section heading or a transcript's label).
  const lowerCase = words.some((w) => /\p{Ll}/u.test(w));
  return lowerCase && words.every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w)) ? { start, end } : undefined;
}
