/**
 * Properties that hold for every input (fast-check): parseArticle never throws on any string,
 * every span it returns is in range and covers the text it claims, ids are unique per facet,
 * cross-facet references resolve. The same for the public facet functions where they exist,
 * and for the hostile inputs of issue 6, at sizes that keep the suite quick.
 *
 * No timing is asserted anywhere: a hostile input that makes a facet super-linear shows up as
 * the test timeout in vitest.config.ts, and in the benchmark.
 */
import fc from "fast-check";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import * as api from "../src/index.js";
import { articleProblems, describeProblems, spanProblems, type Problem } from "./support/invariants.js";
import { parseInWorker, shutdown } from "./support/isolated.js";

// ------------------------------------------------------------------ the public surface, guarded

type AnyFn = (...args: unknown[]) => unknown;
const exported = api as unknown as Record<string, unknown>;
/** A public function by name, or undefined while its facet has not exported it yet. */
function publicFn(name: string): AnyFn | undefined {
  const fn = exported[name];
  return typeof fn === "function" ? (fn as AnyFn) : undefined;
}

const { parseArticle } = api;

// ------------------------------------------------------------------ arbitraries

const WORDS = [
  "the", "a", "of", "in", "on", "and", "that", "was", "were", "had", "has", "have", "been", "to",
  "people", "civilians", "children", "soldiers", "officials", "police", "troops", "residents",
  "killed", "injured", "wounded", "dead", "missing", "captured", "displaced", "died", "fled",
  "said", "says", "told", "added", "urged", "warned", "denied", "claimed", "according", "to",
  "president", "minister", "leader", "spokesman", "he", "she", "they", "it", "his", "her",
  "attack", "strike", "missile", "drone", "barrage", "ceasefire", "talks", "war", "peace",
  "at", "least", "about", "nearly", "more", "than", "up", "some", "dozens", "hundreds",
  "ago", "last", "next", "this", "early", "late", "mid", "night", "morning", "evening",
  "day", "days", "week", "weeks", "month", "months", "year", "years", "since", "until", "by",
];
const NAMES = [
  "Donald Trump", "Trump", "Vladimir Putin", "Putin", "Volodymyr Zelenskyy", "Zelensky",
  "Jonas Gahr Støre", "Mr. Smith", "Gen. Syrskyi", "Dr. Ana López", "the Kremlin", "NATO",
  "the United Nations", "U.S.", "Russia", "Ukraine", "Kyiv", "Kiev", "Crimea", "Luhansk",
  "Donetsk", "Zaporizhzhia", "Kherson", "Moscow", "Washington", "Gaza", "Israel", "Hamas",
  "São Paulo", "Côte d'Ivoire", "al-Assad", "O'Brien", "北京", "Київ", "محمد",
];
const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December", "Jan.", "Feb.", "Sept.", "Dec.",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const NUMBERS = [
  "12", "90", "1,718", "3.5", "2024", "2022", "1999", "44", "0", "100000", "forty-four",
  "a dozen", "two hundred", "1.2 million", "11th", "3rd", "9/11", "2025-04-24", "24/04/2025",
  "10:30", "5 p.m.", "1990s", "Q3", "2024-W17",
];
const PUNCT = [".", ",", ";", ":", "!", "?", "—", "–", "-", "(", ")", "[", "]", "…", "...", "/", "&", "%", "$"];
const QUOTES = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", "‹", "›"];
const SPACES = [" ", " ", " ", "\n", "\n\n", "\t", "\u00a0", "\r\n", "\u2028", "\u200b"];

const word = fc.constantFrom(...WORDS);
const capitalized = word.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
/** A news-like token: words, names, months, weekdays, numbers, quotes and punctuation. */
const newsToken = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 2, arbitrary: capitalized },
  { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...MONTHS) },
  { weight: 2, arbitrary: fc.constantFrom(...WEEKDAYS) },
  { weight: 2, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map(String) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 2, arbitrary: fc.constantFrom(...QUOTES) },
);
/** Text that reads enough like news to reach deep into every facet. */
const newsText = fc
  .array(fc.tuple(newsToken, fc.constantFrom(...SPACES, "")), { maxLength: 300 })
  .map((parts) => parts.map(([token, space]) => token + space).join(""));

/** Lone halves of surrogate pairs, which `fc.string({ unit: "binary" })` never produces. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** C0 and C1 control characters, DEL, and the odd format characters (BOM, bidi marks). */
const control = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x7f, max: 0x9f }),
  fc.constantFrom(0xfeff, 0x200e, 0x200f, 0x202e, 0x2066, 0xfffd, 0xffff),
).map((c) => String.fromCharCode(c));
/** Any UTF-16 string at all: any code point, lone surrogates, controls, news fragments. */
const anyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  fc.string({ unit: fc.oneof(loneSurrogate, control, newsToken, fc.constantFrom(...SPACES)), maxLength: 200 }),
  newsText,
);

/** A valid publication date, date only or date-time, or none at all. */
const published = fc.option(
  fc
    .tuple(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }), fc.boolean())
    .map(([d, withTime]) => (withTime ? d.toISOString() : d.toISOString().slice(0, 10))),
  { nil: undefined },
);

const options = (date: string | undefined) => (date === undefined ? {} : { published: date });

/** Fails the test with every problem listed, when there are any. */
function expectNoProblems(problems: readonly Problem[], input: string): void {
  if (problems.length > 0) {
    expect.fail(`${problems.length} problem(s) on input ${JSON.stringify(input.slice(0, 200))}${input.length > 200 ? "…" : ""}:\n${describeProblems(problems)}`);
  }
}

// ------------------------------------------------------------------ the checker can fail

describe("the invariant checker", () => {
  // These properties are only as good as the checker: show it catching each kind of fault.
  const text = "Trump said Thursday.";
  const good = { text, actors: [{ id: "a", mentions: [{ start: 0, end: 5, text: "Trump" }] }], statements: [], territories: [], casualties: [], dates: [], diagnostics: [] };

  it("accepts a well-formed article", () => {
    expect(articleProblems(good, text)).toEqual([]);
  });

  it("catches a span out of range, a wrong slice, a split surrogate pair, duplicate ids and a dangling speaker", () => {
    const bad = {
      ...good,
      actors: [
        { id: "a", mentions: [{ start: 0, end: 99, text: "Trump" }] },
        { id: "a", mentions: [{ start: 1, end: 6, text: "Trump" }] },
      ],
      statements: [{ id: "s1", speaker: "nobody", content: { start: 6, end: 10, text: "said" } }],
      casualties: [{ id: "c1", span: { start: 0, end: 4 }, text: "Trump" }],
    };
    const problems = articleProblems(bad, text).map((p) => `${p.path}: ${p.problem}`);
    expect(problems).toEqual([
      expect.stringMatching(/^\$\.actors\[0\]\.mentions\[0\]: span 0\.\.99 out of range/u),
      expect.stringMatching(/^\$\.actors\[1\]\.mentions\[0\]: text "Trump" but the span covers "rump "/u),
      expect.stringMatching(/^\$\.casualties\[0\]: text "Trump" but span covers "Trum"/u),
      "$.actors[1]: duplicate id \"a\"",
      "$.statements[0].speaker: \"nobody\" is not an actor id",
    ]);
    const astral = "a😀b";
    expect(spanProblems({ start: 0, end: 2, text: "a\ud83d" }, astral)).toEqual([{ path: "$", problem: "span 0..2 splits a surrogate pair" }]);
    expect(articleProblems({ ...good, text: "other" }, text)[0]?.problem).toBe("is not the input unchanged");
    const failedFacet = { ...good, diagnostics: [{ code: "facet-failed", message: "The dates facet failed on this input" }] };
    expect(articleProblems(failedFacet, text)).toEqual([{ path: "$.diagnostics[0]", problem: "The dates facet failed on this input" }]);
  });
});

// ------------------------------------------------------------------ parseArticle

describe("parseArticle on any string", () => {
  it("never throws, no facet fails, every span is valid, on arbitrary strings (lone surrogates and controls included)", () => {
    fc.assert(
      fc.property(anyString, published, (text, date) => {
        expectNoProblems(articleProblems(parseArticle(text, options(date)), text), text);
      }),
      { numRuns: 400 },
    );
  });

  it("never throws, no facet fails, every span is valid, on generated news-like text", () => {
    fc.assert(
      fc.property(newsText, published, (text, date) => {
        expectNoProblems(articleProblems(parseArticle(text, options(date)), text), text);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same output for the same input (no hidden state between calls)", () => {
    fc.assert(
      fc.property(newsText, published, (text, date) => {
        const first = JSON.stringify(parseArticle(text, options(date)));
        parseArticle(`${text} Russia said 3 people were killed on Monday.`, options(date));
        expect(JSON.stringify(parseArticle(text, options(date)))).toBe(first);
      }),
      { numRuns: 100 },
    );
  });

  it("reports a missing publication date instead of guessing one from the clock", () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const article = parseArticle(text);
        expect(article.published).toBeUndefined();
        expect(article.diagnostics.map((d) => d.code)).toContain("no-published-date");
      }),
      { numRuns: 50 },
    );
  });

  it("throws a RangeError, never a silently wrong date, for a published date that is not ISO 8601", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("yesterday", "24/04/2025", "2025-13-01", "2025-02-30", "2025-04-24T25:00", "", "April 24, 2025", "2025-4-24"),
        (bad) => {
          expect(() => parseArticle("Kyiv was struck on Thursday.", { published: bad })).toThrow(RangeError);
        },
      ),
    );
  });
});

// ------------------------------------------------------------------ hostile input (issue 6)

/** Repeats `unit` up to about `size` UTF-16 units. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * The size of each hostile input in UTF-16 units. Issue 6 asks for 1 MB; the default keeps the
 * whole suite near a minute on a busy 2-core machine, and `NEWSFACTS_HOSTILE_SIZE=1048576`
 * runs the full size (the benchmark measures the speed; these tests only need the shape).
 */
const SIZE = Number(process.env.NEWSFACTS_HOSTILE_SIZE) || 128 * 1024;
const KB = `${Math.round(SIZE / 1024)} KB`;
const HOSTILE: ReadonlyArray<readonly [string, () => string]> = [
  [`${KB} of quotation marks`, () => fill(`"“”'‘’«»„`, SIZE)],
  [`${KB} of straight double quotes`, () => fill('"', SIZE)],
  [`${KB} of digits`, () => fill("0123456789", SIZE)],
  [`${KB} of digits with separators`, () => fill("1,234.5 ", SIZE)],
  [`${KB} of capitalized words`, () => fill("President Vladimir Putin Kyiv Ukraine Alpha Beta ", SIZE)],
  [`${KB} of one capitalized word`, () => fill("Aaaa ", SIZE)],
  [`${KB} of "said" and commas`, () => fill("said, ", SIZE)],
  [`${KB} of quotes with speakers`, () => fill('"Stop," Trump said. ', SIZE)],
  [`a ${2 * SIZE / 1024} KB line with no sentence end`, () => fill("the attack on the city continued and ", 2 * SIZE)],
  [`a ${KB} word`, () => fill("a", SIZE)],
  [`${KB} of dots`, () => fill(".", SIZE)],
  [`${KB} of abbreviations`, () => fill("U.S. Mr. Gen. ", SIZE)],
  ["deeply nested brackets", () => "(".repeat(SIZE / 2) + "Kyiv" + ")".repeat(SIZE / 2)],
  ["deeply nested mixed brackets and quotes", () => fill("([{“«", SIZE / 2) + "said" + fill("»”}])", SIZE / 2)],
  ["a lot of weekday names", () => fill("Monday Tuesday Wednesday Thursday Friday Saturday Sunday ", SIZE)],
  ["a lot of month names and years", () => fill("July 2024 February 2022 last July ", SIZE)],
  ["a lot of relative dates", () => fill("44 days ago last night next week ", SIZE)],
  ["a lot of casualty phrases", () => fill("at least 12 people were killed and 90 injured, ", SIZE)],
  [`${KB} of whitespace`, () => fill(" \t\u00a0\u2003", SIZE)],
  [`${KB} of newlines`, () => fill("\n", SIZE)],
  [`${KB} of lone surrogates and control characters`, () => fill("\ud800\u0000\udfff\u0007\u001b\u0085", SIZE)],
  [`${KB} of astral characters`, () => fill("😀𝔘𝔨𝔯", SIZE)],
  [`${KB} of hyphenated words`, () => fill("hours-long-", SIZE)],
  [`${KB} of apostrophes in words`, () => fill("Russia's'", SIZE)],
  [`${KB} of photo credits with no closing bracket`, () => fill("(AP Photo/Jane Doe ", SIZE)],
  [`a ${KB} sentence of dates after "since"`, () => fill("Deaths rose since 1990, ", SIZE)],
  [`a ${KB} sentence of titles and names`, () => fill("President Maria Lopez, Defence Minister John Reed, General Ann Lee and ", SIZE)],
  [`${KB} of headlines of names the text gave`, () => "Maria Lopez met John Reed.\n" + fill("LOPEZ REED TALKS\nLopez Reed Talks\n", SIZE)],
  [`a ${KB} sentence of lists of places`, () => fill("in Kyiv, Kharkiv and Odesa, in Lviv, Ukraine's Dnipro and ", SIZE)],
  [`a ${2 * SIZE / 1024} KB line of share words and names`, () => fill("Share This Story On Twitter Email Ann Lee ", 2 * SIZE)],
];

/**
 * The hang guard for one hostile input: generous (a linear parser reads 1 MB in well under a
 * second), and only there so that a super-linear facet fails this test instead of stalling CI.
 * It is vitest's ordinary test timeout, not an assertion about speed.
 */
const HOSTILE_TIMEOUT = 20_000;

describe("parseArticle on hostile input", () => {
  afterAll(shutdown);
  for (const [name, make] of HOSTILE) {
    it(
      `${name}: no throw, no facet fails, valid spans`,
      async () => {
        const text = make();
        const run = await parseInWorker(text, { published: "2025-04-24" });
        onTestFinished(run.stop);
        expectNoProblems(articleProblems(await run.result, text), text);
      },
      HOSTILE_TIMEOUT,
    );
  }
});

// ------------------------------------------------------------------ the public facet functions

/**
 * Facet functions that take a text (and options) and return items with spans into it. Each is
 * tested as soon as its facet exports it; until then the test is skipped, and says so.
 */
const FINDERS = ["findDates", "findActors", "findTerritories", "findStatements", "findCasualties"] as const;

describe("public facet functions", () => {
  for (const name of FINDERS) {
    const fn = publicFn(name);
    it.skipIf(!fn)(`${name}(text, { published }) never throws and returns valid spans`, () => {
      fc.assert(
        fc.property(anyString, published, (text, date) => {
          expectNoProblems(spanProblems(fn!(text, options(date)), text), text);
        }),
        { numRuns: 200 },
      );
    });
  }

  const resolveDate = publicFn("resolveDate");
  it.skipIf(!resolveDate)("resolveDate(phrase, reference) never throws on any phrase, and spans index the phrase", () => {
    fc.assert(
      fc.property(anyString, fc.constantFrom("2025-04-24", "2000-02-29", "1999-12-31T23:59:00Z"), (phrase, reference) => {
        const result = resolveDate!(phrase, reference);
        if (result !== undefined) expectNoProblems(spanProblems(result, phrase), phrase);
      }),
      { numRuns: 300 },
    );
  });

  it.skipIf(!resolveDate)("resolveDate: \"N days ago\" is the reference minus N days, and a larger N is never later", () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: 0, max: 10_000 }),
        (date, n) => {
          const days = (k: number) => `${k} ${k === 1 ? "day" : "days"} ago`;
          const reference = date.toISOString().slice(0, 10);
          const expected = new Date(Date.parse(reference) - n * day).toISOString().slice(0, 10);
          const result = resolveDate!(days(n), reference) as { value?: string } | undefined;
          expect(result?.value).toBe(expected);
          const further = resolveDate!(days(n + 1), reference) as { value?: string } | undefined;
          expect(String(further?.value) < String(result?.value)).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  for (const name of ["normalizeActorName", "normalizeTerritory", "parseCount"] as const) {
    const fn = publicFn(name);
    it.skipIf(!fn)(`${name}(string) never throws on any string`, () => {
      fc.assert(
        fc.property(anyString, (s) => {
          fn!(s);
        }),
        { numRuns: 300 },
      );
    });
  }

  const parseCount = publicFn("parseCount");
  it.skipIf(!parseCount)("parseCount reads any digit count exactly, and \"at least N\" as an open lower bound", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (n) => {
        expect(parseCount!(String(n))).toMatchObject({ min: n, max: n });
        const open = parseCount!(`at least ${n}`) as { min?: number; max?: number } | undefined;
        expect(open?.min).toBe(n);
        expect(open?.max).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });
});
