import { describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import { parseCommandLine } from "../src/cli/args.js";
import { runParse } from "../src/cli/run-parse.js";

describe("newsfacts: an unknown command says what was likely meant", () => {
  it("names the command a misspelt one stands for", () => {
    expect(parseCommandLine(["pars", "story.txt"])).toEqual({ kind: "usage-error", message: 'unknown command "pars" (did you mean parse?)' });
    expect(parseCommandLine(["Batch"])).toEqual({ kind: "usage-error", message: 'unknown command "Batch" (did you mean batch?)' });
  });

  it("shows the parse command for a file given without one", () => {
    expect(parseCommandLine(["story.txt", "--published", "2025-04-24"])).toEqual({
      kind: "usage-error",
      message: 'unknown command "story.txt" (to read a file: newsfacts parse story.txt)',
    });
    expect(parseCommandLine(["-"])).toEqual({ kind: "usage-error", message: 'unknown command "-" (to read a file: newsfacts parse -)' });
  });

  it("lists the commands otherwise, and takes help as --help", () => {
    expect(parseCommandLine(["summary"])).toEqual({ kind: "usage-error", message: 'unknown command "summary"; the commands are parse and batch' });
    expect(parseCommandLine(["help"])).toEqual({ kind: "help" });
  });
});

describe("newsfacts parse --published none", () => {
  it("says the article has no date, for parse alone", () => {
    expect(parseCommandLine(["parse", "page.html", "--published", "none"])).toEqual({ kind: "parse", file: "page.html", format: "json", published: null, html: true });
    expect(parseCommandLine(["parse", "page.html", "--published", "None"])).toMatchObject({ published: null });
    expect(parseCommandLine(["batch", "--published", "none"])).toMatchObject({ kind: "usage-error", message: expect.stringMatching(/^--published none belongs to parse/u) as unknown });
    expect(parseCommandLine(["parse", "a.txt", "--published", "never"])).toMatchObject({ kind: "usage-error" });
  });

  it("reads no date from a page that declares one", async () => {
    const page = '<html><head><meta property="article:published_time" content="2025-06-03T21:40:00Z"></head><body><h1>Ferry aground</h1><p>Four were hurt on Tuesday.</p></body></html>';
    const parse = async (published?: string | null) => {
      let out = "";
      const io = { stdin: Readable.from([page]), stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true } };
      await runParse({ kind: "parse", file: "-", format: "json", html: true, ...(published === undefined ? {} : { published }) }, io);
      return JSON.parse(out) as { published?: string; dates: { text: string; value: string }[] };
    };
    expect((await parse()).published).toBe("2025-06-03T21:40:00Z");
    const none = await parse(null);
    expect(none.published).toBeUndefined();
    expect(none.dates.find((d) => d.text === "Tuesday")?.value).toBe("XXXX-WXX-2");
  });
});
