import { describe, expect, it } from "vitest";
import { isAsciiDigit, isAsciiLetter, isLetterOrDigitAt, isLowerAt, isSpaceAt } from "./chars.js";

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

describe("isAsciiLetter and isAsciiDigit", () => {
  it("agree with their regexes on every ASCII code and say no past ASCII", () => {
    for (let c = 0; c < 256; c++) {
      const ch = String.fromCharCode(c);
      expect(isAsciiLetter(c)).toBe(/^[a-z]$/i.test(ch));
      expect(isAsciiDigit(c)).toBe(/^\d$/.test(ch));
    }
  });
});

describe("isLowerAt", () => {
  it("agrees with a lower-cased slice, in ASCII, beyond it and at the ends of the text", () => {
    const text = "About 40 TO 50 people, or İstanbul's Kelvin \u212A and Straße";
    const words = ["about", "to", "or", "to 50", "i̇stanbul", "k", "straße", "", "people,", "abo", "x"];
    for (const word of words) {
      for (let at = -2; at <= text.length + 1; at++) expect(isLowerAt(text, at, word)).toBe(text.slice(at, at + word.length).toLowerCase() === word);
    }
  });

  it("finds the words of a count phrase whatever their case", () => {
    expect(isLowerAt("between 10 AND 20", 10, " and")).toBe(true);
    expect(isLowerAt("between 10 ANT 20", 10, " and")).toBe(false);
  });
});
