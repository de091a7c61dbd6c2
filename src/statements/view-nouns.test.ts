import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a view stated as what it is ('the idea is that …')", () => {
  it("reads the clause after 'is that' with the possessive as its holder", () => {
    expect(read("Harbor Tax\n\nMayor Ana Ruiz spoke on Monday. Ruiz's response was that the harbor tax is unfair to fishermen. Tom Dunn's bet is that voters will back the levy.")).toEqual([
      ["indirect", "the harbor tax is unfair to fishermen", "Ana Ruiz"],
      ["indirect", "voters will back the levy", "Tom Dunn"],
    ]);
  });

  it("reads a view with no holder named, with no speaker", () => {
    expect(read("Harbor Tax\n\nThe idea is that donors can give without backing the mayor.")).toEqual([
      ["indirect", "donors can give without backing the mayor", undefined],
    ]);
  });

  it("leaves what the writer states and a relative 'that'", () => {
    expect(read("Harbor Tax\n\nThe problem is that nobody came. The fact is that the port lost money. The idea that was floated died.")).toEqual([]);
  });
});
