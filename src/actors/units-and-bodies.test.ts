import { describe, expect, it } from "vitest";
import { findActors } from "./index.js";

const PUBLISHED = "2025-03-04";

function kinds(text: string): Array<[string, string]> {
  return findActors(text, { published: PUBLISHED }).map((a) => [a.name, a.kind]);
}

describe("findActors: units, programmes and republics", () => {
  it("keeps the ordinal of a military unit in its name and reads the unit as a body", () => {
    expect(kinds("Near Vuhledar, the 72nd Brigade said its soldiers had held the line since Sunday.")).toEqual([["72nd Brigade", "organization"]]);
    expect(kinds("A spokesman for the 47th Mechanized Brigade said two tanks were lost.")).toContainEqual(["47th Mechanized Brigade", "organization"]);
    // An ordinal before a word that is no unit stays out of the name.
    expect(kinds("The 3rd Avenue Grill said it would reopen.").map(([name]) => name)).not.toContain("3rd Avenue Grill");
  });

  it("reads a programme or a fund that speaks as an organization, not a person", () => {
    expect(kinds("The Global Relief Programme said it had halted deliveries to the camps.")).toEqual([["Global Relief Programme", "organization"]]);
  });

  it("keeps a plural possessive inside a body's name, and a country's possessive outside it", () => {
    expect(kinds("Officials of the self-proclaimed Luhansk People's Republic claimed that shelling had hit a school.")).toEqual([["Luhansk People's Republic", "organization"]]);
    expect(kinds("The Sahel Children's Fund said the schools would reopen.")).toEqual([["Sahel Children's Fund", "organization"]]);
    expect(kinds("The Kurdistan Workers' Party said the ceasefire held.")).toEqual([["Kurdistan Workers' Party", "organization"]]);
    const names = kinds("Morocco's Interior Ministry said the border would stay shut.").map(([name]) => name);
    expect(names).toContain("Interior Ministry");
    expect(names.some((name) => name.startsWith("Morocco's"))).toBe(false);
  });

  it("reads a country inside a longer place's name as that place, not as an unknown body", () => {
    const found = kinds("Air strikes on villages in southern Lebanon killed nine people, Lebanon's Health Ministry said.");
    expect(found.filter(([name]) => name === "Lebanon")).toEqual([["Lebanon", "country"]]);
  });
});

describe("findActors: offices and their holders", () => {
  it("reads a county before its officer's title as the jurisdiction, not a body", () => {
    const found = findActors("Deputies searched the river bank overnight, Harris County Sheriff Ed Gomez said.", { published: PUBLISHED });
    expect(found.map((a) => a.name)).toEqual(["Ed Gomez"]);
    expect(found[0]?.titles).toEqual(["Sheriff"]);
  });

  it("reads a title set off after a name as the person's title", () => {
    const one = findActors("Ed Gomez, the county sheriff, said two men were in custody.", { published: PUBLISHED })[0];
    expect([one?.name, one?.titles]).toEqual(["Ed Gomez", ["Sheriff"]]);
    const two = findActors("Hanna Kovalenko, a former deputy mayor of Kherson, said the ferry had stopped.", { published: PUBLISHED })[0];
    expect([two?.name, two?.titles]).toEqual(["Hanna Kovalenko", ["Former Deputy Mayor"]]);
    // A description that is no title gives none.
    expect(findActors("Ed Gomez, the owner of the shop, said nothing was taken.", { published: PUBLISHED })[0]?.titles).toEqual([]);
  });
});
