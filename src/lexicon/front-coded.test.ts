import { describe, expect, it } from "vitest";
import { COMMON_WORDS_CODED } from "./actors-common-words.js";
import { GIVEN_NAMES_CODED } from "./actors-given-names.js";
import { decodeKeyedLines, decodeWords, encodeKeyedLines, encodeWords } from "./front-coded.js";

describe("front-coded word lists", () => {
  it("write each word as the letters dropped from the word before and the letters added", () => {
    expect(encodeWords(["abandon", "abandoned", "abandoning", "abandons", "abduct"])).toBe("abandon ed 2ing 3s 6duct");
    expect(decodeWords("abandon ed 2ing 3s 6duct")).toEqual(["abandon", "abandoned", "abandoning", "abandons", "abduct"]);
  });

  it("count drops past nine with capitals", () => {
    const words = ["internationalization", "into"];
    expect(encodeWords(words)).toBe("internationalization Ho");
    expect(decodeWords(encodeWords(words))).toEqual(words);
  });

  it("decode an empty list to no words", () => {
    expect(decodeWords("")).toEqual([]);
    expect(encodeWords([])).toBe("");
  });

  it("refuse lists they could not decode back", () => {
    expect(() => encodeWords(["beta", "alpha"])).toThrow(/not after/u);
    expect(() => encodeWords(["alpha", "alpha"])).toThrow(/not after/u);
    expect(() => encodeWords(["Alpha"])).toThrow(/cannot write/u);
    expect(() => encodeWords(["route66"])).toThrow(/cannot write/u);
    expect(() => encodeWords(["two words"])).toThrow(/cannot write/u);
    expect(() => encodeWords([""])).toThrow(/empty/u);
  });

  it.each([
    ["common words", COMMON_WORDS_CODED, ["abandoned", "said", "yesterday", "zooms"]],
    ["given names", GIVEN_NAMES_CODED, ["aaron", "maria", "sofia"]],
  ])("hold the %s sorted, once each, in their canonical coding", (_, coded, samples) => {
    const words = decodeWords(coded);
    expect(words.every((word, i) => i === 0 || words[i - 1]! < word)).toBe(true);
    expect(words.every((word) => /^[a-z]+$/u.test(word))).toBe(true);
    expect(encodeWords(words)).toBe(coded);
    for (const sample of samples) expect(words).toContain(sample);
  });
});

describe("front-coded keyed lists", () => {
  const text = "kherson|2a\nkherson oblast|2b\nkhmelnytskyi|3f\nkyiv|1\nkyiv|=Kyiv||UA\nlviv|";

  it("write each line's first field as a count of characters dropped from the key before and the characters added, then the other fields line by line", () => {
    const coded = encodeKeyedLines(text);
    expect(coded).toBe("akherson\na oblast\nmmelnytskyi\nlyiv\na\nelviv\n2a\n2b\n3f\n1\n=Kyiv||UA\n");
    expect(decodeKeyedLines(coded)).toBe(text);
  });

  it("give where each decoded line starts, and one past the end", () => {
    const starts: number[] = [];
    const decoded = decodeKeyedLines(encodeKeyedLines(text), starts);
    expect(starts).toEqual([0, 11, 29, 45, 52, 67, 73]);
    expect(starts.slice(0, -1).map((at) => decoded.slice(at, decoded.indexOf("|", at)))).toEqual(["kherson", "kherson oblast", "khmelnytskyi", "kyiv", "kyiv", "lviv"]);
    expect(starts.at(-1)).toBe(decoded.length + 1);
  });

  it("decode an empty list to no lines, and refuse a key they could not count", () => {
    const starts: number[] = [];
    expect(decodeKeyedLines("", starts)).toBe("");
    expect(starts).toEqual([1]);
    expect(encodeKeyedLines("")).toBe("");
    expect(() => encodeKeyedLines(`${"x".repeat(30)}|\ny|`)).toThrow(/drops 30/u);
    expect(() => encodeKeyedLines("kyiv|1\nlviv")).toThrow(/no key and fields/u);
  });
});
