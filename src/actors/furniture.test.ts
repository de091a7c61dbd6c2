import { describe, expect, it } from "vitest";
import { parseArticle } from "../parse-article.js";
import { creditSpans, insideCredit } from "./credits.js";
import { findActors } from "./index.js";

/** The names of the actors found in `text`. */
function names(text: string): string[] {
  return findActors(text).map((a) => a.name);
}

describe("photo credits name no actors", () => {
  it("leaves the photographer and the agency of a credit out", () => {
    expect(names("Flood water on Quay Street. Photograph: Lena Marsh/Reuters\n\nThe river rose two metres overnight.")).toEqual([]);
    expect(names("A crane lifts the wreck. (AP Photo/Tomas Ferrand)\n\nDivers reached the hull at dawn.")).toEqual([]);
    expect(names("Fans wait at the gate. Photo: Ruth Okafor, Valley Gazette The match starts at noon.")).toEqual([]);
  });

  it("gives an unattributed 'the agency said' no speaker from the credit", () => {
    const text = "The harbour after the storm. Photograph: Lena Marsh/Reuters\n\nThree ports stayed shut on Monday, the agency said.";
    const article = parseArticle(text);
    expect(article.actors.map((a) => a.name)).not.toContain("Reuters");
    expect(article.statements.map((s) => s.speaker)).not.toContain("reuters");
  });

  it("keeps a name beside the credit that the story gives", () => {
    expect(names("Photo: Lena Marsh/Reuters\n\nMayor Ivo Brandt said the ports would reopen.")).toEqual(["Ivo Brandt"]);
  });
});

describe("credit spans", () => {
  it("gives many credits in order and apart, and tells a name inside one from a name between them", () => {
    const credit = "(AP Photo/Tomas Ferrand) Mayor Ivo Brandt spoke. ";
    const text = credit.repeat(40);
    const spans = creditSpans(text);
    expect(spans).toHaveLength(40);
    for (let k = 1; k < spans.length; k++) expect(spans[k]!.start).toBeGreaterThanOrEqual(spans[k - 1]!.end);
    const at = 17 * credit.length;
    expect(insideCredit(spans, at + credit.indexOf("Tomas"))).toBe(true);
    expect(insideCredit(spans, at + credit.indexOf("Ivo"))).toBe(false);
    expect(insideCredit(spans, 0)).toBe(true);
    expect(insideCredit(spans, text.length - 1)).toBe(false);
  });

  it("reads a credit whose bracket closes too far away as one with no bracket", () => {
    const text = `(AP Photo/Tomas Ferrand ${"and then the crowd moved on ".repeat(10)})`;
    expect(creditSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["AP Photo/Tomas Ferrand"]);
  });
});

describe("share bars name no actors", () => {
  it("drops a row of share buttons", () => {
    expect(names("Facebook Twitter Email\n\nMayor Ivo Brandt said the ports would reopen.")).toEqual(["Ivo Brandt"]);
    expect(names("Share on Facebook Share on Twitter\n\nEmail Print\n\nMayor Ivo Brandt said the ports would reopen.")).toEqual(["Ivo Brandt"]);
  });

  it("keeps a network the story names as one", () => {
    expect(names("Facebook Twitter Email\n\nThe posts were removed by Twitter on Monday.")).toEqual(["Twitter"]);
  });
});
