/**
 * Gazetteer matches over a document's tokens, with the role each plays: a place where
 * something happens, or an actor ("Russia struck", "Moscow said"). Shared by the territories
 * and actors stages. (Placeholder until the territories facet lands the gazetteer.)
 *
 * @module
 */
import type { Mention, TerritoryKind } from "../model.js";
import type { Document } from "../text/document.js";

/** One gazetteer entry. */
export interface PlaceEntry {
  /** Canonical English name. */
  readonly name: string;
  /** What the place is. */
  readonly kind: TerritoryKind;
  /** ISO 3166-1 alpha-2 or ISO 3166-2 code, where one exists. */
  readonly iso?: string;
  /** ISO 3166-1 alpha-2 code of the country the place lies in. */
  readonly country?: string;
}

/** A gazetteer entry found in the text. */
export interface PlaceMatch extends Mention {
  /** The entry matched. */
  readonly entry: PlaceEntry;
  /** `place` where the text speaks of it as a place, `actor` where it acts ("Moscow said"). */
  readonly role: "place" | "actor";
}

/** Every gazetteer match in the article proper, in text order. Memoized per document. */
export function matchPlaces(doc: Document): readonly PlaceMatch[] {
  void doc;
  return [];
}
