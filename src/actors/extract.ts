/**
 * The actors stage: names, kinds, canonical identities, coreference.
 *
 * @module
 */
import type { Actor, TemporalExpression, Territory } from "../model.js";
import type { Document } from "../text/document.js";

/** What the actors stage reads from earlier stages. */
export interface ActorInputs {
  /** Dates found, so date words are not taken for names. */
  readonly dates: readonly TemporalExpression[];
  /** Territories found, so a place that acts can become a metonym. */
  readonly territories: readonly Territory[];
}

/** Finds every actor, in order of first mention. */
export function extractActors(doc: Document, inputs: ActorInputs): Actor[] {
  void doc;
  void inputs;
  return [];
}
