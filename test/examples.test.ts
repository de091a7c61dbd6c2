import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The examples are what users copy: each parses examples/seed.txt through the built package
// (it imports "newsfacts", which resolves to dist/ through the package's own `exports`) and
// asserts its own output; here we only check that each one runs to the end.
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
