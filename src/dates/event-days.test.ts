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

describe("'the month' of a counted weekday or a month's edge", () => {
  /** Text, value and anchor of each expression found. */
  const dated = (text: string, options: { published?: string } = {}): string[] => findDates(text, options).map((d) => `${d.text}|${d.value}|${d.anchor}`);

  it("is the month of the last date before it, past a length of time", () => {
    expect(dated("In May 2019 the board approved two years of cuts; the vote came on the last Friday of the month.", { published })).toEqual([
      "May 2019|2019-05|absolute",
      "two years|P2Y|absolute",
      "the last Friday of the month|2019-05-31|narrative",
    ]);
  });

  it("reaches back over paragraphs only in a text with no publication date", () => {
    const story = "On 9 June 1888 the river rose.\n\nThe levee failed on the last day of the month.";
    expect(dated(story)).toEqual(["9 June 1888|1888-06-09|absolute", "the last day of the month|1888-06-30|narrative"]);
    expect(dated(story, { published })).toEqual(["9 June 1888|1888-06-09|absolute", "the last day of the month|2025-04-30|published"]);
  });
});

describe("the last weekend of a month", () => {
  it("is the weekend of its last Saturday, not last weekend", () => {
    expect(found("The envoy will tour the region on the last weekend of June.")).toEqual(["the last weekend of June|DATE|2025-W26-WE"]);
    expect(found("Crowds packed the square on the last weekend of May 2025.")).toEqual(["the last weekend of May 2025|DATE|2025-W22-WE"]);
    expect(found("Crowds packed the square last weekend.")).toEqual(["last weekend|DATE|2025-W16-WE"]);
  });
});
