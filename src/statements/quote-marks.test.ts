import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";
import { prepareDocument } from "../text/document.js";
import { findCues } from "./cues.js";
import { findQuotations } from "./quotations.js";

const cues = (text: string): string[] => {
  const doc = prepareDocument(text);
  return findCues(doc, new Uint8Array(doc.tokens.length)).map((c) => `${doc.tokens.text(c.token)}:${c.verb.lemma}`);
};

const contents = (text: string): string[] => findQuotations(prepareDocument(text)).map((q) => text.slice(q.content.start, q.content.end));

describe("quotations and the frames around them", () => {
  it("reads curly marks inside straight ones as a quotation within the quotation", () => {
    expect(contents('Levy Vote\n\n"The levy is no “tax grab” at all. It pays for the dam," the mayor said.')).toEqual([
      "The levy is no “tax grab” at all. It pays for the dam",
    ]);
    expect(read('Levy Vote\n\n"The levy is no “tax grab” at all. It pays for the dam," Mayor Ann Lowe said.')).toEqual([
      ["direct", "The levy is no “tax grab” at all. It pays for the dam", "Ann Lowe"],
    ]);
    // A straight mark that opens a paragraph and is never closed leaves the curly quotations their own.
    expect(contents('Levy Vote\n\n"The clerk wrote “void” on the ballot and filed it.')).toEqual(["void"]);
  });

  it("reads a nickname in quotation marks inside a name as part of the name, not a quotation", () => {
    expect(read('Levy Vote\n\nState Sen. Rosa "Ro" Delgado spoke to the crowd. "Vote yes on the levy," she said.').map((r) => r[1])).toEqual(["Vote yes on the levy"]);
    expect(read('Levy Vote\n\n"Vote yes on the levy!" Rosa "Ro" Delgado shouted to the crowd.').map((r) => r[1])).not.toContain("Ro");
    // A headline capitalizes every word: there a quoted word between capitals is still a quotation.
    expect(read('Mayor Calls Levy "Essential" For Dam\n\nMayor Ann Lowe spoke on Monday.').map((r) => r[1])).toContain("Essential");
  });

  it("reads an -s form after a quotation and a short subject as the verb of a trailing frame", () => {
    expect(cues("Ad Campaign Opens\n\n“Vote for the levy,” a voice-over in the ad states.")).toEqual(["states:state"]);
    expect(read("Ad Campaign Opens\n\nThe council paid for a new ad. “Vote for the levy on Tuesday,” a voice-over in the ad states.")).toEqual([
      ["direct", "Vote for the levy on Tuesday", "voice-over"],
    ]);
    // A plural noun at the end of a sentence stays a noun; so does a subject with a verb of its own.
    expect(cues("Ad Campaign Opens\n\nThe ad will run in nine states.")).toEqual([]);
    expect(cues("Ad Campaign Opens\n\n“Count the votes,” came shouts from the hall.")).toEqual([]);
  });

  it("keeps the subject of a clause split by a frame set off with commas", () => {
    expect(cues("Dam Repairs\n\nCost estimates, she added, were far too low.")).toEqual(["added:add"]);
    expect(read("Dam Repairs\n\nMayor Ann Lowe spoke on Monday. Cost estimates, she added, were far too low.")).toEqual([
      ["indirect", "Cost estimates, she added, were far too low", "Ann Lowe"],
    ]);
  });

  it("gives a quotation handed to its verb by a comma or a colon as direct speech only", () => {
    expect(read("Dam Repairs\n\nMayor Ann Lowe tweeted, “The dam will hold, I promise,” on Friday afternoon.")).toEqual([
      ["direct", "The dam will hold, I promise", "Ann Lowe"],
    ]);
    expect(read("Dam Repairs\n\nMayor Ann Lowe said: “The dam was inspected twice,” but only one inspection was logged.")).toEqual([
      ["direct", "The dam was inspected twice", "Ann Lowe"],
    ]);
    // Without the comma the quoted words are part of the clause reported.
    expect(read("Dam Repairs\n\nMayor Ann Lowe said “very few” homes were flooded.")).toEqual([
      ["indirect", "“very few” homes were flooded", "Ann Lowe"],
      ["direct", "very few", "Ann Lowe"],
    ]);
  });

  it("reads a retort (\"shot back\", \"fired back\") before a quotation as its frame, and gunfire as none", () => {
    expect(read('Debate Night\n\nMayor Ann Lowe said the banks were to blame. Tom Hale shot back, "Mayor Lowe called them out. They must be crushed."')).toEqual([
      ["indirect", "the banks were to blame", "Ann Lowe"],
      ["direct", "Mayor Lowe called them out. They must be crushed.", "Tom Hale"],
    ]);
    expect(read('Debate Night\n\n"Hold the line," the colonel said. The soldiers fired back at the gunmen.')).toEqual([["direct", "Hold the line", "colonel"]]);
  });
});
