import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCommandLine } from "../src/cli/args.js";
import { processChunk } from "../src/cli/batch-chunk.js";
import { processBatchLine } from "../src/cli/batch-record.js";
import { MAIN_QUEUE, mainThreadRunner, pickRunner, WORKER_QUEUE, type ChunkRunner } from "../src/cli/chunk-runners.js";
import { createProgress, formatProgress } from "../src/cli/progress.js";
import { readAhead, readLineChunks, type LineChunk } from "../src/cli/read-line-chunks.js";
import { runBatch } from "../src/cli/run-batch.js";
import { runParse } from "../src/cli/run-parse.js";
import { formatCount } from "../src/cli/summary.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const seedFile = fileURLToPath(new URL("../examples/seed.txt", import.meta.url));
const seed = readFileSync(seedFile, "utf8");
const version = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** Runs the built CLI; the spawn tests are the CLI as users get it. */
function run(args: readonly string[], input?: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: "utf8", cwd: root, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs the built CLI once per argument list, all at the same time, and gives the results in
 * the order of the lists: a loop over many cases waits for one start-up, not one per case.
 */
function runEach(argLists: ReadonlyArray<readonly string[]>, input = "") {
  return Promise.all(
    argLists.map(
      (args) =>
        new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
          const child = spawn(process.execPath, [cli, ...args], { cwd: root, timeout: 60_000 });
          let stdout = "";
          let stderr = "";
          child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
          child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
          child.on("error", reject);
          child.on("close", (code) => resolve({ code, stdout, stderr }));
          child.stdin.on("error", () => {}); // a CLI that exits before reading stdin closes the pipe
          child.stdin.end(input);
        }),
    ),
  );
}

function ndjson(lines: readonly string[]) {
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

beforeAll(() => {
  if (!existsSync(cli)) spawnSync("npx", ["tsup"], { cwd: root, stdio: "ignore" });
}, 120_000);

describe("newsfacts (spawned)", () => {
  it("prints help and version, exit 0", () => {
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("newsfacts parse [FILE|-]");
    expect(help.stdout).toContain("Exit codes");
    const v = run(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(version);
  });

  it("parses a file to JSON with spans into the input", () => {
    const r = run(["parse", seedFile, "--published", "2025-04-24"]);
    expect(r.code).toBe(0);
    const article = JSON.parse(r.stdout) as { text: string; published: string; title: string };
    expect(article.text).toBe(seed);
    expect(article.published).toBe("2025-04-24");
    expect(article.title).toBe(seed.split("\n")[0]);
  });

  it("parses stdin with -, and prints a summary", () => {
    const r = run(["parse", "-", "--published", "2025-04-24", "--format", "summary"], seed);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(seed.split("\n")[0]);
    expect(r.stdout).toContain("published: 2025-04-24");
    for (const heading of ["Dates (", "Actors (", "Statements (", "Territories (", "Casualties ("]) expect(r.stdout).toContain(heading);
  });

  it("exits 2 on usage errors, with a message on stderr", async () => {
    const argLists = [
      [],
      ["frobnicate"],
      ["parse", "--nope"],
      ["parse", seedFile, "--published", "2025-02-30"],
      ["parse", seedFile, "--published", "yesterday"],
      ["parse", seedFile, "--format", "xml"],
      ["batch", "--workers", "0"],
      ["batch", "--workers", "two"],
      ["parse", "/no/such/file.txt"],
    ];
    const results = await runEach(argLists);
    for (const [k, args] of argLists.entries()) {
      const r = results[k]!;
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(/^newsfacts: /u);
      expect(r.stdout, args.join(" ")).toBe("");
    }
  });

  it("says what a bad or missing option value should be, and suggests the option meant", async () => {
    const cases: Array<[string[], string]> = [
      [["parse", seedFile, "--published"], 'newsfacts: --published needs a value: an ISO 8601 date such as "2025-04-24" or "2025-04-24T09:30:00Z"'],
      [["parse", "--published", "--html", seedFile], "newsfacts: --published needs a value:"],
      [["parse", seedFile, "--format"], "newsfacts: --format needs a value: json or summary"],
      [["batch", "--workers"], "newsfacts: --workers needs a value: a whole number from 1 to 64"],
      [["parse", seedFile, "--html=yes"], "newsfacts: --html takes no value"],
      [["parse", seedFile, "--publish", "2025-04-24"], "newsfacts: unknown option --publish (did you mean --published?)"],
      [["batch", "--worker", "2"], "newsfacts: unknown option --worker (did you mean --workers?)"],
      [["parse", seedFile, "--published", "2025-13-40"], 'newsfacts: --published is not a calendar date: "2025-13-40"'],
      [["parse", seedFile, "--published", "24/04/2025"], 'newsfacts: --published must be an ISO 8601 date such as "2025-04-24" or "2025-04-24T09:30:00Z", got "24/04/2025"'],
      [["parse", seedFile, "--published", "2025-04-24T25:00"], 'newsfacts: --published has an invalid time: "2025-04-24T25:00"'],
    ];
    const results = await runEach(cases.map(([args]) => args));
    for (const [k, [args, message]] of cases.entries()) {
      const r = results[k]!;
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr.split("\n")[0], args.join(" ")).toContain(message);
      expect(r.stderr, args.join(" ")).toContain('Run "newsfacts --help" for usage.');
    }
  });

  it("takes --time-zone and --vague for parse and batch, and refuses bad values with exit 2", async () => {
    const story = "Ferry Lost\n\nDozens of passengers died and a crew member was hurt yesterday, the coast guard said.";
    const stamp = ["--published", "2025-04-24T22:30:00Z"];
    const dates = (stdout: string) => (JSON.parse(stdout) as { dates: Array<{ value: string }> }).dates.map((d) => d.value);
    const counts = (stdout: string) => (JSON.parse(stdout) as { casualties: Array<{ count: unknown }> }).casualties.map((c) => c.count);
    const utc = run(["parse", "-", ...stamp], story);
    expect(utc.code).toBe(0);
    expect(dates(utc.stdout)).toEqual(["2025-04-23"]);
    const kyiv = run(["parse", "-", ...stamp, "--time-zone", "Europe/Kyiv", "--vague", "all"], story);
    expect(kyiv.code).toBe(0);
    expect(dates(kyiv.stdout)).toEqual(["2025-04-24"]);
    expect(counts(kyiv.stdout)).toContainEqual({ min: 24, max: 99, approximate: true });
    expect(counts(utc.stdout)).not.toContainEqual({ min: 24, max: 99, approximate: true });
    const batch = run(["batch", "--workers", "1", ...stamp, "--time-zone", "Europe/Kyiv", "--vague", "all"], `${JSON.stringify({ text: story })}\n${JSON.stringify({ text: story, timeZone: "UTC" })}\n`);
    expect(batch.code).toBe(0);
    const [own, utcLine] = batch.stdout.trimEnd().split("\n");
    expect(dates(own!)).toEqual(["2025-04-24"]);
    expect(dates(utcLine!)).toEqual(["2025-04-23"]);
    expect(counts(own!)).toContainEqual({ min: 24, max: 99, approximate: true });
    const cases: Array<[string[], string]> = [
      [["parse", seedFile, "--time-zone", "Atlantis/Capital"], 'newsfacts: --time-zone must be an IANA time zone name such as "Europe/Kyiv" or "UTC", got "Atlantis/Capital"'],
      [["batch", "--time-zone", "+03:00"], 'newsfacts: --time-zone must be an IANA time zone name such as "Europe/Kyiv" or "UTC", got "+03:00"'],
      [["parse", seedFile, "--time-zone"], 'newsfacts: --time-zone needs a value: an IANA time zone name such as "Europe/Kyiv" or "UTC"'],
      [["parse", seedFile, "--vague", "most"], 'newsfacts: --vague must be one of none, small, all, got "most"'],
      [["batch", "--vague"], "newsfacts: --vague needs a value: none, small, all"],
      [["parse", seedFile, "--timezone", "UTC"], "newsfacts: unknown option --timezone (did you mean --time-zone?)"],
    ];
    const results = await runEach(cases.map(([args]) => args));
    for (const [k, [args, message]] of cases.entries()) {
      const r = results[k]!;
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout, args.join(" ")).toBe("");
      expect(r.stderr.split("\n")[0], args.join(" ")).toBe(message);
    }
    const help = run(["--help"]).stdout;
    for (const flag of ["--time-zone ZONE", "--vague WHICH"]) expect(help).toContain(flag);
  });

  it("names a file it cannot read or that is not text, exit 2 with nothing on stdout", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsfacts-cli-"));
    try {
      const binary = join(dir, "photo.jpg");
      writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]));
      const utf16 = join(dir, "story-utf16.txt");
      writeFileSync(utf16, Buffer.from("\uFEFFKyiv, April 24.", "utf16le"));
      const missing = join(dir, "no-such-story.txt");
      const cases = [
        [missing, `cannot read ${missing}: no such file`],
        [dir, `cannot read ${dir}: it is a directory`],
        [binary, `${binary} is not text: it has NUL bytes`],
        [utf16, "(a binary file, or text in UTF-16?)"],
      ] as const;
      const results = await runEach(cases.map(([file]) => ["parse", file, "--published", "2025-04-24"]));
      for (const [k, [file, reason]] of cases.entries()) {
        const r = results[k]!;
        expect(r.code, file).toBe(2);
        expect(r.stdout, file).toBe("");
        expect(r.stderr, file).toContain(reason);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("parses empty input and input that is not UTF-8, with a warning on stderr", () => {
    const empty = run(["parse", "-", "--published", "2025-04-24"], "");
    expect(empty.code).toBe(0);
    expect(empty.stderr).toBe("newsfacts: warning: stdin is empty: there is nothing to read\n");
    expect(JSON.parse(empty.stdout)).toMatchObject({ text: "", published: "2025-04-24", actors: [], dates: [], diagnostics: [] });

    const dir = mkdtempSync(join(tmpdir(), "newsfacts-cli-"));
    try {
      // "Café" in Latin-1: the é is one byte that is no UTF-8.
      const latin1 = join(dir, "cafe.txt");
      writeFileSync(latin1, Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" owners in Kyiv spoke on Monday.")]));
      const r = run(["parse", latin1, "--published", "2025-04-24"]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`newsfacts: warning: ${latin1} is not valid UTF-8`);
      const article = JSON.parse(r.stdout) as { text: string; territories: Array<{ name: string }>; dates: Array<{ value: string }> };
      expect(article.text.startsWith("Caf\uFFFD owners")).toBe(true);
      expect(article.territories.map((t) => t.name)).toEqual(["Kyiv"]);
      expect(article.dates.map((d) => d.value)).toEqual(["2025-04-21"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads stdin when no FILE is given, as HTML with --html", () => {
    const html = "<nav>Home</nav><h1>Strike on Kharkiv</h1><p>Three people were <b>injured</b> on Tuesday.</p>";
    const r = run(["parse", "--html", "--published", "2025-04-24"], html);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const article = JSON.parse(r.stdout) as { text: string; title: string; casualties: Array<{ span: { start: number; end: number } }> };
    expect(article.text).toBe(html);
    expect(article.title).toBe("Strike on Kharkiv");
    const [injured] = article.casualties;
    expect(html.slice(injured!.span.start, injured!.span.end)).toBe("Three people were <b>injured");
  });

  it("batch keeps input order across workers and reports bad lines in place", () => {
    // About 220 KB in all, so several 64 KB chunks go to different threads (the main one alone,
    // or two or three workers); plain lower-case filler keeps the parsing cheap.
    const filler = "the quick brown fox jumps over the lazy dog ".repeat(50);
    const lines = Array.from({ length: 100 }, (_, i) =>
      i % 37 === 5 ? "{not json" : JSON.stringify({ id: `n${i}`, text: `Article ${i}.\n\n${filler}`, published: "2025-04-24" }),
    );
    const outputs: string[] = [];
    for (const workers of ["1", "2", "3"]) {
      const r = run(["batch", "--workers", workers], lines.join("\n") + "\n");
      expect(r.code).toBe(1);
      outputs.push(r.stdout);
      const out = ndjson(r.stdout.trimEnd().split("\n"));
      expect(out).toHaveLength(lines.length);
      out.forEach((record, i) => {
        if (i % 37 === 5) expect(record).toMatchObject({ line: i + 1, error: expect.stringContaining("invalid JSON") });
        else expect(record).toMatchObject({ id: `n${i}`, published: "2025-04-24" });
      });
    }
    // Worker threads write what the main thread alone writes, byte for byte.
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
  });

  it("batch skips blank lines, reads CRLF and a last line without a line break, and applies --published", () => {
    const input = `{"id":1,"text":"One."}\r\n\n   \n{"text":"Two.","published":"2024-01-02"}\n{"id":"x","text":"Three.","published":"bad"}\n{"id":4,"text":"Four."}`;
    const r = run(["batch", "--workers", "2", "--published", "2025-04-24"], input);
    expect(r.code).toBe(1);
    const out = ndjson(r.stdout.trimEnd().split("\n"));
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 1, text: "One.", published: "2025-04-24" });
    expect(out[1]).toMatchObject({ text: "Two.", published: "2024-01-02" });
    expect(out[2]).toMatchObject({ line: 5, id: "x", error: expect.stringContaining("ISO 8601") });
    expect(out[3]).toMatchObject({ id: 4, text: "Four." });
  });

  it("batch exits 0 when every line goes through, and prints nothing for no input", () => {
    const ok = run(["batch"], JSON.stringify({ text: "Kyiv.", published: "2025-04-24" }) + "\n");
    expect(ok.code).toBe(0);
    expect(ndjson(ok.stdout.trimEnd().split("\n"))[0]).toMatchObject({ text: "Kyiv." });
    const empty = run(["batch"], "");
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe("");
  });
});

describe("CLI modules", () => {
  it("reads command lines into commands", () => {
    expect(parseCommandLine(["parse", "a.txt", "--format", "summary", "--published", "2025-04-24"])).toEqual({
      kind: "parse",
      file: "a.txt",
      format: "summary",
      published: "2025-04-24",
    });
    expect(parseCommandLine(["parse"])).toEqual({ kind: "parse", file: "-", format: "json" });
    expect(parseCommandLine(["batch", "--workers", "3", "--progress"])).toEqual({ kind: "batch", workers: 3, progress: true });
    expect(parseCommandLine(["parse", "a.txt", "--time-zone", "Europe/Kyiv", "--vague", "none"])).toEqual({
      kind: "parse",
      file: "a.txt",
      format: "json",
      timeZone: "Europe/Kyiv",
      vague: "none",
    });
    expect(parseCommandLine(["batch", "--workers", "2", "--vague", "all", "--time-zone", "UTC"])).toEqual({ kind: "batch", workers: 2, progress: false, vague: "all", timeZone: "UTC" });
    expect(parseCommandLine(["batch", "--vague", "All"])).toEqual({ kind: "usage-error", message: '--vague must be one of none, small, all, got "All"' });
    expect(parseCommandLine(["-h"])).toEqual({ kind: "help" });
    expect(parseCommandLine(["--version"])).toEqual({ kind: "version" });
    expect(parseCommandLine(["batch", "file.ndjson"]).kind).toBe("usage-error");
    expect(parseCommandLine(["parse", "--workers", "2"]).kind).toBe("usage-error");
    expect(parseCommandLine(["batch", "--format", "summary"]).kind).toBe("usage-error");
    expect(parseCommandLine(["parse", "--bogus", "x"])).toEqual({ kind: "usage-error", message: "unknown option --bogus" });
    expect(parseCommandLine(["batch", "-x"])).toEqual({ kind: "usage-error", message: "unknown option -x" });
    // Options of other tools get what to give instead.
    expect(parseCommandLine(["parse", "--json"])).toEqual({ kind: "usage-error", message: "unknown option --json (did you mean --format json? it is the default)" });
    expect(parseCommandLine(["parse", "--summary"])).toEqual({ kind: "usage-error", message: "unknown option --summary (did you mean --format summary?)" });
    expect(parseCommandLine(["parse", "--pretty"])).toMatchObject({ message: expect.stringContaining("parse prints indented JSON already") });
    expect(parseCommandLine(["batch", "--tz", "UTC"])).toEqual({ kind: "usage-error", message: "unknown option --tz (did you mean --time-zone?)" });
  });

  it("says counts as a reader would", () => {
    expect(formatCount({ min: 12 })).toBe("at least 12");
    expect(formatCount({ min: 90, max: 90 })).toBe("90");
    expect(formatCount({ min: 10, max: 20 })).toBe("10–20");
    expect(formatCount({ min: 50, max: 50, approximate: true })).toBe("about 50");
    expect(formatCount({ min: 0, max: 30 })).toBe("up to 30");
    expect(formatCount({ min: 0, max: 200, approximate: true })).toBe("nearly 200");
  });

  it("turns a bad line into an error record and never throws", () => {
    for (const text of ["", "null", "[]", "42", '{"text":1}', '{"id":{},"text":"x"}', '{"text":"x","published":7}', "\u{D800}"]) {
      const record = processBatchLine({ line: 3, text });
      expect(record.failed, text).toBe(true);
      expect(JSON.parse(record.json), text).toMatchObject({ line: 3, error: expect.any(String) });
    }
    expect(processBatchLine({ line: 1, text: '{"id":"k","text":"x"}' }).json.startsWith('{"id":"k","text":"x"')).toBe(true);
  });

  it("reads a line's published of null as none of its own: the --published default, or no date", () => {
    const line = '{"id": 1, "text": "The ferry sank yesterday.", "published": null}';
    const dated = JSON.parse(processBatchLine({ line: 1, text: line }, { published: "2025-04-24" }).json) as { published?: string; dates: Array<{ value: string }> };
    expect(dated.published).toBe("2025-04-24");
    expect(dated.dates.map((d) => d.value)).toEqual(["2025-04-23"]);
    const undated = processBatchLine({ line: 1, text: line });
    expect(undated.failed).toBe(false);
    const article = JSON.parse(undated.json) as { published?: string; diagnostics: Array<{ code: string }> };
    expect(article.published).toBeUndefined();
    expect(article.diagnostics.map((d) => d.code)).toContain("no-published-date");
  });

  it("reads a line's own timeZone, or the --time-zone default, and keeps --vague for every line", () => {
    const text = "Two people died yesterday and several were hurt.";
    const read = (line: object, options: object) => JSON.parse(processBatchLine({ line: 1, text: JSON.stringify(line) }, options).json) as Record<string, unknown> & { dates: Array<{ value: string }>; casualties: unknown[] };
    const stamp = { published: "2025-04-24T22:30:00Z" };
    expect(read({ text }, stamp).dates.map((d) => d.value)).toEqual(["2025-04-23"]);
    expect(read({ text }, { ...stamp, timeZone: "Asia/Tokyo" }).dates.map((d) => d.value)).toEqual(["2025-04-24"]);
    expect(read({ text, timeZone: "UTC" }, { ...stamp, timeZone: "Asia/Tokyo" }).dates.map((d) => d.value)).toEqual(["2025-04-23"]);
    expect(read({ text, timeZone: null }, { ...stamp, timeZone: "Asia/Tokyo" }).dates.map((d) => d.value)).toEqual(["2025-04-24"]);
    expect(read({ text }, { ...stamp, vague: "none" }).casualties).toHaveLength(1);
    expect(read({ text }, stamp).casualties).toHaveLength(2);
    expect(read({ id: 3, text, timeZone: "Mars/Olympus" }, stamp)).toEqual({ line: 1, id: 3, error: '`timeZone` must be an IANA time zone name such as "Europe/Kyiv" or "UTC", got "Mars/Olympus"' });
    expect(read({ id: 4, text, timeZone: 3 }, stamp)).toEqual({ line: 1, id: 4, error: '`timeZone` must be an IANA time zone name such as "Europe/Kyiv", got number 3' });
    expect(read({ id: 5, text, timezone: "UTC" }, stamp)).toEqual({ line: 1, id: 5, error: "unknown key `timezone` (did you mean `timeZone`?)" });
  });

  it("says in each error record what is wrong with the line and what is expected", () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ["[1, 2]", { error: "expected a JSON object {id?, text, published?, timeZone?} or {id?, html, published?, timeZone?}, got an array" }],
      ['"Kyiv, April 24"', { error: 'expected a JSON object {id?, text, published?, timeZone?} or {id?, html, published?, timeZone?}, got "Kyiv, April 24"' }],
      ['{"id": {"n": 1}, "text": "x"}', { error: "`id` must be a string or a number, got an object" }],
      ['{"id": 6}', { id: 6, error: "no `text` (or `html` for a page) in the line" }],
      ['{"id": 5, "text": 7}', { id: 5, error: "`text` must be a string, got number 7" }],
      ['{"id": 5, "html": ["<p>"]}', { id: 5, error: "`html` must be a string, got an array" }],
      ['{"id": 8, "text": "x", "html": "<p>x</p>"}', { id: 8, error: "give `text` or `html`, not both" }],
      ['{"id": 9, "text": "x", "published": 20250424}', { id: 9, error: '`published` must be an ISO 8601 string such as "2025-04-24", got number 20250424' }],
      ['{"id": 9, "text": "x", "published": "2025-13-40"}', { id: 9, error: '`published` is not a calendar date: "2025-13-40"' }],
      ['{"id": 10, "text": "x", "publishd": "2025-04-24"}', { id: 10, error: "unknown key `publishd` (did you mean `published`?)" }],
      ['{"id": 11, "Text": "x"}', { id: 11, error: "unknown key `Text` (did you mean `text`?)" }],
      ['{"id": 12, "text": "x", "publishedAt": "2025-04-24"}', { id: 12, error: "unknown key `publishedAt` (did you mean `published`?)" }],
    ];
    for (const [text, expected] of cases) {
      const record = processBatchLine({ line: 7, text });
      expect(record.failed, text).toBe(true);
      expect(JSON.parse(record.json), text).toEqual({ line: 7, ...expected });
    }
    // Keys of the caller's own that look like none of the line's are left alone.
    const kept = processBatchLine({ line: 1, text: '{"id": "w1", "text": "Rain in Oslo.", "url": "https://example.org/1", "source": "wire"}' });
    expect(kept.failed).toBe(false);
    expect(JSON.parse(kept.json)).toMatchObject({ id: "w1", text: "Rain in Oslo." });
  });

  it("says how to end input typed at a terminal, and only there", async () => {
    for (const isTTY of [true, false]) {
      const said: string[] = [];
      const out: string[] = [];
      const stdin = Object.assign(Readable.from([Buffer.from("Rain fell in Oslo on Monday.")]), { isTTY });
      const io = { stdin, stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => said.push(t) } };
      expect(await runParse({ kind: "parse", file: "-", format: "json", published: "2025-04-24" }, io)).toBe(0);
      expect(said.join(""), String(isTTY)).toBe(isTTY ? "newsfacts: reading the article from the terminal; end it with Ctrl-D (or give a FILE)\n" : "");
      expect(JSON.parse(out.join("")), String(isTTY)).toMatchObject({ text: "Rain fell in Oslo on Monday." });

      const warnings: string[] = [];
      const lines = Object.assign(Readable.from([Buffer.from('{"text":"Rain in Oslo."}\n')]), { isTTY });
      const stdout = new Writable({ write(_chunk: Buffer, _encoding, callback) { callback(); } });
      const stderr = { isTTY: false, write: (text: string) => warnings.push(text) > 0 };
      expect(await runBatch({ kind: "batch", workers: 1, progress: false }, { stdin: lines, stdout, stderr, workerScript: new URL(import.meta.url) })).toBe(0);
      expect(warnings.join(""), String(isTTY)).toBe(isTTY ? "newsfacts batch: reading NDJSON lines from the terminal; end the input with Ctrl-D\n" : "");
    }
  });

  it("splits a stream into whole-line chunks however the bytes arrive", async () => {
    const text = "é1\nline two\n\nü3 ✓\nlast";
    const bytes = Buffer.from(text);
    // One byte at a time splits every multi-byte character across pieces.
    const pieces = Array.from(bytes, (b) => Buffer.from([b]));
    const chunks: LineChunk[] = [];
    for await (const chunk of readLineChunks(Readable.from(pieces), 4)) chunks.push(chunk);
    expect(chunks.map((c) => Buffer.from(c.bytes).toString()).join("")).toBe(text);
    expect(chunks.every((c) => c.bytes.length === 0 || Buffer.from(c.bytes).toString().length > 0)).toBe(true);
    expect(chunks.reduce((n, c) => n + c.lineCount, 0)).toBe(5);
    expect(chunks.map((c) => c.firstLine)).toEqual(chunks.map((_, i) => 1 + chunks.slice(0, i).reduce((n, c) => n + c.lineCount, 0)));
  });

  it("numbers the lines of a chunk from its first line", () => {
    const bytes = Buffer.from('{"text":"a"}\n\nnope\n');
    const result = processChunk({ seq: 0, firstLine: 10, lineCount: 3, bytes });
    const out = ndjson(Buffer.from(result.output).toString().trimEnd().split("\n"));
    expect(result).toMatchObject({ lines: 2, failed: 1 });
    expect(out[1]).toMatchObject({ line: 12 });
  });

  it("gives each line of a chunk the record processBatchLine gives it alone, though the chunk's articles are parsed together", () => {
    const lines = [
      { id: "a", text: "KHARKIV, Ukraine — Two people were killed on Monday when a drone hit a depot, Governor Oleh Synehubov said.", published: "2025-03-10" },
      { text: "Mayor Ana Ruiz said on Tuesday that the bridge would reopen next week. “We are nearly there,” she told reporters.", published: "2025-06-03" },
      { id: 3, text: "Rain fell in Oslo.", published: "2025-13-01" },
      { html: "<h1>Strike</h1><p>At least <em>12</em> people were killed in Kyiv on Thursday, officials said.</p>", published: "2025-04-24" },
      { id: 5, text: "The minister, Pieter van Dijk, said 40 homes in Lyon had been damaged since March." },
      { text: "" },
    ].map((l) => JSON.stringify(l));
    lines.splice(2, 0, "not json");
    const bytes = Buffer.from(lines.join("\n") + "\n");
    const result = processChunk({ seq: 0, firstLine: 1, lineCount: lines.length, bytes }, { published: "2025-05-01" });
    const alone = lines.map((text, i) => processBatchLine({ line: i + 1, text }, { published: "2025-05-01" }).json);
    expect(Buffer.from(result.output).toString().trimEnd().split("\n")).toEqual(alone);
    expect(result).toMatchObject({ lines: 7, failed: 2 });
  });

  it("writes each record as UTF-8 on its own line, whatever script the records are in", () => {
    const texts = ["Rain fell in Oslo.", "Дощ пройшов у Львові «вчора».", "Snow in Bergen — 3 cm.", "雨が降った。"];
    const bytes = Buffer.from(texts.map((text, i) => JSON.stringify({ id: i, text })).join("\n") + "\n");
    const result = processChunk({ seq: 4, firstLine: 1, lineCount: texts.length, bytes });
    const output = Buffer.from(result.output).toString("utf8");
    expect(output.endsWith("\n")).toBe(true);
    expect(ndjson(output.trimEnd().split("\n")).map((a) => [a.id, a.text])).toEqual(texts.map((text, i) => [i, text]));
    expect(result).toMatchObject({ seq: 4, lines: 4, failed: 0 });
  });

  it("runs main-thread chunks in order, one per turn of the event loop, so other work gets in between", async () => {
    const runner = mainThreadRunner({ published: "2025-04-24" });
    const events: string[] = [];
    const chunk = (seq: number) => ({ seq, firstLine: 1 + seq, lineCount: 1, bytes: Buffer.from(JSON.stringify({ id: seq, text: `Rain in Oslo on day ${seq}.` }) + "\n") });
    const results = [0, 1, 2].map((seq) => runner.run(chunk(seq)).then((r) => (events.push(`chunk ${r.seq}`), r)));
    expect(runner.pending()).toBe(3);
    // Queued after the three chunks: with all three run in one go, it would come last.
    setImmediate(() => events.push("other work"));
    const done = await Promise.all(results);
    expect(events).toEqual(["chunk 0", "other work", "chunk 1", "chunk 2"]);
    expect(runner.pending()).toBe(0);
    expect(done.map((r) => ndjson(Buffer.from(r.output).toString().trimEnd().split("\n"))[0])).toEqual(
      [0, 1, 2].map((id) => expect.objectContaining({ id, published: "2025-04-24" })),
    );
  });

  it("hands chunks to the least busy worker thread, and to the main thread only when no worker is left", () => {
    const runner = (name: string, inMainThread: boolean, pending: number): ChunkRunner & { name: string } => ({
      name,
      inMainThread,
      pending: () => pending,
      run: () => new Promise(() => undefined),
      close: async () => {},
    });
    const pick = (...runners: Array<ChunkRunner & { name: string }>) => (pickRunner(runners) as { name: string } | undefined)?.name;
    const retired = Number.POSITIVE_INFINITY;
    expect(pick(runner("a", false, 0), runner("main", true, 0))).toBe("a");
    expect(pick(runner("a", false, WORKER_QUEUE - 1), runner("main", true, 0))).toBe("a");
    expect(pick(runner("a", false, 2), runner("b", false, 1), runner("main", true, 0))).toBe("b");
    // Workers full: wait for one, even with the main thread idle, so the main thread never holds
    // the event loop for a chunk while the workers' results wait to be written.
    expect(pick(runner("a", false, WORKER_QUEUE), runner("main", true, 0))).toBeUndefined();
    expect(pick(runner("a", false, WORKER_QUEUE), runner("b", false, retired), runner("main", true, 0))).toBeUndefined();
    expect(pick(runner("a", false, retired), runner("b", false, 0), runner("main", true, 0))).toBe("b");
    // No worker left (none could start) or none asked for: the main thread, up to its own few chunks.
    expect(pick(runner("a", false, retired), runner("b", false, retired), runner("main", true, 0))).toBe("main");
    expect(pick(runner("a", false, retired), runner("main", true, MAIN_QUEUE))).toBeUndefined();
    expect(pick(runner("main", true, MAIN_QUEUE - 1))).toBe("main");
    expect(pick(runner("main", true, MAIN_QUEUE))).toBeUndefined();
  });

  it("reads the next item while the consumer holds this one, and stops without waiting for input", async () => {
    let asked = 0;
    let release: (() => void) | undefined;
    async function* source() {
      for (let i = 0; i < 3; i++) {
        asked += 1;
        yield i;
      }
      asked += 1;
      // Input that never comes (an idle terminal): stopping must not wait for it.
      await new Promise<void>((resolve) => (release = resolve));
      yield 99;
    }
    const seen: Array<[number, number]> = [];
    for await (const item of readAhead(source())) {
      seen.push([item, asked]);
      if (item === 2) break;
    }
    // Each item arrives with the next one already asked for.
    expect(seen).toEqual([
      [0, 2],
      [1, 3],
      [2, 4],
    ]);
    expect(release).toBeDefined();
    release?.();
    const all: number[] = [];
    for await (const item of readAhead(Readable.from([1, 2, 3]))) all.push(item as number);
    expect(all).toEqual([1, 2, 3]);
  });

  it("shows progress only for long runs, and only when enabled", () => {
    const written: string[] = [];
    let now = 0;
    const stream = { isTTY: false, write: (text: string) => written.push(text) };
    const counts = { lines: 10, failed: 0, bytes: 30_000 };
    const quiet = createProgress(stream, false, () => now);
    now = 5000;
    quiet.update(counts);
    quiet.finish(counts);
    expect(written).toEqual([]);
    now = 0;
    const loud = createProgress(stream, true, () => now);
    loud.update(counts);
    expect(written).toEqual([]);
    now = 3000;
    loud.update(counts);
    loud.finish(counts);
    expect(written).toHaveLength(2);
    expect(formatProgress({ lines: 12_000, failed: 3, bytes: 41_200_000 }, 8000)).toBe(
      "newsfacts batch: 12,000 lines (3 failed), 41.2 MB, 1,500 lines/s, 8 s",
    );
  });
});

describe("batch back-pressure", () => {
  it("stops reading while stdout is full, so memory does not grow with the input, and keeps order", async () => {
    const total = 80;
    let pulled = 0;
    // Lines of about 70 KB: one chunk each, so the count of lines pulled is the count of chunks.
    const filler = "x".repeat(70_000);
    async function* input() {
      for (let i = 0; i < total; i++) {
        pulled += 1;
        yield Buffer.from(JSON.stringify({ id: i, text: `Line ${i}. ${filler}` }) + "\n");
      }
    }
    const held: Array<() => void> = [];
    let released = false;
    const written: Buffer[] = [];
    const stdout = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        written.push(chunk);
        if (released) callback();
        else held.push(callback);
      },
    });
    const stderr = { isTTY: false, write: () => true };
    const done = runBatch({ kind: "batch", workers: 1, progress: false }, { stdin: Readable.from(input(), { highWaterMark: 1 }), stdout, stderr, workerScript: new URL(import.meta.url) });
    // Let the pipeline fill up against the stuck stdout; whatever the wait, it must stay bounded.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pulled, `lines pulled while stdout was full: ${pulled}`).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(20);
    released = true;
    for (const callback of held.splice(0)) callback();
    expect(await done).toBe(0);
    const ids = Buffer.concat(written).toString().trimEnd().split("\n").map((line) => (JSON.parse(line) as { id: number }).id);
    expect(ids).toEqual(Array.from({ length: total }, (_, i) => i));
  });
});

describe("batch with a worker thread that cannot start", () => {
  // A worker that fails before serving a chunk would fail the same way if started again: its lines
  // must go to the main thread (no error records, no restart loop) and stderr must say so once.
  it.each([
    ["throws while loading", 'throw new Error("cannot load the parser here");'],
    ["exits at once", "process.exit(3);"],
  ])("parses every line on the main thread when the worker %s", async (_, body) => {
    const dir = mkdtempSync(join(tmpdir(), "newsfacts-worker-"));
    const script = join(dir, "broken-worker.mjs");
    writeFileSync(script, body);
    try {
      const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: i, text: `Officials said ${i + 2} people were injured on Monday in Kharkiv.`, published: "2025-04-24" }));
      const written: Buffer[] = [];
      const stdout = new Writable({ write(chunk: Buffer, _encoding, callback) { written.push(chunk); callback(); } });
      const warnings: string[] = [];
      const stderr = { isTTY: false, write: (text: string) => warnings.push(text) > 0 };
      const code = await runBatch({ kind: "batch", workers: 3, progress: false }, { stdin: Readable.from([lines.join("\n") + "\n"]), stdout, stderr, workerScript: pathToFileURL(script) });
      const records = ndjson(Buffer.concat(written).toString().trimEnd().split("\n"));
      expect(code).toBe(0);
      expect(records.map((r) => r.id)).toEqual(lines.map((_, i) => i));
      expect(records.every((r) => r.error === undefined && Array.isArray(r.casualties))).toBe(true);
      // One warning per worker that failed before the run ended (at most one each: no restarts).
      const retired = warnings.filter((w) => w.includes("run on the main thread")).length;
      expect(retired).toBeGreaterThanOrEqual(1);
      expect(retired).toBeLessThanOrEqual(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
