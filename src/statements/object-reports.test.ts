import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a noun phrase that stands for what was said", () => {
  it("reads the object of a denial, an acknowledgment or a note as the statement", () => {
    expect(read("Harbor Vote\n\nMayor Nora Pike denied the allegations of bribery on Monday. Tom Dunn acknowledged the delay in the pier repairs. City engineers noted the steep rise in costs.")).toEqual([
      ["indirect", "the allegations of bribery", "Nora Pike"],
      ["indirect", "the delay in the pier repairs", "Tom Dunn"],
      ["indirect", "the steep rise in costs", "City engineers"],
    ]);
  });

  it("reads what a speaker proposes, a plan put forward in words", () => {
    expect(read("Harbor Vote\n\nSenator Ada Brook proposed a tax on private yachts. Mayor Tom Dunn is proposing that the pier close at night.")).toEqual([
      ["indirect", "a tax on private yachts", "Ada Brook"],
      ["indirect", "the pier close at night", "Tom Dunn"],
    ]);
  });

  it("reads a program a speaker outlines or lays out", () => {
    expect(read("Harbor Vote\n\nMayor Nora Pike outlined her plan for the harbor. Tom Dunn laid out his priorities for the pier.")).toEqual([
      ["indirect", "her plan for the harbor", "Nora Pike"],
      ["indirect", "his priorities for the pier", "Tom Dunn"],
    ]);
  });

  it("reads what a speaker described, and only the quotation when one names it", () => {
    expect(read("Harbor Vote\n\nMayor Nora Pike described the meeting with the pier owners. Tom Dunn described the plan as \u201ca gift to the yacht club.\u201d")).toEqual([
      ["indirect", "the meeting with the pier owners", "Nora Pike"],
      ["direct", "a gift to the yacht club.", "Tom Dunn"],
    ]);
  });

  it("still prefers the clause after 'that'", () => {
    expect(read("Harbor Vote\n\nMayor Nora Pike denied that she took bribes.")).toEqual([["indirect", "she took bribes", "Nora Pike"]]);
  });

  it("leaves the object of a verb that reports no noun phrase", () => {
    expect(read("Harbor Vote\n\nMayor Nora Pike announced a plan to rebuild the pier.")).toEqual([]);
  });
});
