/**
 * The territories stage: gazetteer lookup over the tokens.
 *
 * @module
 */
import type { Territory } from "../model.js";
import type { Document } from "../text/document.js";

/** Finds every place mentioned as a place, in order of first mention. */
export function extractTerritories(doc: Document): Territory[] {
  void doc;
  return [];
}
