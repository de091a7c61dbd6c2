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

describe("bad options throw a clear error before any text is read; no text ever throws", () => {
  const finders = { parseArticle, findDates, findActors, findStatements, findCasualties } as const;
  // Calls through `unknown`, as JavaScript callers and options read from JSON or a config reach us.
  type Loose = (text: string, options?: unknown) => unknown;

  for (const [name, find] of Object.entries(finders) as Array<[string, Loose]>) {
    it(`${name}: an invalid publication date names the value and what is expected`, () => {
      expect(() => find(TEXT, { published: "2025-13-40" })).toThrow(new RangeError('newsfacts: `published` is not a calendar date: "2025-13-40"'));
      expect(() => find(TEXT, { published: "24/04/2025" })).toThrow(/ISO 8601 date such as "2025-04-24".*got "24\/04\/2025"/u);
      expect(() => find(TEXT, { published: new Date("not a date") })).toThrow(RangeError);
      expect(() => find(TEXT, { published: 20250424 })).toThrow(new TypeError('newsfacts: `published` must be an ISO 8601 string such as "2025-04-24" or a Date, got number 20250424'));
      expect(() => find(TEXT, { published: 1745452800000 })).toThrow(/give new Date\(1745452800000\)/u);
      expect(() => find(TEXT, { published: null })).toThrow(/got null \(leave it out when the date is unknown\)/u);
    });

    it(`${name}: a misspelt or unknown option is an error that names it, not ignored`, () => {
      expect(() => find(TEXT, { publishd: "2025-04-24" })).toThrow(
        new RegExp(`^newsfacts: ${name} has no option "publishd" \\(did you mean "published"\\?\\); its options are "published", "timeZone"`, "u"),
      );
      expect(() => find(TEXT, { timezone: "Europe/Kyiv" })).toThrow(/no option "timezone" \(did you mean "timeZone"\?\)/u);
      expect(() => find(TEXT, { date: "2025-04-24" })).toThrow(RangeError);
      // A key left undefined is a key not given, as for the known ones.
      expect(() => find(TEXT, { published: "2025-04-24", timeZone: undefined, extra: undefined })).not.toThrow();
    });

    it(`${name}: options that are not an object are a TypeError that says what they were`, () => {
      expect(() => find(TEXT, "2025-04-24")).toThrow(new TypeError(`newsfacts: ${name} options must be an object such as { published: "2025-04-24" }, got "2025-04-24"`));
      expect(() => find(TEXT, null)).toThrow(/got null$/u);
      expect(() => find(TEXT, ["2025-04-24"])).toThrow(/got an array$/u);
    });
  }

  it("format is checked where it is an option, and is no option of the facets that read plain text", () => {
    expect(() => parseArticle(TEXT, { format: "HTML" as never })).toThrow(new RangeError('newsfacts: `format` must be one of "text", "html", got "HTML"'));
    expect(() => findStatements(TEXT, { format: "xml" as never })).toThrow(RangeError);
    expect(() => findDates(TEXT, { format: "html" } as never)).toThrow(/findDates has no option "format"/u);
  });

  it("findCasualties names the three vague settings, whatever the text holds", () => {
    for (const text of ["Dozens were killed.", "Nothing happened."]) {
      expect(() => findCasualties(text, { vague: "most" as never })).toThrow(new RangeError('newsfacts: `vague` must be one of "none", "small", "all", got "most"'));
    }
    expect(findCasualties("Dozens were killed.", { vague: "all" }).map((c) => c.count)).toEqual([{ min: 24, max: 99, approximate: true }]);
  });

  it("valid options never throw, whatever the text", () => {
    const texts = ["", " ", "\u0000\uFFFF", "\uD800 lone surrogate", "<p>unclosed <b>", "“”«»".repeat(50), "12 12 12 killed killed".repeat(100)];
    for (const text of texts) {
      expect(() => parseArticle(text, { published: "2025-04-24", format: "html" })).not.toThrow();
      for (const find of Object.values(finders) as Loose[]) expect(() => find(text, { published: "2025-04-24T22:30:00Z", timeZone: "Europe/Kyiv" })).not.toThrow();
    }
  });
});
