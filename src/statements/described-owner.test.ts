import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a description before 'who' says what someone named is", () => {
  it("gives the words to the subject of 'is a … who'", () => {
    expect(read("Harbor Vote\n\nNora Pike is a nurse and activist who said the clinic would close.")).toEqual([
      ["indirect", "the clinic would close", "Nora Pike"],
    ]);
  });

  it("reads the name after a label's colon, past a list of descriptions", () => {
    expect(read("Harbor Vote\n\nThe pier reopened.\n\nEditor's note: Tom Dunn often misleads and is a serial fabulist, gadfly and crank who has repeatedly vowed to close the harbor to all ships.")).toEqual([
      ["indirect", "close the harbor to all ships", "Tom Dunn"],
    ]);
  });

  it("gives the words to the name before an apposition", () => {
    expect(read("Harbor Vote\n\nDr. Nora Pike, a surgeon and researcher who warned that the virus was spreading, left the board.")).toEqual([
      ["indirect", "the virus was spreading", "Nora Pike"],
    ]);
  });

  it("keeps the described speaker when a verb, not 'is a', comes before", () => {
    expect(read("Harbor Vote\n\nThe plan angered the council, critics who said the pier was unsafe.")).toEqual([
      ["indirect", "the pier was unsafe", "critics"],
    ]);
  });

  it("gives a party or militia a person leads its own words, not that person's", () => {
    expect(read("Harbor Vote\n\nTom Dunn's former ruling party said the vote was rigged.")).toEqual([
      ["indirect", "the vote was rigged", "Tom Dunn's former ruling party"],
    ]);
    expect(read("Harbor Vote\n\nThe Harbor Unity Party, once led by Tom Dunn, was banned in May. Dunn's former ruling party said the vote was rigged.")).toEqual([
      ["indirect", "the vote was rigged", "Harbor Unity Party"],
    ]);
    // A campaign or a lawyer still speaks for the person.
    expect(read("Harbor Vote\n\nAda Brook's campaign said the vote was rigged.")).toEqual([["indirect", "the vote was rigged", "Ada Brook"]]);
  });
});
