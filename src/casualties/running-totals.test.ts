import { describe, expect, it } from "vitest";
import { findCasualties } from "./index.js";

const PUBLISHED = "2025-09-20";

/** [kind, min, max] of each casualty found in `text`. */
function tolls(text: string): [string, number, number | undefined][] {
  return findCasualties(text, { published: PUBLISHED }).map((c) => [c.kind, c.count.min, c.count.max]);
}

describe("findCasualties: a war's running total", () => {
  it("reads a toll since a war began years ago as news, as the articles' gold counts it", () => {
    expect(tolls("Since the war began in March 2021, at least 9,000 civilians have been killed, the monitors say.")).toEqual([["killed", 9000, undefined]]);
    expect(tolls("More than 3,500 people have died since fighting erupted in 2019.")).toEqual([["killed", 3501, undefined]]);
    expect(tolls("The insurgency, which started in 2017, has killed more than 4,000 people.")).toEqual([["killed", 4001, undefined]]);
  });

  it("keeps an older event's toll and a national statistic since a year as background", () => {
    expect(tolls("In 2016, six people were killed in a similar crash.")).toEqual([]);
    expect(tolls("It was the worst fire since 1988, when a blaze in a mill killed 31 workers.")).toEqual([]);
    expect(tolls("Since 2002 there have been 8,400 drowning deaths in the state, the agency says.")).toEqual([]);
  });

  it("reads bodies pulled, recovered or found as the dead", () => {
    expect(tolls("Rescuers pulled four bodies from the collapsed parking garage.")).toEqual([["killed", 4, 4]]);
    expect(tolls("Divers recovered the bodies of two anglers from the reservoir.")).toEqual([["killed", 2, 2]]);
  });
});
