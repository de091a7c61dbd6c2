import { describe, expect, it } from "vitest";
import { findStatements } from "./index.js";

describe("findStatements: a headline's closing noun", () => {
  it("reads the plural noun that closes a headline after a preposition as no cue", () => {
    const { statements } = findStatements("Tom Dunn Calls Ann Cole ‘A Disgrace’ Over Pier Comments\n\nMayor Tom Dunn toured the pier with Ann Cole on Monday.", {
      published: "2025-04-24",
    });
    expect(statements.map((s) => s.cue?.text)).not.toContain("Comments");
  });

  it("still reads a verb that closes a headline after its subject", () => {
    const { statements } = findStatements("Pier Is Safe, Dunn Claims\n\nMayor Tom Dunn toured the pier on Monday.", { published: "2025-04-24" });
    expect(statements.map((s) => [s.content.text, s.cue?.text])).toEqual([["Pier Is Safe", "Claims"]]);
  });
});
