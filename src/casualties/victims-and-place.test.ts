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
