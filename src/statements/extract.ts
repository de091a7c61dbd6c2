/**
 * The statements stage: direct quotes and reported speech with their speakers.
 *
 * @module
 */
import type { Actor, Statement, TemporalExpression } from "../model.js";
import type { Document } from "../text/document.js";

/** What the statements stage reads from earlier stages. */
export interface StatementInputs {
  /** Actors, to resolve speakers to. */
  readonly actors: readonly Actor[];
  /** Dates, for when a statement was made. */
  readonly dates: readonly TemporalExpression[];
}

/** Finds every statement, in text order. */
export function extractStatements(doc: Document, inputs: StatementInputs): Statement[] {
  void doc;
  void inputs;
  return [];
}
