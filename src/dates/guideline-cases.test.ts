import { describe, expect, it } from "vitest";
import { findDates, resolveDate } from "./index.js";

const published = "2025-04-24";

/** Text, type, value and mod of each expression found. */
function found(text: string): string[] {
  return findDates(text, { published }).map((d) => `${d.text}|${d.type}|${d.value}${d.mod ? `|${d.mod}` : ""}`);
}

describe("TIMEX3 guideline cases (issue #3)", () => {
  it("reads a decade glued to a hyphenated noun as the decade, not its first year", () => {
    expect(found("Rents went back to the 1970s-era levels.")).toEqual(["the 1970s-era|DATE|197"]);
    expect(found("The mill kept its 1950s-style looms.")).toEqual(["1950s-style|DATE|195"]);
  });

  it("tags 'the past three summers' as the set of those seasons", () => {
    expect(found("Wildfires closed the park in the past three summers.")).toEqual(["the past three summers|SET|XXXX-SU"]);
    expect(found("The lake froze over the last two winters.")).toEqual(["the last two winters|SET|XXXX-WI"]);
  });

  it("takes 'could' as a cue pointing ahead, but not 'could have' or 'could not'", () => {
    expect(found("The runoff could happen in March.")).toEqual(["March|DATE|2026-03"]);
    expect(found("The runoff could have happened in March.")).toEqual(["March|DATE|2025-03"]);
    expect(found("The mayor could not attend in March.")).toEqual(["March|DATE|2025-03"]);
  });

  it("gives a month's nth week as an ISO week", () => {
    // April 2025 starts on a Tuesday: its first week is 31 March to 6 April, W14.
    expect(found("Ballots go out in the first week of April.")).toEqual(["the first week of April|DATE|2025-W14"]);
    expect(found("Prices eased in the second week of May.")).toEqual(["the second week of May|DATE|2025-W19"]);
    // March 2025 ends on a Monday: its last week is the one holding the 28th, W13.
    expect(found("Shelling eased in the last week of March.")).toEqual(["the last week of March|DATE|2025-W13"]);
    expect(found("The dam opened in the last week of February 2024.")).toEqual(["the last week of February 2024|DATE|2024-W09"]);
    expect(resolveDate("the third week of January 2026", published)?.value).toBe("2026-W03");
  });

  it("keeps 'no' in the extent of 'no more than'", () => {
    expect(found("Detainees may be held for no more than sixty days.")).toEqual(["no more than sixty days|DURATION|P60D|EQUAL_OR_LESS"]);
  });

  it("does not read a multiplier and a number as a spoken year", () => {
    expect(found("He ordered a dozen twenty-liter drums.")).toEqual([]);
    expect(resolveDate("dozen twenty", published)).toBeUndefined();
  });

  it("reads military hours after a preposition as a clock time, and other hours as a length", () => {
    expect(found("By 1800 hours the checkpoint had closed.")).toEqual(["1800 hours|TIME|2025-04-24T18:00"]);
    expect(found("The crew logged 1800 hours of flight time.")).toEqual(["1800 hours|DURATION|PT1800H"]);
    expect(found("The exercise lasted 1500 hours.")).toEqual(["1500 hours|DURATION|PT1500H"]);
  });

  it("sets the half of the day of an o'clock time from 'in the afternoon'", () => {
    expect(found("The ferry left at 3 o'clock in the afternoon.")).toEqual(["3 o'clock in the afternoon|TIME|2025-04-24T15:00"]);
    expect(found("The ferry left at four o'clock in the morning.")).toEqual(["four o'clock in the morning|TIME|2025-04-24T04:00"]);
    expect(found("Polls close at eight o'clock.")).toEqual(["eight o'clock|TIME|2025-04-24T08:00"]);
  });

  it("gives no date to the Spring Festival, a lunar holiday", () => {
    expect(found("Millions travel home for the Spring Festival.")).toEqual([]);
  });
});

describe("Orthodox feasts (issue #3)", () => {
  it("dates Orthodox Easter and Christmas by the Julian calendar, not the Western feasts", () => {
    const may2024 = (text: string) => findDates(text, { published: "2024-05-10" }).map((d) => `${d.text}|${d.value}`);
    expect(may2024("Services were held in Kharkiv for Orthodox Easter.")).toEqual(["Orthodox Easter|2024-05-05"]);
    expect(may2024("Shops shut for Orthodox Christmas.")).toEqual(["Orthodox Christmas|2024-01-07"]);
    expect(may2024("The bells rang on Orthodox Christmas Eve.")).toEqual(["Orthodox Christmas Eve|2024-01-06"]);
    expect(resolveDate("Orthodox Easter 2021", published)?.value).toBe("2021-05-02");
  });
});

describe("counted time ahead (issue #3)", () => {
  it("keeps the possessive \"time\" of 'in two weeks' time' in the extent", () => {
    expect(found("The ferry resumes in two weeks' time.")).toEqual(["two weeks' time|DATE|2025-W19"]);
    expect(found("The ferry resumes in three weeks’ time.")).toEqual(["three weeks’ time|DATE|2025-W20"]);
  });
});

describe("ranges of weekdays (issue #3)", () => {
  it("puts the two ends of a weekday range in order across the publication day", () => {
    // Published on Thursday 2025-04-24: a range that has ended is last week's, one ahead next week's.
    expect(found("The strike ran from Monday to Friday.")).toEqual(["Monday|DATE|2025-04-14", "Friday|DATE|2025-04-18"]);
    expect(found("Schools will shut Wednesday through Friday.")).toEqual(["Wednesday|DATE|2025-04-30", "Friday|DATE|2025-05-02"]);
    expect(found("Talks ran Tuesday to Wednesday.")).toEqual(["Tuesday|DATE|2025-04-22", "Wednesday|DATE|2025-04-23"]);
  });
});

describe("recurring weekday lists (issue #3)", () => {
  it("lets 'every' reach the bare weekdays listed after it", () => {
    expect(found("The ferry sails every Monday and Thursday.")).toEqual(["every Monday|SET|XXXX-WXX-1", "Thursday|SET|XXXX-WXX-4"]);
    expect(found("Clinics open each Monday, Wednesday and Friday.")).toEqual(["each Monday|SET|XXXX-WXX-1", "Wednesday|SET|XXXX-WXX-3", "Friday|SET|XXXX-WXX-5"]);
    // Not past a verb: "left Thursday" is a day.
    expect(found("He came every Monday and left Thursday.")).toEqual(["every Monday|SET|XXXX-WXX-1", "Thursday|DATE|2025-04-24"]);
  });
});
