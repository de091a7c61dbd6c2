#!/usr/bin/env node
// Hostile input, issue 6: is every public finder linear on it? For each hostile input (issue 6's
// list and more of the same kind), times parseArticle and each facet's finder alone on the input
// at size S and at 4S, and prints the ratio of the two times. A linear finder shows about 4×;
// a ratio above about 5× marks a super-linear path worth a look (a per-match scan over the
// sentence, a loop over all mentions per mention, repeated slicing). A tool, not a test: only
// ratios measured in one run mean much, and on a shared machine re-run a suspect case alone.
//
//   node bench/hostile.mjs [--size KB] [--only TEXT] [--fn NAME] [--runs N] [--lib FILE]
//
// --size   S in KB of UTF-16 units (default 32; 4S is four times that)
// --only   run only the inputs whose name contains TEXT (case-insensitive)
// --fn     run only this function (parseArticle, findDates, findActors, findStatements,
//          findCasualties, findTerritories)
// --runs   timed runs per size, the minimum kept (default 3; one warm-up run at S first)
// --lib    an ESM build exporting the finders (such as a session-start bundle) instead of
//          bundling src/ as scripts/eval.mjs does
//
// Times are CPU times of this process (less disturbed by other processes than wall time), each run
// after a full garbage collection, so that one run does not pay for the garbage of the last. A
// case whose run at S takes over --guard seconds (default 20) is reported as SLOW and not run
// at 4S, so that a quadratic case cannot stall the sweep.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";
import { importSources } from "./sources.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const size = Math.round(Number(option("--size", 32)) * 1024);
const only = option("--only", "").toLowerCase();
const onlyFn = option("--fn", "");
const runs = Number(option("--runs", 3));
const guardMs = Number(option("--guard", 20)) * 1000;
const libAt = option("--lib", undefined);

const lib = libAt ? await import(pathToFileURL(resolve(libAt)).href) : await importSources("hostile");

/** Repeats `unit` up to exactly `n` UTF-16 units. */
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Each hostile input as a function of its size in UTF-16 units. */
const INPUTS = [
  // Issue 6's list.
  ["quotation marks", (n) => fill(`"“”'‘’«»„`, n)],
  ["digits", (n) => fill("0123456789", n)],
  ["capitalized words", (n) => fill("President Vladimir Putin Kyiv Ukraine Alpha Beta ", n)],
  ['"said" and commas', (n) => fill("said, ", n)],
  ["one line with no sentence end", (n) => fill("the attack on the city continued and ", n)],
  ["deeply nested brackets", (n) => "(".repeat(n >> 1) + "Kyiv" + ")".repeat(n >> 1)],
  ["lone surrogates and control characters", (n) => fill("\ud800\u0000\udfff\u0007\u001b\u0085", n)],
  ["weekday names", (n) => fill("Monday Tuesday Wednesday Thursday Friday Saturday Sunday ", n)],
  // More of the same kind: one long sentence of what a finder looks for.
  ['a sentence of dates after "since"', (n) => fill("Deaths rose since 1990, ", n)],
  ["a sentence of dates", (n) => fill("on March 3, 2021, in May 2019 and last Tuesday, ", n)],
  ['a sentence of numbers with "killed"', (n) => fill("12 killed, 30 wounded and 4 ", n)],
  ["a sentence of tolls", (n) => fill("at least 12 people were killed and 90 injured, ", n)],
  ["a sentence of titles and names", (n) => fill("President Maria Lopez, Defence Minister John Reed, General Ann Lee and ", n)],
  ['a sentence of "according to"', (n) => fill("according to officials, according to the army, ", n)],
  ["open quotes", (n) => fill("“The city is calm, he said and ", n)],
  ["straight quotes with speakers", (n) => fill('"Stop," the mayor said. "Go," ', n)],
  ["list commas", (n) => fill("apples, ", n)],
  ['"in X, Y and Z" places', (n) => fill("in Kyiv, Kharkiv and Odesa, in Lviv, Dnipro and ", n)],
  ["capitalized words, one sentence per line", (n) => fill("Mayor Ann Lee said.\n", n)],
  ["headlines of names the text gave", (n) => "Maria Lopez met John Reed.\n" + fill("LOPEZ REED TALKS\nLopez Reed Talks\n", n)],
  ["pronouns and reporting verbs", (n) => fill("he said she told them it added they warned ", n)],
  ["brackets with words", (n) => fill("(the army said) [officials said] ", n)],
  ["abbreviations", (n) => fill("U.S. Mr. Gen. ", n)],
  ["numbers and units", (n) => fill("1,234 people, 5.6 million, 20 percent, ", n)],
];

const FINDERS = ["parseArticle", "findDates", "findActors", "findStatements", "findCasualties", "findTerritories"];
const options = { published: "2025-04-24" };
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc");
const timeOnce = (fn, warm) => {
  collect();
  // A full collection may drop tables built lazily and held weakly: build them again untimed.
  warm?.();
  const t0 = cpuMs();
  fn();
  return cpuMs() - t0;
};
const best = (fn, warm) => Math.min(...Array.from({ length: runs }, () => timeOnce(fn, warm)));

console.log(`S = ${size / 1024} KB, 4S = ${(4 * size) / 1024} KB; minimum CPU time of ${runs} runs; ratio = time(4S) / time(S), linear ≈ 4`);
const flagged = [];
for (const [name, make] of INPUTS) {
  if (only && !name.toLowerCase().includes(only)) continue;
  const small = make(size);
  const large = make(4 * size);
  const tiny = make(2048);
  for (const fnName of FINDERS) {
    if (onlyFn && fnName !== onlyFn) continue;
    const fn = lib[fnName];
    const warm = timeOnce(() => fn(small, options));
    if (warm > guardMs) {
      console.log(`${name.padEnd(42)} ${fnName.padEnd(16)} SLOW: ${warm.toFixed(0)} ms at S, 4S not run`);
      flagged.push(`${name} / ${fnName}`);
      continue;
    }
    const warmUp = () => fn(tiny, options);
    const s = best(() => fn(small, options), warmUp);
    const l = best(() => fn(large, options), warmUp);
    const ratio = l / Math.max(s, 0.01);
    const mark = ratio > 5 && l > 20 ? "  <-- super-linear?" : "";
    if (mark) flagged.push(`${name} / ${fnName}`);
    console.log(`${name.padEnd(42)} ${fnName.padEnd(16)} ${s.toFixed(1).padStart(8)} ms ${l.toFixed(1).padStart(9)} ms ${ratio.toFixed(2).padStart(6)}×${mark}`);
  }
}
console.log(flagged.length ? `\nAbove 5× (re-run alone to confirm): ${flagged.join("; ")}` : "\nNone above 5×.");
