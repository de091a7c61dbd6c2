import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: what a question was about", () => {
  it("reads the topic after 'asked about' and after 'asked someone about', up to a comma", () => {
    expect(read("Ferry Strike\n\nMayor Ann Cole asked the harbor chief about the ferry strike. The mayor was asked about the new levy, and she left.")).toEqual([
      ["indirect", "the ferry strike", "Ann Cole"],
      ["indirect", "the new levy", undefined],
    ]);
  });

  it("leaves a question opening its sentence, which sets the scene for the answer, and a count after 'about'", () => {
    expect(read("Ferry Strike\n\nAsked about the ferry strike, the harbor board said the boats would run. The pollster asked about 200 riders.")).toEqual([
      ["indirect", "the boats would run", "harbor board"],
    ]);
  });

  it("leaves a question put to the reader, whose auxiliary comes before its pronoun", () => {
    expect(read("Tax Day\n\nDo you know where the mayor put the money? Would you think the vote was fair? Tom Dunn said the vote was fair.")).toEqual([
      ["indirect", "the vote was fair", "Tom Dunn"],
    ]);
  });
});
