#!/usr/bin/env node
// The newsfacts benchmark (npm run bench). Builds workloads from our own templates and the seed
// (workloads.mjs), times newsfacts, its public facet finders and the peers on them, pairs each
// with the floor (one regex tokenizing pass), and prints chars/s and ratios to the floor.
//
//   node bench/run.mjs [--quick] [--json FILE]
//   node bench/run.mjs --batch-only [--batch-articles N] [--batch-long-articles N] [--batch-runs N]
//
// (a) 1,000 articles of about 3 KB, timed in this process, article by article (p50/p99).
// (b) one 1 MB text, (c) one 10 MB text, and 100 KB for the linearity ratio: each subject in a
//     child process with a time budget, so a peer that cannot finish gets "n/a" and never blocks.
// batch: `newsfacts batch` over NDJSON on 1 thread and on every core, on 2,000 and on 10,000 articles.
// --quick scales everything down so CI can smoke-test the bench in a few seconds: every part
// runs, on small workloads and few rounds (it proves the bench runs; it measures nothing).
// --batch-only runs the batch part alone (no in-process subjects, no long texts), with article
// counts and rounds of its own: a batch change measured without the whole bench.
import { spawn, spawnSync } from "node:child_process";
import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { mcharsPerSecond, median, percentile, timeOnce } from "./measure.mjs";
import { loadStages, prepareInputs, stagesOf, timeStage } from "./stages.mjs";
import { loadManySubject, loadSubjects } from "./subjects.mjs";
import { articleSet, LONG_TEXT_PUBLISHED, longText } from "./workloads.mjs";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const jsonAt = args.indexOf("--json");
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;

const CONFIG = quick
  ? { articles: 20, sizes: { small: 10_000, b: 50_000, c: 200_000 }, passBudgetMs: 200, minOwnPasses: 1, maxPasses: 3, longBudgetMs: 200, maxLongRuns: 2, timeoutMs: 10_000, ownTimeoutMs: 30_000, peersOnLong: false, facetsOnLong: false, batchArticles: 30, batchLongArticles: 60, batchRuns: 1 }
  : { articles: 1000, sizes: { small: 100_000, b: 1_000_000, c: 10_000_000 }, passBudgetMs: 8000, minOwnPasses: 3, maxPasses: 7, longBudgetMs: 15_000, timeoutMs: 60_000, ownTimeoutMs: 300_000, maxLongRuns: Infinity, peersOnLong: true, facetsOnLong: true, batchArticles: 2000, batchLongArticles: 10_000, batchRuns: 2 };
const batchOnly = args.includes("--batch-only");
for (const [flag, key] of [["--batch-articles", "batchArticles"], ["--batch-long-articles", "batchLongArticles"], ["--batch-runs", "batchRuns"]]) {
  const at = args.indexOf(flag);
  if (at < 0) continue;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`bench: ${flag} wants a whole number above 0, not ${args[at + 1]}`);
  CONFIG[key] = value;
}
// The long run starts with the short run's articles and must hold more: the difference is the after-warm-up figure.
if (CONFIG.batchLongArticles <= CONFIG.batchArticles) throw new Error("bench: --batch-long-articles must be more than --batch-articles");
const LABEL = { small: `${kb(CONFIG.sizes.small)} text`, b: `(b) ${kb(CONFIG.sizes.b)} text`, c: `(c) ${kb(CONFIG.sizes.c)} text` };
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const RUN_ONE = fileURLToPath(new URL("./run-one.mjs", import.meta.url));
const CPU_REPORT = new URL("./cpu-report.mjs", import.meta.url).href;

const report = { quick, node: process.version, cores: availableParallelism(), articles: {}, long: {}, batch: {} };
const { subjects, skipped } = batchOnly ? { subjects: [], skipped: [] } : await loadSubjects();
console.log(`newsfacts bench${quick ? " --quick (scaled down)" : ""}${batchOnly ? " --batch-only" : ""}: node ${process.version}, ${availableParallelism()} cores`);
for (const s of skipped) console.log(`  skipped facet ${s}`);
const stale = newestSource() > statSync(new URL("../dist/index.js", import.meta.url)).mtimeMs;
if (stale) console.log("  warning: src/ is newer than dist/index.js; run `npx tsup` to bench the current code");

// ---------------------------------------------------------------- (a) articles, in process
const aRows = [];
let aFloor = Number.NaN;
if (!batchOnly) {
  const articles = articleSet(CONFIG.articles);
  const articleChars = articles.reduce((sum, a) => sum + a.text.length, 0);
  console.log(`\n(a) ${articles.length} articles, ${kb(articleChars / articles.length)} on average, ${kb(articleChars)} in all`);
  for (const subject of subjects) {
    const perArticle = [];
    const passes = [];
    const started = performance.now();
    timePass(subject, articles.slice(0, 50)); // warm-up: JIT and lazily built lexicons
    // Our own subjects get a few passes whatever the budget, so that a slow first (compiling)
    // pass cannot be the median; peers too slow for the budget keep their one pass.
    const minPasses = subject.group === "newsfacts" || subject.group === "facet" ? CONFIG.minOwnPasses : 1;
    while (passes.length < CONFIG.maxPasses && (passes.length < minPasses || performance.now() - started < CONFIG.passBudgetMs)) {
      passes.push(timePass(subject, articles, perArticle));
    }
    // The first pass still compiles (about 200 articles run before the code settles), so the
    // p99 over all passes is set by it; the passes after it show what a long run settles at.
    const warm = perArticle.slice(articles.length);
    const p99Warm = warm.length > 0 ? percentile(warm, 99) : Number.NaN;
    aRows.push({ name: subject.name, ms: median(passes), runs: passes.length, p50: percentile(perArticle, 50), p99: percentile(perArticle, 99), p99Warm });
  }
  aFloor = aRows.find((r) => r.name.startsWith("floor")).ms;
  printTable(
    ["subject", "median ms", "M chars/s", "× floor", "p50 ms/art", "p99 ms/art", "p99 after pass 1", "passes"],
    aRows.map((r) => [r.name, fmt(r.ms), fmt(mcharsPerSecond(articleChars, r.ms)), fmt(r.ms / aFloor), fmt(r.p50, 3), fmt(r.p99, 3), fmt(r.p99Warm, 3), String(r.runs)]),
  );
  report.articles = { count: articles.length, chars: articleChars, rows: aRows };

  // The same articles through parseArticles, a call per group: what a batch of many articles
  // costs when each facet runs over the group before the next (the CLI's batch does this).
  const many = await loadManySubject();
  if (many) {
    const group = 100;
    const groups = [];
    for (let i = 0; i < articles.length; i += group) groups.push(articles.slice(i, i + group));
    const passes = [];
    const started = performance.now();
    timeOnce(() => many.run(articles.slice(0, 50)));
    while (passes.length < CONFIG.maxPasses && (passes.length < 1 || performance.now() - started < CONFIG.passBudgetMs)) {
      passes.push(groups.reduce((sum, g) => sum + timeOnce(() => many.run(g)), 0));
    }
    const ms = median(passes);
    const single = aRows.find((r) => r.name === "newsfacts parseArticle")?.ms ?? Number.NaN;
    console.log(
      `  ${many.name}, ${group} articles a call: ${fmt(ms)} ms median of ${passes.length} passes, ${fmt(mcharsPerSecond(articleChars, ms))} M chars/s, ` +
        `${fmt(ms / aFloor)}× the floor, ${fmt(ms / single)}× parseArticle's time`,
    );
    report.articlesMany = { name: many.name, group, ms, runs: passes.length };
  }

  // ---------------------------------------------------------------- (a) stage by stage, from src/
  try {
    const m = await loadStages();
    const inputs = prepareInputs(m, articles);
    const parseMs = aRows.find((r) => r.name === "newsfacts parseArticle").ms;
    const rows = stagesOf(m).map(([name, run]) => {
      const { totals, perArticle } = timeStage(run, inputs, quick ? 1 : 2);
      return { name, ms: median(totals), p50: percentile(perArticle, 50), p99: percentile(perArticle, 99) };
    });
    console.log(`\n(a) parseArticle stage by stage (src/ bundled; each stage fed the earlier stages' results)`);
    printTable(
      ["stage", "median ms", "M chars/s", "× floor", "share of parseArticle", "p50 ms/art", "p99 ms/art"],
      rows.map((r) => [r.name, fmt(r.ms), fmt(mcharsPerSecond(articleChars, r.ms)), fmt(r.ms / aFloor), `${fmt((100 * r.ms) / parseMs, 1)} %`, fmt(r.p50, 3), fmt(r.p99, 3)]),
    );
    report.stages = rows;
  } catch (error) {
    console.log(`\n(a) stage by stage: skipped, the stages did not load or run (${error.message})`);
  }
}

function timePass(subject, set, perArticle) {
  let total = 0;
  for (const a of set) {
    const ms = timeOnce(() => subject.run(a.text, a.published));
    perArticle?.push(ms);
    total += ms;
  }
  return total;
}

// ---------------------------------------------------------------- long texts, child processes
const dir = mkdtempSync(join(tmpdir(), "newsfacts-bench-"));
try {
  const files = {};
  for (const [key, size] of Object.entries(batchOnly ? {} : CONFIG.sizes)) {
    files[key] = join(dir, `${key}.txt`);
    writeFileSync(files[key], longText(size));
  }
  const longRows = [];
  for (const subject of subjects) {
    const row = { name: subject.name };
    for (const key of ["small", "b", "c"]) {
      if (subject.group === "peer" && !CONFIG.peersOnLong && key !== "small") continue;
      // --quick: a facet's child runs on the small text only (parseArticle covers the long ones).
      if (subject.group === "facet" && !CONFIG.facetsOnLong && key !== "small") continue;
      // Peers get the time budget; newsfacts gets longer, so a slow build still gets a figure.
      const timeout = subject.group === "peer" ? CONFIG.timeoutMs : CONFIG.ownTimeoutMs;
      row[key] = await runChild(subject.name, files[key], Math.min(key === "small" ? 7 : 5, CONFIG.maxLongRuns), timeout);
    }
    longRows.push(row);
    process.stdout.write(".");
  }
  if (!batchOnly) {
    process.stdout.write("\n");
    const floorRow = longRows.find((r) => r.name.startsWith("floor"));
    for (const key of ["b", "c"]) {
      console.log(`\n${LABEL[key]}`);
      printTable(
        ["subject", "median ms", "M chars/s", "× floor", "runs"],
        longRows.map((r) => {
          const m = r[key];
          const ms = m?.runs.length ? median(m.runs) : undefined;
          if (ms === undefined) return [r.name, m ? `n/a (>${m.timeoutMs / 1000} s)` : "not run", "", "", ""];
          return [r.name, fmt(ms), fmt(mcharsPerSecond(CONFIG.sizes[key], ms)), fmt(ms / median(floorRow[key].runs)), String(m.runs.length)];
        }),
      );
    }
    console.log(`\nlinearity (time ratios; 10 is linear) and heap on ${LABEL.c}`);
    printTable(
      ["subject", `${LABEL.c} / ${LABEL.b}`, `${LABEL.b} / ${LABEL.small}`, "heap growth / input (worst run)", "retained / input", "peak RSS growth / input"],
      longRows.map((r) => {
        const t = (key) => (r[key]?.runs.length ? median(r[key].runs) : undefined);
        const ratio = (x, y) => (x !== undefined && y !== undefined ? fmt(x / y) : "n/a");
        const heap = r.c?.heap;
        const perInput = (bytes) => (heap ? fmt(bytes / CONFIG.sizes.c) : "n/a");
        return [r.name, ratio(t("c"), t("b")), ratio(t("b"), t("small")), perInput(heap?.growth), perInput(heap?.retained), perInput(heap?.peakRssGrowth)];
      }),
    );
  }
  report.long = { sizes: CONFIG.sizes, rows: longRows };
  const nf = longRows.find((r) => r.name === "newsfacts parseArticle");
  const nfTime = (key) => (nf?.[key]?.runs.length ? median(nf[key].runs) : Number.NaN);
  report.targets = {
    aFloorRatio: (aRows.find((r) => r.name === "newsfacts parseArticle")?.ms ?? Number.NaN) / aFloor,
    aP99: aRows.find((r) => r.name === "newsfacts parseArticle")?.p99 ?? Number.NaN,
    aP99Warm: aRows.find((r) => r.name === "newsfacts parseArticle")?.p99Warm ?? Number.NaN,
    linearCB: nfTime("c") / nfTime("b"),
    linearBSmall: nfTime("b") / nfTime("small"),
    heapPerInput: nf?.c?.heap ? nf.c.heap.growth / CONFIG.sizes.c : Number.NaN,
  };

  // ---------------------------------------------------------------- batch CLI
  if (!existsSync(CLI)) console.log("\nbatch: dist/cli.js missing, skipped (run `npx tsup`)");
  else {
    const batchFile = join(dir, "batch.ndjson");
    // Two runs, both timed on the wall clock with start-up included: the short one, and a long
    // one that starts with the same articles. Each thread optimizes the parser for itself (3–4 s
    // of CPU here, about the cost of 1,000 warm articles), which a short run on 2 threads barely
    // recovers from, while a user with a million articles sees the long run's throughput. The
    // difference between the two is the cost of the articles after the first ones, with
    // start-up and warm-up taken out: the throughput a long run settles at.
    const longSet = articleSet(CONFIG.batchLongArticles, 3);
    const batchSet = longSet.slice(0, CONFIG.batchArticles);
    writeFileSync(batchFile, batchSet.map((a) => JSON.stringify(a)).join("\n") + "\n");
    const longFile = join(dir, "batch-long.ndjson");
    writeFileSync(longFile, longSet.map((a) => JSON.stringify(a)).join("\n") + "\n");
    const batchChars = batchSet.reduce((sum, a) => sum + a.text.length, 0);
    const longChars = longSet.reduce((sum, a) => sum + a.text.length, 0);
    // Two baselines for "one core", both kept: `--workers 1` unpinned still lends its JIT and GC
    // threads the idle core (a third of a core or more here, most of it the optimizing compiler);
    // pinned with taskset (Linux) it is one core's throughput in the strict sense, but then it
    // shares that core with whatever else the machine runs there, which makes it the noisiest row.
    const pinnable = process.platform === "linux" && spawnSync("taskset", ["-c", "0", "true"]).status === 0;
    const workerCounts = [...new Set([1, 2, availableParallelism()])].map((workers) => ({ workers, pinned: false }));
    if (pinnable) workerCounts.unshift({ workers: 1, pinned: true });
    // Rounds: every configuration once per round, the order reversed every other round, so a
    // change of load on the shared machine falls on all of them alike; ratios are taken within a
    // round (paired) and their median reported beside the ratio of the medians.
    const runsOf = new Map(workerCounts.map((c) => [c, { runs: [], longRuns: [] }]));
    const loads = [];
    for (let round = 0; round < CONFIG.batchRuns; round++) {
      for (const config of round % 2 === 0 ? workerCounts : [...workerCounts].reverse()) {
        loads.push(loadavg()[0]);
        runsOf.get(config).runs.push(await timeBatch(batchFile, config.workers, config.pinned));
        runsOf.get(config).longRuns.push(await timeBatch(longFile, config.workers, config.pinned));
      }
    }
    const batchRows = workerCounts.map((config) => {
      const { runs, longRuns } = runsOf.get(config);
      const ms = median(runs.map((r) => r.ms));
      const cpuMs = median(runs.map((r) => r.cpuMs));
      const longMs = median(longRuns.map((r) => r.ms));
      const longCpuMs = median(longRuns.map((r) => r.cpuMs));
      const otherCpuMs = median(runs.map((r) => r.otherCpuMs));
      const longOtherCpuMs = median(longRuns.map((r) => r.otherCpuMs));
      const mainCpuMs = median(runs.map((r) => r.mainCpuMs));
      const longMainCpuMs = median(longRuns.map((r) => r.mainCpuMs));
      return { workers: config.workers, pinned: config.pinned, ms, cpuMs, longMs, longCpuMs, marginalMs: longMs - ms, marginalCpuMs: longCpuMs - cpuMs, otherCpuMs, longOtherCpuMs, mainCpuMs, longMainCpuMs, runs, longRuns };
    });
    const one = batchRows.find((r) => r.workers === 1 && !r.pinned);
    const pinnedOne = batchRows.find((r) => r.pinned);
    const two = batchRows.find((r) => r.workers === 2);
    const rest = longSet.length - batchSet.length;
    const workersLabel = (r) => (r.pinned ? "1, pinned to one core" : String(r.workers));
    console.log(`\nnewsfacts batch: ${batchSet.length} NDJSON articles (${kb(batchChars)}) and ${longSet.length} (${kb(longChars)}), wall time including start-up, ${CONFIG.batchRuns} alternated rounds`);
    printTable(
      ["--workers", "articles", "median ms", "articles/s", "M chars/s", "× 1 thread", "CPU s (all threads)", "CPU-bound estimate ×"],
      batchRows.flatMap((r) =>
        [
          [batchSet.length, batchChars, r.ms, r.cpuMs, one.ms, one.cpuMs],
          [longSet.length, longChars, r.longMs, r.longCpuMs, one.longMs, one.longCpuMs],
        ].map(([count, chars, ms, cpuMs, oneMs, oneCpuMs]) => [
          workersLabel(r),
          String(count),
          fmt(ms),
          fmt(count / (ms / 1000)),
          fmt(mcharsPerSecond(chars, ms)),
          fmt(oneMs / ms),
          fmt(cpuMs / 1000),
          // What the wall time would be on idle cores if the CPU time split evenly over the workers.
          fmt((oneCpuMs / cpuMs) * Math.min(r.workers, availableParallelism())),
        ]),
      ),
    );
    console.log(`  after warm-up: the ${rest} articles after the first ${batchSet.length} in the ${longSet.length}-article run (its time minus the ${batchSet.length}-article run's)`);
    printTable(
      ["--workers", "ms", "articles/s", "× 1 thread", "CPU s", "CPU-bound estimate ×"],
      batchRows.map((r) => [
        workersLabel(r),
        fmt(r.marginalMs),
        fmt(rest / (r.marginalMs / 1000)),
        fmt(one.marginalMs / r.marginalMs),
        fmt(r.marginalCpuMs / 1000),
        fmt((one.marginalCpuMs / r.marginalCpuMs) * Math.min(r.workers, availableParallelism())),
      ]),
    );
    // What start-up and JIT warm-up cost in CPU, all threads: the short run's CPU time minus its
    // articles at the marginal (after warm-up) CPU cost per article. Every thread pays it for
    // itself (its own isolate loads the library and optimizes the parser again), so what a
    // second thread adds to it is what a short run on 2 threads must win back.
    const warmRows = batchRows.map((r) => {
      const perArticle = r.marginalCpuMs / rest;
      return { r, perArticle, warmCpuMs: r.cpuMs - batchSet.length * perArticle };
    });
    const oneWarm = warmRows.find((w) => w.r === one);
    console.log(`  start-up and warm-up: CPU of the ${batchSet.length}-article run minus its articles at the CPU per article after warm-up`);
    printTable(
      ["--workers", "CPU ms per article after warm-up", "start-up + warm-up CPU s", "beyond 1 thread, CPU s", "as many articles after warm-up"],
      warmRows.map((w) => [
        workersLabel(w.r),
        fmt(w.perArticle),
        fmt(w.warmCpuMs / 1000),
        fmt((w.warmCpuMs - oneWarm.warmCpuMs) / 1000),
        fmt((w.warmCpuMs - oneWarm.warmCpuMs) / oneWarm.perArticle),
      ]),
    );
    // Where the CPU goes: the main thread (with --workers 1 it parses; with more it only reads,
    // hands chunks over and writes), the worker threads that parse, and the process's other
    // threads, V8's platform threads (its optimizing compiler and GC helpers, shared by all
    // isolates) with libuv's pool. One thread lends the other threads the idle core; on 2
    // threads they take it from the parsers, and each isolate optimizes the parser for itself.
    // Parsing CPU per article is the parsing threads' CPU over the articles: the same on 1 and 2
    // threads when a thread parses as fast alone as beside another.
    if (batchRows.some((r) => !Number.isNaN(r.otherCpuMs))) {
      console.log("  CPU by thread (medians; /proc: the main thread, the workers sampled while they live, the rest at exit)");
      printTable(
        ["--workers", "articles", "main thread CPU s", "worker threads CPU s (each)", "parsing CPU ms per article", "V8 compiler, GC, libuv CPU s", "their share"],
        batchRows.flatMap((r) =>
          [
            [batchSet.length, r.cpuMs, r.otherCpuMs, r.mainCpuMs, r.runs],
            [longSet.length, r.longCpuMs, r.longOtherCpuMs, r.longMainCpuMs, r.longRuns],
          ].map(([count, cpuMs, otherCpuMs, mainCpuMs, runs]) => {
            const each = r.workers === 1 ? [] : Array.from({ length: r.workers }, (_, i) => median(runs.map((run) => run.workerCpuMs[i] ?? Number.NaN)));
            const parsingMs = r.workers === 1 ? mainCpuMs : each.reduce((sum, ms) => sum + ms, 0);
            return [
              workersLabel(r),
              String(count),
              fmt(mainCpuMs / 1000),
              each.length === 0 ? "-" : each.map((ms) => fmt(ms / 1000)).join(", "),
              fmt(parsingMs / count),
              fmt(otherCpuMs / 1000),
              `${fmt((100 * otherCpuMs) / cpuMs, 0)}%`,
            ];
          }),
        ),
      );
    }
    // The 2-thread run against each baseline, three ways: wall ratio of the medians, median of
    // the wall ratios paired within a round, and the CPU estimate, which the load barely moves:
    // the baseline's CPU time (all its threads: what one core alone must do) over half the
    // 2-thread run's CPU time (what each of two idle cores must do, evenly shared).
    const comparisons = [one, pinnedOne].filter((base) => base !== undefined && two !== undefined).flatMap((base) =>
      [
        ["runs", batchSet.length],
        ["longRuns", longSet.length],
      ].map(([key, count]) => [
        `${count} articles, 2 threads against ${base.pinned ? "1 thread pinned to one core (taskset -c 0)" : "1 thread, unpinned"}`,
        fmt(median(base[key].map((r) => r.ms)) / median(two[key].map((r) => r.ms))),
        fmt(median(base[key].map((r, i) => r.ms / two[key][i].ms))),
        fmt(median(base[key].map((r) => r.cpuMs)) / (median(two[key].map((r) => r.cpuMs)) / 2)),
      ]),
    );
    if (comparisons.length > 0) {
      console.log("  2 threads against one core");
      printTable(["comparison", "× (medians, wall)", "× (paired rounds, wall)", "× (CPU estimate, 2 idle cores)"], comparisons);
    }
    console.log(`  load average (1 min) at the start of each run: median ${fmt(median(loads), 1)}, ${fmt(Math.min(...loads), 1)} to ${fmt(Math.max(...loads), 1)}; now ${loadavg().map((x) => x.toFixed(1)).join(" ")} on ${availableParallelism()} cores (wall ratios mean little when it is above the core count)`);
    report.batch = { articles: batchSet.length, chars: batchChars, longArticles: longSet.length, longChars, rows: batchRows, loads, warmCpuMs: Object.fromEntries(warmRows.map((w) => [workersLabel(w.r), w.warmCpuMs])) };
    report.targets.batchSpeedup = one.ms / (two?.ms ?? Number.NaN);
    report.targets.batchLongSpeedup = one.longMs / (two?.longMs ?? Number.NaN);
    report.targets.batchSteadySpeedup = one.marginalMs / (two?.marginalMs ?? Number.NaN);
    report.targets.batchPinnedSpeedup = pinnedOne ? pinnedOne.ms / (two?.ms ?? Number.NaN) : Number.NaN;
    report.targets.batchPinnedLongSpeedup = pinnedOne ? pinnedOne.longMs / (two?.longMs ?? Number.NaN) : Number.NaN;
    report.targets.batchCpuEstimate = two ? one.cpuMs / (two.cpuMs / 2) : Number.NaN;
    report.targets.batchLongCpuEstimate = two ? one.longCpuMs / (two.longCpuMs / 2) : Number.NaN;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// The targets of issue 6, for newsfacts parseArticle.
const t = report.targets ?? {};
console.log(`\ntargets (issue 6)${quick ? ", on the scaled-down workloads" : ""}`);
printTable(
  ["target", "measured", "met"],
  [
    ["(a) parseArticle ≤ 6× the floor", `${fmt(t.aFloorRatio)}×`, verdict(t.aFloorRatio, t.aFloorRatio <= 6)],
    ["(a) p99 per article ≤ 3 ms", `${fmt(t.aP99, 2)} ms`, verdict(t.aP99, t.aP99 <= 3)],
    ["  the same after the first pass (compiled)", `${fmt(t.aP99Warm, 2)} ms`, verdict(t.aP99Warm, t.aP99Warm <= 3)],
    [`${LABEL.c} ≤ 12× ${LABEL.b}`, `${fmt(t.linearCB)}×`, verdict(t.linearCB, t.linearCB <= 12)],
    [`${LABEL.b} ≤ 12× ${LABEL.small}`, `${fmt(t.linearBSmall)}×`, verdict(t.linearBSmall, t.linearBSmall <= 12)],
    [`heap growth on ${LABEL.c} ≤ 30× input`, `${fmt(t.heapPerInput)}×`, verdict(t.heapPerInput, t.heapPerInput <= 30)],
    [`batch on 2 workers ≥ 1.7× one core: against 1 thread, unpinned (wall, ${CONFIG.batchArticles} articles)`, `${fmt(t.batchSpeedup)}×`, verdict(t.batchSpeedup, t.batchSpeedup >= 1.7)],
    [`  the same on ${CONFIG.batchLongArticles} articles (wall)`, `${fmt(t.batchLongSpeedup)}×`, verdict(t.batchLongSpeedup, t.batchLongSpeedup >= 1.7)],
    ["  the same after warm-up", `${fmt(t.batchSteadySpeedup)}×`, verdict(t.batchSteadySpeedup, t.batchSteadySpeedup >= 1.7)],
    [`  against 1 thread pinned to one core (taskset -c 0; wall, ${CONFIG.batchArticles} articles)`, `${fmt(t.batchPinnedSpeedup)}×`, verdict(t.batchPinnedSpeedup, t.batchPinnedSpeedup >= 1.7)],
    [`  the same on ${CONFIG.batchLongArticles} articles (wall)`, `${fmt(t.batchPinnedLongSpeedup)}×`, verdict(t.batchPinnedLongSpeedup, t.batchPinnedLongSpeedup >= 1.7)],
    [`  CPU estimate on 2 idle cores, against 1 thread unpinned (${CONFIG.batchArticles} articles)`, `${fmt(t.batchCpuEstimate)}×`, verdict(t.batchCpuEstimate, t.batchCpuEstimate >= 1.7)],
    [`  the same on ${CONFIG.batchLongArticles} articles`, `${fmt(t.batchLongCpuEstimate)}×`, verdict(t.batchLongCpuEstimate, t.batchLongCpuEstimate >= 1.7)],
  ].filter(([, , met]) => !batchOnly || met !== "n/a"), // --batch-only measured the batch rows alone
);

function verdict(value, ok) {
  return value === undefined || Number.isNaN(value) ? "n/a" : ok ? "yes" : "no";
}

if (jsonFile) writeFileSync(jsonFile, JSON.stringify(report, null, 2) + "\n");

/** Runs one subject on one text file in a child; collects the runs it finished before `timeoutMs`. */
function runChild(name, file, maxRuns, timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--expose-gc", RUN_ONE, name, file, LONG_TEXT_PUBLISHED, String(CONFIG.longBudgetMs), String(maxRuns)], { stdio: ["ignore", "pipe", "inherit"] });
    const result = { runs: [], heap: undefined, timedOut: false, timeoutMs };
    let buffer = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (data) => {
      buffer += data;
      const lines = buffer.split("\n");
      buffer = lines.pop();
      for (const line of lines) {
        const message = JSON.parse(line);
        if (message.run !== undefined) result.runs.push(message.run);
        if (message.heap) result.heap = message.heap;
      }
    });
    const timer = setTimeout(() => {
      result.timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("close", () => {
      clearTimeout(timer);
      resolve(result);
    });
  });
}

/** Wall and CPU time of `newsfacts batch --workers N < file > /dev/null`, and the CPU of its threads that do not parse. */
function timeBatch(file, workers, pinned = false) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const args = ["--import", CPU_REPORT, CLI, "batch", "--workers", String(workers)];
    const child = pinned
      ? spawn("taskset", ["-c", "0", process.execPath, ...args], { stdio: ["pipe", "ignore", "pipe"] })
      : spawn(process.execPath, args, { stdio: ["pipe", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (data) => (stderr += data));
    createReadStream(file).pipe(child.stdin);
    child.on("close", (code) => {
      const ms = performance.now() - t0;
      const cpu = /newsfacts-bench-cpu (\{.*\})/u.exec(stderr);
      const { user, system, otherLiveMs, mainMs, workerMs } = cpu ? JSON.parse(cpu[1]) : { user: Number.NaN, system: Number.NaN };
      // Linux only: the CPU of the main thread, of each worker (largest first: which thread got
      // more chunks varies), and of the threads alive at exit besides the main one (see cpu-report.mjs).
      const workerCpuMs = [...(workerMs ?? [])].sort((a, b) => b - a);
      if (code === 0) resolve({ ms, cpuMs: (user + system) / 1000, otherCpuMs: otherLiveMs ?? Number.NaN, mainCpuMs: mainMs ?? Number.NaN, workerCpuMs });
      else reject(new Error(`batch exited with ${code}: ${stderr}`));
    });
  });
}

/** The modification time of the newest file under src/. */
function newestSource() {
  const src = fileURLToPath(new URL("../src", import.meta.url));
  return readdirSync(src, { recursive: true }).reduce((newest, file) => Math.max(newest, statSync(join(src, file)).mtimeMs), 0);
}

function printTable(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => "| " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") + " |";
  console.log(line(head));
  console.log("|" + widths.map((w, i) => (i === 0 ? "-".repeat(w + 1) : "-".repeat(w + 1) + ":")).join("|") + "|");
  for (const r of rows) console.log(line(r));
}

function fmt(x, digits) {
  if (x === undefined || Number.isNaN(x)) return "n/a";
  const d = digits ?? (x >= 100 ? 0 : x >= 10 ? 1 : 2);
  return x.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
}

function kb(chars) {
  return chars >= 1e6 ? `${(chars / 1e6).toFixed(chars % 1e6 ? 1 : 0)} MB` : `${Math.round(chars / 1e3)} KB`;
}
