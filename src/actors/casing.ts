/**
 * How a line is cased: ordinary prose, where a capital marks a name; or a headline in ALL CAPS
 * or Title Case, where capitals say nothing and only the lexicons and the rest of the text can.
 *
 * @module
 */
import type { Document } from "../text/document.js";
import { actorLexicons } from "./lexicons.js";

/** The casing of one paragraph (line). */
export type LineCasing = "normal" | "caps" | "title";

const LETTERS = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
const STARTS_UPPER = /^\p{Lu}/u;
const SENTENCE_END = /[.!?]["'”’)]*$/u;

/** Short words a Title Case headline may leave in lower case. */
const MINOR = new Set(["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "v"]);

/** The casing of every paragraph of `doc`, by paragraph index. */
export function lineCasings(doc: Document): LineCasing[] {
  const out: LineCasing[] = doc.paragraphs.map(() => "normal");
  const words: string[][] = doc.paragraphs.map(() => []);
  for (const sentence of doc.sentences) {
    const list = words[sentence.paragraph]!;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = doc.tokens[i]!;
      if (token.kind === "word" && LETTERS.test(token.text)) list.push(token.text);
    }
  }
  doc.paragraphs.forEach((paragraph, index) => {
    const list = words[index]!;
    const long = list.filter((w) => w.replace(/\P{L}/gu, "").length >= 2);
    if (long.length === 0) return;
    const upper = long.filter((w) => !HAS_LOWER.test(w)).length;
    if (upper / long.length >= 0.6) {
      out[index] = "caps";
      return;
    }
    const isTitle = doc.title !== undefined && doc.title.start === paragraph.start;
    const text = doc.text.slice(paragraph.start, paragraph.end);
    if (!isTitle && (SENTENCE_END.test(text) || list.length < 3)) return;
    const content = list.filter((w) => !MINOR.has(w.toLowerCase()));
    const capitalized = content.filter((w) => STARTS_UPPER.test(w));
    if (content.length < 3 || capitalized.length / content.length < 0.75) return;
    // A line of names (a results table) is capitalized too; a headline capitalizes ordinary words.
    const common = actorLexicons().commonWords;
    const ordinary = capitalized.filter((w) => common.has(w.toLowerCase())).length;
    if (isTitle || (ordinary >= 2 && ordinary / capitalized.length >= 0.3)) out[index] = "title";
  });
  return out;
}
