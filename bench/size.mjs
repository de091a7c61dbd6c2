#!/usr/bin/env node
// Checks the size budgets in .size-limit.json the way size-limit's small-lib preset does
// (bundle what a user imports, minify, gzip), with esbuild. size-limit 14 itself needs
// Node >= 22; this runs on Node 20 too.
//
//   node bench/size.mjs      exits 1 when an entry is over its limit
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const entries = JSON.parse(readFileSync(resolve(root, ".size-limit.json"), "utf8"));
let over = 0;
for (const entry of entries) {
  const path = resolve(root, entry.path);
  // An `import` entry bundles only what that import pulls in: the tree-shaking test.
  const contents = entry.import ? `export ${entry.import} from ${JSON.stringify(path)};` : `export * from ${JSON.stringify(path)};`;
  let bytes;
  try {
    const out = await build({
      stdin: { contents, resolveDir: root, loader: "js" },
      bundle: true,
      minify: true,
      treeShaking: true,
      format: "esm",
      platform: "neutral",
      write: false,
      logLevel: "silent",
    });
    bytes = gzipSync(out.outputFiles[0].contents, { level: 9 }).length;
  } catch (error) {
    console.log(`✗ ${entry.name}: cannot bundle: ${error.errors?.[0]?.text ?? error.message}`);
    over += 1;
    continue;
  }
  const limit = parseSize(entry.limit);
  const ok = bytes <= limit;
  if (!ok) over += 1;
  console.log(`${ok ? "✓" : "✗"} ${entry.name}: ${(bytes / 1000).toFixed(2)} kB min+gzip (limit ${entry.limit})`);
}
process.exitCode = over > 0 ? 1 : 0;

function parseSize(text) {
  const m = /^([\d.]+)\s*(B|kB|KB|MB)$/u.exec(text.trim());
  if (!m) throw new Error(`bad limit ${text}`);
  return Number(m[1]) * { B: 1, kB: 1000, KB: 1024, MB: 1e6 }[m[2]];
}
