import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: views held by no one named", () => {
  it("reads a passive of taking something as something, before 'as', as the whole clause with no speaker", () => {
    expect(read("Harbor Plan\n\nThe new ferry line is widely seen as a lifeline for the islands. Both bridges were viewed as unsafe after the storm.")).toEqual([
      ["indirect", "The new ferry line is widely seen as a lifeline for the islands", undefined],
      ["indirect", "Both bridges were viewed as unsafe after the storm", undefined],
    ]);
  });

  it("reads a passive of hearsay before 'to' the same way", () => {
    expect(read("Mill Fire\n\nThe old mill is thought to be beyond repair. Several workers are said to favor a strike.")).toEqual([
      ["indirect", "The old mill is thought to be beyond repair", undefined],
      ["indirect", "Several workers are said to favor a strike", undefined],
    ]);
  });

  it("leaves a passive that is no view, one with its agent, and 'to have' before a verb of saying", () => {
    expect(read("Town Hall\n\nThe clerk was asked to leave the room. The plan was seen by many as a mistake. The mayor is reported to have said that the pool will reopen.")).toEqual([
      ["indirect", "the pool will reopen", "mayor"],
    ]);
  });
});
