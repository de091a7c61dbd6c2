/**
 * The casualties stage: counts of people killed, injured, missing, captured or displaced.
 *
 * @module
 */
import type { Casualty, TemporalExpression, Territory } from "../model.js";
import { sentenceAt, type Document } from "../text/document.js";
import { nearestAnchor, type Anchored } from "./anchor.js";
import { findInSentence, type FoundCasualty } from "./find-in-sentence.js";
import { shotSurvivors } from "./shot-survivors.js";
import { viewOf } from "./token-view.js";

/** What the casualties stage reads from earlier stages. */
export interface CasualtyInputs {
  /** Territories, for where. */
  readonly territories: readonly Territory[];
  /** Dates, for when. */
  readonly dates: readonly TemporalExpression[];
}

/** Options of {@link extractCasualties}. */
export interface ExtractCasualtiesOptions {
  /**
   * Keep vague amounts ("dozens were killed" as `{ min: 24, max: 99, approximate: true }`).
   * Off by default: an article's tolls are its stated numbers, and "dozens" states none.
   */
  readonly vague?: boolean;
}

/**
 * Finds every casualty count in the article proper, in text order, with its place (the nearest
 * territory in the clause, else the sentence) and date (likewise).
 */
export function extractCasualties(doc: Document, inputs: CasualtyInputs, options: ExtractCasualtiesOptions = {}): Casualty[] {
  const places = anchorsOf(inputs.territories.flatMap((t) => t.mentions.map((m) => ({ start: m.start, end: m.end, value: t.id }))));
  const dates = anchorsOf(inputs.dates.map((d) => ({ start: d.start, end: d.end, value: d })));
  const all: FoundCasualty[] = [];
  for (const sentence of doc.sentences) {
    const view = viewOf(doc.text, doc.tokens, sentence.firstToken, sentence.endToken);
    for (const found of findInSentence(view)) if (!found.vague || options.vague) all.push(found);
  }
  return shotSurvivors(all, (f) => sentenceAt(doc, f.span.start)).map((found, n) => {
    const sentence = sentenceAt(doc, found.span.start) ?? { start: found.span.start, end: found.span.end };
    const place = nearestAnchor(doc.text, sentence, found.span, places);
    const date = nearestAnchor(doc.text, sentence, found.span, dates);
    return toCasualty(doc.text, found, n + 1, place, date);
  });
}

function anchorsOf<T>(anchors: Anchored<T>[]): Anchored<T>[] {
  return anchors.sort((a, b) => a.start - b.start);
}

function toCasualty(text: string, found: FoundCasualty, n: number, place: string | undefined, date: TemporalExpression | undefined): Casualty {
  return {
    id: `c${n}`,
    kind: found.kind,
    count: found.count,
    span: found.span,
    text: text.slice(found.span.start, found.span.end),
    ...(found.victims ? { victims: text.slice(found.victims.start, found.victims.end) } : {}),
    ...(place !== undefined ? { place } : {}),
    ...(date !== undefined ? { date } : {}),
  };
}
