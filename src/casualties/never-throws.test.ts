import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findCasualties, parseCount, summarizeCasualties } from "./index.js";

// Words the patterns react to, so random texts reach deep into them.
const WORDS = [
  "at", "least", "more", "than", "a", "an", "the", "dozen", "dozens", "twelve", "forty-four", "12", "1,718", "3.5",
  "people", "man", "woman", "children", "and", "their", "parents", "were", "was", "killed", "killing", "shot",
  "wounded", "injured", "dead", "died", "toll", "death", "rose", "to", "of", "including", "-", ",", ".", "his",
  "wife", "he", "John", "Smith", "25", "year-old", "between", "or", "who", "fatally", "double", "murder-suicide",
];

describe("findCasualties never throws", () => {
  it("keeps spans valid on texts made of its own cue words", () => {
    const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(" "));
    fc.assert(
      fc.property(text, (t) => {
        const found = findCasualties(t);
        for (const c of found) {
          expect(t.slice(c.span.start, c.span.end)).toBe(c.text);
          expect(c.count.min).toBeGreaterThanOrEqual(0);
        }
        summarizeCasualties(found);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps spans valid on any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (t) => {
        for (const c of findCasualties(t)) expect(t.slice(c.span.start, c.span.end)).toBe(c.text);
        parseCount(t);
      }),
      { numRuns: 300 },
    );
  });
});
