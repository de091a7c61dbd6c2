import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: verbs of seeming, with no speaker", () => {
  it("reads 'it' before 'appeared to' as the subject of the clause, not an empty 'it'", () => {
    expect(read("Harbor Vote\n\nThe council backed the ferry plan, and it appeared to calm the dock workers.")).toEqual([
      ["indirect", "it appeared to calm the dock workers", undefined],
    ]);
  });

  it("reads a likeness or a degree after 'seem' as its complement", () => {
    expect(read("Harbor Vote\n\nThe new pier seemed like a costly mistake. The delay seemed so long that riders gave up.")).toEqual([
      ["indirect", "The new pier seemed like a costly mistake", undefined],
      ["indirect", "The delay seemed so long that riders gave up", undefined],
    ]);
  });

  it("still reads only the clause after an empty 'it' and 'that'", () => {
    expect(read("Harbor Vote\n\nIt seems that the ferry will run on Sunday.")).toEqual([["indirect", "the ferry will run on Sunday", undefined]]);
  });
});
