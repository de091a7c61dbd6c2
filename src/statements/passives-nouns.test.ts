import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a passive with its agent", () => {
  it("reports the subject of a passive as the words of the agent after 'by'", () => {
    expect(read("Harbour Plan\n\nThe harbour plan was first reported by the Coastal Herald.")).toEqual([["indirect", "The harbour plan", "Coastal Herald"]]);
    expect(read("Harbour Plan\n\nThe new toll was criticized on Friday by Mayor Ilse Brandt.")).toEqual([["indirect", "The new toll", "Ilse Brandt"]]);
  });

  it("reports the clause after 'that' in an impersonal passive with an agent", () => {
    expect(read("Harbour Plan\n\nIt was announced by the Port Authority that the pier would close in May.")).toEqual([
      ["indirect", "the pier would close in May", "Port Authority"],
    ]);
  });

  it("takes no agent from a means ('by law') or a relative pronoun, and none from a passive without 'by'", () => {
    expect(read("Harbour Plan\n\nA permit is required by law for every boat.")).toEqual([]);
    expect(read("Harbour Plan\n\nThe toll, which was rejected by the council, is gone.")).toEqual([]);
    expect(read("Harbour Plan\n\nThe harbour plan was announced on Friday.")).toEqual([]);
  });

  it("leaves a passive of seeing or wanting ('seen by X as') to no one", () => {
    expect(read("Harbour Plan\n\nThe toll is seen by many fishermen as a threat.")).toEqual([]);
  });

  it("reads 'first reported' as a verb and 'the first reported case' as an adjective", () => {
    expect(read("Harbour Plan\n\nThe leak, the Coastal Herald first reported, began in May.")).toEqual([
      ["indirect", "The leak, the Coastal Herald first reported, began in May", "Coastal Herald"],
    ]);
    expect(read("Harbour Plan\n\nThe first reported case came in May.")).toEqual([]);
  });
});

describe("findStatements: a noun of speech after its speaker's possessive", () => {
  it("reports the clause after 'X's claim that'", () => {
    expect(read("Harbour Plan\n\nFact-checkers looked at Ilse Brandt's claim that the pier had cost nothing.")).toEqual([
      ["indirect", "the pier had cost nothing", "Ilse Brandt"],
    ]);
  });

  it("ends the clause at the sentence's own verb when the noun phrase is its subject", () => {
    expect(read("Harbour Plan\n\nIlse Brandt's assertion that the pier was safe drew criticism from engineers.")).toEqual([
      ["indirect", "the pier was safe", "Ilse Brandt"],
    ]);
  });

  it("resolves a possessive pronoun, past an adjective, to the person named before", () => {
    expect(read("Harbour Plan\n\nMayor Ilse Brandt spoke on Friday. Her earlier warning that the dam could fail went unheeded.")).toEqual([
      ["indirect", "the dam could fail", "Ilse Brandt"],
    ]);
  });

  it("reports nothing for a plural, for a relative 'that', or for a noun a verb before it already reads", () => {
    expect(read("Harbour Plan\n\nMayor Ilse Brandt spoke on Friday. Her past claims that the pier was safe drew scorn.")).toEqual([]);
    expect(read("Harbour Plan\n\nIlse Brandt's claim that was made in May is false.")).toEqual([]);
    // The verb reads the clause; the claim is not given to Ilse Brandt a second time.
    const rejected = read("Harbour Plan\n\nEngineers rejected Ilse Brandt's claim that the pier was safe.");
    expect(rejected.map((r) => r[1])).toEqual(["the pier was safe"]);
    expect(rejected[0]![2]).not.toBe("Ilse Brandt");
  });

  it("takes no date for a speaker ('Thursday's announcement that …')", () => {
    expect(read("Harbour Plan\n\nShares rose after Thursday's announcement that the port would be sold.")).toEqual([]);
  });

  it("stops a listed claim at a semicolon", () => {
    expect(read("Harbour Plan\n\nThe row grew over Ilse Brandt's suggestion that the pier should close; her budget; and her staff.")[0]).toEqual([
      "indirect",
      "the pier should close",
      "Ilse Brandt",
    ]);
  });
});

describe("findStatements: a clause after a negated auxiliary", () => {
  it("reads 'noted the plan wouldn't …' as a clause, as 'noted the plan would not …'", () => {
    expect(read("Harbour Plan\n\nIlse Brandt noted the harbour plan wouldn't close the pier.")).toEqual([
      ["indirect", "the harbour plan wouldn't close the pier", "Ilse Brandt"],
    ]);
  });
});

describe("findStatements: hearsay at one remove", () => {
  it("gives 'X is reported to have said that …' to X", () => {
    expect(read("Harbour Plan\n\nMayor Ilse Brandt is reported to have said that the pier would close.")).toEqual([
      ["indirect", "the pier would close", "Ilse Brandt"],
    ]);
    expect(read("Harbour Plan\n\nIlse Brandt was widely believed to have told aides that she would resign.")).toEqual([
      ["indirect", "she would resign", "Ilse Brandt"],
    ]);
  });

  it("reads nothing into a passive of hearsay before a verb that reports nothing", () => {
    expect(read("Harbour Plan\n\nThe pier is said to have cost millions.")).toEqual([]);
  });

  it("reads a passive of accusation with no agent as a charge laid by no one named", () => {
    expect(read("Pier Fraud\n\nThe harbor manager was accused of taking bribes from builders. Two clerks have been blamed for the lost files.")).toEqual([
      ["indirect", "The harbor manager was accused of taking bribes from builders", undefined],
      ["indirect", "Two clerks have been blamed for the lost files", undefined],
    ]);
  });
});
