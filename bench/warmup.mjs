#!/usr/bin/env node
// The warm-up curve of parseArticle (issue 6's cold-start cost): one fresh process parses the
// bench's 3 KB articles once, in order, and prints the time of each block of 50 articles, then
// the first-pass total and a warm pass over the same articles. Bundles src/ as
// bench/dates-vs-chrono.mjs does, or times a given build (an ESM bundle exporting parseArticle).
//
//   node bench/warmup.mjs [--articles 1000] [--block 50] [--runs 3] [--wall] [--v8 "FLAGS"] [FILE]
//
// With --runs N (the default 3) it starts N fresh child processes and prints the median per
// block; times are CPU time of the child (--wall for wall time). Only ratios measured side by
// side on this shared machine mean much.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { median } from "./measure.mjs";
import { bundleSources, takeFlag, takeNumber } from "./sources.mjs";
import { articleSet } from "./workloads.mjs";

const args = process.argv.slice(2);
const count = takeNumber(args, "--articles", 1000);
const block = takeNumber(args, "--block", 50);
const runs = takeNumber(args, "--runs", 3);
const wall = takeFlag(args, "--wall");
const v8At = args.indexOf("--v8");
const v8Flags = v8At >= 0 ? args.splice(v8At, 2)[1].split(" ").filter(Boolean) : [];
const child = takeFlag(args, "--child");
const here = fileURLToPath(import.meta.url);

if (child) {
  const articles = articleSet(count);
  const lib = await import(pathToFileURL(resolve(args[0])).href);
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const now = wall ? () => performance.now() : cpuMs;
  const pass = () => {
    const blocks = [];
    let t0 = now();
    for (let i = 0; i < articles.length; i++) {
      lib.parseArticle(articles[i].text, { published: articles[i].published });
      if ((i + 1) % block === 0 || i + 1 === articles.length) {
        const t = now();
        blocks.push(t - t0);
        t0 = t;
      }
    }
    return blocks;
  };
  // CPU ms of this process's threads on Linux, the main thread apart: V8 compiles optimized code
  // and marks the heap on background threads, which process.cpuUsage() counts with the rest.
  const threadMs = () => {
    if (!existsSync("/proc/self/task")) return { main: NaN, all: NaN };
    let main = 0;
    let all = 0;
    for (const tid of readdirSync("/proc/self/task")) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks, USER_HZ 100
      all += ms;
      if (Number(tid) === process.pid) main = ms;
    }
    return { main, all };
  };
  const t0 = threadMs();
  const first = pass();
  const t1 = threadMs();
  const warm = pass();
  const t2 = threadMs();
  const split = (a, b) => ({ main: b.main - a.main, other: b.all - b.main - (a.all - a.main) });
  process.stdout.write(JSON.stringify({ first, warm, threads: { first: split(t0, t1), warm: split(t1, t2) } }));
} else {
  let file = args[0];
  let built = null;
  if (!file) {
    built = await bundleSources(join(tmpdir(), `newsfacts-warmup-${process.pid}.mjs`));
    file = built;
  }
  const results = [];
  for (let r = 0; r < runs; r++) {
    const extra = [...(wall ? ["--wall"] : []), "--articles", String(count), "--block", String(block)];
    results.push(JSON.parse(execFileSync(process.execPath, [...v8Flags, here, "--child", ...extra, file], { encoding: "utf8", maxBuffer: 1 << 24 })));
  }
  if (built) rmSync(built, { force: true });
  const med = (key) => results[0][key].map((_, k) => median(results.map((x) => x[key][k])));
  const first = med("first");
  const warm = med("warm");
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  console.log(`${count} articles, blocks of ${block}, median of ${runs} fresh processes, ${wall ? "wall" : "CPU"} ms`);
  console.log(`first pass, per block: ${first.map((x) => x.toFixed(0)).join(" ")}`);
  console.log(`warm pass, per block:  ${warm.map((x) => x.toFixed(0)).join(" ")}`);
  console.log(`first pass total ${sum(first).toFixed(0)} ms, warm pass total ${sum(warm).toFixed(0)} ms (${(sum(warm) / count).toFixed(2)} ms per article)`);
  console.log(`first-pass totals per run: ${results.map((x) => sum(x.first).toFixed(0)).join(", ")}`);
  const threads = (key, part) => median(results.map((x) => x.threads[key][part])).toFixed(0);
  console.log(`CPU ms by thread (median): first pass main ${threads("first", "main")} + background ${threads("first", "other")}; warm pass main ${threads("warm", "main")} + background ${threads("warm", "other")}`);
}
