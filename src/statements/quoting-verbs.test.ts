import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a verb of speaking right before a quotation, with no comma", () => {
  it("takes the quotation as what the speaker shouted or tweeted", () => {
    expect(read('Harbor Rally\n\nMayor Ana Ruiz shouted "Four more ferries!" as the boats arrived. Her aide Tom Dunn tweeted "We will sail on time" on Sunday.')).toEqual([
      ["direct", "Four more ferries!", "Ana Ruiz"],
      ["direct", "We will sail on time", "Tom Dunn"],
    ]);
  });

  it("leaves a name in capitals, and the words a finding shows, to no one", () => {
    expect(read('Harbor Plan\n\nMayor Ana Ruiz announced "Operation Clean Harbor" on Monday. The survey showed "very little trust" in the ferry board.')).toEqual([]);
  });
});

describe("findStatements: a participle and its place between the speaker and the verb", () => {
  it("gives the words to the one walking or speaking, not to the place", () => {
    expect(read("Water Safe\n\nMayor Tom Reed speaking at the plant said the water was safe. Nurses walking through the park chanted \"We need more staff now\" outside the hospital.")).toEqual([
      ["indirect", "the water was safe", "Tom Reed"],
      ["direct", "We need more staff now", undefined],
    ]);
  });
});

describe("findStatements: a name, then where it spoke, before the verb", () => {
  it("gives the words to the name, not to the interview or the rally", () => {
    expect(read("Port Delays\n\nMayor Tom Reed in a radio interview seemed to blame the dock crews for the delays.")).toEqual([
      ["indirect", "the dock crews for the delays", "Tom Reed"],
    ]);
  });
});

describe("findStatements: a perfect participle opening the sentence", () => {
  it("ends what was announced at the comma, and gives it to the main clause's subject", () => {
    expect(read("Port Stays Open\n\nHaving announced that he would not close the port, Mayor Tom Reed left for Ohio.")).toEqual([
      ["indirect", "he would not close the port", "Tom Reed"],
    ]);
  });
});

describe("findStatements: a song's words", () => {
  it("gives the words sung to the singer, before or after them", () => {
    expect(read('Song Night\n\n"Keep your lights on," Ana Ruiz sings to the mayor before the encore. The band leader Tom Dunn called the guests up, singing "It is our time now."')).toEqual([
      ["direct", "Keep your lights on", "Ana Ruiz"],
      ["direct", "It is our time now.", "Tom Dunn"],
    ]);
  });
});
