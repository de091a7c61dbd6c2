import { describe, expect, it } from "vitest";
import { sameIgnoringCase } from "./build-actor.js";

describe("sameIgnoringCase", () => {
  it("answers as comparing lower cases does, for ASCII and other names", () => {
    const pairs: [string, string][] = [
      ["Ministry of Health", "ministry of health"],
      ["NATO", "Nato"],
      ["Marchetti", "Marchetto"],
      ["Jonas Gahr Støre", "JONAS GAHR STØRE"],
      ["Støre", "Stare"],
      ["İzmir", "izmir"],
      ["\u212Aelvin Ltd", "kelvin ltd"],
      ["ΟΔΥΣΣΕΥΣ", "οδυσσευς"],
      ["Abc", "Abcd"],
    ];
    for (const [a, b] of pairs) expect(sameIgnoringCase(a, b)).toBe(a.toLowerCase() === b.toLowerCase());
  });

  it("agrees with lower-cased comparison on random strings of letters, spaces and accents", () => {
    const alphabet = ["a", "A", "b", "B", " ", "-", "é", "É", "ß", "İ", "Σ", "σ", "ς"];
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = (): string => Array.from({ length: Math.floor(next() * 5) }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    for (let n = 0; n < 5000; n++) {
      const a = word();
      const b = next() < 0.5 ? a.toUpperCase() : word();
      expect(sameIgnoringCase(a, b)).toBe(a.toLowerCase() === b.toLowerCase());
    }
  });
});
