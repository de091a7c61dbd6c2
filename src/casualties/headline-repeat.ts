/**
 * A headline's toll told again by the first paragraph ("Three children killed in house fire" /
 * "Three children were killed in a house fire on Elm Street") is one toll: the paragraph's record
 * stays (it has the sentence's place and date), the headline's goes.
 *
 * @module
 */
import type { Count, Span } from "../model.js";
import type { Document } from "../text/document.js";
import type { FoundCasualty } from "./find-in-sentence.js";

/** How many paragraphs after the title the lede may come (a dateline or a byline may stand first). */
const LEDE_REACH = 3;

/**
 * `found` without the headline's records that the lede repeats: same kind, same count (bounds and
 * approximation) and the same victims word, or none on both ("Two killed" and "Two people were
 * killed" stay two: the articles' gold counts each mention, and only an exact repeat is one toll).
 *
 * @param found - The casualties in text order.
 * @param doc - The document they were read from.
 * @returns `found` itself when nothing repeats, else a copy without the repeats.
 */
export function withoutHeadlineRepeats(found: FoundCasualty[], doc: Document): FoundCasualty[] {
  const title = doc.title;
  if (!title || found.length < 2 || found[0]!.span.start >= title.end) return found;
  const lede = ledeParagraph(found, doc, title);
  if (!lede) return found;
  const inLede = found.filter((f) => f.span.start >= lede.start && f.span.end <= lede.end);
  const repeated = (h: FoundCasualty): boolean =>
    h.span.end <= title.end && inLede.some((f) => f.kind === h.kind && sameCount(f.count, h.count) && sameVictims(doc.text, f.victims, h.victims));
  return found.some(repeated) ? found.filter((f) => !repeated(f)) : found;
}

/** The paragraph of the first record past the title, when it comes within {@link LEDE_REACH} paragraphs. */
function ledeParagraph(found: readonly FoundCasualty[], doc: Document, title: Span): Span | undefined {
  const first = found.find((f) => f.span.start >= title.end);
  if (!first) return undefined;
  for (let p = 1; p <= LEDE_REACH && p < doc.paragraphs.length; p++) {
    const paragraph = doc.paragraphs[p]!;
    if (first.span.start >= paragraph.start && first.span.start < paragraph.end) return paragraph;
  }
  return undefined;
}

function sameCount(a: Count, b: Count): boolean {
  return a.min === b.min && a.max === b.max && (a.approximate === true) === (b.approximate === true);
}

function sameVictims(text: string, a: Span | undefined, b: Span | undefined): boolean {
  if (!a || !b) return a === b;
  return text.slice(a.start, a.end).toLowerCase() === text.slice(b.start, b.end).toLowerCase();
}
