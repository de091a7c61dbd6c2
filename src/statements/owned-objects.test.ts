import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: the speaker's own act or stance as a verb's object", () => {
  it("reads a noun phrase opened by a possessive after a verb that otherwise takes only a clause", () => {
    expect(read("Harbor Board\n\nMayor Ann Cole announced her resignation on Friday. The harbor board confirmed its plans for a new ferry pier.")).toEqual([
      ["indirect", "her resignation", "Ann Cole"],
      ["indirect", "its plans for a new ferry pier", "harbor board"],
    ]);
  });

  it("leaves an object with no possessive, and a participle that says why words were said", () => {
    expect(read("Harbor Board\n\nMayor Ann Cole announced a plan for the harbor. “We will rebuild,” she said, explaining her decision.")).toEqual([
      ["direct", "We will rebuild", "Ann Cole"],
    ]);
  });
});
