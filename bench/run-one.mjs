// One subject on one long text, in its own process so the parent can stop it at a time budget
// and so the heap it grows is its own. Warms up, then prints one JSON line per finished run
// and, after each, the heap figures of the runs so far.
//
//   node --expose-gc bench/run-one.mjs SUBJECT TEXT_FILE PUBLISHED BUDGET_MS MAX_RUNS
import { readFileSync } from "node:fs";
import { resourceUsage } from "node:process";
import { median, timeOnce } from "./measure.mjs";
import { loadSubjects } from "./subjects.mjs";

const [name, file, published, budget, maxRuns] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const { subjects } = await loadSubjects({ peers: !name.startsWith("newsfacts") && !name.startsWith("floor") });
const subject = subjects.find((s) => s.name === name);
if (!subject) throw new Error(`no subject ${name}`);

// Warm up on the text's first 20 KB: lazily built lexicons and the JIT are start-up costs, not
// costs that grow with the input.
for (let i = 0; i < 3; i++) subject.run(text.slice(0, 20_000), published);

// Heap growth of one run with the result still alive: what a caller holds plus the garbage not
// yet collected. Each run starts from a collected heap. The garbage part depends on whether V8
// happened to start a full collection late in the run (the same build gives 21x or 41x of the
// input from one run to the next), so every run is measured and the worst is reported as the
// growth, with the median beside it: a target met by a lucky run is not met. Typed arrays keep
// their bytes outside the JS heap; their growth is given apart (buffersGrowth), so that moving
// data into them shows as what it is.
const growths = [];
let retained = 0;
let peakRssGrowth = 0;
let buffersGrowth = 0;
// Two collections: one called while V8 is marking finishes that cycle, which may keep what died
// since it began.
const collect = () => {
  globalThis.gc?.();
  globalThis.gc?.();
};
function measuredRun() {
  collect();
  const { heapUsed: heapBefore, rss: rssBefore, arrayBuffers: buffersBefore } = process.memoryUsage();
  let _result;
  const ms = timeOnce(() => (_result = subject.run(text, published)));
  const after = process.memoryUsage();
  growths.push(after.heapUsed - heapBefore);
  buffersGrowth = Math.max(buffersGrowth, after.arrayBuffers - buffersBefore);
  peakRssGrowth = Math.max(peakRssGrowth, resourceUsage().maxRSS * 1024 - rssBefore);
  collect();
  // What the result alone holds (the same on every run); read before it is dropped.
  retained = process.memoryUsage().heapUsed - heapBefore;
  _result = undefined;
  console.log(JSON.stringify({ run: ms }));
  console.log(JSON.stringify({ heap: { growth: Math.max(...growths), growthMedian: median(growths), growths, retained, buffersGrowth, peakRssGrowth } }));
  return ms;
}
const first = measuredRun();
const started = Date.now();
for (let i = 1; i < Number(maxRuns) && Date.now() - started + first < Number(budget); i++) measuredRun();
