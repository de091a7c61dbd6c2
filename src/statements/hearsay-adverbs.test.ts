import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: adverbs of hearsay", () => {
  it("reads the clause of 'reportedly' or 'allegedly', subject and all, as a report with no source", () => {
    expect(read("Pier Row\n\nThe mayor reportedly met the envoy on Friday. Two clerks have allegedly hidden the pier files.")).toEqual([
      ["indirect", "The mayor reportedly met the envoy on Friday", undefined],
      ["indirect", "Two clerks have allegedly hidden the pier files", undefined],
    ]);
  });

  it("leaves the clause to a report that names its source, before or after it", () => {
    expect(read("Pier Row\n\nTom Dunn allegedly sent rude notes to a clerk, the Harbor Post reported. The Harbor Post reported that the clerk allegedly kept the notes.")).toEqual([
      ["indirect", "Tom Dunn allegedly sent rude notes to a clerk", "Harbor Post"],
      ["indirect", "the clerk allegedly kept the notes", "Harbor Post"],
    ]);
  });
});
