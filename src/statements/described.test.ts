import { describe, expect, it } from "vitest";
import { parseArticle } from "../index.js";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a described source that names no actor speaks as one", () => {
  it("gives a plural description its own group actor", () => {
    expect(read("Harbor Vote\n\nHarbor environmentalists warned that the new pier would harm the bay.")).toEqual([
      ["indirect", "the new pier would harm the bay", "Harbor environmentalists"],
    ]);
  });

  it("gives one unnamed person a person actor, and the same description the same actor", () => {
    const article = parseArticle("Harbor Vote\n\nA campaign strategist said the vote was delayed. Later a campaign strategist said the mayor was angry.", { published: "2025-04-24" });
    expect(article.statements.map((s) => s.speaker)).toEqual(["campaign-strategist", "campaign-strategist"]);
    const actor = article.actors.find((a) => a.id === "campaign-strategist");
    expect(actor?.kind).toBe("person");
    // The mention starts at the first lower-case word: "A" is no part of a name.
    expect(actor?.mentions.map((m) => m.text)).toEqual(["campaign strategist", "campaign strategist"]);
  });

  it("names a described group of a kind, past a capitalized word before it", () => {
    const article = parseArticle("Harbor Vote\n\nMaritime experts said the pier could not be saved.", { published: "2025-04-24" });
    const actor = article.actors.find((a) => a.id === article.statements[0]?.speaker);
    expect([actor?.name, actor?.kind, actor?.mentions.map((m) => m.text)]).toEqual(["Maritime experts", "group", ["experts"]]);
  });

  it("names a capitalized plural of followers", () => {
    expect(read("Harbor Vote\n\nRepublicans argued that the levy was too high.")).toEqual([["indirect", "the levy was too high", "Republicans"]]);
  });

  it("leaves an anonymous source, kin and the reporter without a speaker", () => {
    expect(read("Harbor Vote\n\nLocal officials said the pier was closed. Relatives said the boat sank at dawn. Our correspondent said the harbor was quiet. Sources said the vote was delayed.")).toEqual([
      ["indirect", "the pier was closed", undefined],
      ["indirect", "the boat sank at dawn", undefined],
      ["indirect", "the harbor was quiet", undefined],
      ["indirect", "the vote was delayed", undefined],
    ]);
  });

  it("prefers the named actor a description points back to", () => {
    expect(read("Harbor Vote\n\nMayor Nora Pike opened the pier on Monday. The mayor said the bay was clean.")).toEqual([["indirect", "the bay was clean", "Nora Pike"]]);
  });
});

describe("findStatements: pronouns and participles after a described source", () => {
  it("gives 'they' and an -ing frame the described group that spoke just before", () => {
    expect(read("Harbor Vote\n\nHarbor environmentalists warned that the pier would harm the bay. They said the city had ignored them. Harbor fishermen argued that the catch was down, saying the water was dirty.")).toEqual([
      ["indirect", "the pier would harm the bay", "Harbor environmentalists"],
      ["indirect", "the city had ignored them", "Harbor environmentalists"],
      ["indirect", "the catch was down", "Harbor fishermen"],
      ["indirect", "the water was dirty", "Harbor fishermen"],
    ]);
  });
});

describe("findStatements: described sources in figures", () => {
  it("names the share of a poll's respondents who said it", () => {
    expect(read("Harbor Vote\n\nIn the survey, 41 percent said the pier should be rebuilt.")).toEqual([["indirect", "the pier should be rebuilt", "41 percent"]]);
  });
});

describe("findStatements: a described source with a hyphenated head", () => {
  it("reads 'look-alike' and 'co-founder' as the head of a description", () => {
    expect(read("Harbor Vote\n\n\"We love this town,\" a Dunn look-alike declared on the pier. A co-founder of the club said the dues would rise.")).toEqual([
      ["direct", "We love this town", "Dunn look-alike"],
      ["indirect", "the dues would rise", "co-founder of the club"],
    ]);
  });
});

describe("findStatements: a speaker phrase that runs on into a clause", () => {
  it("gives the clause's subject, introduced by its own mention", () => {
    const text = "Harbor Vote\n\nLocal fishermen expressed similar doubts that the pier would ever open.\n\nMayor Nora Pike took office in May. Pike showed faint hints that the vote could slip again.";
    const article = parseArticle(text, { published: "2025-04-24" });
    const names = new Map(article.actors.map((a) => [a.id, a.name]));
    expect(article.statements.map((s) => [s.content.text, s.speaker && names.get(s.speaker), s.speakerMention?.text])).toEqual([
      ["the pier would ever open", "Local fishermen", "fishermen"],
      ["the vote could slip again", "Nora Pike", "Pike"],
    ]);
  });

  it("names no one for an adverb left before the verb", () => {
    expect(read("Harbor Vote\n\nThe two unions, which together vowed to block the pier, marched on Monday.")).toEqual([
      ["indirect", "block the pier, marched on Monday", undefined],
    ]);
  });
});
