// parseArticle stage by stage: segmentation and each facet's stage alone, on the same articles.
// The stages are internal, so they are bundled from src/ (as scripts/eval.mjs does) in the
// order src/pipeline.ts runs them; each stage is fed what the stages before it found, computed
// beforehand, so its time is its own.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { timeOnce } from "./measure.mjs";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** Bundles the stage functions from src/ and imports them. */
export async function loadStages() {
  const outfile = join(tmpdir(), `newsfacts-stages-${process.pid}.mjs`);
  const contents = [
    'export { prepareDocument } from "./src/text/document.ts";',
    'export { parseReference } from "./src/text/reference.ts";',
    'export { extractDates } from "./src/dates/extract.ts";',
    'export { extractTerritories } from "./src/territories/extract.ts";',
    'export { extractActors } from "./src/actors/extract.ts";',
    'export { extractStatements } from "./src/statements/extract.ts";',
    'export { extractCasualties } from "./src/casualties/extract.ts";',
  ].join("\n");
  await build({ stdin: { contents, resolveDir: root, loader: "ts" }, bundle: true, format: "esm", platform: "node", target: "es2022", outfile, logLevel: "silent" });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

/** The stages in pipeline order, each `run(prepared)` on one article's precomputed inputs. */
export function stagesOf(m) {
  return [
    ["segmentation", (p) => m.prepareDocument(p.text, p.reference)],
    ["dates", (p) => m.extractDates(p.doc)],
    // A copy of the document: the place matches are cached per document, and in parseArticle the
    // territories stage is the one that fills that cache (later stages then read it for free).
    ["territories", (p) => m.extractTerritories({ ...p.doc })],
    ["actors", (p) => m.extractActors(p.doc, { dates: p.dates, territories: p.territories })],
    ["statements", (p) => m.extractStatements(p.doc, { actors: p.actors, dates: p.dates })],
    ["casualties", (p) => m.extractCasualties(p.doc, { territories: p.territories, dates: p.dates })],
  ];
}

/** Each article's stage inputs, computed once. */
export function prepareInputs(m, articles) {
  return articles.map(({ text, published }) => {
    const reference = published ? m.parseReference(published) : undefined;
    const doc = m.prepareDocument(text, reference);
    const dates = m.extractDates(doc);
    const territories = m.extractTerritories(doc);
    const actors = m.extractActors(doc, { dates, territories });
    return { text, reference, doc, dates, territories, actors };
  });
}

/**
 * Times one stage over every article: total per pass and the per-article times. Each stage is
 * first run once over every article untimed, so all stages are timed equally warm: computing the
 * inputs already warms segmentation, dates, territories and actors over every article, and a
 * shorter warm-up left the later stages' first pass cold (their p99 was then the JIT's, not theirs).
 */
export function timeStage(run, inputs, passes) {
  for (const p of inputs) run(p); // warm-up, as long as the inputs' own
  const totals = [];
  const perArticle = [];
  for (let i = 0; i < passes; i++) {
    let total = 0;
    for (const p of inputs) {
      const ms = timeOnce(() => run(p));
      perArticle.push(ms);
      total += ms;
    }
    totals.push(total);
  }
  return { totals, perArticle };
}
