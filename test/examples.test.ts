import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCasualties, parseArticle, parseCount, resolveDate, timexInterval } from "../src/index.js";
import { HELP } from "../src/cli/help.js";
import { markdownBlocks, sampleScript, tsdocBlocks, type SampleReport } from "./support/doc-samples.js";

// The examples are what users copy. esm, cjs and typescript parse examples/seed.txt through the
// built package (each imports "newsfacts", which resolves to dist/ through the package's own
// `exports`) and assert their own output; here we check that each runs to the end. The examples
// of one use each (statements, dates, casualties, html) print their results and show that output
// in a "Prints:" comment; here we check that they print exactly that. The code samples of the
// README, the guides and the TSDoc state their values in comments; here we check those values,
// and that the options the docs list are the ones the code has.
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

/** The report of a sample script (see test/support/doc-samples.ts) run against dist/. */
async function runSamples(name: string, blocks: readonly string[]): Promise<SampleReport> {
  const api = (await import(pathToFileURL(join(root, "dist", "index.js")).href)) as Record<string, unknown>;
  const file = join(scratch, `${name}.mjs`);
  writeFileSync(file, sampleScript(blocks, pathToFileURL(join(root, "dist", "index.js")).href, Object.keys(api)));
  const r = spawnSync(process.execPath, [file], { cwd: root, encoding: "utf8", timeout: 60_000 });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout.trimEnd().split("\n").at(-1)!) as SampleReport;
}

const read = (path: string) => readFileSync(join(root, path), "utf8");

describe("the docs' code samples give the values their comments state", () => {
  // Each file with the fewest checked lines it has today, so a sample cannot silently stop being checked.
  it.each([
    ["README.md", 11],
    ["docs/timex3.md", 3],
  ])("%s", async (path, least) => {
    const report = await runSamples(path.replace(/\W/gu, "-"), markdownBlocks(read(path)));
    expect(report.failures).toEqual([]);
    expect(report.checked).toBeGreaterThanOrEqual(least);
  });

  it("the @example of every TSDoc comment in src/", async () => {
    const files = ["actors/index.ts", "casualties/index.ts", "casualties/summarize.ts", "dates/index.ts", "dates/timex-value.ts", "html/html-to-text.ts", "numbers/index.ts", "numbers/read-count.ts", "numbers/read-number.ts", "parse-article.ts", "statements/index.ts", "territories/index.ts"];
    const report = await runSamples("tsdoc", files.flatMap((f) => tsdocBlocks(read(`src/${f}`))));
    expect(report.failures).toEqual([]);
    expect(report.checked).toBeGreaterThanOrEqual(55);
  });
});

/** Every `"phrase" → \`value\`` of a stretch of markdown, with the `mod` stated after it. */
function arrows(markdown: string): { phrase: string; value: string; mod?: string }[] {
  return [...markdown.matchAll(/"([^"]+)" → `([^`]+)`(?:,? \(?`mod: "([A-Z_]+)"`)?/gu)].map((m) => ({ phrase: m[1]!, value: m[2]!, ...(m[3] ? { mod: m[3] } : {}) }));
}

/** The text of a markdown file from the heading `from` to the next heading of the same level. */
function section(markdown: string, from: string): string {
  const start = markdown.indexOf(`\n${from}\n`);
  expect(start, from).toBeGreaterThan(-1);
  const level = from.split(" ")[0]!;
  const end = markdown.indexOf(`\n${level} `, start + from.length + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

describe("the tables of the guides", () => {
  const timex = read("docs/timex3.md");

  it.each(["## The four types", "## Values and granularity", "## Modifiers"])("timex3.md %s: each phrase → value, against 2025-04-24", (heading) => {
    const rows = arrows(section(timex, heading));
    expect(rows.length).toBeGreaterThan(4);
    for (const { phrase, value, mod } of rows) {
      const found = resolveDate(phrase, "2025-04-24");
      expect([phrase, found?.value, found?.mod]).toEqual([phrase, value, mod]);
    }
  });

  it("timex3.md ## Intervals: each value's interval", () => {
    const rows = [...section(timex, "## Intervals").matchAll(/^\| `([^`]+)` \| `([^`]+)` … `([^`]+)`/gmu)];
    expect(rows.length).toBeGreaterThan(3);
    for (const [, value, start, end] of rows) expect([value, timexInterval(value!)]).toEqual([value, { start, end }]);
  });

  it("model.md: each text of the counts table gives its count", () => {
    const rows = [...section(read("docs/model.md"), "## Casualties").matchAll(/^\| "([^"]+)" \| `(\{[^`]+\})`/gmu)];
    expect(rows.length).toBeGreaterThan(5);
    for (const [, text, count] of rows) {
      const found = parseCount(text!) ?? findCasualties(text!, { published: "2025-04-24" })[0]?.count;
      expect([text, found]).toEqual([text, new Function(`return (${count});`)()]);
    }
  });
});

describe("the options the docs list are the options the code has", () => {
  // The command line's options, as the parser declares them.
  const declared = [...read("src/cli/args.ts").matchAll(/^ {2}"?([a-z-]+)"?: \{ type: "(?:string|boolean)"/gmu)].map((m) => m[1]!);
  const cliGuide = read("docs/cli.md");

  it("every option of the command line is in --help and in docs/cli.md's table, and no other", () => {
    expect(declared).toContain("published");
    const tableFlags = [...section(cliGuide, "## Options").matchAll(/^\| `(?:-\w`, `)?--([a-z-]+)/gmu)].map((m) => m[1]!);
    const helpFlags = [...section(HELP, "Options:").matchAll(/^ {2}(?:-\w, )?--([a-z-]+)/gmu)].map((m) => m[1]!);
    expect(tableFlags.sort()).toEqual([...declared].sort());
    expect(helpFlags.sort()).toEqual([...declared].sort());
  });

  it("--help fits 80 columns", () => {
    for (const line of HELP.split("\n")) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it("every option of parseArticle is in the README and documented in ParseArticleOptions", () => {
    let message = "";
    try {
      parseArticle("", { nothing: 1 } as never);
    } catch (error) {
      message = (error as Error).message;
    }
    const names = [...message.slice(message.indexOf("its options are")).matchAll(/"(\w+)"/gu)].map((m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(["published", "timeZone", "format", "vague"]));
    const readme = read("README.md");
    const declaredOptions = read("src/parse-article.ts");
    for (const name of names) {
      expect(readme, name).toContain(`\`${name}\``);
      expect(declaredOptions, name).toMatch(new RegExp(`\\*/\\n {2}readonly ${name}\\?:`, "u"));
    }
  });
});
