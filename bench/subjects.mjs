// What the benchmark times: the floor, newsfacts (parseArticle and each facet's public finder,
// when the build exports one), and the peers chrono-node, compromise and wink-nlp. Each subject
// is `run(text, published)`; its result is returned so the work cannot be optimized away.
import { existsSync } from "node:fs";

const DIST = new URL("../dist/index.js", import.meta.url);

/** The floor: one regex pass that tokenizes the text. */
const FLOOR = /\p{L}+|\d+/gu;

/** Public per-facet finders the build may export, by facet; the first found is timed. */
const FACET_FINDERS = {
  dates: ["findDates", "extractDates", "findTemporalExpressions"],
  territories: ["findTerritories", "extractTerritories"],
  actors: ["findActors", "extractActors"],
  statements: ["findStatements", "findQuotes", "extractStatements"],
  casualties: ["findCasualties", "extractCasualties"],
};

/** Every subject, with the names of those that could not be loaded and why. */
export async function loadSubjects({ peers = true } = {}) {
  const subjects = [{ name: "floor (regex tokens)", group: "floor", run: (text) => text.match(FLOOR) }];
  const skipped = [];
  if (!existsSync(DIST)) throw new Error("dist/index.js is missing: run `npx tsup` first");
  const lib = await import(DIST.href);
  subjects.push({ name: "newsfacts parseArticle", group: "newsfacts", run: (text, published) => lib.parseArticle(text, { published }) });
  for (const [facet, names] of Object.entries(FACET_FINDERS)) {
    const name = names.find((n) => typeof lib[n] === "function");
    if (!name) {
      skipped.push(`${facet}: no public finder exported (${names.join(", ")})`);
      continue;
    }
    const fn = lib[name];
    const probe = tryRun(() => fn("Kyiv, Thursday: at least 12 people were killed, officials said.", { published: "2025-04-24" }));
    if (probe) skipped.push(`${facet}: ${name}(text, { published }) threw: ${probe}`);
    else subjects.push({ name: `newsfacts ${name}`, group: "facet", run: (text, published) => fn(text, { published }) });
  }
  if (!peers) return { subjects, skipped };
  const chrono = await import("chrono-node");
  subjects.push({ name: "chrono-node (dates only)", group: "peer", run: (text, published) => chrono.parse(text, new Date(`${published}T12:00:00Z`)) });
  const nlp = (await import("compromise")).default;
  subjects.push({
    name: "compromise (people, places, orgs)",
    group: "peer",
    run: (text) => {
      const doc = nlp(text);
      return [doc.people().out("array"), doc.places().out("array"), doc.organizations().out("array")];
    },
  });
  const winkNLP = (await import("wink-nlp")).default;
  const model = (await import("wink-eng-lite-web-model")).default;
  const wink = winkNLP(model);
  subjects.push({ name: "wink-nlp (entities)", group: "peer", run: (text) => wink.readDoc(text).entities().out() });
  return { subjects, skipped };
}

/**
 * parseArticles, when the build exports it: `run(articles)` parses a list of `{ text, published }`
 * in one call, each facet over all of them in turn.
 */
export async function loadManySubject() {
  const lib = await import(DIST.href);
  if (typeof lib.parseArticles !== "function") return undefined;
  return {
    name: "newsfacts parseArticles",
    run: (articles) => lib.parseArticles(articles.map((a) => ({ text: a.text, options: { published: a.published } }))),
  };
}

function tryRun(fn) {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
