#!/usr/bin/env node
// Edits a front-coded word list in src/lexicon/ (see src/lexicon/front-coded.ts): decode it to one
// word a line, edit that, encode it back (sorted and deduplicated) into the module.
//   node scripts/lexicon/words.mjs decode src/lexicon/actors-common-words.ts > words.txt
//   node scripts/lexicon/words.mjs encode src/lexicon/actors-common-words.ts < words.txt
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { codedLines, load, writeGivenNameGenders } from "./coded-module.mjs";

const [command, file] = process.argv.slice(2);
if (!["decode", "encode"].includes(command) || !file) {
  console.error("usage: node scripts/lexicon/words.mjs decode|encode src/lexicon/FILE.ts");
  process.exit(2);
}

// The list is the module's one exported string constant, written as lines joined with `+`.
const LITERAL = /(export const \w+: string =\n)(?: {2}"[^"\n]*" \+\n)* {2}"[^"\n]*";\n/u;
const source = readFileSync(file, "utf8");
if (!LITERAL.test(source)) throw new Error(`${file}: no \`export const NAME: string =\` literal`);
const codec = await load("src/lexicon/front-coded.ts");

if (command === "decode") {
  const module = await load(file);
  const [coded] = Object.values(module).filter((value) => typeof value === "string");
  process.stdout.write(`${codec.decodeWords(coded).join("\n")}\n`);
} else {
  const words = [...new Set(readFileSync(0, "utf8").split(/\s+/u).filter(Boolean))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const coded = codec.encodeWords(words);
  // actors-given-name-genders.ts holds a letter per given name, in order: each name keeps its letter.
  const genders = basename(file) === "actors-given-names.ts" ? await gendersByName(file) : undefined;
  writeFileSync(file, source.replace(LITERAL, (_, head) => `${head}${codedLines(coded)};\n`));
  if (genders) writeGivenNameGenders(words.map((word) => genders.get(word) ?? "-").join(""));
  console.log(`${file}: ${words.length} words, ${coded.length} characters`);
}

/** The gender letter of each given name as the modules hold them now. */
async function gendersByName(givenNamesFile) {
  const names = codec.decodeWords(Object.values(await load(givenNamesFile)).find((value) => typeof value === "string"));
  const { GIVEN_NAME_GENDERS } = await load("src/lexicon/actors-given-name-genders.ts");
  if (GIVEN_NAME_GENDERS.length !== names.length) throw new Error("actors-given-name-genders.ts is out of step with the given names");
  return new Map(names.map((name, i) => [name, GIVEN_NAME_GENDERS[i]]));
}
