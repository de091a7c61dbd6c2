import { describe, expect, it } from "vitest";
import { findDates, resolveDate } from "./index.js";

const published = "2025-04-24";

/** Text, type and value of each expression found. */
function found(text: string): string[] {
  return findDates(text, { published }).map((d) => `${d.text}|${d.type}|${d.value}`);
}

describe("spoken clock times", () => {
  it("read halves, quarters and counted minutes past or to an hour", () => {
    expect(found("The convoy crossed the border at half past four.")).toEqual(["half past four|TIME|2025-04-24T04:30"]);
    expect(found("Voting ends at a quarter to eight in the evening.")).toEqual(["a quarter to eight in the evening|TIME|2025-04-24T19:45"]);
    expect(found("The first siren sounded at twenty past ten p.m.")).toEqual(["twenty past ten p.m.|TIME|2025-04-24T22:20"]);
    expect(found("Guards locked the gates at ten minutes to nine.")).toEqual(["ten minutes to nine|TIME|2025-04-24T08:50"]);
  });

  it("count to midnight and past it, and join the day after them", () => {
    expect(found("The curfew starts at five to midnight.")).toEqual(["five to midnight|TIME|2025-04-24T23:55"]);
    expect(found("Talks broke up at a quarter past midnight on Tuesday.")).toEqual(["a quarter past midnight on Tuesday|TIME|2025-04-22T00:15"]);
    expect(found("The mayor spoke at half past two on Monday.")).toEqual(["half past two on Monday|TIME|2025-04-21T02:30"]);
  });

  it("keep a fixed zone the text gives", () => {
    expect(found("The launch came at twenty to six GMT.")).toEqual(["twenty to six GMT|TIME|2025-04-24T05:40Z"]);
  });

  it("are not ranges of hours or of counts", () => {
    expect(found("The clinic opens from nine to five.")).toEqual([]);
    expect(found("Turnout fell by two to three points.")).toEqual([]);
    expect(found("The fund cut its stake by a quarter to five percent.").some((d) => d.includes("TIME"))).toBe(false);
  });

  it("resolve alone too", () => {
    expect(resolveDate("quarter past six", published)?.value).toBe("2025-04-24T06:15");
    expect(resolveDate("ten to eleven at night", published)?.value).toBe("2025-04-24T22:50");
  });
});

describe("a clock time with its equivalent in brackets", () => {
  it("takes the day the bracket names", () => {
    expect(found("The envoy will fly out at 6 in the morning (6 a.m. EDT Saturday).")).toEqual([
      "6 in the morning|TIME|2025-04-26T06:00",
      "6 a.m. EDT Saturday|TIME|2025-04-26T06:00",
    ]);
    expect(found("The strike hit at 11:20 a.m. (0820 GMT Sunday).")).toEqual(["11:20 a.m.|TIME|2025-04-20T11:20+03:00", "0820 GMT Sunday|TIME|2025-04-20T08:20Z"]);
  });
});
