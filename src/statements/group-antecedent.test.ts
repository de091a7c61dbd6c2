import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";
import { findStatements } from "./index.js";

describe("group antecedents of 'they'", () => {
  it("gives 'they' the group that is the subject of its sentence", () => {
    expect(read("Farm Bill Stalls\n\nRepublicans called the hearing because they felt the agency was hiding its records.")).toEqual([
      ["indirect", "the agency was hiding its records", "Republicans"],
    ]);
  });

  it("gives 'they' opening a sentence the group that opened the sentence before, as a mention of it", () => {
    const { statements, speakers } = findStatements("Farm Bill Stalls\n\nDemocrats met with farm groups on Monday. They said the bill was too costly.", { published: "2025-04-24" });
    const speaker = speakers.find((a) => a.id === statements[0]!.speaker)!;
    expect(speaker.name).toBe("Democrats");
    expect(speaker.mentions.map((m) => m.text)).toEqual(["Democrats", "They"]);
  });

  it("leaves 'they' unnamed after a person or across a paragraph", () => {
    expect(read("Farm Bill Stalls\n\nAnna Vell met the farmers on Monday. They said the bill was too costly.")).toEqual([["indirect", "the bill was too costly", undefined]]);
    expect(read("Farm Bill Stalls\n\nDemocrats met with farm groups on Monday.\n\nThey said the bill was too costly.")).toEqual([["indirect", "the bill was too costly", undefined]]);
  });
});
