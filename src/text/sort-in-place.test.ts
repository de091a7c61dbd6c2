import { describe, expect, it } from "vitest";
import { sortInPlace } from "./sort-in-place.js";

const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;

describe("sortInPlace", () => {
  it("leaves a list already in order as it is, equal neighbours included", () => {
    const list = [{ start: 1, name: "a" }, { start: 4, name: "b" }, { start: 4, name: "c" }, { start: 9, name: "d" }];
    const before = [...list];
    expect(sortInPlace(list, byStart)).toBe(list);
    expect(list).toEqual(before);
  });

  it("sorts a list out of order in place, stably, as Array.prototype.sort does", () => {
    const list = [{ start: 7, name: "a" }, { start: 2, name: "b" }, { start: 7, name: "c" }, { start: 2, name: "d" }];
    const expected = [...list].sort(byStart);
    expect(sortInPlace(list, byStart)).toBe(list);
    expect(list.map((x) => x.name)).toEqual(["b", "d", "a", "c"]);
    expect(list).toEqual(expected);
  });

  it("hands a comparison that gives NaN to the built-in sort", () => {
    const list = [{ start: Infinity }, { start: Infinity }, { start: 3 }];
    const expected = [...list].sort(byStart);
    expect(sortInPlace(list, byStart)).toEqual(expected);
  });
});
