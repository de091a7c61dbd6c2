import { describe, expect, it } from "vitest";
import { findActors } from "./index.js";
import { parseArticle } from "../parse-article.js";

const text = (body: string): string => `Border Talks\n\n${body}`;

describe("coreference: a description of an office no one in the text holds", () => {
  it("is the one public figure the lexicon knows in that office, with the pronouns after it", () => {
    const actors = findActors(text("The alliance chief, Ada Moss, said talks would go on. The Russian foreign minister on Monday replied that Moscow was ready. He said more later."));
    const holder = actors.find((a) => a.name === "Sergei Lavrov");
    expect(holder?.mentions.map((m) => m.text)).toEqual(["The Russian foreign minister", "He"]);
    expect(actors.find((a) => a.name === "Ada Moss")?.mentions.map((m) => m.text)).toEqual(["Ada Moss"]);
  });

  it("gives that figure the statements the description and its pronoun make", () => {
    const article = parseArticle(text("The Russian foreign minister on Monday replied that Moscow was ready. “We will wait,” he said."));
    const names = new Map(article.actors.map((a) => [a.id, a.name]));
    expect(article.statements.map((s) => names.get(s.speaker ?? ""))).toEqual(["Sergei Lavrov", "Sergei Lavrov"]);
  });

  it("makes no one up for an office several figures in the lexicon have held", () => {
    const actors = findActors(text("The Ukrainian foreign minister said on Monday that talks would go on."));
    expect(actors.filter((a) => a.kind === "person")).toEqual([]);
  });
});

describe("coreference: a pronoun's gender", () => {
  it("prefers a person known to be of that gender over one whose gender the text does not tell", () => {
    const actors = findActors(text("Tom Dunn, speaking after Quillon Pike at the forum, cited problems that he blamed on the council."));
    expect(actors.find((a) => a.name === "Tom Dunn")?.mentions.map((m) => m.text)).toEqual(["Tom Dunn", "he"]);
    expect(actors.find((a) => a.name === "Quillon Pike")?.mentions.map((m) => m.text)).toEqual(["Quillon Pike"]);
  });

  it("still gives the pronoun to a person of unknown gender when no one else fits", () => {
    const actors = findActors(text("Quillon Pike spoke at the forum, where he blamed the council."));
    expect(actors.find((a) => a.name === "Quillon Pike")?.mentions.map((m) => m.text)).toEqual(["Quillon Pike", "he"]);
  });
});
