import { describe, expect, it } from "vitest";
import { findActors } from "../actors/index.js";
import { findTerritories } from "./index.js";

/** [kind, name, mention texts] of each territory found in `text`. */
function places(text: string): [string, string, string[]][] {
  return findTerritories(text).map((t) => [t.kind, t.name, t.mentions.map((m) => m.text)]);
}

/** [kind, name] of each actor found in `text`. */
function actors(text: string): [string, string][] {
  return findActors(text).map((a) => [a.kind, a.name]);
}

describe("administrative areas the gazetteer does not know", () => {
  it("reads a county, a district or a parish as a place", () => {
    expect(places("Crews from Tamsin County cleared the roads by noon.")).toEqual([["region", "Tamsin County", ["Tamsin County"]]]);
    expect(places("Shelling hit Nad Orvi District overnight.")).toEqual([["other", "Nad Orvi District", ["Nad Orvi District"]]]);
    expect(places("Tamsin County's fire chief asked for help.")).toEqual([["region", "Tamsin County", ["Tamsin County"]]]);
    expect(actors("Crews from Tamsin County cleared the roads, the mayor said.")).toEqual([]);
  });

  it("leaves a body named after the area to the actors", () => {
    expect(places("The Tamsin County Sheriff's Office said two deputies were hurt.")).toEqual([]);
    const bodies = actors("The Tamsin County Sheriff's Office said two deputies were hurt.");
    expect(bodies.length).toBeGreaterThan(0);
    expect(bodies.every(([kind, name]) => kind === "organization" && name.startsWith("Tamsin County Sheriff"))).toBe(true);
    // "of" after it names a court's district, not an area on the map.
    expect(places("He was a prosecutor in the Eastern District of Tamsin for years.")).not.toContainEqual(expect.arrayContaining(["Eastern District"]));
  });

  it("keeps a club named so in sports reporting", () => {
    expect(actors("SOCCER - RESULTS.\nTamsin County 2 Brelford 1\nLeague match played on Saturday.")).toContainEqual(["organization", "Tamsin County"]);
  });

  it("takes a known province's capitalized word into its mention", () => {
    expect(places("Fighting went on in Helmand Province all week.")).toEqual([["region", "Helmand", ["Helmand Province"]]]);
    expect(actors("Fighting went on in Helmand Province all week.")).toEqual([]);
  });
});
