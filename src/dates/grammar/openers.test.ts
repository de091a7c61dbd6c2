import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the bench's workload builder is plain JavaScript (articles made from its own templates).
import { articleSet, random } from "../../../bench/workloads.mjs";
import * as lexicon from "../../lexicon/dates.js";
import * as numbers from "../../lexicon/numbers.js";
import { lowerTokens, prepareDocument } from "../../text/document.js";
import { tokenSlice } from "../../text/tokens.js";
import { everyMatcher, openingMatchers, scanSentence } from "../scan.js";
import { viewOf, type TokenView } from "../token-view.js";
import { classifyTokens, mayStartPhrase } from "../triggers.js";
import { MATCHERS } from "./index.js";
import { OPENERS_OF, matchersOpening } from "./openers.js";

/**
 * Every place a matcher reads a phrase at a word whose opener predicate says it cannot: the
 * table would make the scanner miss that phrase. Runs every matcher at every word.
 */
function misses(text: string): string[] {
  const doc = prepareDocument(text);
  const lower = lowerTokens(doc);
  const out: string[] = [];
  for (const sentence of doc.sentences) {
    const view = viewOf(doc.text, doc.tokens, lower, sentence.firstToken, sentence.endToken);
    for (let i = view.from; i < view.to; i++) {
      if (doc.tokens.get(i)?.kind !== "word") continue;
      const w = lower[i]!;
      for (const matcher of MATCHERS) {
        const m = matcher(view, i);
        if (m && m.end > i && !matchersOpening([matcher], w).length) {
          out.push(`${matcher.name} at "${tokenSlice(doc.tokens, i, m.end).map((t) => t.text).join(" ")}"`);
        }
      }
    }
  }
  return out;
}

/**
 * The sentences of `text` whose phrases differ when the scan runs every matcher instead of those
 * the table picks: at the tokens a document's word classes let a phrase start at, or, as for a
 * phrase given to `resolveDate`, at every token.
 */
function pickDifferences(text: string, everyToken = false): string[] {
  const doc = prepareDocument(text);
  const lower = lowerTokens(doc);
  const classes = classifyTokens(doc.tokens, lower);
  const starts = everyToken ? undefined : (view: TokenView, i: number): boolean => mayStartPhrase(view, i, classes);
  const out: string[] = [];
  for (const sentence of doc.sentences) {
    const view = viewOf(doc.text, doc.tokens, lower, sentence.firstToken, sentence.endToken);
    const narrowed = JSON.stringify(scanSentence(view, starts, openingMatchers));
    // A fresh view: the first scan memoized its number readings in this one.
    const again = viewOf(doc.text, doc.tokens, lower, sentence.firstToken, sentence.endToken);
    if (JSON.stringify(scanSentence(again, starts, everyMatcher)) !== narrowed) out.push(text.slice(sentence.start, sentence.end));
  }
  return out;
}

/**
 * The grammar's vocabulary: every word of the date lexicon and every word-like string literal
 * in the grammar's sources, so a rule that starts reading a new word is exercised here.
 */
function vocabulary(): string[] {
  const words = new Set<string>();
  for (const table of Object.values(lexicon)) {
    if (table instanceof Map || table instanceof Set) for (const key of table.keys()) if (typeof key === "string") words.add(key);
  }
  for (const h of lexicon.HOLIDAYS) for (const w of h.words) words.add(w);
  // Number words, which counts, spoken years and spoken times open with.
  for (const table of [numbers.UNIT_WORDS, numbers.TENS_WORDS, numbers.MULTIPLIER_WORDS, numbers.SCALE_WORDS]) for (const w of table.keys()) words.add(w);
  const dir = new URL(".", import.meta.url);
  for (const file of readdirSync(dir)) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
    for (const m of readFileSync(new URL(file, dir), "utf8").matchAll(/"([a-z][a-z'’-]{0,20})"/gu)) words.add(m[1]!);
  }
  return [...words].filter((w) => w.length > 0 && !w.includes(" "));
}

/** Sentences of random words from the vocabulary, numbers and punctuation, some capitalized. */
function randomText(seed: number, sentences: number): string {
  const rng = random(seed);
  const vocab = [...vocabulary(), "1998", "2024", "12", "3", "45", "6:15", "0315", "'90", "the", "a", "of", "in", "on", "at", "said"];
  const pieces = ["-", "/", ",", "(", ")", "s"];
  const out: string[] = [];
  for (let s = 0; s < sentences; s++) {
    const words: string[] = [];
    const length = 4 + Math.floor(rng() * 12);
    for (let k = 0; k < length; k++) {
      let w = vocab[Math.floor(rng() * vocab.length)]!;
      if (rng() < 0.3) w = w.charAt(0).toUpperCase() + w.slice(1);
      // Glue a piece on now and then ("1998-99", "the 1990s", "12/25").
      words.push(rng() < 0.08 ? `${w}${pieces[Math.floor(rng() * pieces.length)]!}` : w);
    }
    out.push(`${words.join(" ")}.`);
  }
  return out.join(" ");
}

const INVENTED = `
Last Friday the council met for the third time this year; the year-ago quarter saw sales fall.
On the 5th, three weeks after the flood, officials said the 30-day truce would end next month.
The mid-1990s were calm. In the summer of 1998 the river rose, and again in late March.
She will arrive tomorrow morning at 6:15 am, and leave the day after tomorrow or the following Monday.
Twice a week, every Monday and each July, the market opens; the past few years were hard, these days less so.
Fiscal 2024 ended on 30 June; FY2023 and the first half of 1990 were better, as were Q3 2019 and the fourth-quarter results.
Christmas Eve, New Year's Day and Thanksgiving passed quietly; the hours-long meeting ran until midnight.
Nineteen ninety-four was a long year. The twentieth century ended. The nineties, the '80s and the 1970s were different.
That same day, in the afternoon, he spent the night at home; earlier in the day it rained.
Forty-four days ago, about two years ago, more than 30 days ago and at least 20 years ago it began; soon it ends.
Between 2014 and 2022, from 3 to 5 March, and on 12/25 the shop was closed; the week of March 6 was busy.
This past spring, this coming Sunday, the end of 1999 and the beginning of next month are dates too.
The year 1999, the full year, the latest period and the 1988 quarter were reported; year-end came; a year's end too.
On the twenty-fourth of March, twenty-four hours later, and thirty-one days after the thirty-first, one-year terms began.
Q1 and H2 2024, the Q4 results, h3 and q5 are not all parts of a year; the first-quarter figures and the second-half outlook differ.
Sales rose 5% since year-end, during the week, and over the next couple of years, recent weeks and the weeks ahead.
In 480 BC, in AD 79 and 1066 A.D., an ad ran; by mid-afternoon, in mid morning and at 4 in the morning or 10.30am the library closes on Mondays and weekends, opens late on Thursday evenings and holds readings on Sunday mornings.
`;

describe("the opener table of the date grammar", () => {
  it("has an entry for every matcher", () => {
    expect(MATCHERS.filter((m) => !OPENERS_OF.has(m)).map((m) => m.name)).toEqual([]);
  });

  it("keeps the matchers in order and drops those that cannot open with the word", () => {
    const kept = matchersOpening(MATCHERS, "the").map((m) => m.name);
    expect(kept).toContain("matchUnitShift");
    expect(kept).not.toContain("matchWeekday");
    expect(kept).toEqual(MATCHERS.map((m) => m.name).filter((n) => kept.includes(n)));
    // A weekday also opens a set ("Friday nights").
    expect(matchersOpening(MATCHERS, "friday").map((m) => m.name)).toEqual(["matchCalendarDate", "matchWeekday", "matchFrequency"]);
  });

  it("never drops a matcher that reads a phrase at the word, on invented news text", () => {
    expect(misses(INVENTED)).toEqual([]);
  });

  it("never drops a matcher that reads a phrase at the word, on the bench's template articles", () => {
    const articles = articleSet(60) as { text: string }[];
    expect(articles.flatMap((a) => misses(a.text))).toEqual([]);
  });

  it("never drops a matcher that reads a phrase at the word, on random text of the grammar's vocabulary", () => {
    expect(misses(randomText(7, 4000))).toEqual([]);
  });

  it("finds the same phrases as running every matcher, which resolveDate does", () => {
    const articles = articleSet(20) as { text: string }[];
    expect(pickDifferences(INVENTED)).toEqual([]);
    expect(articles.flatMap((a) => pickDifferences(a.text))).toEqual([]);
    expect(pickDifferences(randomText(11, 2000))).toEqual([]);
  });

  it("finds the same phrases at every token, as resolveDate tries them, with or without the table", () => {
    const articles = articleSet(20) as { text: string }[];
    expect(pickDifferences(INVENTED, true)).toEqual([]);
    expect(articles.flatMap((a) => pickDifferences(a.text, true))).toEqual([]);
    expect(pickDifferences(randomText(13, 4000), true)).toEqual([]);
    // A year spoken from its century is read as a year alone, not with what an era or a quarter reader would add.
    expect(pickDifferences("Nineteen ninety fiscal year sales rose. Profit fell in the nineteen eighty first quarter. Twenty twenty fiscal year ended.", true)).toEqual([]);
  });
});
