import { describe, expect, it } from "vitest";
import { findCasualties } from "./index.js";

const PUBLISHED = "2025-02-11";

function records(text: string): [string, number, number | undefined, string][] {
  return findCasualties(text, { published: PUBLISHED }).map((c) => [c.kind, c.count.min, c.count.max, c.text]);
}

describe("findCasualties: a headline's toll told again by the lede", () => {
  it("keeps one record, the lede's, when kind, count and victims repeat", () => {
    const text = "Four hikers injured in rockfall\n\nFour hikers were injured in a rockfall on the north trail on Monday, rangers said.";
    expect(records(text)).toEqual([["injured", 4, 4, "Four hikers were injured"]]);
  });

  it("reaches the lede past a dateline paragraph", () => {
    const text = "Two miners killed in collapse\n\nDUNMORE -\n\nTwo miners were killed when a tunnel collapsed on Tuesday.";
    expect(records(text)).toEqual([["killed", 2, 2, "Two miners were killed"]]);
  });

  it("keeps both when the lede counts other people or other bounds, as the gold counts each mention", () => {
    expect(records("Two killed in bus crash\n\nTwo passengers were killed when the bus left the road.")).toHaveLength(2);
    expect(records("Five killed in market blast\n\nAt least five people were killed in the blast.")).toHaveLength(2);
  });

  it("keeps a later repeat in the body", () => {
    const text = "Two miners killed in collapse\n\nThe tunnel gave way on Tuesday morning.\n\nCrews worked through the night.\n\nRescuers said the shaft was unstable.\n\nTwo miners were killed, the company said.";
    expect(records(text)).toHaveLength(2);
  });
});
