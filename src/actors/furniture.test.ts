import { describe, expect, it } from "vitest";
import { parseArticle } from "../parse-article.js";
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

describe("share bars name no actors", () => {
  it("drops a row of share buttons", () => {
    expect(names("Facebook Twitter Email\n\nMayor Ivo Brandt said the ports would reopen.")).toEqual(["Ivo Brandt"]);
    expect(names("Share on Facebook Share on Twitter\n\nEmail Print\n\nMayor Ivo Brandt said the ports would reopen.")).toEqual(["Ivo Brandt"]);
  });

  it("keeps a network the story names as one", () => {
    expect(names("Facebook Twitter Email\n\nThe posts were removed by Twitter on Monday.")).toEqual(["Twitter"]);
  });
});
