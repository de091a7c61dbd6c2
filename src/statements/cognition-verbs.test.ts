import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: what a source assumes, learns or works out", () => {
  it("reads a 'that' clause after a verb of learning, finding out or working out", () => {
    expect(read("Mill Closure\n\nFederal investigators have discovered that the pension fund was drained. The Harbor Institute has calculated that the plan will cut emissions by a fifth. When Ana Ruiz learned that the mill would close, she called the union.")).toEqual([
      ["indirect", "the pension fund was drained", "Federal investigators"],
      ["indirect", "the plan will cut emissions by a fifth", "Harbor Institute"],
      ["indirect", "the mill would close", "Ana Ruiz"],
    ]);
  });

  it("reads what a source assumed, understood or reaffirmed", () => {
    expect(read("Port Deal\n\nMayor Tom Dunn assumed that the port would pay. Judge Ella Marsh understood that the deal was fragile. Minister Ivo Kral is reaffirming that the inquiry is independent.")).toEqual([
      ["indirect", "the port would pay", "Tom Dunn"],
      ["indirect", "the deal was fragile", "Ella Marsh"],
      ["indirect", "the inquiry is independent", "Ivo Kral"],
    ]);
  });

  it("leaves a condition, an invitation and the nouns", () => {
    expect(read("Rain Delay\n\nAssuming that the rain stops, the match starts at noon. Imagine if the bridge fell. The suspect that police arrested was released.")).toEqual([]);
  });

  it("reads a stance after a pronoun contracted with 'be'", () => {
    expect(read("Levee Work\n\nEngineer Rosa Tell inspected the levee on Monday. She's confident that it will hold through the spring.")).toEqual([
      ["indirect", "it will hold through the spring", "Rosa Tell"],
    ]);
  });
});
