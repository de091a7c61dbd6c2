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

/** What the statements stage returns: the statements, and the actors with speakers added. */
export interface StatementResult {
  /** Statements in text order. */
  readonly statements: Statement[];
  /**
   * The actors given, with the mentions that introduce speakers ("he", "the doctor") added, and
   * speakers the actor stage did not know added as new actors.
   */
  readonly actors: readonly Actor[];
}

/** Finds every statement, in text order. */
export function extractStatements(doc: Document, inputs: StatementInputs): StatementResult {
  void doc;
  return { statements: [], actors: inputs.actors };
}
