/**
 * The built package, loaded the way users load it: dist/index.js by Node's ESM loader and
 * dist/index.cjs by `require`, each in its own Node process (not through vitest's transform).
 * Both must export the same functions, return a well-formed Article on the seed, agree with
 * each other, and agree with the sources (a stale or mis-bundled dist/ fails here).
 *
 * scripts/check.sh builds before it tests; without dist/ these tests are skipped, and say so.
 */
import { spawnSync } from "node:child_process";
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as src from "../src/index.js";
import { articleProblems, describeProblems } from "./support/invariants.js";

const ROOT = resolve(import.meta.dirname, "..");
const ESM = join(ROOT, "dist", "index.js");
const CJS = join(ROOT, "dist", "index.cjs");
const SEED = readFileSync(join(ROOT, "examples", "seed.txt"), "utf8");
const PUBLISHED = "2025-04-24";
const built = existsSync(ESM) && existsSync(CJS);

/** What a child process reports about the module it loaded. */
interface Report {
  readonly exports: Record<string, string>;
  readonly article: unknown;
  readonly undated: unknown;
  readonly invalidPublished: string;
}

// The same body for both formats; only the loading line differs.
const BODY = `
const text = require("node:fs").readFileSync(process.argv[1], "utf8");
const exportsOf = Object.fromEntries(Object.keys(m).sort().map((k) => [k, typeof m[k]]));
let invalidPublished = "did not throw";
try { m.parseArticle(text, { published: "24/04/2025" }); } catch (e) { invalidPublished = e.constructor.name; }
process.stdout.write(JSON.stringify({
  exports: exportsOf,
  article: m.parseArticle(text, { published: ${JSON.stringify(PUBLISHED)} }),
  undated: m.parseArticle(text),
  invalidPublished,
}));
`;

function load(kind: "esm" | "cjs"): Report {
  const code =
    kind === "esm"
      ? `import { createRequire } from "node:module"; const require = createRequire(import.meta.url); const m = await import(${JSON.stringify(`file://${ESM}`)});${BODY}`
      : `const m = require(${JSON.stringify(CJS)});${BODY}`;
  const args = kind === "esm" ? ["--input-type=module", "-e", code, join(ROOT, "examples", "seed.txt")] : ["-e", code, join(ROOT, "examples", "seed.txt")];
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20, timeout: 60_000 });
  if (r.status !== 0) throw new Error(`node could not load dist/ as ${kind}:\n${r.stderr}`);
  return JSON.parse(r.stdout) as Report;
}

describe.skipIf(!built)("dist/ (ESM and CJS, loaded by Node)", () => {
  // Loaded once per format; a load failure fails every test below with node's message.
  const reports = built ? { esm: load("esm"), cjs: load("cjs") } : undefined;

  for (const kind of ["esm", "cjs"] as const) {
    it(`${kind}: exports parseArticle and returns a well-formed Article on the seed`, () => {
      const r = reports![kind];
      expect(r.exports.parseArticle).toBe("function");
      const problems = articleProblems(r.article, SEED);
      if (problems.length > 0) expect.fail(describeProblems(problems));
      expect(r.article).toMatchObject({ text: SEED, published: PUBLISHED });
      expect(r.undated).not.toHaveProperty("published");
      expect(r.invalidPublished).toBe("RangeError");
    });
  }

  it("ESM and CJS export the same names and give identical output", () => {
    expect(reports!.cjs.exports).toEqual(reports!.esm.exports);
    expect(JSON.stringify(reports!.cjs.article)).toBe(JSON.stringify(reports!.esm.article));
    expect(JSON.stringify(reports!.cjs.undated)).toBe(JSON.stringify(reports!.esm.undated));
  });

  it("dist/ matches the sources: same exports, same output on the seed (else rebuild)", () => {
    const names = Object.fromEntries(Object.keys(src).sort().map((k) => [k, typeof (src as Record<string, unknown>)[k]]));
    expect(reports!.esm.exports, "dist/ exports differ from src/index.ts: run npm run build").toEqual(names);
    expect(JSON.stringify(reports!.esm.article), "dist/ output differs from src/: run npm run build").toBe(JSON.stringify(src.parseArticle(SEED, { published: PUBLISHED })));
  });

  it("package.json resolves the package name to these files, for import and require", () => {
    const r = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", `import { createRequire } from "node:module"; console.log(JSON.stringify([import.meta.resolve("newsfacts"), createRequire(import.meta.url).resolve("newsfacts")]));`],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toEqual([`file://${ESM}`, CJS]);
  });

  // dist/ is one file, so a bundler keeps any top-level statement of it it cannot prove pure (a
  // table built by a call): such a statement drags another facet's words into the lean import.
  it("importing only resolveDate from dist/ leaves the other facets' tables out (issue #6)", async () => {
    const bundle = async (contents: string) => {
      const out = await build({ stdin: { contents, resolveDir: ROOT, loader: "js" }, bundle: true, minify: true, treeShaking: true, format: "esm", platform: "neutral", write: false, logLevel: "silent" });
      return out.outputFiles[0]?.text ?? "";
    };
    const lean = await bundle(`export { resolveDate } from ${JSON.stringify(ESM)};`);
    const whole = await bundle(`export * from ${JSON.stringify(ESM)};`);
    // One word each of statements (negated auxiliaries, reporting verbs), actors, territories, casualties.
    for (const word of ["wouldn't", "reiterate", '"tv"', "Zaporizhzhia", "fatality"]) {
      expect(whole, word).toContain(word);
      expect(lean, word).not.toContain(word);
    }
  });
});

describe.skipIf(built)("dist/", () => {
  it.skip("not built: run `npm run build` first (scripts/check.sh does)", () => {});
});
