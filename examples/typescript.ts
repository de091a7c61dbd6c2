// newsfacts from TypeScript, typed end to end: read the seed article and check what it says.
//
//   npx tsup && npx tsx examples/typescript.ts
//
// (Node 20 cannot run .ts files itself; npx offers to fetch tsx on first use.) Type-checked by
// `tsc --noEmit` (the package resolves itself through its `exports`, so this uses the built
// declarations in dist/); test/examples.test.ts bundles and runs it.
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { parseArticle, type Actor, type Article, type Statement } from "newsfacts";

const text = readFileSync(new URL("./seed.txt", import.meta.url), "utf8");
const article: Article = parseArticle(text, { published: new Date("2025-04-24T00:00:00Z") });

/** The TIMEX3 value of the first date written exactly as `phrase`. */
function dateOf(phrase: string): string | undefined {
  return article.dates.find((d) => d.text === phrase)?.value;
}

/** The actor who said `statement`, if the text names one. */
function speakerOf(statement: Statement): Actor | undefined {
  return article.actors.find((a) => a.id === statement.speaker);
}

assert.equal(dateOf("44 days ago"), "2025-03-11");
assert.equal(dateOf("last July 2024"), "2024-07");

const quotes = [
  "I didn't like last night",
  "I wasn't happy with it",
  "We are thinking that, very strongly, that they both want peace",
  "I thought it might be easier to deal with Zelenskyy",
];
for (const words of quotes) {
  const statement = article.statements.find((s) => s.kind === "direct" && s.content.text === words);
  assert.ok(statement, `quote: ${words}`);
  assert.equal(speakerOf(statement)?.name, "Donald Trump", `speaker of: ${words}`);
}

const trump = article.actors.find((a) => a.id === "donald-trump");
assert.ok(trump, "actor Donald Trump");
assert.ok(trump.mentions.some((m) => m.text === "the U.S. president"), "Trump mentioned as the U.S. president");
assert.equal(article.territories.find((t) => t.name === "Kyiv")?.iso, "UA-30");
assert.deepEqual(article.casualties.find((c) => c.kind === "injured")?.count, { min: 90, max: 90 });

console.log(`typescript: ${quotes.length} quotes by ${trump.name}: ok`);
