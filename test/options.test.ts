import { describe, expect, it } from "vitest";
import { findActors, findCasualties, findDates, findStatements, parseArticle } from "../src/index.js";

// A story stamped late in the evening UTC, which is already the next day in Kyiv.
const TEXT = "Kyiv Shelled\n\nTwo people were killed in Kyiv yesterday, mayor Vitali Klitschko said.";
const STAMP = { published: "2025-04-24T22:30:00Z" } as const;
const IN_KYIV = { ...STAMP, timeZone: "Europe/Kyiv" } as const;

describe("every parse function reads the same publication options", () => {
  const finders = { parseArticle, findDates, findActors, findStatements, findCasualties } as const;

  for (const [name, find] of Object.entries(finders)) {
    it(`${name} rejects an unknown time zone, with or without a publication date`, () => {
      expect(() => find(TEXT, { ...STAMP, timeZone: "Atlantis/Capital" })).toThrow(RangeError);
      expect(() => find(TEXT, { timeZone: "Atlantis/Capital" })).toThrow(/IANA time zone/);
    });
  }

  it("reads the stamp on the publication's wall clock in the dates and casualties facets alike", () => {
    expect(findDates(TEXT, STAMP).map((d) => d.value)).toEqual(["2025-04-23"]);
    expect(findDates(TEXT, IN_KYIV).map((d) => d.value)).toEqual(["2025-04-24"]);
    const [killed] = findCasualties(TEXT, IN_KYIV);
    expect(killed?.kind).toBe("killed");
    expect(killed?.date?.value).toBe("2025-04-24");
    expect(parseArticle(TEXT, IN_KYIV).casualties.map((c) => c.date?.value)).toEqual(["2025-04-24"]);
  });
});
