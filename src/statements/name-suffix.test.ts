import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a name that ends on an abbreviation speaks", () => {
  it("reads the speaker through the dot of 'Jr.' or 'Inc.' before the verb", () => {
    expect(read("Harbor Vote\n\nTom Dunn Jr. said the harbor would close. Acme Inc. told investors that the pier was sold.")).toEqual([
      ["indirect", "the harbor would close", "Tom Dunn Jr"],
      ["indirect", "the pier was sold", "Acme Inc."],
    ]);
  });

  it("still ends a sentence on such a dot before a new one", () => {
    expect(read("Harbor Vote\n\nThe pier was sold to Acme Inc. Nora Pike said the deal was fair.")).toEqual([["indirect", "the deal was fair", "Nora Pike"]]);
  });
});
