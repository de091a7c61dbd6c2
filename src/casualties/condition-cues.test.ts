import { describe, expect, it } from "vitest";
import { findCasualties } from "./index.js";

/** [kind, min] of each casualty found in `text`. */
function tolls(text: string): [string, number][] {
  return findCasualties(text, { published: "2025-06-02" }).map((c) => [c.kind, c.count.min]);
}

describe("the condition of the wounded, as hospitals report it", () => {
  it("reads 'listed in ... condition' as a wound", () => {
    expect(tolls("A 31-year-old cyclist was listed in critical condition on Tuesday night.")).toEqual([["injured", 1]]);
    expect(tolls("Both drivers were listed in stable condition at Mercy General.")).toEqual([["injured", 2]]);
  });

  it("reads someone 'recovering from' a wound as wounded", () => {
    expect(tolls("A second teenager is recovering from wounds to both arms.")).toEqual([["injured", 1]]);
  });

  it("needs a condition after 'listed'", () => {
    expect(tolls("Four candidates were listed on the ballot in the county.")).toEqual([]);
    expect(tolls("The economy is recovering from the slump, the minister said.")).toEqual([]);
  });
});
