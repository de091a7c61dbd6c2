#!/usr/bin/env node
// findDates against chrono-node (chrono.parse) on the bench's 3 KB articles, in one process,
// alternating pass by pass so both see the same machine load (issue 3's speed target); the full
// bench is too heavy for a shared machine. Bundles src/ as scripts/eval.mjs does, so it measures
// the current sources; each `NAME=FILE` argument adds another build (an ESM bundle exporting
// findDates and parseArticle) to compare with, in the same process.
//
//   node bench/dates-vs-chrono.mjs [--rounds 15] [--articles 300] [--parse] [--wall] [NAME=FILE ...]
//
// Times are medians of the passes, in CPU time of this process (less disturbed by other
// processes than wall time; --wall for wall time). Only ratios measured in one run mean much.
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { median } from "./measure.mjs";
import { importSources, takeFlag, takeNumber } from "./sources.mjs";
import { articleSet } from "./workloads.mjs";

const args = process.argv.slice(2);
const rounds = takeNumber(args, "--rounds", 15);
const count = takeNumber(args, "--articles", 300);
const withParse = takeFlag(args, "--parse");
const wall = takeFlag(args, "--wall");

const builds = [["src", await importSources("dates-vs-chrono")]];
for (const spec of args) {
  const [name, file] = spec.split("=");
  builds.push([name, await import(pathToFileURL(resolve(file)).href)]);
}
const chrono = await import("chrono-node");

const articles = articleSet(count).map((a) => ({ ...a, date: new Date(`${a.published}T12:00:00Z`) }));
const chars = articles.reduce((sum, a) => sum + a.text.length, 0);
const subjects = [{ name: "chrono-node parse", run: (a) => chrono.parse(a.text, a.date) }];
for (const [name, lib] of builds) {
  subjects.push({ name: `${name} findDates`, run: (a) => lib.findDates(a.text, { published: a.published }) });
  if (withParse) subjects.push({ name: `${name} parseArticle`, run: (a) => lib.parseArticle(a.text, { published: a.published }) });
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const now = wall ? () => performance.now() : cpuMs;
let sink = 0;
const pass = (subject) => {
  const t0 = now();
  for (const a of articles) sink += subject.run(a) ? 1 : 0;
  return now() - t0;
};
for (const s of subjects) for (let k = 0; k < 2; k++) pass(s); // warm-up: JIT and lazily built tables
const times = subjects.map(() => []);
for (let r = 0; r < rounds; r++) {
  // Alternate the order so neither side always runs right after the other's garbage.
  const order = subjects.map((_, k) => k);
  if (r % 2) order.reverse();
  for (const k of order) times[k].push(pass(subjects[k]));
}
const chronoMs = median(times[0]);
console.log(`${articles.length} articles, ${Math.round(chars / articles.length)} chars on average, ${rounds} rounds, median ${wall ? "wall" : "CPU"} time per pass`);
subjects.forEach((s, k) => {
  const ms = median(times[k]);
  console.log(`${s.name.padEnd(26)} ${ms.toFixed(1).padStart(8)} ms ${(chars / 1e3 / ms).toFixed(2).padStart(7)} M chars/s   chrono-node time / this ${(chronoMs / ms).toFixed(2)}`);
});
if (sink < 0) console.log(sink);
