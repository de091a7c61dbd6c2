import { describe, expect, it } from "vitest";
import {
  countryByDemonym,
  findActors,
  findCasualties,
  findDates,
  findStatements,
  findTerritories,
  normalizeActorName,
  normalizeTerritory,
  parseArticle,
  parseCount,
  resolveDate,
  territoryByIso,
} from "../src/index.js";

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
  type Loose = (text: unknown, options?: unknown) => unknown;

  for (const [name, find] of Object.entries(finders) as Array<[string, Loose]>) {
    it(`${name}: an invalid publication date names the value and what is expected`, () => {
      expect(() => find(TEXT, { published: "2025-13-40" })).toThrow(new RangeError('newsfacts: `published` is not a calendar date: "2025-13-40"'));
      expect(() => find(TEXT, { published: "24/04/2025" })).toThrow(/ISO 8601 date such as "2025-04-24".*got "24\/04\/2025"/u);
      expect(() => find(TEXT, { published: new Date("not a date") })).toThrow(RangeError);
      expect(() => find(TEXT, { published: 20250424 })).toThrow(new TypeError('newsfacts: `published` must be an ISO 8601 string such as "2025-04-24" or a Date (null when there is none), got number 20250424'));
      expect(() => find(TEXT, { published: 1745452800000 })).toThrow(/give new Date\(1745452800000\)/u);
      expect(() => find(TEXT, { published: false })).toThrow(/got boolean false$/u);
    });

    it(`${name}: a published of null or undefined, as a database row with no date gives, is no publication date`, () => {
      const none = JSON.stringify(find(TEXT, {}));
      expect(JSON.stringify(find(TEXT, { published: null }))).toBe(none);
      expect(JSON.stringify(find(TEXT, { published: undefined }))).toBe(none);
      expect(JSON.stringify(find(TEXT, { published: null, timeZone: "Europe/Kyiv" }))).toBe(none);
      expect(() => find(TEXT, { published: null, timeZone: "Atlantis/Capital" })).toThrow(/IANA time zone/u);
    });

    it(`${name}: a text that is not a string is a TypeError that names the function and what it got`, () => {
      expect(() => find(null, { published: "2025-04-24" })).toThrow(new TypeError(`newsfacts: ${name} expects its text as a string, got null`));
      expect(() => find(undefined)).toThrow(new TypeError(`newsfacts: ${name} expects its text as a string, got undefined`));
      expect(() => find(42, {})).toThrow(/got number$/u);
      expect(() => find({ text: TEXT }, {})).toThrow(/got object$/u);
      expect(() => find(["a text"], {})).toThrow(/got object$/u);
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

describe("every public function that reads a string says so when it gets something else", () => {
  // Called through `unknown`, as a JavaScript caller or a null database field reaches us.
  const reads = {
    findTerritories: [findTerritories, "text"],
    resolveDate: [(value: unknown) => resolveDate(value as string, "2025-04-24"), "phrase"],
    parseCount: [parseCount, "phrase"],
    normalizeActorName: [normalizeActorName, "name"],
    normalizeTerritory: [normalizeTerritory, "name"],
    territoryByIso: [territoryByIso, "code"],
    countryByDemonym: [countryByDemonym, "demonym"],
  } as const;

  for (const [name, [fn, what]] of Object.entries(reads) as Array<[string, readonly [(value: unknown) => unknown, string]]>) {
    it(`${name} throws a TypeError that names it and the type it got`, () => {
      expect(() => fn(null)).toThrow(new TypeError(`newsfacts: ${name} expects its ${what} as a string, got null`));
      expect(() => fn(undefined)).toThrow(/got undefined$/u);
      expect(() => fn(12)).toThrow(/got number$/u);
    });
  }

  it("still reads every string, empty ones included, as before", () => {
    expect(findTerritories("")).toEqual([]);
    expect(findTerritories("Shelling hit Kharkiv.").map((t) => t.name)).toEqual(["Kharkiv"]);
    expect(resolveDate("", "2025-04-24")).toBeUndefined();
    expect(parseCount("")).toBeUndefined();
    expect(normalizeActorName("  ")).toBe("");
    expect(normalizeTerritory("")).toBeUndefined();
    expect(territoryByIso("")).toBeUndefined();
    expect(countryByDemonym("")).toBeUndefined();
  });
});

describe("resolveDate names its own parameter in its messages", () => {
  it("says `reference`, not `published`", () => {
    expect(() => resolveDate("last night", "2025-13-40")).toThrow(new RangeError('newsfacts: `reference` is not a calendar date: "2025-13-40"'));
    expect(() => resolveDate("last night", "24/04/2025")).toThrow(/^newsfacts: `reference` must be an ISO 8601 date/u);
    expect(() => resolveDate("last night", "2025-04-24T25:00")).toThrow(/^newsfacts: `reference` has an invalid time/u);
    expect(() => resolveDate("last night", new Date(Number.NaN))).toThrow(new RangeError("newsfacts: `reference` is an invalid Date"));
    expect(() => resolveDate("last night", null as unknown as string)).toThrow(new TypeError("newsfacts: `reference` must be an ISO 8601 string or a Date, got null"));
    expect(resolveDate("last night", "2025-04-24")?.value).toBe("2025-04-23TNI");
  });
});

describe("parseArticle takes the options of the facets it runs", () => {
  const TOLL = "Flood in Tarn\n\nDozens of people were killed and several were hurt when the dam broke, officials said.";

  it("keeps vague amounts as findCasualties does, the small ones by default", () => {
    for (const vague of [undefined, "none", "small", "all"] as const) {
      const options = vague === undefined ? { published: "2025-04-24" } : { published: "2025-04-24", vague };
      const counts = parseArticle(TOLL, options).casualties.map((c) => [c.kind, c.count]);
      expect(counts).toEqual(findCasualties(TOLL, options).map((c) => [c.kind, c.count]));
    }
    expect(parseArticle(TOLL, { published: "2025-04-24" }).casualties.map((c) => c.count)).toEqual([{ min: 3, max: 9, approximate: true }]);
    expect(parseArticle(TOLL, { published: "2025-04-24", vague: "none" }).casualties).toEqual([]);
    expect(parseArticle(TOLL, { published: "2025-04-24", vague: "all" }).casualties.map((c) => c.kind)).toEqual(["killed", "injured"]);
  });

  it("checks vague as findCasualties does, and findStatements, which finds no tolls, has no such option", () => {
    expect(() => parseArticle(TOLL, { vague: "most" as never })).toThrow(new RangeError('newsfacts: `vague` must be one of "none", "small", "all", got "most"'));
    expect(() => parseArticle(TOLL, { vague: null as never })).toThrow(/got null$/u);
    expect(() => findStatements(TOLL, { vague: "all" } as never)).toThrow(/^newsfacts: findStatements has no option "vague"; its options are "published", "timeZone", "format"$/u);
    expect(() => parseArticle(TOLL, { Vague: "all" } as never)).toThrow(/no option "Vague" \(did you mean "vague"\?\)/u);
  });
});
