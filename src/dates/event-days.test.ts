import { describe, expect, it } from "vitest";
import { findDates } from "./index.js";

const published = "2025-04-24";

/** Text, type and value of each expression found. */
function found(text: string): string[] {
  return findDates(text, { published }).map((d) => `${d.text}|${d.type}|${d.value}`);
}

describe("the first or last day of an event", () => {
  it("is no day before publication: the day of a trip, of talks or of trading is the event's", () => {
    expect(found("The envoy signed the accord on the last day of her tour.")).toEqual([]);
    expect(found("Little changed in the final week of bargaining.")).toEqual([]);
    expect(found("Markets slid on the last day of dealing before the holiday.")).toEqual([]);
    expect(found("She cleared her desk on her last day in parliament.")).toEqual([]);
  });

  it("is today when the text says it is, and a calendar edge when it names the month", () => {
    expect(found("It is the last day of the envoy's tour, and no deal is in sight.")).toEqual(["the last day|DATE|2025-04-24"]);
    expect(found("Bids will close on the last day of June.")).toEqual(["the last day of June|DATE|2025-06-30"]);
    // "the last" is the final one, not a past tense: the coming June.
    expect(found("The envoy will return on the last Sunday of June.")).toEqual(["the last Sunday of June|DATE|2025-06-29"]);
    expect(found("The company reported a loss for its last quarter.")).toEqual(["last quarter|DATE|2025-Q1"]);
    expect(found("Officials met the envoy last week.")).toEqual(["last week|DATE|2025-W16"]);
  });
});
