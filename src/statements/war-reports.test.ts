import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";
import { findStatements } from "./index.js";
import { parseArticle } from "../parse-article.js";

const PUBLISHED = { published: "2025-04-24" };

describe("findStatements: an opening phrase of place or time before the speaker", () => {
  it("reads what a verb warns of after the phrase, not the phrase itself", () => {
    expect(read("Front Line\n\nIn Kharkiv, Governor Oleh Syniehubov warned of more strikes on the power grid.")).toEqual([
      ["indirect", "more strikes on the power grid", "Oleh Syniehubov"],
    ]);
    expect(read("Front Line\n\nOn Tuesday, Governor Oleh Syniehubov warned of more strikes, citing intelligence reports.")[0]).toEqual([
      "indirect",
      "more strikes",
      "Oleh Syniehubov",
    ]);
  });

  it("gives no statement for a bare verb or a verb with only an adjunct after the phrase", () => {
    expect(read("Front Line\n\nIn Kharkiv, Governor Oleh Syniehubov warned. In Odesa, the mayor spoke on Monday.")).toEqual([]);
  });

  it("keeps the reported clause after 'that', and a frame that splits one clause", () => {
    expect(read("Front Line\n\nIn Kharkiv, Governor Oleh Syniehubov warned that the grid could fail within days.")).toEqual([
      ["indirect", "the grid could fail within days", "Oleh Syniehubov"],
    ]);
    expect(read("Front Line\n\nIn any case, the governor said, the grid will hold.")).toEqual([["indirect", "In any case, the governor said, the grid will hold", "governor"]]);
  });

  it("still reads a clause before a trailing frame that opens with a preposition", () => {
    expect(read("Front Line\n\nIn Kharkiv the trams are running again, the governor said.")).toEqual([["indirect", "In Kharkiv the trams are running again", "governor"]]);
  });
});

describe("findStatements: accusations laid by no one named", () => {
  it("reads a charge after a date as a passive with no speaker", () => {
    expect(read("Front Line\n\nBoth militias were accused on Wednesday of blocking aid convoys to the besieged city.")).toEqual([
      ["indirect", "Both militias were accused on Wednesday of blocking aid convoys to the besieged city", undefined],
    ]);
  });

  it("takes a participle of accusation set off by commas for a description, not a trailing frame", () => {
    expect(read("Front Line\n\nThe Harbor Brigade, accused of shelling the camp, denied the report.")).toEqual([
      ["indirect", "the report", "Harbor Brigade"],
    ]);
  });
});

describe("findStatements: headlines", () => {
  it("takes no place before a headline's colon for its speaker", () => {
    const { statements } = findStatements("Myanmar: Junta accused of bombing a school in Sagaing\n\nThe military denied the report on Tuesday.", PUBLISHED);
    expect(statements.map((s) => s.speaker)).not.toContain("myanmar");
  });

  it("reads a headline's past form of accusation or demand as a passive with no speaker", () => {
    expect(read("Junta accused of bombing a school in Sagaing\n\nThe military denied the report on Tuesday.")[0]).toEqual([
      "indirect",
      "Junta accused of bombing a school in Sagaing",
      undefined,
    ]);
    expect(read("Mayor urged to resign over flood response\n\nResidents gathered outside the town hall.")).toEqual([]);
  });

  it("still reads a headline's present form after its subject as the subject's report", () => {
    expect(read("Junta says school was a rebel base\n\nThe military spoke on Tuesday.")[0]).toEqual(["indirect", "school was a rebel base", "Junta"]);
  });
});

describe("findStatements: an -ing form between an adjective and its noun", () => {
  it("reads 'the former ruling party' as a noun phrase, not a cue", () => {
    const { statements } = findStatements("Vote Count\n\nObservers say Zambia's former ruling party is rebuilding its base.", PUBLISHED);
    expect(statements.map((s) => [s.cue?.text, s.content.text])).toEqual([["say", "Zambia's former ruling party is rebuilding its base"]]);
  });
});

describe("findStatements: speakers with asides", () => {
  it("keeps the group that speaks, not its leader, past 'led by'", () => {
    expect(read("Ceasefire Talks\n\nThe Arakan Army, led by Twan Mrat Naing, said it had taken the town.")).toEqual([
      ["indirect", "it had taken the town", "Arakan Army"],
    ]);
  });

  it("keeps the speaker of a quotation past a relative clause of office", () => {
    expect(read('Ceasefire Talks\n\n"The talks are over," Khin Maung Lay, who is chairman of the township council, said on Monday.')).toEqual([
      ["direct", "The talks are over", "Khin Maung Lay"],
    ]);
  });
});

describe("findStatements: claims to land", () => {
  it("reads a verb of claim with a place for its object as a claim to land, as the territories do, not as a statement", () => {
    const article = parseArticle("Border Dispute\n\nRussia claims the Zaporizhzhia and Kherson regions, which it annexed in 2022.", PUBLISHED);
    expect(article.statements).toEqual([]);
    expect(article.territories.find((t) => t.name === "Kherson Oblast")?.status).toBe("claimed");
  });

  it("still reads a claimed clause about a place as a statement", () => {
    expect(read("Border Dispute\n\nMoscow claimed the Kherson region was under its full control.")).toEqual([
      ["indirect", "the Kherson region was under its full control", "Russia"],
    ]);
  });
});

describe("findStatements: quoted as saying", () => {
  it("gives the words to the one quoted, the subject of a passive or the object of an active 'quoted'", () => {
    expect(read("Dam Repairs\n\nThe regional governor was quoted as saying the dam would hold.")).toEqual([["indirect", "the dam would hold", "regional governor"]]);
    expect(read("Dam Repairs\n\nState television quoted Energy Minister Herman Halushchenko as saying repairs would take a month.")).toEqual([
      ["indirect", "repairs would take a month", "Herman Halushchenko"],
    ]);
  });
});
