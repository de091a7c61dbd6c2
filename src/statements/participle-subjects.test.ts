import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: the subject of a participle", () => {
  it("gives a participle to the people named right before it", () => {
    expect(read("Harbor Vote\n\nThe pier plan divided the town. But investors expecting a quick sale of the port may be disappointed.")).toEqual([
      ["indirect", "a quick sale of the port may be disappointed", "investors"],
    ]);
  });

  it("leaves a message's participle to the one who sent it", () => {
    expect(read("Harbor Vote\n\nThe Harbor Council issued a statement calling the vote a disgrace.")).toEqual([
      ["indirect", "the vote a disgrace", "Harbor Council"],
    ]);
  });

  it("reads the name before a dashed aside after 'with', and ends the clause before it", () => {
    expect(read("Harbor Vote\n\nTom Dunn said the tax had become an issue, with Nora Pike — a longtime rival of the mayor — criticizing his plan.")).toEqual([
      ["indirect", "the tax had become an issue", "Tom Dunn"],
      ["indirect", "his plan", "Nora Pike"],
    ]);
  });

  it("gives a participle to the main clause's subject, not to a frame in a clause put before it", () => {
    expect(read("Harbor Vote\n\nWhen Tom Dunn pointed out that the pier leaks oil, Nora Pike seized upon the remark, repeating her line that the port needs money.")).toEqual([
      ["indirect", "the pier leaks oil", "Tom Dunn"],
      ["indirect", "her line that the port needs money", "Nora Pike"],
    ]);
  });

  it("reads the name set off after a description that opens the sentence", () => {
    expect(read("Harbor Vote\n\nMayor Tom Dunn spoke first. But the other candidate on the stage, former Gov. Nora Pike, drew a contrast, saying that the pier would cost too much.")).toEqual([
      ["indirect", "the pier would cost too much", "Nora Pike"],
    ]);
  });
});
