import { describe, expect, it } from "vitest";
import { findDates } from "./index.js";

/** Text, type and value of each expression found. */
function found(text: string, published = "2025-04-24"): string[] {
  return findDates(text, { published }).map((d) => `${d.text}|${d.type}|${d.value}`);
}

describe("a clock time in a city's time (issue #3)", () => {
  it("takes the city and 'time' into the extent, with the offset of that day", () => {
    expect(found("Air-raid sirens sounded in the capital at 03:40 Kyiv time.")).toEqual(["03:40 Kyiv time|TIME|2025-04-24T03:40+03:00"]);
    // Winter: Kyiv is two hours ahead of UTC.
    expect(found("The power went out at 21:15 Kyiv time, the grid operator said.", "2025-01-10")).toEqual(["21:15 Kyiv time|TIME|2025-01-10T21:15+02:00"]);
  });

  it("joins a day named after it, and a day before it", () => {
    expect(found("The first drones were heard at 03:40 Kyiv time on Tuesday.")).toEqual(["03:40 Kyiv time on Tuesday|TIME|2025-04-22T03:40+03:00"]);
    expect(found("Polls closed on Sunday at 20:00 Paris time.")).toEqual(["Sunday at 20:00 Paris time|TIME|2025-04-20T20:00+02:00"]);
  });

  it("switches to summer time on the last Sunday of March", () => {
    expect(found("The ferry left at 09:00 London time on March 29.")).toEqual(["09:00 London time on March 29|TIME|2025-03-29T09:00Z"]);
    expect(found("The ferry left at 09:00 London time on March 30.")).toEqual(["09:00 London time on March 30|TIME|2025-03-30T09:00+01:00"]);
  });

  it("leaves a bracketed GMT equivalent in charge of the offset", () => {
    expect(found("The strike came at 04:10 Kyiv time (01:10 GMT).")[0]).toBe("04:10 Kyiv time|TIME|2025-04-24T04:10+03:00");
  });
});

describe("a length counted from a weekday (issue #3)", () => {
  it("is the coming weekday plus the length (TimeML: the anchor plus P1W)", () => {
    // Published on Thursday 24 April 2025: the coming Friday is the 25th.
    expect(found("The runoff is set for a week from Friday.")).toEqual(["a week from Friday|DATE|2025-05-02"]);
    expect(found("Hearings resume two weeks from Monday.")).toEqual(["two weeks from Monday|DATE|2025-05-12"]);
    expect(found("The ceasefire expires ten days from Saturday.")).toEqual(["ten days from Saturday|DATE|2025-05-06"]);
  });
});

describe("'later' with no date before it in news (issue #3)", () => {
  it("does not jump ahead from the publication date", () => {
    expect(found("She fled the town as a child. A decade and a half later she came back to run its hospital.")).toEqual(["A decade and a half later|DATE|PAST_REF"]);
    expect(found("The dam will be finished first; a year and a half later the valley will be flooded.")).toEqual(["a year and a half later|DATE|FUTURE_REF"]);
  });

  it("counts from the last date the text gave", () => {
    expect(found("The shipyard shut in 1988. A decade and a half later it built ferries again.")).toEqual(["1988|DATE|1988", "A decade and a half later|DATE|2003"]);
  });
});

describe("a season word inside a name (issue #3)", () => {
  it("is no season, and a year after the name is still found", () => {
    expect(found("Memories of the Arab Spring of 2011 still shape the region.")).toEqual(["2011|DATE|2011"]);
    expect(found("The Prague Spring of 1968 was crushed by tanks.")).toEqual(["1968|DATE|1968"]);
    expect(found("Ministers gathered at the Summer Davos forum in Tianjin.")).toEqual([]);
    expect(found("She will speak at Summer Davos, organisers said.")).toEqual([]);
  });

  it("keeps seasons written with a capital outside names", () => {
    expect(found("Talks resume in the Spring, officials said.")).toEqual(["the Spring|DATE|2025-SP"]);
    expect(found("The rebels advanced in Summer 2011.")).toEqual(["Summer 2011|DATE|2011-SU"]);
    expect(found("Prices Rise In Spring Of 2011")).toEqual(["Spring Of 2011|DATE|2011-SP"]);
  });
});
