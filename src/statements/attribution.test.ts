import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a city and its state beside a speaker", () => {
  it("reads past the commas around a state in an apposition", () => {
    expect(read("Harbor Vote\n\nMara Ellison, of Linden, Va., said she had voted twice.")).toEqual([["indirect", "she had voted twice", "Mara Ellison"]]);
    expect(read("Harbor Vote\n\nOwen Pratt, a Dayton, Ohio, lawyer, said he would appeal the ruling.")).toEqual([["indirect", "he would appeal the ruling", "Owen Pratt"]]);
    expect(read("Harbor Vote\n\nOwen Pratt, speaking at a rally in Linden, N.C., warned that taxes would rise.")).toEqual([["indirect", "taxes would rise", "Owen Pratt"]]);
  });

  it("gives the person, not the home state after 'of', the words", () => {
    expect(read("Harbor Vote\n\nSen. Owen Pratt of Texas said the harbor bill would pass.")).toEqual([["indirect", "the harbor bill would pass", "Owen Pratt"]]);
    expect(read("Harbor Vote\n\nThe bill was backed by Sen. Owen Pratt of Ohio, who argued that the harbor needed dredging.")).toEqual([
      ["indirect", "the harbor needed dredging", "Owen Pratt"],
    ]);
  });

  it("gives a named person before 'of' or 'for' the words, not the body after", () => {
    expect(read('Harbor Vote\n\n"The impact is small," wrote Cameron Pratt for Linden Weekly.')).toEqual([["direct", "The impact is small", "Cameron Pratt"]]);
    expect(read("Harbor Vote\n\nAnn Cole of Linden Bank said rates would rise.")).toEqual([["indirect", "rates would rise", "Ann Cole"]]);
    expect(read("Harbor Vote\n\nA spokesman for Linden Bank said rates would rise.")).toEqual([["indirect", "rates would rise", "Linden Bank"]]);
  });

  it("gives a named person before 'of the' the words, not the body or place after", () => {
    expect(read('Harbor Vote\n\n"The dredging can wait," said Nora Quill of the Harbor Trust.')).toEqual([["direct", "The dredging can wait", "Nora Quill"]]);
    expect(read("Harbor Vote\n\nNora Quill of the Harbor Trust said the dredging could wait.")).toEqual([["indirect", "the dredging could wait", "Nora Quill"]]);
    expect(read('Harbor Vote\n\n"We will not back down," said Del. Ana Ruiz of the Northern Mariana Islands.')).toEqual([["direct", "We will not back down", "Ana Ruiz"]]);
  });

  it("takes no state after an opening place phrase for the sentence's subject", () => {
    const [only] = read("Harbor Vote\n\nAt a dinner in Aspen, Colo., the retired banker ended her speech by saying that the merger was done.");
    expect(only?.[1]).toBe("the merger was done");
    expect(only?.[2]).not.toBe("Colo");
  });
});

describe("findStatements: what a document shows", () => {
  it("reports a finding of a document the sentence opens with, spoken by its maker", () => {
    expect(read("Harbor Vote\n\nA survey by Linden College released Monday found Mara Ellison leading by nine points.")).toEqual([
      ["indirect", "Mara Ellison leading by nine points", "Linden College"],
    ]);
    expect(read("Harbor Vote\n\nA 2019 study by a local professor found few cases of fraud.")).toEqual([["indirect", "few cases of fraud", undefined]]);
  });

  it("names a document after its own words when a common word opens it, not after that word", () => {
    expect(read("Harbor Vote\n\nExit polling showed Mara Ellison ahead among young voters.")).toEqual([
      ["indirect", "Mara Ellison ahead among young voters", "Exit polling"],
    ]);
  });
});

describe("findStatements: quotations after their frame and names inside them", () => {
  it("keeps a short quotation that goes on after a split frame, even in capitals", () => {
    expect(read("Harbor Vote\n\nMayor Tom Dunn spoke on Monday. ''We rebuilt the pier,'' the mayor added. ''We are Linden.''")).toEqual([
      ["direct", "We rebuilt the pier", "Tom Dunn"],
      ["direct", "We are Linden.", "Tom Dunn"],
    ]);
  });

  it("still leaves out a title that opens the sentence after a quotation", () => {
    expect(read('Harbor Vote\n\nMayor Tom Dunn spoke on Monday. "We will build it," she said. "Harbor Nights" aired later.').map((s) => s[1])).toEqual([
      "We will build it",
    ]);
  });

  it("does not give the pronoun of a frame to a person named inside the quotation", () => {
    expect(read('Harbor Vote\n\nMayor Tom Dunn spoke on Monday. "I told Bill Cole the truth," he said. He added that the pier was safe.')).toEqual([
      ["direct", "I told Bill Cole the truth", "Tom Dunn"],
      ["indirect", "the pier was safe", "Tom Dunn"],
    ]);
  });

  it("reads a straight mark that closes a quotation begun in an earlier sentence as a close", () => {
    const text = 'Harbor Vote\n\nMayor Tom Dunn toured the pier. "The water rose fast. We dug for hours," Bill Cole told reporters. He said the pier was lost.';
    expect(read(text).at(-1)).toEqual(["indirect", "the pier was lost", "Bill Cole"]);
  });
});

describe("findStatements: a person's side, counts after the verb, party codes, answers", () => {
  it("gives 'his campaign' and 'her lawyer' to the person the possessive points to", () => {
    expect(read("Harbor Vote\n\nTom Dunn spoke on Monday. His campaign said the ad was false.")).toEqual([["indirect", "the ad was false", "Tom Dunn"]]);
    expect(read("Harbor Vote\n\nAnn Cole spoke on Monday. Her lawyer said the charges were false.")).toEqual([["indirect", "the charges were false", "Ann Cole"]]);
  });

  it("reads 'about' before a number after the verb as part of the clause", () => {
    expect(read("Harbor Vote\n\nMayor Tom Dunn has said about 20 people have applied for the post.")).toEqual([
      ["indirect", "about 20 people have applied for the post", "Tom Dunn"],
    ]);
    expect(read("Harbor Vote\n\nMayor Tom Dunn spoke about 20 minutes on the pier.")).toEqual([]);
  });

  it("passes a comma after a party code", () => {
    expect(read("Harbor Vote\n\nSen. Mark Dunn (D-Ore.), said on Tuesday that he had not read the plan.")).toEqual([
      ["indirect", "he had not read the plan", "Mark Dunn"],
    ]);
  });

  it("takes 'answered' as a reporting verb", () => {
    expect(read('Harbor Vote\n\n"Who will win the cup?" the host Tom Dunn asked. "Linden," Ann Cole answered.')).toEqual([
      ["direct", "Who will win the cup?", "Tom Dunn"],
      ["direct", "Linden", "Ann Cole"],
    ]);
  });
});

describe("findStatements: a joint subject inside the reported clause", () => {
  it("does not cut the clause at an 'and' that joins a lower-case noun phrase to its subject", () => {
    expect(read("Harbor Vote\n\nMayor Tom Dunn said the city and its allies will seek new funds for the pier.")).toEqual([
      ["indirect", "the city and its allies will seek new funds for the pier", "Tom Dunn"],
    ]);
  });

  it("still cuts where a named or pronoun subject opens a second report", () => {
    expect(read("Harbor Vote\n\nMayor Tom Dunn said the pier would close and Ms. Cole said the ferry would run.").map((s) => s[1])).toEqual([
      "the pier would close",
      "the ferry would run",
    ]);
  });
});

describe("findStatements: an aside between two dashes", () => {
  it("keeps the clause that goes on after a pair of dashes", () => {
    expect(read("Harbor Vote\n\nAnn Cole said those efforts - which include radio ads in Linden - will pay off in coming weeks.")).toEqual([
      ["indirect", "those efforts - which include radio ads in Linden - will pay off in coming weeks", "Ann Cole"],
    ]);
    expect(read("Harbor Vote\n\nAnn Cole said the three new efforts -- which include radio ads -- will pay off.")).toEqual([
      ["indirect", "the three new efforts -- which include radio ads -- will pay off", "Ann Cole"],
    ]);
  });

  it("still ends the clause at a single dash", () => {
    expect(read("Harbor Vote\n\nAnn Cole said those efforts will pay off -- even though the ads were late.")).toEqual([
      ["indirect", "those efforts will pay off", "Ann Cole"],
    ]);
  });
});

describe("findStatements: a clause of time after the verb", () => {
  it("reports nothing from 'said when she resigned' or 'said as he entered'", () => {
    expect(read("Harbor Vote\n\nThat was what Ann Cole said when she resigned from the board in 2014.")).toEqual([]);
    expect(read('Harbor Vote\n\n"We will rebuild," Mayor Tom Dunn said Friday as he entered the talks.')).toEqual([["direct", "We will rebuild", "Tom Dunn"]]);
  });

  it("still reads the clause after a phrase of time or after the clause of time", () => {
    expect(read("Harbor Vote\n\nMayor Tom Dunn said after the meeting he would close the pier.")).toEqual([["indirect", "he would close the pier", "Tom Dunn"]]);
    expect(read("Harbor Vote\n\nMayor Tom Dunn said after he met the governor that the pier would close.")).toEqual([["indirect", "the pier would close", "Tom Dunn"]]);
  });
});

describe("findStatements: a report inside a relative clause", () => {
  it("ends the reported clause where the sentence's own verb takes over", () => {
    expect(read("Harbor Vote\n\nAnn Cole, who said the pier would close, left the meeting early.")).toEqual([["indirect", "the pier would close", "Ann Cole"]]);
    expect(read("Harbor Vote\n\nMayor Tom Dunn, who argued that a vote would be fruitless, told his aides to find another way.")).toEqual([
      ["indirect", "a vote would be fruitless", "Tom Dunn"],
      ["indirect", "his aides to find another way", "Tom Dunn"],
    ]);
  });
});

describe("findStatements: a pronoun speaker of the other gender", () => {
  it("gives no speaker rather than a person the pronoun cannot name", () => {
    expect(read('Harbor Vote\n\nMrs. Ellison spoke after the vote. "We won," he said.')).toEqual([["direct", "We won", undefined]]);
    expect(read('Harbor Vote\n\nMara Ellison met Ann Cole on Monday. "We agreed," he said.')).toEqual([["direct", "We agreed", undefined]]);
  });

  it("passes over the other gender to the person the pronoun fits", () => {
    expect(read('Harbor Vote\n\nOwen Pratt spoke first. Later, Mara Ellison arrived. "It was close," he said.')).toEqual([["direct", "It was close", "Owen Pratt"]]);
    expect(read('Harbor Vote\n\nOwen Pratt spoke first. Later, Mara Ellison arrived. "It was close," she said.')).toEqual([["direct", "It was close", "Mara Ellison"]]);
  });
});

describe("findStatements: one of two names joined by 'or'", () => {
  it("names neither, as for two joined by 'and'", () => {
    expect(read("Harbor Vote\n\nMayor Tom Dunn met the unions. Many of the harbor workers who would rather be backing Dunn or Nora Pike said they would vote for the pier.")).toEqual([
      ["indirect", "they would vote for the pier", undefined],
    ]);
  });
});
