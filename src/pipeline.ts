/**
 * The order the facets run in, written in one place. Each stage reads the prepared document and
 * what the stages before it found; the comments say why a stage needs its place.
 *
 * @module
 */
import type { Actor, Casualty, Statement, TemporalExpression, Territory } from "./model.js";
import type { Document } from "./text/document.js";
import { extractDates } from "./dates/extract.js";
import { extractTerritories } from "./territories/extract.js";
import { extractActors } from "./actors/extract.js";
import { extractStatements } from "./statements/extract.js";
import { extractCasualties, type ExtractCasualtiesOptions } from "./casualties/extract.js";

/** What the pipeline found, facet by facet. */
export interface Facts {
  /** Temporal expressions in text order. */
  readonly dates: readonly TemporalExpression[];
  /** Territories in order of first mention. */
  readonly territories: readonly Territory[];
  /** Actors in order of first mention. */
  readonly actors: readonly Actor[];
  /** Statements in text order. */
  readonly statements: readonly Statement[];
  /** Casualties in text order. */
  readonly casualties: readonly Casualty[];
}

/** A facet that failed on this input; the pipeline goes on without it. */
export interface StageFailure {
  /** The facet. */
  readonly stage: keyof Facts;
  /** What was thrown. */
  readonly error: unknown;
}

/** The facets in the order they run. */
const STAGES = ["dates", "territories", "actors", "statements", "casualties"] as const satisfies readonly (keyof Facts)[];

/**
 * Runs the facets over `doc` in dependency order, up to and including `through` (a facet finder
 * such as `findStatements` needs no later stage), the casualties with `casualtyOptions`. A facet
 * that throws yields nothing and is reported; a facet after `through` yields nothing.
 */
export function runPipeline(doc: Document, failures: StageFailure[] = [], through: keyof Facts = "casualties", casualtyOptions: ExtractCasualtiesOptions = {}): Facts {
  const last = STAGES.indexOf(through);
  const guard = <T>(stage: keyof Facts, run: () => readonly T[]): readonly T[] => {
    if (STAGES.indexOf(stage) > last) return [];
    try {
      return run();
    } catch (error) {
      failures.push({ stage, error });
      return [];
    }
  };
  // Dates first: statements and casualties take their "when" from them.
  const dates = guard("dates", () => extractDates(doc));
  // Territories before actors: a place that acts ("Moscow said") becomes a metonym of an actor.
  const territories = guard("territories", () => extractTerritories(doc));
  const found = guard("actors", () => extractActors(doc, { dates, territories }));
  // Statements after actors: speakers resolve to actors through mentions and coreference, and a
  // speaker the actor stage missed becomes an actor.
  let actors = found;
  const statements = guard("statements", () => {
    const result = extractStatements(doc, { actors: found, dates });
    actors = result.actors;
    return result.statements;
  });
  // Casualties last: they take their place and date from territories and dates.
  const casualties = guard("casualties", () => extractCasualties(doc, { territories, dates }, casualtyOptions));
  return { dates, territories, actors, statements, casualties };
}
