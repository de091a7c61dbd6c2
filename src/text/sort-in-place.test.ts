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

  it("sorts short lists as the built-in sort does: runs up and down, ties, and NaN from missing keys", () => {
    // A fixed pseudo-random sequence: lists of every short length, some keys repeated, some missing.
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const byKey = (a: { key: number; n: number }, b: { key: number; n: number }): number => a.key - b.key;
    for (let length = 2; length <= 40; length++) {
      for (let round = 0; round < 20; round++) {
        const list = Array.from({ length }, (_, n) => ({ key: next() < 0.1 ? Number.NaN : Math.floor(next() * (round % 2 ? 4 : 100)), n }));
        if (round % 5 === 0) list.sort((a, b) => b.key - a.key);
        const expected = [...list].sort(byKey).map((x) => x.n);
        expect(sortInPlace(list, byKey).map((x) => x.n)).toEqual(expected);
      }
    }
  });
});
