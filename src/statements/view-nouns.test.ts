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

  it("reads 'in his view' opening or closing a sentence as the possessive's view of the clause", () => {
    expect(read("Harbor Tax\n\nMayor Ana Ruiz met the fishermen on Monday. In her view, the harbor tax will not pass. The levy is unfair, in Tom Dunn's opinion.")).toEqual([
      ["indirect", "the harbor tax will not pass", "Ana Ruiz"],
      ["indirect", "The levy is unfair", "Tom Dunn"],
    ]);
  });

  it("leaves a view of something and tears in someone's eyes", () => {
    expect(read("Harbor Tax\n\nIn her view of the harbor, the boats came first. The clerks had tears in their eyes, and the mayor left.")).toEqual([]);
  });
});
