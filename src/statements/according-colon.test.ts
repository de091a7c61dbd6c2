import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: 'according to' after a colon", () => {
  it("reads the clause after the frame, not the words before the colon", () => {
    expect(read("Ferry Poll\n\nThe shift has not gone unnoticed: according to the Harbor Institute, most riders now favor the ferry.")).toEqual([
      ["indirect", "most riders now favor the ferry", "Harbor Institute"],
    ]);
  });
});
