import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: the subject of a participle", () => {
  it("gives a participle to the people named right before it", () => {
    expect(read("Harbor Vote\n\nThe pier plan divided the town. But investors expecting a quick sale of the port may be disappointed.")).toEqual([
      ["indirect", "a quick sale of the port may be disappointed", "investors"],
    ]);
  });

  it("leaves a message's participle to the one who sent it", () => {
    expect(read("Harbor Vote\n\nThe Harbor Council issued a statement calling the vote a disgrace.")).toEqual([
      ["indirect", "the vote a disgrace", "Harbor Council"],
    ]);
  });

  it("reads the name before a dashed aside after 'with', and ends the clause before it", () => {
    expect(read("Harbor Vote\n\nTom Dunn said the tax had become an issue, with Nora Pike — a longtime rival of the mayor — criticizing his plan.")).toEqual([
      ["indirect", "the tax had become an issue", "Tom Dunn"],
      ["indirect", "his plan", "Nora Pike"],
    ]);
  });

  it("gives a participle to the main clause's subject, not to a frame in a clause put before it", () => {
    expect(read("Harbor Vote\n\nWhen Tom Dunn pointed out that the pier leaks oil, Nora Pike seized upon the remark, repeating her line that the port needs money.")).toEqual([
      ["indirect", "the pier leaks oil", "Tom Dunn"],
      ["indirect", "her line that the port needs money", "Nora Pike"],
    ]);
  });

  it("reads the name set off after a description that opens the sentence", () => {
    expect(read("Harbor Vote\n\nMayor Tom Dunn spoke first. But the other candidate on the stage, former Gov. Nora Pike, drew a contrast, saying that the pier would cost too much.")).toEqual([
      ["indirect", "the pier would cost too much", "Nora Pike"],
    ]);
  });
});

describe("findStatements: a relative clause's verbs are its antecedent's", () => {
  it("gives a second verb of 'who …' to the one named before it", () => {
    expect(read("Harbor Vote\n\nThe board met with Tom Dunn, who has long run the port and says it cannot repay its debt.")).toEqual([
      ["indirect", "it cannot repay its debt", "Tom Dunn"],
    ]);
  });

  it("gives a participle inside 'who …' to the noun phrase the pronoun stands for", () => {
    expect(read("Harbor Vote\n\nThe words may have hurt the former harbor master, who spent much of his speech defending his record on the pier.")).toEqual([
      ["indirect", "his record on the pier", "former harbor master"],
    ]);
  });

  it("reads the noun phrase after the last verb or preposition as what 'who' stands for", () => {
    expect(read("Harbor Vote\n\nThe shooting has become a focal point for the protesters, who said the video must be released.")).toEqual([
      ["indirect", "the video must be released", "protesters"],
    ]);
  });
});

describe("findStatements: the subject after a sentence's opening phrase", () => {
  it("skips a longer opening phrase that a pronoun follows", () => {
    expect(read("Harbor Vote\n\nMr. Dunn praised Ms. Pike's skills.\n\nA couple of years later, he echoed that praise, recalling an anecdote about watching Ms. Pike work a crowd.")).toEqual([
      ["indirect", "Ms. Pike's skills", "Dunn"],
      ["indirect", "an anecdote about watching Ms. Pike work a crowd", "Dunn"],
    ]);
  });

  it("skips 'Back in …' before the subject", () => {
    expect(read("Harbor Vote\n\nBack in 1999, Mr. Dunn expressed admiration for the port, telling the paper: ''I wish I could run it.''")).toEqual([
      ["direct", "I wish I could run it.", "Dunn"],
    ]);
  });
});

describe("findStatements: a second verb after 'and' goes on the clause before it", () => {
  it("gives the second verb the subject of a clause set inside the sentence", () => {
    expect(read("Harbor Vote\n\nGov. Ann Lee criticized Tom Pike as a coward after he attacked the harbor police and blamed the fires on the unions.")).toEqual([
      ["indirect", "Tom Pike as a coward", "Ann Lee"],
      ["indirect", "the fires on the unions", "Tom Pike"],
    ]);
  });

  it("gives it the antecedent of a relative clause set off by commas", () => {
    const rows = read("Harbor Vote\n\nPike was questioned by the radio host Ann Lee, who is backing Dunn, but has dismissed the story about the pier, on Monday.");
    expect(rows.find((r) => r[1].startsWith("the story"))?.[2]).toBe("Ann Lee");
  });

  it("leaves a second verb after a reported clause to the one who reported it", () => {
    expect(read("Harbor Vote\n\nMayor Tom Dunn said the old pier had failed and warned that repairs would take a year.")).toEqual([
      ["indirect", "the old pier had failed", "Tom Dunn"],
      ["indirect", "repairs would take a year", "Tom Dunn"],
    ]);
  });
});
