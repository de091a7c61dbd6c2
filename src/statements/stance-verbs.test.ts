import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: verbs of stance and of taking someone on", () => {
  it("reads what a speaker attacks or mocks, with the charge after 'for' or 'as'", () => {
    expect(read("Farm Tax\n\nSenator Ada Brook blasted the governor for raising taxes on farmers. Tom Dunn derided the plan as a gift to landlords.")).toEqual([
      ["indirect", "the governor for raising taxes on farmers", "Ada Brook"],
      ["indirect", "the plan as a gift to landlords", "Tom Dunn"],
    ]);
  });

  it("reads what a speaker echoes, likens or promotes", () => {
    expect(read("Budget Talks\n\nMayor Nora Pike echoed his concerns about the budget. She likened the plan to a tax on bread. Tom Dunn has long promoted cycling in the city.")).toEqual([
      ["indirect", "his concerns about the budget", "Nora Pike"],
      ["indirect", "the plan to a tax on bread", "Nora Pike"],
      ["indirect", "cycling in the city", "Tom Dunn"],
    ]);
  });

  it("leaves the nouns: echoes heard, a blast", () => {
    expect(read("Harbor Blast\n\nEchoes of the blast were heard across the harbor.")).toEqual([]);
  });
});
