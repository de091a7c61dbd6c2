#!/usr/bin/env node
// Scores the current sources on a dev corpus without touching dist/: bundles src/index.ts into
// .eval/<tag>/ (so several people can measure at once) and runs ../shared/eval/run.mjs on it.
//
//   node scripts/eval.mjs TASK [--tag NAME] [run.mjs options: --limit N --json --save FILE]
//   node scripts/eval.mjs all [--tag NAME]        every task, one line each; --save F writes
//                                                 each task's predictions to F with the task's
//                                                 name before its extension (F.jsonl -> F.timex.jsonl)
import { build } from "esbuild";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");
const args = process.argv.slice(2);
const tagAt = args.indexOf("--tag");
const tag = tagAt >= 0 ? args.splice(tagAt, 2)[1] : "default";
const [task, ...rest] = args;
if (!task) {
  console.error("usage: node scripts/eval.mjs TASK|all [--tag NAME] [--limit N] [--json] [--save FILE]");
  process.exit(2);
}
const out = join(root, ".eval", tag);
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(root, "src/index.ts")],
  bundle: true,
  format: "esm",
  platform: "node",
  target: "es2022",
  outfile: join(out, "index.js"),
  logLevel: "error",
});
writeFileSync(join(out, "package.json"), JSON.stringify({ name: "newsfacts", type: "module", exports: "./index.js" }));
const tasks = task === "all" ? ["articles", "timex", "relative-dates", "quotes", "casualties", "entities"] : [task];
const saveAt = rest.indexOf("--save");
/** The run.mjs options for task `t`: with several tasks, each saves to a file of its own. */
function optionsFor(t) {
  if (task !== "all" || saveAt < 0) return rest;
  const file = rest[saveAt + 1] ?? "";
  const dot = file.lastIndexOf(".");
  const own = dot > file.lastIndexOf("/") ? `${file.slice(0, dot)}.${t}${file.slice(dot)}` : `${file}.${t}`;
  return rest.map((a, i) => (i === saveAt + 1 ? own : a));
}
for (const t of tasks) {
  const gold = join(shared, "corpora", t, "dev.jsonl");
  if (!existsSync(gold)) throw new Error(`no corpus ${gold}`);
  const r = spawnSync(process.execPath, [join(shared, "eval", "run.mjs"), t, gold, "--lib", out, ...optionsFor(t)], { stdio: task === "all" ? "pipe" : "inherit", encoding: "utf8" });
  if (task === "all") {
    const lines = (r.stdout ?? "").trim().split("\n");
    const timing = lines.find((l) => l.startsWith("timing:")) ?? "";
    console.log(`${lines.at(-1) ?? r.stderr}  (${timing.replace(/^timing: /, "")})`);
  } else if (r.status) process.exit(r.status);
}
