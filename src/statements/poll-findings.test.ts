import { describe, expect, it } from "vitest";
import { prepareDocument } from "../text/document.js";
import { readStatements as read } from "../../test/support/statements.js";
import { findCues } from "./cues.js";

const cues = (text: string): string[] => {
  const doc = prepareDocument(text);
  return findCues(doc, new Uint8Array(doc.tokens.length)).map((c) => `${doc.tokens.text(c.token)}:${c.verb.lemma}`);
};

describe("findStatements: what a poll named after 'in' found", () => {
  it("reads the sentence a poll opens or closes as the poll's finding", () => {
    expect(read("Harbor Race\n\nIn a new Harbor Gazette poll released Thursday, Ada Brook leads Tom Dunn by five points. Dunn had 38 percent support in a Harbor Gazette poll.")).toEqual([
      ["indirect", "Ada Brook leads Tom Dunn by five points", "Harbor Gazette"],
      ["indirect", "Dunn had 38 percent support", "Harbor Gazette"],
    ]);
  });

  it("takes 'in' as a cue only before one poll that ends its phrase", () => {
    expect(cues("Harbor Race\n\nIn the same survey, voters named taxes.")).toEqual(["In:find"]);
    // A standing in the polls, a poll described further, and a place are no source.
    expect(cues("Harbor Race\n\nDunn has risen in the polls. In a poll of 800 voters, taxes led. Dunn campaigned in the harbor.")).toEqual([]);
  });
});
