import { describe, expect, it } from "vitest";
import { findCasualties, summarizeCasualties } from "./index.js";

describe("summarizeCasualties", () => {
  it("keeps the largest count of each kind with its evidence", () => {
    const text = "Four people were killed on Monday. By Tuesday the death toll had risen to at least nine, and 30 were wounded.";
    const summary = summarizeCasualties(findCasualties(text, { published: "2025-03-14" }));
    expect(summary.killed?.count).toEqual({ min: 9 });
    expect(summary.killed?.evidence.text).toBe("death toll had risen to at least nine");
    expect(summary.killed?.mentions).toBe(2);
    expect(summary.injured?.count).toEqual({ min: 30, max: 30 });
    expect(summary.missing).toBeUndefined();
  });

  it("prefers the first of equal counts, and an open count over a closed one", () => {
    const summary = summarizeCasualties(findCasualties("Two men died. Two men died again. At least two women died."));
    expect(summary.killed?.count).toEqual({ min: 2 });
    expect(summarizeCasualties(findCasualties("Two men died. Two boys died.")).killed?.evidence.id).toBe("c1");
  });

  it("summarizes nothing to an empty object", () => {
    expect(summarizeCasualties([])).toEqual({});
  });
});
