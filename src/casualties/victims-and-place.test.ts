import { describe, expect, it } from "vitest";
import { findCasualties } from "./index.js";
import { parseArticle } from "../parse-article.js";

const PUBLISHED = "2025-03-04";

describe("findCasualties: a filler before the victims", () => {
  it("leaves 'more', 'other' and 'additional' out of who was counted", () => {
    const [more] = findCasualties("Two more people died in hospital overnight, doctors said.", { published: PUBLISHED });
    expect([more?.count.min, more?.victims]).toEqual([2, "people"]);
    const [other] = findCasualties("Five other soldiers were wounded in the same attack.", { published: PUBLISHED });
    expect([other?.count.min, other?.victims]).toEqual([5, "soldiers"]);
  });

  it("gives no victims when only the filler stands before the noun of the dead", () => {
    const [bodies] = findCasualties("Divers said four more bodies were recovered from the river.", { published: PUBLISHED });
    expect(bodies?.count.min).toBe(4);
    expect(bodies?.victims).toBeUndefined();
  });
});

describe("parseArticle: the place of a toll", () => {
  it("places a toll at a place, not at the region an apposition says it lies in", () => {
    const text = "In Kadugli, the capital of South Kordofan, at least 17 people were killed by shelling on Sunday.";
    const article = parseArticle(text, { published: PUBLISHED });
    const place = article.territories.find((t) => t.id === article.casualties[0]?.place);
    expect(place?.name).toBe("Kadugli");
  });

  it("still places a toll in the region where no place is described by it", () => {
    const text = "Shelling killed six civilians in South Kordofan on Sunday.";
    const article = parseArticle(text, { published: PUBLISHED });
    const place = article.territories.find((t) => t.id === article.casualties[0]?.place);
    expect(place?.name).toBe("South Kordofan");
  });
});

describe("findCasualties: the shares a toll breaks out", () => {
  it("reads the shares after 'including' and 'among them' with their counts and victims", () => {
    const [toll] = findCasualties("Drones hit a block of flats in Sumy, killing five people, including two children and a nurse, the mayor said.", { published: PUBLISHED });
    expect(toll?.count).toEqual({ min: 5, max: 5 });
    expect(toll?.including?.map((p) => [p.count.min, p.victims, p.text])).toEqual([
      [2, "children", "two children"],
      [1, "nurse", "a nurse"],
    ]);
    const [among] = findCasualties("At least 19 villagers were killed on Monday, among them seven women, elders said.", { published: PUBLISHED });
    expect(among?.including?.map((p) => [p.count.min, p.victims])).toEqual([[7, "women"]]);
  });

  it("gives the breakdown to the toll just before it, and none where no count of people follows", () => {
    const both = findCasualties("The blast killed two and wounded 14, including three police officers.", { published: PUBLISHED });
    expect(both.map((c) => [c.kind, c.including?.length ?? 0])).toEqual([
      ["killed", 0],
      ["injured", 1],
    ]);
    expect(findCasualties("Three people were killed, including the driver.", { published: PUBLISHED })[0]?.including).toBeUndefined();
    // Shares that add up to more than the toll are not its shares.
    const [over] = findCasualties("Four soldiers were killed, including two officers and 30 recruits.", { published: PUBLISHED });
    expect(over?.including?.map((p) => p.count.min)).toEqual([2]);
  });
});
