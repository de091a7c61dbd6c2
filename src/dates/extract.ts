/**
 * The dates stage: finds temporal expressions and resolves them to TIMEX3 values.
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import type { Document } from "../text/document.js";

/** Finds every temporal expression in the article proper, in text order. */
export function extractDates(doc: Document): TemporalExpression[] {
  void doc;
  return [];
}
