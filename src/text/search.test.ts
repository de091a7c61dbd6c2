import { describe, expect, it } from "vitest";
import { firstAtOrAfter, firstStartingFrom } from "./search.js";

describe("firstStartingFrom", () => {
  const spans = [{ start: 0 }, { start: 4 }, { start: 4 }, { start: 9 }, { start: 15 }];

  it("finds the first item starting at or after an offset, the first of equal starts included", () => {
    expect(firstStartingFrom(spans, 0)).toBe(0);
    expect(firstStartingFrom(spans, 4)).toBe(1);
    expect(firstStartingFrom(spans, 5)).toBe(3);
    expect(firstStartingFrom(spans, 15)).toBe(4);
  });

  it("returns the length past the last item, and 0 on an empty list", () => {
    expect(firstStartingFrom(spans, 16)).toBe(spans.length);
    expect(firstStartingFrom([], 3)).toBe(0);
  });

  it("agrees with a linear scan on every offset", () => {
    const starts = [2, 3, 3, 7, 8, 8, 8, 20].map((start) => ({ start }));
    for (let offset = -1; offset <= 22; offset++) {
      const linear = starts.findIndex((s) => s.start >= offset);
      expect(firstStartingFrom(starts, offset)).toBe(linear === -1 ? starts.length : linear);
    }
  });
});

describe("firstAtOrAfter", () => {
  it("finds the first offset at or after a position, as a linear scan does", () => {
    const offsets = [1, 5, 5, 6, 30];
    for (let at = 0; at <= 31; at++) {
      const linear = offsets.findIndex((o) => o >= at);
      expect(firstAtOrAfter(offsets, at)).toBe(linear === -1 ? offsets.length : linear);
    }
    expect(firstAtOrAfter([], 3)).toBe(0);
  });
});
