import { describe, expect, it } from "vitest";
import { findActors } from "./index.js";
import { parseArticle } from "../parse-article.js";

const PUBLISHED = "2025-06-02";

function names(text: string): string[] {
  return findActors(text, { published: PUBLISHED }).map((a) => a.name);
}

describe("findActors: an office held by a title", () => {
  it("reads 'X County Sheriff's Office' as one body, with no sheriff of its own", () => {
    expect(names("The Harlan County Sheriff's Office said two deputies answered the call.")).toEqual(["Harlan County Sheriff's Office"]);
    expect(names("Deputies of the Polk County Sheriff's Department arrested the driver on Route 9.")).toEqual(["Polk County Sheriff's Department"]);
    expect(names("The Bexar County District Attorney's Office filed the charges.")).toEqual(["Bexar County District Attorney's Office"]);
  });

  it("keeps a person's possessive before a body apart from it", () => {
    const found = names("Governor Ann Lowe said Ann Lowe's office would answer, and the Trade Department agreed.");
    expect(found).toContain("Ann Lowe");
    expect(found).not.toContain("Ann Lowe's Office");
  });

  it("reads 'Sheriff' before a name as the person's title, and 'the sheriff' as that person", () => {
    const text = "Sheriff Dana Pruitt said the road was closed. The sheriff said it would open on Monday.";
    const pruitt = findActors(text, { published: PUBLISHED }).find((a) => a.name === "Dana Pruitt");
    expect(pruitt?.titles).toEqual(["Sheriff"]);
    expect(pruitt?.mentions.map((m) => m.text)).toContain("The sheriff");
  });
});

describe("findActors: a title set off before a name", () => {
  it("gives the person the title and the country of the possessive or demonym", () => {
    const one = findActors("Portugal's prime minister, Rui Matos, said the ferry would sail.", { published: PUBLISHED }).find((a) => a.name === "Rui Matos");
    expect(one?.titles).toEqual(["Prime Minister"]);
    expect(one?.country).toBe("PT");
    const two = findActors("The Chilean foreign minister, Ana Rojas, met her counterpart.", { published: PUBLISHED }).find((a) => a.name === "Ana Rojas");
    expect(two?.titles).toEqual(["Foreign Minister"]);
    expect(two?.country).toBe("CL");
  });

  it("reads 'the' and 'his' as openers too, and leaves a plain noun set off before a name untitled", () => {
    expect(findActors("Her lawyer, Tom Reyes, denied the claim.", { published: PUBLISHED }).find((a) => a.name === "Tom Reyes")?.titles).toEqual(["Lawyer"]);
    expect(findActors("The driver, Tom Reyes, was unhurt.", { published: PUBLISHED }).find((a) => a.name === "Tom Reyes")?.titles).toEqual(["Driver"]);
    expect(findActors("The neighbour, Tom Reyes, was unhurt.", { published: PUBLISHED }).find((a) => a.name === "Tom Reyes")?.titles).toEqual([]);
  });
});

describe("parseArticle: speakers described, not named", () => {
  it("names a described body with its plural possessive ('a nurses' union'), not by its head alone", () => {
    const article = parseArticle("A nurses' union said the ward had been closed for a week.", { published: PUBLISHED });
    expect(article.actors.map((a) => [a.kind, a.name])).toEqual([["group", "nurses' union"]]);
    expect(article.statements[0]?.speaker).toBe(article.actors[0]?.id);
  });

  it("reads a people in the plural as a group, not as its country", () => {
    const article = parseArticle("Israelis said the queues had grown longer since March.", { published: PUBLISHED });
    const speaker = article.actors.find((a) => a.id === article.statements[0]?.speaker);
    expect([speaker?.kind, speaker?.name]).toEqual(["group", "Israelis"]);
    const state = parseArticle("Israel said the queues would shrink.", { published: PUBLISHED }).actors[0];
    expect(state?.kind).toBe("country");
  });
});
