// One subject on one long text, in its own process so the parent can stop it at a time budget
// and so the heap it grows is its own. Warms up, then prints one JSON line per finished run
// (the first also gives the heap).
//
//   node --expose-gc bench/run-one.mjs SUBJECT TEXT_FILE PUBLISHED BUDGET_MS MAX_RUNS
import { readFileSync } from "node:fs";
import { resourceUsage } from "node:process";
import { timeOnce } from "./measure.mjs";
import { loadSubjects } from "./subjects.mjs";

const [name, file, published, budget, maxRuns] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const { subjects } = await loadSubjects({ peers: !name.startsWith("newsfacts") && !name.startsWith("floor") });
const subject = subjects.find((s) => s.name === name);
if (!subject) throw new Error(`no subject ${name}`);

// Warm up on the text's first 20 KB: lazily built lexicons and the JIT are start-up costs, not
// costs that grow with the input.
for (let i = 0; i < 3; i++) subject.run(text.slice(0, 20_000), published);
globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
let _result;
const first = timeOnce(() => (_result = subject.run(text, published)));
// Heap growth with the result still alive: what a caller holds plus the garbage not yet collected.
const heapAfter = process.memoryUsage().heapUsed;
const peakRss = resourceUsage().maxRSS * 1024;
globalThis.gc?.();
const retained = process.memoryUsage().heapUsed - heapBefore;
_result = undefined;
console.log(JSON.stringify({ run: first }));
console.log(JSON.stringify({ heap: { growth: heapAfter - heapBefore, retained, peakRssGrowth: Math.max(0, peakRss - rssBefore) } }));
const started = Date.now();
for (let i = 1; i < Number(maxRuns) && Date.now() - started + first < Number(budget); i++) {
  console.log(JSON.stringify({ run: timeOnce(() => subject.run(text, published)) }));
}
