// The current sources (src/index.ts) as one ESM bundle, for the tools that time src/ rather
// than dist/ (as scripts/eval.mjs scores them), and the command-line readers those tools share.
import { build } from "esbuild";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));

/** Bundles src/index.ts into `outfile` (ESM, for Node) and returns `outfile`. */
export async function bundleSources(outfile) {
  await build({ entryPoints: [join(root, "src/index.ts")], bundle: true, format: "esm", platform: "node", target: "es2022", outfile, logLevel: "error" });
  return outfile;
}

/** Bundles src/ to a temporary file named after `tool`, imports it and removes the file. */
export async function importSources(tool) {
  const outfile = await bundleSources(join(tmpdir(), `newsfacts-${tool}-${process.pid}.mjs`));
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

/** Takes `name VALUE` out of `args` and returns VALUE as a number, or `fallback` when absent. */
export function takeNumber(args, name, fallback) {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
}

/** Takes the flag `name` out of `args` and tells whether it was there. */
export function takeFlag(args, name) {
  const at = args.indexOf(name);
  if (at >= 0) args.splice(at, 1);
  return at >= 0;
}
