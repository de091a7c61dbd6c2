#!/usr/bin/env node
// What makes the slow articles of bench (a) slow: parseArticle on the same 1,000 articles of
// about 3 KB, after the same 50-article warm-up, timed article by article over several passes,
// with every garbage collection the process saw (PerformanceObserver "gc" entries).
//
//   node bench/tail.mjs [--passes N] [--lib FILE]     (default: 5 passes, dist/index.js)
//
// It prints, per pass, p50 and p99 and how many articles a scavenge fell in; then p99 over all
// passes (as bench (a) reports it), p99 after the first pass, and p99 after the first pass of
// the articles no collection fell in; and whether the slowest articles are the same ones from
// pass to pass (content) or others each time (collections, compilation, the machine).
// Per-article times are wall times: run it on an idle machine, or read ratios of runs made in
// the same minute.
//
//   node bench/tail.mjs --cold [--lib FILE]
//
// The first pass, from a fresh process and without the warm-up: the same 1,000 articles in
// groups of 100, then all of them again, each with its CPU time split between the main thread
// (the parse itself, unoptimized at first) and the process's other threads (V8's optimizing
// compiler and the GC's helpers). That split is what a batch worker thread pays again on its
// own: a second thread repeats both, and on 2 cores the compiler's share no longer runs on an
// idle core. The split needs Linux (/proc/thread-self); elsewhere only the total is shown.
import { readFileSync } from "node:fs";
import { performance, PerformanceObserver } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { percentile } from "./measure.mjs";
import { articleSet } from "./workloads.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const passes = Number(option("--passes", 5));
const libAt = option("--lib", undefined);
const cold = args.includes("--cold");
const lib = await import(libAt ? pathToFileURL(libAt).href : new URL("../dist/index.js", import.meta.url).href);
if (cold) {
  coldPass();
  process.exit(0);
}

/** V8's kinds of collection, as node:perf_hooks numbers them. */
const GC_KINDS = { 1: "scavenge", 2: "mark-compact", 4: "incremental marking", 8: "weak callbacks" };
const collections = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push({ start: e.startTime, ms: e.duration, kind: GC_KINDS[e.detail?.kind] ?? "other" });
}).observe({ entryTypes: ["gc"] });

const articles = articleSet(1000);
const run = (a) => lib.parseArticle(a.text, { published: a.published });
for (const a of articles.slice(0, 50)) run(a); // bench (a)'s warm-up
const times = []; // times[pass][article]
const starts = [];
for (let p = 0; p < passes; p++) {
  const t = [];
  const s = [];
  for (const a of articles) {
    const t0 = performance.now();
    run(a);
    t.push(performance.now() - t0);
    s.push(t0);
  }
  times.push(t);
  starts.push(s);
}
await new Promise((resolve) => setTimeout(resolve, 50)); // the observer reports asynchronously

/** The collections that started while article `i` of pass `p` ran. */
const collectionsIn = (p, i) => collections.filter((c) => c.start >= starts[p][i] && c.start < starts[p][i] + times[p][i]);
const fmt = (x) => x.toFixed(2);
const p99 = (xs) => percentile(xs, 99);

console.log(`parseArticle on ${articles.length} articles, ${passes} passes after a 50-article warm-up (ms per article)`);
console.log("| pass | total ms | p50 | p99 | max | articles with a scavenge | p99 of the others |");
console.log("|---:|---:|---:|---:|---:|---:|---:|");
for (let p = 0; p < passes; p++) {
  const withGc = times[p].filter((_, i) => collectionsIn(p, i).length > 0);
  const others = times[p].filter((_, i) => collectionsIn(p, i).length === 0);
  const total = times[p].reduce((sum, t) => sum + t, 0);
  console.log(`| ${p + 1} | ${total.toFixed(0)} | ${fmt(percentile(times[p], 50))} | ${fmt(p99(times[p]))} | ${fmt(Math.max(...times[p]))} | ${withGc.length} | ${fmt(p99(others))} |`);
}
const later = times.slice(1).flatMap((t, p) => t.map((ms, i) => ({ ms, gc: collectionsIn(p + 1, i).length > 0 })));
console.log(`\np99 over all passes (as bench (a) reports it): ${fmt(p99(times.flat()))}`);
if (passes > 1) {
  console.log(`p99 after the first pass: ${fmt(p99(later.map((x) => x.ms)))}`);
  console.log(`p99 after the first pass, articles no collection fell in: ${fmt(p99(later.filter((x) => !x.gc).map((x) => x.ms)))}`);
  console.log(`median of the articles a collection fell in, after the first pass: ${fmt(percentile(later.filter((x) => x.gc).map((x) => x.ms), 50))}`);
  // Content: each article's fastest time over the passes; the slowest 1% by it, pass to pass.
  const fastest = articles.map((_, i) => Math.min(...times.slice(1).map((t) => t[i])));
  console.log(`p99 of each article's fastest time after the first pass (what content alone costs): ${fmt(p99(fastest))}`);
  const slowest = (t) => new Set([...t.keys()].sort((a, b) => t[b] - t[a]).slice(0, Math.ceil(t.length / 100)));
  const overlap = times.slice(2).map((t, p) => {
    const before = slowest(times[p + 1]);
    return [...slowest(t)].filter((i) => before.has(i)).length;
  });
  if (overlap.length > 0) console.log(`slowest 1% shared with the pass before (passes 3..): ${overlap.join(", ")} of ${Math.ceil(articles.length / 100)}`);
}
console.log("\ncollections during the passes");
console.log("| kind | count | median ms | p90 ms | max ms |");
console.log("|---|---:|---:|---:|---:|");
const timed = collections.filter((c) => c.start >= starts[0][0]);
for (const kind of new Set(timed.map((c) => c.kind))) {
  const ms = timed.filter((c) => c.kind === kind).map((c) => c.ms);
  console.log(`| ${kind} | ${ms.length} | ${fmt(percentile(ms, 50))} | ${fmt(percentile(ms, 90))} | ${fmt(Math.max(...ms))} |`);
}

/** The CPU time of the calling thread in ms, from /proc (Linux, 10 ms ticks); NaN elsewhere. */
function threadCpuMs() {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** The process's CPU time in ms, all threads. */
function processCpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** `--cold`: the first 1,000 articles of a fresh process by groups of 100, then all again. */
function coldPass() {
  const articles = articleSet(1000);
  const group = 100;
  const time = (label, slice) => {
    const [t0, main0, all0] = [performance.now(), threadCpuMs(), processCpuMs()];
    for (const a of slice) lib.parseArticle(a.text, { published: a.published });
    const [ms, main, all] = [performance.now() - t0, threadCpuMs(), processCpuMs() - all0];
    return { label, ms, all, mainMs: main - main0, count: slice.length };
  };
  const groups = [];
  for (let i = 0; i < articles.length; i += group) groups.push(time(`${i + 1}–${i + group}`, articles.slice(i, i + group)));
  const sum = (key) => groups.reduce((s, r) => s + r[key], 0);
  const firstPass = { label: `first ${articles.length}`, ms: sum("ms"), all: sum("all"), mainMs: sum("mainMs"), count: articles.length };
  const again = time(`again 1–${articles.length}`, articles);
  const rows = [...groups, firstPass, again];
  const fmt = (x) => (Number.isNaN(x) ? "n/a" : x.toFixed(0));
  console.log(`parseArticle on ${articles.length} articles from a fresh process, no warm-up (wall and CPU ms; CPU by thread from /proc)`);
  console.log("| articles | wall ms | CPU ms, all threads | main thread | other threads (compiler, GC) | main thread ms per article |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(`| ${r.label} | ${fmt(r.ms)} | ${fmt(r.all)} | ${fmt(r.mainMs)} | ${fmt(r.all - r.mainMs)} | ${Number.isNaN(r.mainMs) ? "n/a" : (r.mainMs / r.count).toFixed(2)} |`);
  }
  console.log(
    `\nfirst pass against the second: ${(firstPass.all / again.all).toFixed(2)}× the CPU (all threads), ${(firstPass.mainMs / again.mainMs).toFixed(2)}× on the main thread; ` +
      `the first pass's extra CPU: ${fmt(firstPass.all - again.all)} ms, ${fmt(firstPass.all - firstPass.mainMs - (again.all - again.mainMs))} ms of it on other threads`,
  );
}
