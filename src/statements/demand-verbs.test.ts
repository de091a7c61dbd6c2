import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: verbs of demand and their 'to'", () => {
  it("reads the action a speaker urges or advises after 'to' and a verb", () => {
    expect(read("Ferry Fares\n\nMayor Ana Ruiz urged the council to freeze fares. Her aide Tom Dunn advised riders to buy passes early.")).toEqual([
      ["indirect", "the council to freeze fares", "Ana Ruiz"],
      ["indirect", "riders to buy passes early", "Tom Dunn"],
    ]);
  });

  it("leaves a 'to' before a determiner or a name, a preposition: advice on a sale to a buyer", () => {
    expect(read("Bank Sale\n\nHarbor Partners is advising the bank on its sale to the Linden Group. Pike Capital advised Ferro on its bid to Marlow.")).toEqual([]);
  });

  it("leaves an invitation, an offer rather than a report", () => {
    expect(read("Forum Night\n\nThe mayor invited veterans to join the forum on Friday.")).toEqual([]);
  });
});
