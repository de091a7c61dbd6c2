import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a verb form in -s that is the object of the verb before it", () => {
  it("reads no report in a noun after a past form, a base form after 'not' or a particle", () => {
    expect(read("Harbor Vote\n\nThe mayor did not unveil plans to widen the pier. Her aides made plans to meet the fishermen. The council drew up plans to sell the ferry.")).toEqual([]);
  });

  it("reads no report in a noun after a preposition", () => {
    expect(read("Harbor Vote\n\nThe inquiry into the ferry contract closed without charges against the former harbor master.")).toEqual([]);
  });

  it("still reads the verb after a subject, an adverb or an auxiliary", () => {
    expect(read("Harbor Vote\n\nMayor Nora Pike plans to widen the pier. Councillor Ann Ward now says the ferry will be sold. Not everyone thinks the vote was fair.")).toEqual([
      ["indirect", "to widen the pier", "Nora Pike"],
      ["indirect", "the ferry will be sold", "Ann Ward"],
      ["indirect", "the vote was fair", undefined],
    ]);
  });
});

describe("findStatements: a verb form in -s that opens its clause before another verb", () => {
  it("reads it as the subject of that verb, and the sentence's own frame reports the clause", () => {
    expect(read("Harbor Vote\n\nIf the city paid the states and then states handed it to the ferry firms, states needlessly would become brokers, Ann Ward said.")).toEqual([
      ["indirect", "If the city paid the states and then states handed it to the ferry firms, states needlessly would become brokers", "Ann Ward"],
    ]);
  });

  it("still reads the verb of a relative clause whose subject stands before it", () => {
    expect(read("Harbor Vote\n\nFerry use has fallen for a decade, a slide that the harbor board predicts will go on.")).toEqual([["indirect", "will go on", "harbor board"]]);
  });
});
