import { describe, expect, it } from "vitest";
import {
  countryByDemonym,
  findActors,
  findCasualties,
  findDates,
  findStatements,
  findTerritories,
  htmlToText,
  mayStartCount,
  normalizeActorName,
  normalizeTerritory,
  parseArticle,
  parseCount,
  readCount,
  readNumber,
  resolveDate,
  statementsBySpeaker,
  summarizeCasualties,
  territoryByIso,
  timexInterval,
} from "../src/index.js";

// A story stamped late in the evening UTC, which is already the next day in Kyiv.
const TEXT = "Kyiv Shelled\n\nTwo people were killed in Kyiv yesterday, mayor Vitali Klitschko said.";
const STAMP = { published: "2025-04-24T22:30:00Z" } as const;
const IN_KYIV = { ...STAMP, timeZone: "Europe/Kyiv" } as const;

describe("every parse function reads the same publication options", () => {
  const finders = { parseArticle, findDates, findActors, findStatements, findCasualties, findTerritories } as const;

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
  const finders = { parseArticle, findDates, findActors, findStatements, findCasualties, findTerritories } as const;
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

  for (const [name, find] of Object.entries(finders) as Array<[string, Loose]>) {
    it(`${name}: format is an option, "text" or "html", and nothing else`, () => {
      expect(() => find(TEXT, { format: "HTML" })).toThrow(new RangeError('newsfacts: `format` must be one of "text", "html", got "HTML"'));
      expect(() => find(TEXT, { format: null })).toThrow(/got null$/u);
      expect(() => find(TEXT, { Format: "html" })).toThrow(/no option "Format" \(did you mean "format"\?\)/u);
      expect(JSON.stringify(find(TEXT, { published: "2025-04-24", format: "text" }))).toBe(JSON.stringify(find(TEXT, { published: "2025-04-24" })));
    });
  }

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
    htmlToText: [htmlToText, "html"],
    timexInterval: [timexInterval, "value"],
    readNumber: [(value: unknown) => readNumber(value as string, 0), "text"],
    readCount: [(value: unknown) => readCount(value as string, 0), "text"],
    mayStartCount: [mayStartCount, "word"],
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
    expect(timexInterval("2024")).toEqual({ start: "2024-01-01T00:00:00.000Z", end: "2025-01-01T00:00:00.000Z" });
    expect(timexInterval("")).toBeUndefined();
    expect(readNumber("", 0)).toBeUndefined();
    expect(readCount("", 0)).toBeUndefined();
    expect(mayStartCount("")).toBe(false);
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

describe("a year given to timexInterval as a number is refused, not read as that year", () => {
  it("names the function and says a string is expected", () => {
    expect(() => timexInterval(2024 as unknown as string)).toThrow(new TypeError("newsfacts: timexInterval expects its value as a string, got number"));
    expect(timexInterval("2024")?.start).toBe("2024-01-01T00:00:00.000Z");
  });
});

describe("the number readers check their offset too", () => {
  type Reader = (text: unknown, from: unknown) => unknown;
  const readers = { readNumber, readCount } as unknown as Record<string, Reader>;

  for (const [name, read] of Object.entries(readers)) {
    it(`${name} wants a whole number for \`from\`, and finds nothing outside the text`, () => {
      expect(() => read("killed 12 people", "7")).toThrow(new TypeError(`newsfacts: ${name} expects \`from\`, an offset into its text, as a number, got string`));
      expect(() => read("killed 12 people", undefined)).toThrow(/as a number, got undefined$/u);
      // NaN would read as offset 0, and 7.5 as 7: said instead.
      expect(() => read("12 killed", Number.NaN)).toThrow(new RangeError(`newsfacts: ${name} expects \`from\`, an offset into its text, as a whole number, got NaN`));
      expect(() => read("killed 12 people", 7.5)).toThrow(/as a whole number, got 7.5$/u);
      expect(read("killed 12 people", -1)).toBeUndefined();
      expect(read("killed 12 people", 99)).toBeUndefined();
    });
  }

  it("reads as before where the arguments are good", () => {
    expect(readNumber("killed 1,718 people", 7)).toEqual({ value: 1718, end: 12 });
    expect(readCount("killed 10 to 15 people", 7)).toEqual({ count: { min: 10, max: 15 }, numberStart: 7, end: 15, vague: false });
    expect(mayStartCount("twenty-one")).toBe(true);
    expect(mayStartCount("drones")).toBe(false);
  });
});

describe("the helpers that take what a finder returned say what they expected", () => {
  const STORY = '"We will rebuild the bridge," Mayor Ines Varga said. At least 4 people were killed and 9 were hurt, officials said.';
  const article = parseArticle(STORY, { published: "2025-04-24" });

  it("statementsBySpeaker wants an article with statements, and says so for the statements alone", () => {
    const fn = statementsBySpeaker as (value: unknown) => unknown;
    expect(() => fn(null)).toThrow(new TypeError("newsfacts: statementsBySpeaker expects an article with statements, as parseArticle or findStatements returns, got null"));
    expect(() => fn(undefined)).toThrow(/returns, got undefined$/u);
    expect(() => fn(article.statements)).toThrow(/got an array \(give the whole article, whose actors name the speakers, not its statements\)$/u);
    expect(() => fn({ actors: [] })).toThrow(new TypeError("newsfacts: statementsBySpeaker expects its article's statements as an array, got undefined"));
    expect(() => fn({ statements: [null] })).toThrow(/as an array of objects, got null at index 0$/u);
    expect(() => fn({ statements: [], actors: "none" })).toThrow(/its article's actors as an array, got string$/u);
    expect(statementsBySpeaker(article).map((g) => [g.speaker?.name, g.statements.length])).toEqual([
      ["Ines Varga", 1],
      [undefined, 1],
    ]);
    expect(statementsBySpeaker({ statements: [] })).toEqual([]);
  });

  it("summarizeCasualties wants the list, and says so for the article itself", () => {
    const fn = summarizeCasualties as (value: unknown) => unknown;
    expect(() => fn(null)).toThrow(new TypeError("newsfacts: summarizeCasualties expects its casualties as an array, got null"));
    expect(() => fn(article)).toThrow(new TypeError("newsfacts: summarizeCasualties expects its casualties as an array, got object (an article: give its `casualties`)"));
    expect(() => fn([article.casualties[0], undefined])).toThrow(/as an array of objects, got undefined at index 1$/u);
    expect(summarizeCasualties(article.casualties).killed?.count).toEqual({ min: 4 });
    expect(summarizeCasualties([])).toEqual({});
  });

  it("htmlToText's map says what it wanted when given no number or no span", () => {
    const read = htmlToText("<p>Rain in <b>Oslo</b>.</p>") as { toSource(offset: unknown): number; toSourceSpan(span: unknown): unknown };
    expect(() => read.toSource("3")).toThrow(new TypeError("newsfacts: an offset must be a number, got string"));
    expect(() => read.toSourceSpan(null)).toThrow(new TypeError("newsfacts: toSourceSpan expects a span { start, end }, got null"));
    expect(() => read.toSourceSpan({ start: 0 })).toThrow(/must be a number, got undefined$/u);
    expect(read.toSource(8)).toBe(14);
  });
});
