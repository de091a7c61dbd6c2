// newsfacts from CommonJS: read the seed article and check what it says.
//
//   npx tsup && node examples/cjs.cjs
/* global require, __dirname -- CommonJS */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS example: require is the point */
"use strict";
const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const { join } = require("node:path");
const { parseArticle } = require("newsfacts");

const text = readFileSync(join(__dirname, "seed.txt"), "utf8");
const article = parseArticle(text, { published: "2025-04-24" });

// Relative dates resolve against the publication date.
const dateOf = (phrase) => article.dates.find((d) => d.text === phrase)?.value;
assert.equal(dateOf("44 days ago"), "2025-03-11");
assert.equal(dateOf("February 2022"), "2022-02");

// Casualties with bounds.
assert.deepEqual(article.casualties.find((c) => c.kind === "killed")?.count, { min: 12 });

// Territories with ISO 3166-2 codes.
const codes = new Set(article.territories.map((t) => t.iso));
for (const iso of ["UA-30", "UA-43", "UA-09", "UA-14", "UA-23", "UA-65"]) assert.ok(codes.has(iso), `territory ${iso}`);

// Actors with their descriptions and titles as mentions.
const putin = article.actors.find((a) => a.name === "Vladimir Putin");
assert.ok(putin, "actor Vladimir Putin");
assert.ok(putin.mentions.some((m) => m.text === "the Russian leader"), "Putin mentioned as the Russian leader");

// Nothing comes from the page boilerplate after the article.
const boilerplate = text.indexOf("\nComments\n");
const spans = [...article.dates, ...article.actors.flatMap((a) => a.mentions), ...article.territories.flatMap((t) => t.mentions)];
assert.ok(spans.every((s) => s.end <= boilerplate), "nothing extracted from the boilerplate");

console.log(`cjs: ${article.actors.length} actors, ${article.casualties.length} casualties, ${article.territories.length} territories: ok`);
