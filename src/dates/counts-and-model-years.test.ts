import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.js";
import { findDates } from "./index.js";

const PUBLISHED = "2019-05-02";

/** The (text, value) pairs of the dates found in `text`. */
function values(text: string): [string, string][] {
  return findDates(text, { published: PUBLISHED }).map((d) => [d.text, d.value]);
}

describe("four-digit numbers that are no year", () => {
  it("reads a number after a count word and before a plural noun as a count", () => {
    expect(values("Crews moved some 1906 families, about 1500 people and nearly 1200 homes; at least 1750 residents left.")).toEqual([]);
  });

  it("keeps the year after a count word when no plural noun follows, and a year before a plural noun without one", () => {
    expect(values("He moved there around 1989 or 1990, and the 1992 protests were larger than 2005 levels.")).toEqual([
      ["1989", "1989"], ["1990", "1990"], ["1992", "1992"], ["2005", "2005"],
    ]);
  });

  it("reads a number before a unit of measure as a quantity, whatever comes before it, and keeps a year before money", () => {
    expect(values("The drone flew at 1500 feet, the barge carried 2000 tonnes and the road climbs to 1800 metres.")).toEqual([]);
    expect(values("Wages in 1990 dollars fell in 1991.")).toEqual([["1990", "1990"], ["1991", "1991"]]);
  });

  it("reads a year before a vehicle make as the model's year, not a date", () => {
    expect(values("The gunman fled in a 2004 Honda Civic, then in a 1998 silver Ford Taurus; the 2012 campaign ended.")).toEqual([["2012", "2012"]]);
  });

  it("keeps the tolls of a sentence that names a model year, which no longer dates them years back", () => {
    const text = "Driver Killed on Elm Street\n\nA man was shot dead in a 2004 Honda Civic on Tuesday, police said. Two women in a 2011 Toyota Camry were wounded.";
    const article = parseArticle(text, { published: PUBLISHED });
    expect(article.casualties.map((c) => [c.kind, c.count.min, c.date?.value])).toEqual([
      ["killed", 1, undefined], ["killed", 1, "2019-04-30"], ["injured", 2, undefined],
    ]);
  });
});

describe("four-digit numbers that count soldiers in a narrative", () => {
  it("reads a number after a verb or 'of' and before a plural noun as a count, and keeps a year after a preposition or article", () => {
    const story = "The army numbered 1200 men; a garrison of 1500 soldiers held the fort. In 1798 troops landed, and the 1799 campaigns failed.";
    expect(findDates(story, {}).map((d) => d.text)).toEqual(["1798", "1799"]);
  });
});
