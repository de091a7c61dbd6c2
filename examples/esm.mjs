// newsfacts from an ES module: read the seed article and check what it says.
//
//   npx tsup && node examples/esm.mjs
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { parseArticle } from "newsfacts";

const text = readFileSync(new URL("./seed.txt", import.meta.url), "utf8");
const article = parseArticle(text, { published: "2025-04-24" });

// Relative dates resolve against the publication date.
const dateOf = (phrase) => article.dates.find((d) => d.text === phrase)?.value;
assert.equal(dateOf("44 days ago"), "2025-03-11");
assert.equal(dateOf("Wednesday"), "2025-04-23");
assert.equal(dateOf("last night"), "2025-04-23TNI");

// A toll with its bounds: "at least 12" is open above, "90" is exact.
const killed = article.casualties.find((c) => c.kind === "killed");
const injured = article.casualties.find((c) => c.kind === "injured");
assert.deepEqual(killed?.count, { min: 12 });
assert.deepEqual(injured?.count, { min: 90, max: 90 });

// Places carry ISO 3166 codes; every mention is a span into the text.
const kyiv = article.territories.find((t) => t.iso === "UA-30");
assert.equal(kyiv?.name, "Kyiv");
for (const m of kyiv.mentions) assert.equal(text.slice(m.start, m.end), m.text);

// Quotes are attributed to actors.
const quote = article.statements.find((s) => s.content.text === "I didn't like last night");
assert.equal(quote?.kind, "direct");
assert.equal(article.actors.find((a) => a.id === quote.speaker)?.name, "Donald Trump");

console.log(`esm: ${article.actors.length} actors, ${article.statements.length} statements, ${article.territories.length} territories, ${article.casualties.length} casualties, ${article.dates.length} dates: ok`);
