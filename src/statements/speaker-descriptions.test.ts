import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: 'the campaign' speaks for a person's campaign", () => {
  it("gives 'the campaign' to the owner of the campaign named just before", () => {
    expect(read("Harbor Vote\n\nNora Pike met Tom Dunn on Monday. Pike's campaign said the talks went well. The campaign said it would air new ads.")).toEqual([
      ["indirect", "the talks went well", "Nora Pike"],
      ["indirect", "it would air new ads", "Nora Pike"],
    ]);
  });

  it("gives 'the campaign' to the candidate named in the paragraph before when no campaign was named", () => {
    expect(read("Harbor Vote\n\nNora Pike plans to reopen the pier.\n\nThe campaign says the candidate will unveil the plan on Friday.")).toEqual([
      ["indirect", "to reopen the pier", "Nora Pike"],
      ["indirect", "the candidate will unveil the plan on Friday", "Nora Pike"],
    ]);
  });

  it("keeps a body whose name holds the word", () => {
    expect(read("Harbor Vote\n\nNora Pike backed the Clean Harbor Campaign. The campaign said the pier leaks oil.")).toEqual([
      ["indirect", "the pier leaks oil", "Clean Harbor Campaign"],
    ]);
  });
});

describe("findStatements: a description with telling words finds the person the text gave them", () => {
  it("reads a role written before the name", () => {
    expect(read("Harbor Vote\n\nGreen Party nominee Nora Pike met Mayor Tom Dunn on Monday. The Green nominee said the talks went well.")).toEqual([
      ["indirect", "the talks went well", "Nora Pike"],
    ]);
  });

  it("reads a role written before the name past a word with accents", () => {
    expect(read("Harbor Vote\n\nZürich-born Green Party nominee Nora Pike met Mayor Tom Dunn on Monday. The Green nominee said the talks went well.")).toEqual([
      ["indirect", "the talks went well", "Nora Pike"],
    ]);
  });

  it("reads a role set off after the name", () => {
    expect(read("Harbor Vote\n\nNora Pike, the Green Party nominee, met Tom Dunn, the Labor nominee, on Monday. The Green Party nominee said the talks went well.")).toEqual([
      ["indirect", "the talks went well", "Nora Pike"],
    ]);
  });

  it("leaves a bare role to the person named last", () => {
    expect(read("Harbor Vote\n\nNora Pike, the Green Party nominee, met Tom Dunn, the Labor nominee, on Monday. The nominee said the talks went well.")).toEqual([
      ["indirect", "the talks went well", "Tom Dunn"],
    ]);
  });

  it("takes no word of a clause before the name as a role", () => {
    // "says" ends the stretch before "President Ada Moss": "Linden chairman" is not her role.
    const out = read("Harbor Vote\n\nThe Linden chairman says President Ada Moss should resign. Tom Dunn agreed. The Linden chairman said the vote was rigged.");
    expect(out.at(-1)?.[1]).toBe("the vote was rigged");
    expect(out.at(-1)?.[2]).not.toBe("Ada Moss");
  });
});

describe("findStatements: a sentence opened by a phrase of time", () => {
  it("finds the subject after 'Minutes later,' for a participle's report", () => {
    expect(read("Harbor Vote\n\nMayor Tom Dunn spoke on Monday. Minutes later, Nora Pike issued a statement saying the vote was rigged.")).toEqual([
      ["indirect", "the vote was rigged", "Nora Pike"],
    ]);
    expect(read("Harbor Vote\n\nMayor Tom Dunn spoke on Monday. Two hours later, the Pike campaign issued a statement saying the vote was rigged.")).toEqual([
      ["indirect", "the vote was rigged", "Pike campaign"],
    ]);
  });
});

describe("findStatements: an account someone gave", () => {
  it("gives 'according to her account' to the person 'her' points to", () => {
    expect(read("Harbor Vote\n\nNora Pike wrote a memoir about the pier. According to her account, the mayor ordered the closure.").at(-1)).toEqual([
      "indirect",
      "the mayor ordered the closure",
      "Nora Pike",
    ]);
  });

  it("gives a speech or a letter to the one named as delivering or sending it", () => {
    expect(read("Harbor Vote\n\nThe goal is to curb waste, according to a letter Tom Dunn sent to the council.")).toEqual([["indirect", "The goal is to curb waste", "Tom Dunn"]]);
    expect(read("Harbor Vote\n\nAda Moss runs the port. The goal is to curb waste, according to a speech Ms. Moss delivered at the college.").at(-1)?.[2]).toBe("Ada Moss");
  });

  it("gives cables to the body that sent them", () => {
    expect(read("Harbor Vote\n\nThe pier will close in May, according to State Department cables released by the court.")).toEqual([
      ["indirect", "The pier will close in May", "State Department"],
    ]);
  });
});

describe("findStatements: more descriptions of a speaker", () => {
  it("reads a description opened by a number with a slash after an inverted verb", () => {
    expect(read("Harbor Vote\n\n“The levy rationale does not hold,” said 9/11 widow Dana Pruitt.")).toEqual([["direct", "The levy rationale does not hold", "Dana Pruitt"]]);
  });

  it("points a political description ('the self-described socialist') back to the person named last", () => {
    expect(read("Harbor Vote\n\nTom Dunn held a rally that drew 5,000 people. The self-described socialist said he would win the primary.")).toEqual([
      ["indirect", "he would win the primary", "Tom Dunn"],
    ]);
  });
});

describe("findStatements: speakers of quotations set off by a colon or a participle", () => {
  it("gives 'More from Jane Doe: “…”' to the name after the lead-in", () => {
    expect(read("Harbor Vote\n\nWhat it means for the town - More from Dunn: “The makeup of the town is a starting point.”")).toEqual([
      ["direct", "The makeup of the town is a starting point.", "Dunn"],
    ]);
  });

  it("gives a participle opening its sentence to the speaker of the frame just before", () => {
    expect(read("Harbor Vote\n\nLater in the show, Mayor Tom Dunn said the pier plan was weak. Adding, “It was never that bad.”")).toEqual([
      ["indirect", "the pier plan was weak", "Tom Dunn"],
      ["direct", "It was never that bad.", "Tom Dunn"],
    ]);
  });

  it("does not carry a speaker into the next paragraph", () => {
    const out = read("Harbor Vote\n\nMayor Tom Dunn said the pier plan was weak.\n\nAdding, “It was never that bad.”");
    expect(out.at(-1)?.[2]).not.toBe("Tom Dunn");
  });
});

describe("findStatements: 'with X calling …' after a lower-case title", () => {
  it("gives the participle to a name opened by 'former'", () => {
    expect(read("Harbor Vote\n\nRivals went further, with former Ohio Gov. Tom Dunn calling the levy a fraud.")).toEqual([
      ["indirect", "the levy a fraud", "Tom Dunn"],
    ]);
  });
});
