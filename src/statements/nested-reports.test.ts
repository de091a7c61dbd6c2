import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a trailing source over a nested report", () => {
  it("gives the trailing source the report of the clause before it, its subject and verb with it", () => {
    expect(read("Pier Row\n\nMayor Ann Pike plans to reopen the pier on Sunday, according to the Harbor Post. In fact, Tom Dunn reports that the pier budget grew by a third, the Harbor Post said.")).toEqual([
      ["indirect", "Mayor Ann Pike plans to reopen the pier on Sunday", "Harbor Post"],
      ["indirect", "Tom Dunn reports that the pier budget grew by a third", "Harbor Post"],
    ]);
  });

  it("reads the nested report past one word before its subject, that word and all", () => {
    expect(read("Pier Row\n\nAbout forty clerks have said that they will strike on Monday, according to the Harbor Post.")).toEqual([
      ["indirect", "About forty clerks have said that they will strike on Monday", "Harbor Post"],
    ]);
  });

  it("leaves a quotation to its trailing frame, and a report put after a phrase of where it was made to its own speaker", () => {
    expect(read("Pier Row\n\nAnn Pike told reporters: “The pier stays open,” she said. In a statement to the Harbor Post, Tom Dunn claimed the pier was safe, according to a memo from the Pier Trust.")).toEqual([
      ["direct", "The pier stays open", "Ann Pike"],
      ["indirect", "the pier was safe", "Tom Dunn"],
    ]);
  });

  it("reads a reported object past a comma between digits, so a report nested in it stays inside", () => {
    expect(read("Pier Row\n\nThe Pier Trust noted Ann Pike said the files were not among the 1,200 boxes the clerks kept.")).toEqual([
      ["indirect", "Ann Pike said the files were not among the 1,200 boxes the clerks kept", "Pier Trust"],
    ]);
  });

  it("gives a source put before its clause the whole of it, a coordinated report within included", () => {
    expect(read("Pier Row\n\nAccording to the Harbor Post, Ann Pike praised her donors in the hall, and she asked the bankers to wait.")).toEqual([
      ["indirect", "Ann Pike praised her donors in the hall, and she asked the bankers to wait", "Harbor Post"],
    ]);
  });

  it("runs a report past two nested frames to where the inner report ends, and lists the inner ones no more", () => {
    expect(read("Pier Row\n\nMayor Ann Pike says she instructed clerks on Monday to check whether anyone illegally disclosed the pier files.")).toEqual([
      ["indirect", "she instructed clerks on Monday to check whether anyone illegally disclosed the pier files", "Ann Pike"],
    ]);
  });

  it("runs a clause on through a participle that describes a noun in it, and still ends it at one set off by a comma", () => {
    expect(read("Pier Row\n\nAnn Pike wrote a letter to the mayor asking the council to investigate the fraud.")).toEqual([
      ["indirect", "a letter to the mayor asking the council to investigate the fraud", "Ann Pike"],
    ]);
    expect(read("Pier Row\n\nAnn Pike said the pier was safe, accusing Tom Dunn of spreading fear.")).toEqual([
      ["indirect", "the pier was safe", "Ann Pike"],
      ["indirect", "Tom Dunn of spreading fear", "Ann Pike"],
    ]);
  });
});
