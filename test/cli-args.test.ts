import { describe, expect, it } from "vitest";
import { parseCommandLine } from "../src/cli/args.js";

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
