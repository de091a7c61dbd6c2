/**
 * The casualties stage: counts of people killed, injured, missing, captured or displaced.
 *
 * @module
 */
import type { Casualty, TemporalExpression, Territory } from "../model.js";
import type { Document } from "../text/document.js";

/** What the casualties stage reads from earlier stages. */
export interface CasualtyInputs {
  /** Territories, for where. */
  readonly territories: readonly Territory[];
  /** Dates, for when. */
  readonly dates: readonly TemporalExpression[];
}

/** Finds every casualty count, in text order. */
export function extractCasualties(doc: Document, inputs: CasualtyInputs): Casualty[] {
  void doc;
  void inputs;
  return [];
}
