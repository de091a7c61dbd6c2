import { describe, expect, it } from "vitest";
import { isLetterOrDigitAt, isSpaceAt } from "./chars.js";
import { sortInPlace } from "./sort.js";

describe("character tests by code", () => {
  it("agree with the Unicode property patterns on every character of the Basic Multilingual Plane", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const text = `a${String.fromCharCode(c)}b`;
      if (isLetterOrDigitAt(text, 1) !== /[\p{L}\p{N}]/u.test(text[1]!) || isSpaceAt(text, 1) !== /\s/u.test(text[1]!)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it("read past the end of the text as the patterns read `undefined`", () => {
    expect(isLetterOrDigitAt("ab", 2)).toBe(/[\p{L}\p{N}]/u.test(String(undefined)));
    expect(isSpaceAt("ab", 2)).toBe(false);
  });
});

describe("sortInPlace", () => {
  it("gives the order of a stable sort, ties kept in place, and leaves a sorted list as it is", () => {
    const items = [
      { at: 3, name: "c" },
      { at: 1, name: "a" },
      { at: 3, name: "d" },
      { at: 2, name: "b" },
    ];
    expect(sortInPlace([...items], (x, y) => x.at - y.at).map((x) => x.name)).toEqual(["a", "b", "c", "d"]);
    const sorted = [items[1]!, items[3]!, items[0]!, items[2]!];
    expect(sortInPlace(sorted, (x, y) => x.at - y.at)).toBe(sorted);
  });
});
