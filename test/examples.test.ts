import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The examples are what users copy. esm, cjs and typescript parse examples/seed.txt through the
// built package (each imports "newsfacts", which resolves to dist/ through the package's own
// `exports`) and assert their own output; here we check that each runs to the end. The examples
// of one use each (statements, dates, casualties, html) print their results and show that output
// in a "Prints:" comment; here we check that they print exactly that.
const root = fileURLToPath(new URL("..", import.meta.url));
const examples = join(root, "examples");
const scratch = mkdtempSync(join(tmpdir(), "newsfacts-examples-"));

function runNode(file: string) {
  const r = spawnSync(process.execPath, [file], { cwd: root, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

beforeAll(() => {
  if (!existsSync(join(root, "dist", "index.js")) || !existsSync(join(root, "dist", "index.cjs"))) {
    spawnSync("npx", ["tsup"], { cwd: root, stdio: "ignore" });
  }
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("examples against dist/", () => {
  it("esm.mjs runs and its assertions hold", () => {
    const r = runNode(join(examples, "esm.mjs"));
    expect(r.output).toMatch(/ok\s*$/u);
    expect(r.code).toBe(0);
  });

  it("cjs.cjs runs and its assertions hold", () => {
    const r = runNode(join(examples, "cjs.cjs"));
    expect(r.output).toMatch(/ok\s*$/u);
    expect(r.code).toBe(0);
  });

  it("typescript.ts, bundled against dist/ (Node 20 cannot strip types), runs and its assertions hold", async () => {
    const source = join(examples, "typescript.ts");
    const outfile = join(scratch, "typescript.mjs");
    await build({
      entryPoints: [source],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "es2022",
      outfile,
      logLevel: "error",
      // The example finds seed.txt next to itself, wherever the bundle is written.
      define: { "import.meta.url": JSON.stringify(pathToFileURL(source).href) },
    });
    const r = runNode(outfile);
    expect(r.output).toMatch(/ok\s*$/u);
    expect(r.code).toBe(0);
  });
});

/** The lines of an example's "// Prints:" comment, up to the first line that is no comment. */
function printsBlock(file: string): string {
  const lines = readFileSync(file, "utf8").split("\n");
  const from = lines.indexOf("// Prints:") + 1;
  const to = lines.findIndex((line, i) => i >= from && !line.startsWith("//"));
  return lines.slice(from, to).map((line) => line.replace(/^\/\/ ?/u, "") + "\n").join("");
}

describe("examples of one use each print what their comment says", () => {
  it.each(["statements", "dates", "casualties", "html"])("%s.mjs", (name) => {
    const file = join(examples, `${name}.mjs`);
    const expected = printsBlock(file);
    expect(expected.split("\n").length).toBeGreaterThan(3);
    const r = spawnSync(process.execPath, [file], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
  });
});
