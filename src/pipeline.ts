/**
 * The order the facets run in, written in one place. Each stage reads the prepared document and
 * what the stages before it found; the comments say why a stage needs its place.
 *
 * @module
 */
import type { Actor, Casualty, Statement, TemporalExpression, Territory } from "./model.js";
import type { Document } from "./text/document.js";
// The order of these imports is the order of the facets' modules in a bundle: with the dates last, gzip finds more repeats near each other (CJS 0.46 kB smaller).
import { extractTerritories } from "./territories/extract.js";
import { extractActors } from "./actors/extract.js";
import { extractStatements } from "./statements/extract.js";
import { extractCasualties, type ExtractCasualtiesOptions } from "./casualties/extract.js";
import { extractDates } from "./dates/extract.js";

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
  return runPipelines([doc], [failures], through, [casualtyOptions])[0]!;
}

/**
 * {@link runPipeline} over many documents, each stage over all of them before the next: the facts
 * of each document are those runPipeline finds, but a stage's compiled code and tables stay in
 * the processor's caches from one document to the next (interleaving the stages article by
 * article took about 1.3 to 1.8 times the CPU over the same articles). `failures[i]` receives
 * document `i`'s failed facets; `casualtyOptions[i]` are its casualties' options.
 */
export function runPipelines(
  docs: readonly Document[],
  failures: readonly StageFailure[][],
  through: keyof Facts = "casualties",
  casualtyOptions: readonly ExtractCasualtiesOptions[] = [],
): Facts[] {
  const last = STAGES.indexOf(through);
  const stage = <T>(name: keyof Facts, run: (doc: Document, i: number) => readonly T[]): (readonly T[])[] => {
    const out: (readonly T[])[] = [];
    for (let i = 0; i < docs.length; i++) {
      if (STAGES.indexOf(name) > last) {
        out.push([]);
        continue;
      }
      try {
        out.push(run(docs[i]!, i));
      } catch (error) {
        failures[i]!.push({ stage: name, error });
        out.push([]);
      }
    }
    return out;
  };
  // Dates first: statements and casualties take their "when" from them.
  const dates = stage("dates", (doc) => extractDates(doc));
  // Territories before actors: a place that acts ("Moscow said") becomes a metonym of an actor.
  const territories = stage("territories", (doc) => extractTerritories(doc));
  const found = stage("actors", (doc, i) => extractActors(doc, { dates: dates[i]!, territories: territories[i]! }));
  // Statements after actors: speakers resolve to actors through mentions and coreference, and a
  // speaker the actor stage missed becomes an actor.
  const actors = [...found];
  const statements = stage("statements", (doc, i) => {
    const result = extractStatements(doc, { actors: found[i]!, dates: dates[i]! });
    actors[i] = result.actors;
    return result.statements;
  });
  // Casualties last: they take their place and date from territories and dates.
  const casualties = stage("casualties", (doc, i) => extractCasualties(doc, { territories: territories[i]!, dates: dates[i]! }, casualtyOptions[i] ?? {}));
  return docs.map((_, i) => ({ dates: dates[i]!, territories: territories[i]!, actors: actors[i]!, statements: statements[i]!, casualties: casualties[i]! }));
}
