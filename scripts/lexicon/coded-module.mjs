// What the lexicon scripts share: loading a TypeScript module of src/ and writing a front-coded
// list (src/lexicon/front-coded.ts) as the string literal the lexicon modules hold.
import { build } from "esbuild";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Imports `path` (relative to the repository root), bundled by esbuild, without writing a file. */
export async function load(path) {
  const out = await build({ entryPoints: [resolve(root, path)], bundle: true, format: "esm", platform: "node", write: false, logLevel: "error" });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`);
}

/** The coded list as lines of about 100 characters joined with `+`, each ending with the space after its last word. */
export function codedLines(coded) {
  const out = [];
  for (let at = 0; at < coded.length; ) {
    const space = coded.lastIndexOf(" ", at + 100);
    const end = coded.length - at <= 100 || space < at ? coded.length : space + 1;
    out.push(`  ${JSON.stringify(coded.slice(at, end))}`);
    at = end;
  }
  return out.join(" +\n");
}
