import { describe, expect, it } from "vitest";
import { isAsciiDigit, isAsciiLetter, isLetterOrDigitAt, isSpaceAt } from "./chars.js";

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
