import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a clause an empty 'it' presents as established", () => {
  it("reports the clause after 'it is clear that', 'it's not obvious that' and 'is it clear that', with no speaker", () => {
    expect(read("Harbor Vote\n\nIt is clear that the ferry will be sold. It's not obvious that the pier can be saved. Nor is it clear that the mayor will run again. It should be evident that the tally was wrong.")).toEqual([
      ["indirect", "the ferry will be sold", undefined],
      ["indirect", "the pier can be saved", undefined],
      ["indirect", "the mayor will run again", undefined],
      ["indirect", "the tally was wrong", undefined],
    ]);
  });

  it("reads no report in a question after the adjective or in a subject that is not an empty 'it'", () => {
    expect(read("Harbor Vote\n\nIt is not clear whether the council will meet. The rules are clear that the harbor master decides.")).toEqual([]);
  });

  it("still gives an adjective of stance its holder", () => {
    expect(read("Harbor Vote\n\nMayor Nora Pike is certain that the ferry will be sold.")).toEqual([["indirect", "the ferry will be sold", "Nora Pike"]]);
  });
});
