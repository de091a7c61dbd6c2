#!/usr/bin/env node
// Edits a front-coded word list in src/lexicon/ (see src/lexicon/front-coded.ts): decode it to one
// word a line, edit that, encode it back (sorted and deduplicated) into the module.
//   node scripts/lexicon/words.mjs decode src/lexicon/actors-common-words.ts > words.txt
//   node scripts/lexicon/words.mjs encode src/lexicon/actors-common-words.ts < words.txt
import { readFileSync, writeFileSync } from "node:fs";
import { codedLines, load } from "./coded-module.mjs";

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
  writeFileSync(file, source.replace(LITERAL, (_, head) => `${head}${codedLines(coded)};\n`));
  console.log(`${file}: ${words.length} words, ${coded.length} characters`);
}
