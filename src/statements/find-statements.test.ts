import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";
import { findStatements, statementsBySpeaker } from "./index.js";
import { parseArticle } from "../parse-article.js";

const PUBLISHED = { published: "2025-04-24" };

describe("findStatements: direct quotes", () => {
  it("attributes a quotation to the frame after it, before it, or past an apposition", () => {
    expect(read('Flood Hits Town\n\n"The river rose in an hour," said Maria Kovalenko, a local teacher.')).toEqual([
      ["direct", "The river rose in an hour", "Maria Kovalenko"],
    ]);
    expect(read('Flood Hits Town\n\nRegional governor Oleh Marchenko said: "Nobody expected this."')).toEqual([
      ["direct", "Nobody expected this.", "Oleh Marchenko"],
    ]);
    expect(read('Flood Hits Town\n\n"We need boats," Petro Bondar, 54, told reporters.')).toEqual([["direct", "We need boats", "Petro Bondar"]]);
  });

  it("keeps a one-word question going on from a framed quotation, but not a one-word label", () => {
    expect(read('Flood Hits Town\n\n"The dam report is late," Petro Bondar wrote on his blog. "Hidden?"')).toEqual([
      ["direct", "The dam report is late", "Petro Bondar"],
      ["direct", "Hidden?", "Petro Bondar"],
    ]);
    expect(read('Flood Hits Town\n\n"The dam report is late," Petro Bondar wrote on his blog. "Hidden."')).toEqual([["direct", "The dam report is late", "Petro Bondar"]]);
  });

  it("attributes a quotation ending on a question mark to the frame after it", () => {
    expect(read('Flood Hits Town\n\n"Where do we go now?" Petro Bondar asked. "Nobody told us."')).toEqual([
      ["direct", "Where do we go now?", "Petro Bondar"],
      ["direct", "Nobody told us.", "Petro Bondar"],
    ]);
  });

  it("keeps the relative pronoun of a speaker as a mention of it", () => {
    const { statements, speakers } = findStatements("Flood Hits Town\n\nThe crews were led by Petro Bondar, who said the dam would hold.", PUBLISHED);
    const speaker = speakers.find((a) => a.id === statements[0]!.speaker)!;
    expect(speaker.name).toBe("Petro Bondar");
    expect(speaker.mentions.some((m) => m.text === "who")).toBe(true);
  });

  it("gives both halves of a quotation split by its frame the same speaker", () => {
    expect(read('Flood Hits Town\n\n"The water is falling," Oleh Marchenko said. "Schools reopen on Monday."')).toEqual([
      ["direct", "The water is falling", "Oleh Marchenko"],
      ["direct", "Schools reopen on Monday.", "Oleh Marchenko"],
    ]);
  });

  it("resolves a pronoun to the person named before it", () => {
    const text = "Flood Hits Town\n\nOleh Marchenko visited the shelter on Thursday.\n\n“We will not leave anyone behind,” he said.";
    const { statements, speakers } = findStatements(text, PUBLISHED);
    expect(statements[0]!.speakerMention?.text).toBe("he");
    const speaker = speakers.find((a) => a.id === statements[0]!.speaker)!;
    expect(speaker.name).toBe("Oleh Marchenko");
    expect(speaker.mentions.some((m) => m.text === "he" && m.form === "pronoun")).toBe(true);
  });

  it("ends a quotation that runs on over a line break at the closing mark, not at the line's end", () => {
    const text = 'Harvest Ends\n\n"We planted late and the rain came early.\nIt\'s our worst year," said Ivan Petrenko.';
    const contents = read(text).map(([kind, content]) => [kind, content]);
    expect(contents).toEqual([
      ["direct", "We planted late and the rain came early."],
      ["direct", "It's our worst year"],
    ]);
  });

  it("reads a quotation in its own paragraph as said by the speaker introduced before it", () => {
    expect(read("Flood Hits Town\n\nMayor Ivan Shevchuk spoke to residents on Friday evening:\n\n“Every house on the river will be inspected.”")[0]).toEqual([
      "direct",
      "Every house on the river will be inspected.",
      "Ivan Shevchuk",
    ]);
  });

  it("gives a quotation inside a sentence with no frame to the sentence's subject, not the last name before it", () => {
    const text = 'Flood Hits Town\n\nCouncil chairman Petro Bondar met Mayor Ivan Shevchuk on Monday.\n\nBondar later hailed Shevchuk as a leader "keeping every school open through the worst week of the flood."';
    expect(read(text)).toContainEqual(["direct", "keeping every school open through the worst week of the flood.", "Petro Bondar"]);
  });

  it("reads a quotation after a naming verb with someone before it as that person's words", () => {
    const text = 'Flood Hits Town\n\nThe levy, which Mayor Ivan Shevchuk called "a tax on the flooded," was dropped. The scheme is called "Dry Streets."';
    expect(read(text)).toEqual([["direct", "a tax on the flooded", "Ivan Shevchuk"]]);
    expect(read('Flood Hits Town\n\nPetro Bondar met the crews. The levy, which he described as "a tax on the flooded," was dropped.')).toEqual([
      ["direct", "a tax on the flooded", "Petro Bondar"],
    ]);
  });

  it("leaves out scare quotes, quoted names and titles", () => {
    expect(read('Flood Hits Town\n\nThe so-called "flood tax" returned. Families watched "River Stories" on television.')).toEqual([]);
    expect(read('Flood Hits Town\n\nHer commentary, "Nobody warned the valley until the water came," ran on Sunday.')).toEqual([]);
  });

  it("leaves out a single letter in quotation marks, even with a frame after it", () => {
    const kinds = read("Flood Hits Town\n\nMost voters in the valley tick “R,” or “D,” according to their habits.").map(([kind]) => kind);
    expect(kinds).not.toContain("direct");
    expect(read("Flood Hits Town\n\n“Go,” said Oleh Marchenko.")).toEqual([["direct", "Go", "Oleh Marchenko"]]);
  });

  it("reads a quotation opened by doubled marks after a verb and a comma as the verb's", () => {
    expect(read("Flood Hits Town\n\nA fisherman on the bank shouted, ''Boats are coming!''")).toEqual([["direct", "Boats are coming!", "fisherman"]]);
    expect(read("Flood Hits Town\n\nMayor Ivan Shevchuk asked, ``Really?''")).toEqual([["direct", "Really?", "Ivan Shevchuk"]]);
  });
});

describe("findStatements: reported speech", () => {
  it("reads the reported clause without the complementizer, with verb, act and date", () => {
    const { statements } = findStatements("Flood Hits Town\n\nOleh Marchenko said on Thursday that the dam had held.", PUBLISHED);
    expect(statements).toHaveLength(1);
    const [s] = statements;
    expect([s!.kind, s!.content.text, s!.cue?.text, s!.verb, s!.act, s!.date?.value]).toEqual([
      "indirect",
      "the dam had held",
      "said",
      "say",
      "assertion",
      "2025-04-24",
    ]);
  });

  it("reads demands, accusations and trailing frames", () => {
    expect(read("Flood Hits Town\n\nOleh Marchenko urged residents to move to higher ground.")).toEqual([
      ["indirect", "residents to move to higher ground", "Oleh Marchenko"],
    ]);
    expect(read("Flood Hits Town\n\nThe dam was never inspected, Maria Kovalenko claimed.")).toEqual([
      ["indirect", "The dam was never inspected", "Maria Kovalenko"],
    ]);
    const acts = findStatements("Flood Hits Town\n\nMaria Kovalenko accused the council of ignoring the warnings.", PUBLISHED).statements.map((s) => s.act);
    expect(acts).toEqual(["accusation"]);
  });

  it("keeps a quoted fragment as a direct statement beside the reported clause", () => {
    expect(read('Flood Hits Town\n\nOleh Marchenko said the rescue was a "small miracle" for the town.')).toEqual([
      ["indirect", 'the rescue was a "small miracle" for the town', "Oleh Marchenko"],
      ["direct", "small miracle", "Oleh Marchenko"],
    ]);
  });

  it("reads a whole quotation after an addressee or an aside as the direct quote alone", () => {
    expect(read('Flood Hits Town\n\nOleh Marchenko scolded him: "You should have closed the dam a week ago."')).toEqual([
      ["direct", "You should have closed the dam a week ago.", "Oleh Marchenko"],
    ]);
    // A subject outside the marks makes a reported clause that keeps its quotation.
    expect(read('Flood Hits Town\n\nOleh Marchenko said it "had held through the worst night of the flood."')).toEqual([
      ["indirect", 'it "had held through the worst night of the flood."', "Oleh Marchenko"],
      ["direct", "had held through the worst night of the flood.", "Oleh Marchenko"],
    ]);
  });

  it("gives a body's spokesperson the body, and a generic source no speaker", () => {
    expect(read("Flood Hits Town\n\nA Kremlin spokesman said the talks would resume.")).toEqual([["indirect", "the talks would resume", "Russia"]]);
    expect(read("Flood Hits Town\n\nOfficials said the road was closed.")).toEqual([["indirect", "the road was closed", undefined]]);
  });

  it("reads an indirect question after asked", () => {
    expect(read("Flood Hits Town\n\nMaria Kovalenko asked the council whether the dam would hold.")).toEqual([
      ["indirect", "whether the dam would hold", "Maria Kovalenko"],
    ]);
  });

  it("takes a document whose maker is not named as the source itself", () => {
    expect(read("Flood Hits Town\n\nMost residents want the dam rebuilt, according to a court filing.")).toEqual([
      ["indirect", "Most residents want the dam rebuilt", "court filing"],
    ]);
    expect(read("Flood Hits Town\n\nMost residents want the dam rebuilt, according to exit polls.")).toEqual([
      ["indirect", "Most residents want the dam rebuilt", "exit polls"],
    ]);
  });

  it("takes a team named after its leader as a body that speaks", () => {
    expect(read("Flood Hits Town\n\nThe Marchenko team has said the dam would hold.")).toEqual([["indirect", "the dam would hold", "Marchenko team"]]);
  });

  it("finds the subject pronoun after an opening date phrase with no comma, and stops a speaker at a spaced dash", () => {
    expect(read("Flood Hits Town\n\nMaria Kovalenko was due in Kyiv. By Sunday afternoon she had left the town, saying the dam was unsafe.")).toEqual([
      ["indirect", "the dam was unsafe", "Maria Kovalenko"],
    ]);
    expect(read("Flood Hits Town\n\nMaria Kovalenko opposed the dam, but - after a court decision made it final - she urged farmers to obey it.")).toEqual([
      ["indirect", "the dam", "Maria Kovalenko"],
      ["indirect", "farmers to obey it", "Maria Kovalenko"],
    ]);
  });

  it("reads 'that' followed by a comma and a subject as the verb's object, and an aside after 'that,' as part of the clause", () => {
    expect(read("Flood Hits Town\n\nHaving said that, there are engineers who argue that the dam should be raised.")).toEqual([
      ["indirect", "the dam should be raised", "engineers"],
    ]);
    expect(read("Flood Hits Town\n\nMaria Kovalenko said that, among farmers, the dam is popular.")).toEqual([
      ["indirect", "among farmers, the dam is popular", "Maria Kovalenko"],
    ]);
  });

  it("reads a promised action given in the speaker's own words after 'to'", () => {
    expect(read('Flood Hits Town\n\nMaria Kovalenko vowed to "rebuild every house" before winter.')).toEqual([
      ["indirect", '"rebuild every house" before winter', "Maria Kovalenko"],
      ["direct", "rebuild every house", "Maria Kovalenko"],
    ]);
  });

  it("gives a quotation after a participle and a comma the one a recording shows, or the frame before it", () => {
    expect(read('Flood Hits Town\n\nThe ad ends with footage of Maria Kovalenko asking, "Who will pay for the dam?"')).toEqual([
      ["direct", "Who will pay for the dam?", "Maria Kovalenko"],
    ]);
    expect(read('Flood Hits Town\n\nResidents were quick to respond, with Maria Kovalenko writing that the plan was late and asking, "Who will pay for the dam?"')).toEqual([
      ["indirect", "the plan was late", "Maria Kovalenko"],
      ["direct", "Who will pay for the dam?", "Maria Kovalenko"],
    ]);
  });

  it("skips a dateline with a date and an agency before the sentence's subject", () => {
    expect(read('Flood Hits Town\n\nKYIV, May 8 (Reuters) — After the flood, Maria Kovalenko visited the shelter, saying: "We will rebuild."')).toEqual([
      ["direct", "We will rebuild.", "Maria Kovalenko"],
    ]);
  });

  it("takes the name before a relative which as the speaker", () => {
    expect(read("Flood Hits Town\n\nThe plan was welcomed by Greenpeace, which said the new dam would protect the coast.")).toEqual([
      ["indirect", "the new dam would protect the coast", "Greenpeace"],
    ]);
  });

  it("gives a document source the body named in it", () => {
    const [statement] = read("Flood Hits Town\n\nMost residents want the dam rebuilt, according to a new Kovalenko Institute survey.");
    expect(statement).toEqual(["indirect", "Most residents want the dam rebuilt", "Kovalenko Institute"]);
  });

  it("gives an editorial or a letter the body that put it out shortly before", () => {
    expect(read('Flood Hits Town\n\nThe American Civil Liberties Union wrote to the council on Monday. "Halt the drilling now," the letter reads.')).toEqual([
      ["direct", "Halt the drilling now", "American Civil Liberties Union"],
    ]);
    // With no body named before it, the document is the source itself.
    expect(read("Flood Hits Town\n\nThe editorial said the mayor should resign.")).toEqual([["indirect", "the mayor should resign", "editorial"]]);
  });

  it("reads a clause without that when an auxiliary follows a short subject", () => {
    expect(read("Flood Hits Town\n\nOleh Marchenko acknowledged the repairs would take months.")).toEqual([
      ["indirect", "the repairs would take months", "Oleh Marchenko"],
    ]);
  });

  it("reads the object of a verb of stance or topic", () => {
    expect(read("Flood Hits Town\n\nMaria Kovalenko defended the evacuation order on Friday.")).toEqual([
      ["indirect", "the evacuation order", "Maria Kovalenko"],
    ]);
    expect(read("Flood Hits Town\n\nOleh Marchenko criticized the slow repairs.")).toEqual([["indirect", "the slow repairs", "Oleh Marchenko"]]);
    expect(read("Flood Hits Town\n\nMaria Kovalenko spoke about the cost of the repairs.")).toEqual([["indirect", "the cost of the repairs", "Maria Kovalenko"]]);
  });

  it("reads what a speaker compares, but not a figure compared with another", () => {
    expect(read("Flood Hits Town\n\nOleh Marchenko compares the repair plan to a sinking ship.")).toEqual([["indirect", "the repair plan to a sinking ship", "Oleh Marchenko"]]);
    expect(read("Flood Hits Town\n\nThe repairs cost $2 million, compared with $1 million last year.")).toEqual([]);
  });


  it("reads what a speaker called or described something, without quotation marks", () => {
    expect(read("Flood Hits Town\n\nOleh Marchenko called the repair plan a costly mistake, and left the hall.")).toEqual([
      ["indirect", "the repair plan a costly mistake", "Oleh Marchenko"],
    ]);
    expect(read("Flood Hits Town\n\nMaria Kovalenko has called flood insurance an expensive distraction.")).toEqual([
      ["indirect", "flood insurance an expensive distraction", "Maria Kovalenko"],
    ]);
    expect(read("Flood Hits Town\n\nMaria Kovalenko described the talks with the ministry as productive.")).toEqual([
      ["indirect", "the talks with the ministry as productive", "Maria Kovalenko"],
    ]);
    // "her" before a noun owns the object, and the object may run on through prepositions.
    expect(read("Flood Hits Town\n\nMaria Kovalenko called her vote in favor of the new levy a mistake.")).toEqual([
      ["indirect", "her vote in favor of the new levy a mistake", "Maria Kovalenko"],
    ]);
    expect(read("Flood Hits Town\n\nOleh Marchenko called her a liar.")).toEqual([["indirect", "her a liar", "Oleh Marchenko"]]);
    // A name given in quotation marks is the direct quote alone.
    expect(read('Flood Hits Town\n\nOleh Marchenko called the repair plan "a disgrace" on Friday.')).toEqual([["direct", "a disgrace", "Oleh Marchenko"]]);
  });

  it("reads how a source sees someone or something only with 'as' or 'that'", () => {
    expect(read("Flood Hits Town\n\nMaria Kovalenko sees the new dam as a risk to the lower town.")).toEqual([
      ["indirect", "the new dam as a risk to the lower town", "Maria Kovalenko"],
    ]);
    expect(read("Flood Hits Town\n\nOleh Marchenko has portrayed himself as a careful planner.")).toEqual([["indirect", "himself as a careful planner", "Oleh Marchenko"]]);
    expect(read("Flood Hits Town\n\nOleh Marchenko saw that the levee could hold.")).toEqual([["indirect", "the levee could hold", "Oleh Marchenko"]]);
    // "In his view, …" is no verb "view", but the view of the one "his" points to.
    expect(read("Flood Hits Town\n\nOleh Marchenko will see what happens. He saw the water rising. In his view, the dam is safe.")).toEqual([["indirect", "the dam is safe", "Oleh Marchenko"]]);
    // A passive with no agent is a view held by no one named: the whole clause, with no speaker.
    expect(read("Flood Hits Town\n\nMaria Kovalenko was seen as the likely winner.")).toEqual([["indirect", "Maria Kovalenko was seen as the likely winner", undefined]]);
    expect(read("Flood Hits Town\n\nFamilies lost their homes, saw their savings vanish and moved away.")).toEqual([]);
  });

  it("reads a word between a verb and its particle, and light verbs that report a clause", () => {
    expect(read("Flood Hits Town\n\nMaria Kovalenko spoke warmly of the volunteers at the shelter.")).toEqual([
      ["indirect", "the volunteers at the shelter", "Maria Kovalenko"],
    ]);
    expect(read("Flood Hits Town\n\nOleh Marchenko spoke out against the new toll on the bridge.")).toEqual([
      ["indirect", "the new toll on the bridge", "Oleh Marchenko"],
    ]);
    expect(read("Flood Hits Town\n\nOleh Marchenko made it clear he would not sign the permit.")).toEqual([["indirect", "he would not sign the permit", "Oleh Marchenko"]]);
    expect(read("Flood Hits Town\n\nMaria Kovalenko made the case to the council that the levee needed funds.")).toEqual([
      ["indirect", "the levee needed funds", "Maria Kovalenko"],
    ]);
    expect(read("Flood Hits Town\n\nOleh Marchenko made a short visit to the shelter. He spoke quietly with the volunteers.")).toEqual([]);
    expect(read("Flood Hits Town\n\nMaria Kovalenko pointed to the cracks in the old levee.")).toEqual([["indirect", "the cracks in the old levee", "Maria Kovalenko"]]);
  });

  it("reads the clause of a held idea, and a quotation opening a clause after a topic phrase", () => {
    expect(read("Flood Hits Town\n\nMaria Kovalenko rejected the notion that the levee had failed.")).toEqual([["indirect", "the levee had failed", "Maria Kovalenko"]]);
    expect(read('Flood Hits Town\n\nMaria Kovalenko acknowledged for the first time that "serious" cracks had been found.')).toContainEqual([
      "indirect",
      '"serious" cracks had been found',
      "Maria Kovalenko",
    ]);
  });

  it("reads a stance on someone named in one word, but no other one-word object", () => {
    expect(read("Flood Hits Town\n\nOleh Marchenko endorsed Kovalenko on Friday.")).toEqual([["indirect", "Kovalenko on Friday", "Oleh Marchenko"]]);
    expect(read("Flood Hits Town\n\nSenator Petro Bondar supports Kovalenko.")).toEqual([["indirect", "Kovalenko", "Petro Bondar"]]);
    expect(read("Flood Hits Town\n\nOleh Marchenko endorsed it.")).toEqual([]);
    expect(read("Flood Hits Town\n\nOleh Marchenko criticized everything.")).toEqual([]);
  });

  it("reads a name given as an adjective after a finite 'called', not after a participle", () => {
    expect(read("Flood Hits Town\n\nOleh Marchenko called the new tolls excessive and unfair.")).toEqual([["indirect", "the new tolls excessive and unfair", "Oleh Marchenko"]]);
    expect(read("Flood Hits Town\n\nOleh Marchenko called the officers involved in the rescue.")).toEqual([]);
    expect(read("Flood Hits Town\n\nOleh Marchenko rejected the plan, calling it unworkable.")).toEqual([]);
  });

  it("reads no naming in a call that is a visit, a measure or a summons", () => {
    expect(read("Flood Hits Town\n\nOleh Marchenko called her a few times last week.")).toEqual([]);
    expect(read("Flood Hits Town\n\nOleh Marchenko called a meeting of the council for Friday.")).toEqual([]);
    expect(read("Flood Hits Town\n\nThe rift between the two mayors, as residents call it, has lasted a decade.")).toEqual([]);
  });

  it("ends a reported clause where a coordinated report begins", () => {
    const [first] = read("Flood Hits Town\n\nOleh Marchenko said the dam would hold and warned against panic buying.");
    expect(first).toEqual(["indirect", "the dam would hold", "Oleh Marchenko"]);
  });

  it("gives a participle the sentence's subject when the frame before it names no one", () => {
    const statements = read("Flood Hits Town\n\nOleh Marchenko visited the shelter as crews cleared debris, saying the dam would hold.");
    expect(statements).toContainEqual(["indirect", "the dam would hold", "Oleh Marchenko"]);
  });

  it("makes no actor of a plural common noun that opens the sentence", () => {
    const { statements, speakers } = findStatements("Flood Hits Town\n\nVolunteers said the water had reached the second floor.", PUBLISHED);
    expect(statements[0]!.content.text).toBe("the water had reached the second floor");
    expect(statements[0]!.speaker).toBeUndefined();
    expect(speakers).toEqual([]);
  });

  it("reads a speaker past an age and an apposition", () => {
    expect(read("Flood Hits Town\n\nPetro Bondar, 54, a retired engineer, said the dam would hold.")).toEqual([
      ["indirect", "the dam would hold", "Petro Bondar"],
    ]);
  });

  it("does not report negated speech or noun objects", () => {
    expect(read("Flood Hits Town\n\nOleh Marchenko did not say when the road would open.")).toEqual([]);
    expect(read("Flood Hits Town\n\nThe agency warned of a second wave. The council announced a new budget.")).toEqual([]);
    expect(read("Flood Hits Town\n\nMaria Kovalenko does not believe the dam will hold.")).toEqual([]);
  });
});

describe("findStatements: headlines", () => {
  it("reads a source named after the headline's dash", () => {
    const [statement, ...rest] = read("Update: Thousands flee the port city - UN\n\nThe convoy left at dawn.");
    expect(rest).toEqual([]);
    expect(statement!.slice(0, 2)).toEqual(["indirect", "Thousands flee the port city"]);
    // The actor stage may know the canonical name; either way the speaker is the UN.
    expect(["UN", "United Nations"]).toContain(statement![2]);
  });

  it("gives a headline quotation the speaker of the body quotation it echoes", () => {
    const text = "Mayor warns of 'long winter' in the city\n\nMayor Ivan Shevchuk said residents faced a \"long winter\" without heating.";
    expect(read(text)).toEqual([
      ["direct", "long winter", "Ivan Shevchuk"],
      ["indirect", 'residents faced a "long winter" without heating', "Ivan Shevchuk"],
      ["direct", "long winter", "Ivan Shevchuk"],
    ]);
  });

  it("echoes a quotation of a headline that ends on a stop, but not one inside the headline's own report", () => {
    const body = "\n\nMayor Ivan Shevchuk said on Monday that the city would stay closed due to “grave flood risks.”";
    expect(read(`Town Stays Shut Over ‘Grave Flood Risks.’${body}`)[0]).toEqual(["direct", "Grave Flood Risks.", "Ivan Shevchuk"]);
    const labelled = read(`Shevchuk: Town Stays Shut Over ‘Grave Flood Risks.’${body}`);
    expect(labelled[0]).toEqual(["indirect", "Town Stays Shut Over ‘Grave Flood Risks.’", "Ivan Shevchuk"]);
    expect(labelled.filter(([kind, content]) => kind === "direct" && content === "Grave Flood Risks.")).toEqual([]);
  });

  it("reads a source label before the headline's colon, but not a kicker", () => {
    expect(read("Marchenko: Dam Will Hold Through Spring\n\nThe convoy left at dawn.")).toEqual([["indirect", "Dam Will Hold Through Spring", "Marchenko"]]);
    expect(read("Breaking: Dam Will Hold Through Spring\n\nThe convoy left at dawn.")).toEqual([]);
    expect(read("Flood Update: The Latest Count Of Rescued Families\n\nThe convoy left at dawn.")).toEqual([]);
    expect(read("Revealed: The Towns The River Will Reach Next\n\nThe convoy left at dawn.")).toEqual([]);
    // A title-cased phrase with a function word inside is no source; a name or a title before a name is.
    expect(read("Silence Over Water: Mayor Kept The Dam Report Back\n\nThe convoy left at dawn.")).toEqual([]);
    expect(read("Trouble In The Ranks: Council Splits On Budget\n\nThe convoy left at dawn.")).toEqual([]);
    expect(read("Mayor Olena Marchenko: Dam Will Hold\n\nThe convoy left at dawn.")).toEqual([["indirect", "Dam Will Hold", "Olena Marchenko"]]);
    // A poll is its own source when no maker is named, whether it opens the headline or a sentence.
    expect(read("Poll: Most Residents Want The Dam Rebuilt\n\nPolls show a close vote on the dam.")).toEqual([
      ["indirect", "Most Residents Want The Dam Rebuilt", "poll"],
      ["indirect", "a close vote on the dam", "polls"],
    ]);
  });

  it("reads a short quotation that ends the headline after a colon as the label's direct quote", () => {
    expect(read("Marchenko: ‘The Dam Will Hold.’\n\nThe convoy left at dawn.")).toEqual([["direct", "The Dam Will Hold.", "Marchenko"]]);
    expect(read("Senator Olena Kovalenko on bank fees: ‘Stop Now.’\n\nThe hearing ran late.")).toEqual([["direct", "Stop Now.", "Olena Kovalenko"]]);
    expect(read("Council Leader Warns Builders: ‘Stop Now.’\n\nThe convoy left at dawn.")).toContainEqual(["direct", "Stop Now.", "Council Leader"]);
  });

  it("reads transcript labels in capitals at a paragraph's start", () => {
    const text = "Flood Hits Town\n\nOleh Marchenko spoke to the station on Friday.\n\nMARCHENKO: Well, the water is falling and the schools reopen soon.";
    expect(read(text)).toContainEqual(["indirect", "Well, the water is falling and the schools reopen soon", "Oleh Marchenko"]);
  });

  it("gives a transcript quoted whole the speaker of its label", () => {
    const text = 'Flood Hits Town\n\nThe station aired the interview with Oleh Marchenko.\n\n"MARCHENKO: The dam will hold, and the schools reopen soon."';
    expect(read(text)).toContainEqual(["direct", "The dam will hold, and the schools reopen soon.", "Oleh Marchenko"]);
  });

  it("leaves a headline without a source alone", () => {
    expect(read("Floods close schools - and roads stay shut\n\nThe convoy left at dawn.")).toEqual([]);
  });
});

describe("statementsBySpeaker", () => {
  it("groups statements by speaker, unattributed last", () => {
    const article = parseArticle('Flood Hits Town\n\nOfficials said the road was closed. "We will rebuild," said Oleh Marchenko.', PUBLISHED);
    expect(statementsBySpeaker(article).map((g) => [g.speaker?.name, g.statements.length])).toEqual([
      ["Oleh Marchenko", 1],
      [undefined, 1],
    ]);
    expect(statementsBySpeaker({ statements: [] })).toEqual([]);
  });
});

describe("findStatements on any input", () => {
  const inputs = [
    "",
    '"',
    "“".repeat(2000),
    '"'.repeat(5000),
    "said, ".repeat(3000),
    "Trump said that ".repeat(2000),
    "according to ".repeat(2000),
    "He said “a ‘b’ c” and ".repeat(1000),
    "\n\n\n«»‘’``''\u2028",
    "X, Y, Z, said: “",
  ];
  it("never throws and keeps every span true to the text", () => {
    for (const text of inputs) {
      const { statements, speakers } = findStatements(text, PUBLISHED);
      for (const s of statements) {
        expect(text.slice(s.content.start, s.content.end)).toBe(s.content.text);
        if (s.cue) expect(text.slice(s.cue.start, s.cue.end)).toBe(s.cue.text);
        if (s.speakerMention) expect(text.slice(s.speakerMention.start, s.speakerMention.end)).toBe(s.speakerMention.text);
      }
      for (const a of speakers) for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe("findStatements: frames around quotations and clauses", () => {
  it("reads a frame right after a quotation's comma as trailing it, whatever follows the verb", () => {
    expect(read('Flood Hits Town\n\n"The dam will hold," Oleh Marchenko told reporters after the meeting that was held at the town hall.')).toEqual([
      ["direct", "The dam will hold", "Oleh Marchenko"],
    ]);
    expect(read("Flood Hits Town\n\n''We rebuilt the bridge in a week,'' Ms. Hanna Koval said of the repairs.")).toEqual([
      ["direct", "We rebuilt the bridge in a week", "Hanna Koval"],
    ]);
  });

  it("gives a quotation signed after a dash to the name that signs it", () => {
    expect(read("Flood Hits Town\n\nReaders wrote to us.\n\n“The river took everything we had.” ― Olena Bondar\n\n“We will stay and rebuild.” ― Ivan Petrenko")).toEqual([
      ["direct", "The river took everything we had.", "Olena Bondar"],
      ["direct", "We will stay and rebuild.", "Ivan Petrenko"],
    ]);
  });

  it("reads an inverted frame after a clause that holds commas, and a speaker with an apposition between dashes", () => {
    expect(read("Flood Hits Town\n\nThe repairs will cost more, but for most families, the losses will be covered, said Petro Bondar.")).toEqual([
      ["indirect", "The repairs will cost more, but for most families, the losses will be covered", "Petro Bondar"],
    ]);
    expect(read("Flood Hits Town\n\nHanna Koval -- head of the Red Cross office, a former nurse -- said the shelters were full.")).toEqual([
      ["indirect", "the shelters were full", "Hanna Koval"],
    ]);
  });

  it("reads 'As X noted, …' and an addressee of several words before 'that'", () => {
    expect(read("Flood Hits Town\n\nAs Oleh Marchenko noted, the river has flooded the town twice in ten years.")).toEqual([
      ["indirect", "the river has flooded the town twice in ten years", "Oleh Marchenko"],
    ]);
    expect(read("Flood Hits Town\n\nOleh Marchenko told a meeting of local farmers on Monday that the fields would dry by May.")).toEqual([
      ["indirect", "the fields would dry by May", "Oleh Marchenko"],
    ]);
    // A station's number ends the addressee; a count opens the clause.
    expect(read("Flood Hits Town\n\nOleh Marchenko told Channel 4 on Monday that the fields would dry by May.")).toEqual([
      ["indirect", "the fields would dry by May", "Oleh Marchenko"],
    ]);
    expect(read("Flood Hits Town\n\nOleh Marchenko told Reuters 24 people had been rescued.")).toEqual([["indirect", "24 people had been rescued", "Oleh Marchenko"]]);
  });

  it("resolves a pronoun written with a contraction", () => {
    expect(read("Flood Hits Town\n\nOleh Marchenko visited the shelter on Thursday.\n\nHe's told volunteers that the water is falling.")).toEqual([
      ["indirect", "the water is falling", "Oleh Marchenko"],
    ]);
  });

  it("finds the quotation after an addressee and a comma, and the one a colon at a paragraph's end introduces", () => {
    expect(read('Flood Hits Town\n\nOleh Marchenko told the crowd at the bridge, "We will not give up."')).toEqual([
      ["direct", "We will not give up.", "Oleh Marchenko"],
    ]);
    expect(read('Flood Hits Town\n\nHanna Koval stated:\n\n"The shelters need blankets and water."')).toEqual([
      ["direct", "The shelters need blankets and water.", "Hanna Koval"],
    ]);
  });
});

describe("findStatements: nested reports and named appositions", () => {
  it("reads a description with a name in apposition as the subject of a lead frame", () => {
    expect(read("Flood Hits Town\n\nOne farmer from the valley, Petro Bondar, told Reuters he was leaving for good.")).toEqual([
      ["indirect", "he was leaving for good", "Petro Bondar"],
    ]);
    expect(read('Flood Hits Town\n\n"We will rebuild," the regional governor, Oleh Marchenko, said.')).toEqual([["direct", "We will rebuild", "Oleh Marchenko"]]);
  });

  it("lists a report nested in a longer report once, inside the outer one", () => {
    expect(read("Flood Hits Town\n\nHanna Koval said Oleh Marchenko had told farmers that the dam would hold.")).toEqual([
      ["indirect", "Oleh Marchenko had told farmers that the dam would hold", "Hanna Koval"],
    ]);
  });

  it("ends a reported clause before an aside after a comma or a dash", () => {
    expect(read("Flood Hits Town\n\nOleh Marchenko said the water had fallen by a metre, which allowed crews to reach the bridge.")).toEqual([
      ["indirect", "the water had fallen by a metre", "Oleh Marchenko"],
    ]);
  });
});

describe("findStatements: the subject of coordinated and participial frames", () => {
  it("skips a dateline and an opening participle phrase to find the sentence's speaker", () => {
    expect(read("Flood Hits Town\n\nKYIV — Oleh Marchenko on Monday visited the dam and said the water was falling.")).toEqual([
      ["indirect", "the water was falling", "Oleh Marchenko"],
    ]);
    expect(read("Flood Hits Town\n\nPressed by farmers, Hanna Koval changed the plan, promising to pay for the repairs.")).toEqual([
      ["indirect", "pay for the repairs", "Hanna Koval"],
    ]);
  });

  it("gives 'but said' the sentence's subject, not a speaker nested after it", () => {
    expect(read("Flood Hits Town\n\nHanna Koval put off deciding whether Oleh Marchenko could question the engineers but said the inquiry would go on.")).toEqual([
      ["indirect", "the engineers", "Oleh Marchenko"],
      ["indirect", "the inquiry would go on", "Hanna Koval"],
    ]);
  });
});

describe("findStatements: 'as X put it' and sentence openers", () => {
  it("reads 'as X put it' before a quotation", () => {
    expect(read('Flood Hits Town\n\nAs Hanna Koval put it, "The river does not care about our plans."')).toEqual([
      ["direct", "The river does not care about our plans.", "Hanna Koval"],
    ]);
  });

  it("finds the subject past 'And then' for a participle frame", () => {
    expect(read('Flood Hits Town\n\nAnd then Oleh Marchenko went on the attack, saying, "The dam was never inspected."')).toEqual([
      ["direct", "The dam was never inspected.", "Oleh Marchenko"],
    ]);
  });

  it("gives an inverted frame's quotation to the name set off after a description, not to the person named before", () => {
    expect(read('Flood Hits Town\n\nOleh Marchenko visited the dam. "The water is falling," said the town\'s deputy mayor, Hanna Koval.')).toEqual([
      ["direct", "The water is falling", "Hanna Koval"],
    ]);
    // A state after a city's comma is a place, not a speaker.
    expect(read('Flood Hits Town\n\n"The water is falling," said local voter Hanna Koval of Derry, N.H., before the meeting.')).toEqual([
      ["direct", "The water is falling", "Hanna Koval"],
    ]);
  });

  it("gives a participle after a trailing frame that frame's speaker, not the subject of what was reported", () => {
    expect(read("Flood Hits Town\n\nRussia struck Kyiv overnight, officials said, warning that more attacks would follow.")).toEqual([
      ["indirect", "Russia struck Kyiv overnight", undefined],
      ["indirect", "more attacks would follow", undefined],
    ]);
    expect(read("Flood Hits Town\n\nRussia struck Kyiv overnight, said Vitali Klitschko, adding that two people died.")).toEqual([
      ["indirect", "Russia struck Kyiv overnight", "Vitali Klitschko"],
      ["indirect", "two people died", "Vitali Klitschko"],
    ]);
  });

  it("reads a stretch opened by 'and' before an inverted frame as part of what was said, not as an apposition", () => {
    expect(read("Flood Hits Town\n\nThe delay did not go over well with Ukrainians, and the talks stalled after that, said one local official.")).toEqual([
      ["indirect", "The delay did not go over well with Ukrainians, and the talks stalled after that", undefined],
    ]);
  });

  it("reads an addressee in lower case after a trailing frame's verb as part of the frame", () => {
    expect(read("Flood Hits Town\n\nThe dam needs new gates, Hanna Koval told a parliamentary committee on Wednesday.")).toEqual([
      ["indirect", "The dam needs new gates", "Hanna Koval"],
    ]);
    expect(read("Flood Hits Town\n\nRepairs will take a year, Oleh Marchenko told a Senate panel.")).toEqual([["indirect", "Repairs will take a year", "Oleh Marchenko"]]);
  });

  it("reads a place after 'in' before the verb as where the speaker is, not as the speaker", () => {
    expect(read("Flood Hits Town\n\nResidents in Kyiv said the strike was loud. Vitali Klitschko in Kyiv said the dam held.")).toEqual([
      ["indirect", "the strike was loud", undefined],
      ["indirect", "the dam held", "Vitali Klitschko"],
    ]);
    expect(read('Flood Hits Town\n\n"It was loud," Vitali Klitschko in Kyiv said.')).toEqual([["direct", "It was loud", "Vitali Klitschko"]]);
  });

  it("resolves a title to the person given it in an apposition, later in the text when no one has it before", () => {
    const text =
      "Flood Hits Town\n\nDonald Trump spoke to Volodymyr Zelensky on Friday.\n\nThe mayor of Kremenchuk, a city in central Ukraine, said the city was struck overnight.\n\n" +
      "Russia said it had shot down 77 drones.\n\nHours later, Vitaliy Maletsky, the mayor of Kremenchuk, said water had been cut off. The mayor said repairs would take days.";
    expect(read(text)).toEqual([
      ["indirect", "the city was struck overnight", "Vitaliy Maletsky"],
      ["indirect", "it had shot down 77 drones", "Russia"],
      ["indirect", "water had been cut off", "Vitaliy Maletsky"],
      ["indirect", "repairs would take days", "Vitaliy Maletsky"],
    ]);
    // A person named earlier in the sentence comes before one given the title later.
    expect(read("Flood Hits Town\n\nOlena Koval, the health minister of Moldova, a neighbour of Ukraine, said the clinics were full. Later, Prime Minister Ivan Popescu said the border stayed open.")).toEqual([
      ["indirect", "the clinics were full", "Olena Koval"],
      ["indirect", "the border stayed open", "Ivan Popescu"],
    ]);
  });

  it("keeps a named report inside an 'according to' that names no one", () => {
    expect(read("Flood Hits Town\n\nAccording to new developments, Russia has for the first time confirmed that it sent troops to the border.")).toEqual([
      ["indirect", "Russia has for the first time confirmed that it sent troops to the border", undefined],
      ["indirect", "it sent troops to the border", "Russia"],
    ]);
  });

  it("reads 'a narrator in the ad' before a trailing verb as a described speaker, keeping the quotation", () => {
    expect(read('Flood Hits Town\n\nOleh Marchenko spoke first. "Nobody told us," a narrator in the film says.')).toEqual([["direct", "Nobody told us", "narrator"]]);
  });

  it("skips an addressee in lower case after 'told' when a clause follows without 'that'", () => {
    expect(read("Flood Hits Town\n\nOleh Marchenko told a news conference the dam would hold. Hanna Koval told the committee she would resign.")).toEqual([
      ["indirect", "the dam would hold", "Oleh Marchenko"],
      ["indirect", "she would resign", "Hanna Koval"],
    ]);
  });

  it("keeps a title's dot inside the subject that a participle frame takes", () => {
    const { statements } = findStatements('Flood Hits Town\n\nIn 2019, Mr. Marchenko expressed admiration for the engineers, telling reporters: "They saved the town."', PUBLISHED);
    expect(statements.map((s) => [s.content.text, s.speakerMention?.text])).toEqual([["They saved the town.", "Mr. Marchenko"]]);
  });
});

describe("findStatements: 'with X saying' and 'X did say'", () => {
  it("reads the name before a participle after 'with' as its speaker, and not a place after 'in'", () => {
    expect(read("Flood Hits Town\n\nThe debate went on, with Oleh Marchenko calling for new dams along the river.")).toEqual([
      ["indirect", "new dams along the river", "Oleh Marchenko"],
    ]);
  });

  it("reads an emphatic 'did' between the speaker and the verb", () => {
    expect(read("Flood Hits Town\n\nHanna Koval did say on Friday that the shelters were full.")).toEqual([["indirect", "the shelters were full", "Hanna Koval"]]);
  });
});

describe("findStatements runs only the stages statements need", () => {
  it("returns what parseArticle finds, casualties left out", () => {
    const text = [
      "Strike Hits Port City",
      "",
      'At least seven people were killed when a missile hit a warehouse on Tuesday, regional governor Oleh Marchuk said. "The rescue work will go on all night," he told reporters.',
      "",
      "The mayor's office urged residents to stay in shelters, warning that more attacks were likely.",
    ].join("\n");
    const article = parseArticle(text, PUBLISHED);
    expect(article.casualties.length).toBeGreaterThan(0);
    const { statements, speakers } = findStatements(text, PUBLISHED);
    expect(statements).toEqual(article.statements);
    expect(statements.length).toBeGreaterThanOrEqual(2);
    expect(speakers.map((a) => a.name)).toContain("Oleh Marchuk");
  });
});

describe("findStatements: stances, seeming and questions put to someone", () => {
  it("reads what a source wants, plans, expects or believes, with its own act", () => {
    const { statements } = findStatements(
      "Harbour Plan Stalls\n\nMayor Ilse Brandt wants to close the old harbour by spring. The port authority believes the dredging will cost more. Brandt declined to comment on the budget.",
      PUBLISHED,
    );
    expect(statements.map((s) => [s.content.text, s.verb, s.act])).toEqual([
      ["to close the old harbour by spring", "want", "intention"],
      ["the dredging will cost more", "believe", "belief"],
      ["to comment on the budget", "decline", "intention"],
    ]);
  });

  it("reads what a source wants when it is a thing, not an act", () => {
    expect(read("Harbour Plan Stalls\n\nMayor Ilse Brandt wants a deeper channel for the ferries.")).toEqual([["indirect", "a deeper channel for the ferries", "Ilse Brandt"]]);
  });

  it("reads a verb of seeming as the writer's reading: the whole clause, no speaker", () => {
    expect(read("Harbour Plan Stalls\n\nSupport for the harbour plan appears to have faded since the vote. It seems, however, that the council will try again.")).toEqual([
      ["indirect", "Support for the harbour plan appears to have faded since the vote", undefined],
      ["indirect", "the council will try again", undefined],
    ]);
    // A place one appears in is no reading.
    expect(read("Harbour Plan Stalls\n\nMayor Ilse Brandt appeared in court on Monday.")).toEqual([]);
  });

  it("reads a question put to an unnamed speaker, up to the comma before the answer", () => {
    expect(read("Harbour Plan Stalls\n\nAsked at the meeting whether the harbour would close, Ilse Brandt said the decision was months away.")).toEqual([
      ["indirect", "whether the harbour would close", undefined],
      ["indirect", "the decision was months away", "Ilse Brandt"],
    ]);
  });

  it("does not read a title quoted inside the sentence as a quotation the frame trails", () => {
    expect(read('Harbour Plan Stalls\n\nIn an interview on "Morning Harbour," council leader Jonas Weber said the vote was rushed.')).toEqual([
      ["indirect", "the vote was rushed", "Jonas Weber"],
    ]);
  });

  it("ends a report in a fronted subordinate clause at its comma, so the main clause keeps its own", () => {
    expect(read("Harbour Plan Stalls\n\nAfter Ilse Brandt insisted that the harbour would stay open, Jonas Weber said the vote was rushed.")).toEqual([
      ["indirect", "the harbour would stay open", "Ilse Brandt"],
      ["indirect", "the vote was rushed", "Jonas Weber"],
    ]);
  });

  it("reads 'that' past a place with commas after the verb", () => {
    expect(read("Harbour Plan Stalls\n\nIlse Brandt says at a rally in Bremen, Germany, that the harbour will stay open.")).toEqual([
      ["indirect", "the harbour will stay open", "Ilse Brandt"],
    ]);
  });

  it("gives 'the report said' the body that put the report out, and an impersonal passive no speaker", () => {
    const { statements, speakers } = findStatements(
      "Harbour Plan Stalls\n\nThe Baltic Port Authority released a report on Monday. Dredging costs had doubled, the report said. It is estimated that the harbour loses money every year.",
      PUBLISHED,
    );
    const names = new Map(speakers.map((a) => [a.id, a]));
    expect(statements.map((s) => [s.content.text, s.speaker === undefined ? undefined : names.get(s.speaker)?.name])).toEqual([
      ["Dredging costs had doubled", "Baltic Port Authority"],
      ["the harbour loses money every year", undefined],
    ]);
    expect(names.get(statements[0]!.speaker!)?.mentions.map((m) => m.text)).toContain("the report");
  });

  it("ends a reported clause before a frame in an adverbial clause inside it", () => {
    expect(read("Harbour Plan Stalls\n\nIt has been reported that the harbour closed early, hours after Ilse Brandt said it would stay open.")).toEqual([
      ["indirect", "the harbour closed early", undefined],
      ["indirect", "it would stay open", "Ilse Brandt"],
    ]);
  });

  it("reads what a document shows even as a noun phrase, and a source's stance on something", () => {
    expect(read("Harbour Plan Stalls\n\nA Baltic Port Authority survey shows broad support for the new quay. Ilse Brandt supports the longer route.")).toEqual([
      ["indirect", "broad support for the new quay", "Baltic Port Authority"],
      ["indirect", "the longer route", "Ilse Brandt"],
    ]);
    // From a person, a noun phrase after a verb of saying is no claim.
    expect(read("Harbour Plan Stalls\n\nIlse Brandt announced a new budget.")).toEqual([]);
    // The document is the head before the phrase's first preposition; footage is no document.
    expect(read("Harbour Plan Stalls\n\nAn average of recent polls by the Courier shows the mayor ahead.").map(([kind, content]) => [kind, content])).toEqual([
      ["indirect", "the mayor ahead"],
    ]);
    expect(read("Harbour Plan Stalls\n\nThe results also showed the weakness of the old quay.").map(([kind, content]) => [kind, content])).toEqual([
      ["indirect", "the weakness of the old quay"],
    ]);
    expect(read("Harbour Plan Stalls\n\nFootage from the harbour shows crowds on the quay.")).toEqual([]);
  });

  it("reads a title's dot inside an inverted speaker, a document's body after 'according to', and two openers before a subject", () => {
    expect(read("Harbour Plan Stalls\n\nThe quay drew crowds all summer, said Ms. Brandt, with concerts every week.")).toEqual([
      ["indirect", "The quay drew crowds all summer", "Brandt"],
    ]);
    expect(read("Harbour Plan Stalls\n\nTraffic doubled, according to a recent study by the Baltic Port Authority.")).toEqual([
      ["indirect", "Traffic doubled", "Baltic Port Authority"],
    ]);
    expect(read("Harbour Plan Stalls\n\nAccording to a study by the Baltic Port Authority based on customs data, traffic doubled.")).toEqual([
      ["indirect", "traffic doubled", "Baltic Port Authority"],
    ]);
    expect(read("Harbour Plan Stalls\n\nOn Monday, however, Ilse Brandt met dock workers, promising to keep the quay open.")).toEqual([
      ["indirect", "keep the quay open", "Ilse Brandt"],
    ]);
  });

  it("reads an embedded question after any reporting verb", () => {
    expect(read("Harbour Plan Stalls\n\nIlse Brandt explained why the quay had closed. Dock workers questioned whether the repairs were needed.")).toEqual([
      ["indirect", "why the quay had closed", "Ilse Brandt"],
      ["indirect", "whether the repairs were needed", undefined],
    ]);
  });

  it("does not take a pronoun past another frame as the clause of a participle adjective", () => {
    expect(read("Harbour Plan Stalls\n\nIn a message posted Friday, Jonas Weber said he would appeal.")).toEqual([["indirect", "he would appeal", "Jonas Weber"]]);
  });

  it("gives the writer's first person to one author actor, and no speaker to a common word opening the sentence", () => {
    const text =
      "Why the Ferry Matters\n\nI believe the council should have waited another year. I have argued that the ferry pays for itself.\n\nSeveral said they would appeal the ruling.";
    expect(read(text)).toEqual([
      ["indirect", "the council should have waited another year", "the author"],
      ["indirect", "the ferry pays for itself", "the author"],
      ["indirect", "they would appeal the ruling", undefined],
    ]);
    expect(findStatements(text, PUBLISHED).speakers.map((a) => [a.kind, a.name])).toEqual([["person", "the author"]]);
  });

  it("gives the writers' lower-case \"we\" outside a quotation to the authors, as a \"We\" opening a sentence", () => {
    const text = "Why the Ferry Matters\n\nAfter all, as we saw in 2009, fares can double in a year. Yes, we know that the ferry is slow.";
    expect(read(text)).toEqual([
      ["indirect", "fares can double in a year", "the authors"],
      ["indirect", "the ferry is slow", "the authors"],
    ]);
    expect(findStatements(text, PUBLISHED).speakers.map((a) => [a.kind, a.name, a.mentions.map((m) => m.text)])).toEqual([["group", "the authors", ["we", "we"]]]);
  });

  it("makes a capitalized plural of a common word a group, not a person", () => {
    const { speakers } = findStatements("Budget Talks\n\nThe vote split the Democrats in the chamber. Democrats said the bill would fail.", PUBLISHED);
    expect(speakers.map((a) => [a.kind, a.name])).toEqual([["group", "Democrats"]]);
  });
});

describe("findStatements: reported speech, extents and hedged frames", () => {
  it("ends a noun-phrase object at its first comma", () => {
    expect(read("Harbour Plan Stalls\n\nIlse Brandt praised the new ferry schedule, and the council voted to keep it.")).toEqual([
      ["indirect", "the new ferry schedule", "Ilse Brandt"],
    ]);
  });

  it("reads 'seemed to suggest' as the subject's report, not the writer's", () => {
    expect(read("Harbour Plan Stalls\n\nIlse Brandt toured the docks. Brandt seemed to suggest that the quay would reopen in May.")).toEqual([
      ["indirect", "the quay would reopen in May", "Ilse Brandt"],
    ]);
    expect(read("Harbour Plan Stalls\n\nThe repair plan seems to work.")).toEqual([["indirect", "The repair plan seems to work", undefined]]);
  });

  it("finds the subject past a short opening phrase for a participle", () => {
    expect(read("Harbour Plan Stalls\n\nMayor Jonas Weber met the dock workers. Hours later, he issued a statement calling on the port to reopen the quay.")).toEqual([
      ["indirect", "the port to reopen the quay", "Jonas Weber"],
    ]);
  });
});

describe("findStatements: speakers and cues of reported speech", () => {
  it("reads an infinitive after the verb as its content, not as an adjunct of a trailing frame", () => {
    expect(read("Harbour Plan Stalls\n\nIlse Brandt toured the docks. This week, Brandt declined to close the quay or blame the port.")).toEqual([
      ["indirect", "to close the quay or blame the port", "Ilse Brandt"],
    ]);
  });

  it("reads the clause after 'that' past a short phrase of the verb", () => {
    expect(read("Harbour Plan Stalls\n\nIlse Brandt said for the first time that two ferries had been sold. Brandt stated of the plan that the budget was too small.")).toEqual([
      ["indirect", "two ferries had been sold", "Ilse Brandt"],
      ["indirect", "the budget was too small", "Ilse Brandt"],
    ]);
    // A relative "that" after a noun is no clause of the verb.
    expect(read("Harbour Plan Stalls\n\nThe council hoped for a quick vote that would end the strike.")).toEqual([]);
  });

  it("keeps a party code in parentheses with the name before it", () => {
    expect(read("Harbour Plan Stalls\n\nRep. Anna Meeks (D-N.Y.) said the vote would slip.")).toEqual([["indirect", "the vote would slip", "Anna Meeks"]]);
  });

  it("does not read 'the legal challenge' or 'profound questions' as reporting verbs", () => {
    expect(read("Harbour Plan Stalls\n\nThe plan, if it survives the legal challenge, could speed up the ferry service.")).toEqual([]);
  });
});

describe("findStatements: nouns of speech and adverbials inside a frame", () => {
  it("reads the clause of a noun of speech after a denial or a repetition", () => {
    expect(read("Harbour Plan Stalls\n\nThe Port Authority has denied repeated allegations that the ferries were overloaded.")).toEqual([
      ["indirect", "the ferries were overloaded", "Port Authority"],
    ]);
  });

  it("walks back over 'for the first time' to the subject", () => {
    expect(read("Harbour Plan Stalls\n\nIlse Brandt has for the first time confirmed that the quay will close.")).toEqual([
      ["indirect", "the quay will close", "Ilse Brandt"],
    ]);
  });

  it("keeps a participle aside between a subject and its verb inside the frame", () => {
    expect(read("Harbour Plan Stalls\n\nRadio Kiel, citing unnamed sources, reports that the port will close.")).toEqual([
      ["indirect", "the port will close", "Radio Kiel"],
    ]);
  });
});

describe("findStatements: headline frames", () => {
  it("reads a headline that ends on its source and a capitalized 'Says'", () => {
    const { statements } = findStatements("Ferry Fares Will Rise Next Year, Harbour Master Ivan Petrov Says.\n\nThe harbour council met on Monday in Kiel.", PUBLISHED);
    expect(statements.map((s) => [s.kind, s.content.text, s.cue?.text, s.speakerMention?.text])).toEqual([
      ["indirect", "Ferry Fares Will Rise Next Year", "Says", "Harbour Master Ivan Petrov"],
    ]);
  });
});

describe("findStatements: addressees, contractions and appositions", () => {
  it("reads the clause after an addressee rather than taking the frame as trailing a short opener", () => {
    expect(read("Harbour Plan Stalls\n\nIlse Brandt spoke on Monday. In response, Brandt assured voters she’d keep the quay open.")).toEqual([
      ["indirect", "she’d keep the quay open", "Ilse Brandt"],
    ]);
  });

  it("opens a clause at a contracted pronoun", () => {
    expect(read("Harbour Plan Stalls\n\nJonas Weber noted she's been right about the ferries before.")).toEqual([
      ["indirect", "she's been right about the ferries before", "Jonas Weber"],
    ]);
  });

  it("reads an apposition that holds a sum of money", () => {
    expect(read("Harbour Plan Stalls\n\nIlse Brandt, who announced a $275 million plan on Monday, plans to rebuild the quay.")).toEqual([
      ["indirect", "to rebuild the quay", "Ilse Brandt"],
    ]);
  });
});

describe("findStatements: inverted frames after a clause", () => {
  it("reads 'said NAME' after a comma as the speaker of the clause before, not its content", () => {
    expect(read("Harbour Plan Stalls\n\nThe talks did not go well, and the meeting broke up early, said Ilse Brandt, a local official.")).toEqual([
      ["indirect", "The talks did not go well, and the meeting broke up early", "Ilse Brandt"],
    ]);
    // A date after the verb is when it was said.
    expect(read("Harbour Plan Stalls\n\n“The ferry stays,” Mayor Jonas Weber, SPD, said Tuesday.")[0]?.[2]).toBe("Jonas Weber");
  });
});

describe("findStatements: clause ends and frames inside a clause", () => {
  it("does not read a later frame's clause across a comma, a name and its verb", () => {
    expect(read("Flood Hits Town\n\nLater, after the hearing concluded, Anna Petrenko stated of the report that the dam was unsafe.")).toEqual([
      ["indirect", "the dam was unsafe", "Anna Petrenko"],
    ]);
    // A place set off by commas is no second frame.
    expect(read("Flood Hits Town\n\nAnna Petrenko says in Lviv, Ukraine, that the dam was unsafe.")).toEqual([["indirect", "the dam was unsafe", "Anna Petrenko"]]);
  });

  it("ends a reported clause at a spaced hyphen and at a predicate with no subject after ', and'", () => {
    expect(read("Flood Hits Town\n\nAnna Petrenko said the dam was unsafe - a view the engineers reject.")).toEqual([["indirect", "the dam was unsafe", "Anna Petrenko"]]);
    expect(read("Flood Hits Town\n\nAnna Petrenko insists the dam must be rebuilt, and has asked the council for money.")).toEqual([
      ["indirect", "the dam must be rebuilt", "Anna Petrenko"],
    ]);
  });

  it("ends a clause where a coordinated frame opens with a titled name", () => {
    expect(read("Flood Hits Town\n\nThe utility has been warning that it is running out of money, and Ms. Petrenko said the repairs were late.")).toEqual([
      ["indirect", "it is running out of money", "utility"],
      ["indirect", "the repairs were late", "Petrenko"],
    ]);
  });

  it("runs a clause on through a gerund after a preposition, but not through one that opens it", () => {
    expect(read("Flood Hits Town\n\nAnna Petrenko noted that the mayor had been faulted in the valley for saying the dam would never be rebuilt.")).toEqual([
      ["indirect", "the mayor had been faulted in the valley for saying the dam would never be rebuilt", "Anna Petrenko"],
    ]);
    expect(read("Flood Hits Town\n\nAnna Petrenko responded by saying the ferry would run again in May.")).toEqual([
      ["indirect", "the ferry would run again in May", "Anna Petrenko"],
    ]);
    // Past a nested frame too: the gerund is the nested clause's, and both go on through it.
    expect(read("Flood Hits Town\n\nAnna Petrenko said the council wants the mayor to end the strike by promising the crews more pay.")).toEqual([
      ["indirect", "the council wants the mayor to end the strike by promising the crews more pay", "Anna Petrenko"],
    ]);
  });

  it("keeps a reason given with 'because' inside the clause, and ends it before a frame of time", () => {
    expect(read("Flood Hits Town\n\nAnna Petrenko said she was calm about the levee because she doubted the river would rise again.")).toEqual([
      ["indirect", "she was calm about the levee because she doubted the river would rise again", "Anna Petrenko"],
    ]);
    expect(read("Flood Hits Town\n\nAnna Petrenko said the levee was safe, hours before Mayor Tom Dunn announced that it had failed.")).toEqual([
      ["indirect", "the levee was safe", "Anna Petrenko"],
      ["indirect", "it had failed", "Tom Dunn"],
    ]);
  });

  it("opens a clause on 'it' after an adverbial, not right after a preposition", () => {
    expect(read("Flood Hits Town\n\nAnna Petrenko said in the end it takes years to rebuild a dam.")).toEqual([
      ["indirect", "it takes years to rebuild a dam", "Anna Petrenko"],
    ]);
  });

  it("reads an -s form before a modal or a past form as a plural noun, not a reporting verb", () => {
    expect(read("Flood Hits Town\n\nIf the towns got the money and then states doled it out, the repairs would be late, Anna Petrenko said.")).toEqual([
      ["indirect", "If the towns got the money and then states doled it out, the repairs would be late", "Anna Petrenko"],
    ]);
  });
});

describe("findStatements: bare clauses after a past form, and bodies described by their kind", () => {
  it("reads a clause without 'that' whose verb is a past form", () => {
    expect(read("Flood Hits Town\n\nThe Kyiv Independent reported the water came hours after the dam broke.")).toEqual([
      ["indirect", "the water came hours after the dam broke", "Kyiv Independent"],
    ]);
    // A past participle after "being" or a determiner is no clause's verb.
    expect(read("Flood Hits Town\n\nThe Kyiv Independent posted footage showing residents being led away.")).toEqual([]);
  });

  it("points 'the agency' back to the organization named last", () => {
    const text = "Flood Hits Town\n\nThe Danube Commission published its forecast on Monday. Repairs will cost $2 billion, the agency said.";
    expect(read(text)).toEqual([["indirect", "Repairs will cost $2 billion", "Danube Commission"]]);
  });
});

describe("findStatements: 'went on to say', names before a colon, clauses about the saying", () => {
  it("gives 'went on to say' and 'went so far as to say' the subject of 'went'", () => {
    expect(read('Flood Hits Town\n\nThe columnist Anna Petrenko went so far as to say: "The dam is finished." Mayor Oleh Marchenko went on to say the repairs would take a year.')).toEqual([
      ["direct", "The dam is finished.", "Anna Petrenko"],
      ["indirect", "the repairs would take a year", "Oleh Marchenko"],
    ]);
  });

  it("gives a quotation the name set before the colon that opens it", () => {
    expect(read("Flood Hits Town\n\nRIVER LEVELS FALL FASTER THAN EXPECTED - Anna M. Petrenko: “The water has dropped two metres since Monday, and the dam is holding.”")).toEqual([
      ["direct", "The water has dropped two metres since Monday, and the dam is holding.", "Anna M. Petrenko"],
    ]);
  });

  it("leaves a clause of time after a mid-sentence frame out of what was said", () => {
    expect(read("Flood Hits Town\n\nThe delay is an insult to residents, Anna Petrenko said Friday, as she left the hall.")).toEqual([
      ["indirect", "The delay is an insult to residents", "Anna Petrenko"],
    ]);
  });
});

describe("findStatements: aides speak for the person they serve", () => {
  it("gives 'Petrenko aides said' and 'her advisers say' to the person named", () => {
    expect(read("Flood Hits Town\n\nMayor Anna Petrenko left early. Petrenko aides said the repairs would start in May.")).toEqual([
      ["indirect", "the repairs would start in May", "Anna Petrenko"],
    ]);
    // With no name before them, aides stay unnamed, like officials.
    expect(read("Flood Hits Town\n\nAides said the repairs would start in May.")).toEqual([["indirect", "the repairs would start in May", undefined]]);
  });
});

describe("findStatements: passives behind an adverb, pollsters in capitals", () => {
  it("reads 'is almost guaranteed' as a passive, which reports nothing of its own", () => {
    expect(read("Flood Hits Town\n\nA second flood is almost guaranteed after she leaves office, according to a survey by the Danube Commission.")).toEqual([
      ["indirect", "A second flood is almost guaranteed after she leaves office", "Danube Commission"],
    ]);
  });

  it("gives a poll named in capitals to its pollster", () => {
    expect(read("Flood Hits Town\n\nTwo in three voters back the plan, according to a national Gallup Poll taken last week.")).toEqual([
      ["indirect", "Two in three voters back the plan", "Gallup"],
    ]);
  });
});

describe("findStatements: bare clauses with irregular pasts and quoted words in the subject", () => {
  it("reads 'notes the utility hid …' and 'noted several “delays” left …' as clauses", () => {
    expect(read("Flood Hits Town\n\nAnna Petrenko notes the utility hid two reports from the council.")).toEqual([
      ["indirect", "the utility hid two reports from the council", "Anna Petrenko"],
    ]);
    expect(read("Flood Hits Town\n\nAnna Petrenko noted several “delays” left the town exposed.")).toEqual([
      ["indirect", "several “delays” left the town exposed", "Anna Petrenko"],
      ["direct", "delays", "Anna Petrenko"],
    ]);
  });
});

describe("findStatements: block quotations without marks, names ending on a number", () => {
  it("reports the unmarked paragraph after 'X added:' closing its own paragraph", () => {
    expect(read("Flood Hits Town\n\nThe river rose overnight.\n\nAnna Petrenko added:\n\nAnd from the look of it, the dam will not hold. Nobody expected this.\n\nOleh Marchenko said:\n\n“We are ready.”")).toEqual([
      ["indirect", "And from the look of it, the dam will not hold. Nobody expected this", "Anna Petrenko"],
      ["direct", "We are ready.", "Oleh Marchenko"],
    ]);
  });

  it("keeps a channel number in the speaker's name", () => {
    expect(read("Flood Hits Town\n\nLocal news affiliate KTV 7 is reporting that the dam broke on Friday night.")).toEqual([
      ["indirect", "the dam broke on Friday night", "KTV 7"],
    ]);
  });
});

describe("findStatements: a name, a long description and a named apposition", () => {
  it("gives the clause to the name before a description with prepositions", () => {
    expect(read("Flood Hits Town\n\nAnna Maria Petrenko, the editor in chief of the city's oldest newspaper, Kyivska Pravda, said every mayor was responsible.")).toEqual([
      ["indirect", "every mayor was responsible", "Anna Maria Petrenko"],
    ]);
  });
});

describe("findStatements: a frame that opens its sentence with 'as'", () => {
  it("reports the main clause after 'As X noted,'", () => {
    expect(read("Flood Hits Town\n\nAs Mayor Oleh Marchenko noted on Monday, the bridge will stay closed until May.")).toEqual([
      ["indirect", "the bridge will stay closed until May", "Oleh Marchenko"],
    ]);
  });

  it("reports the main clause after 'As reported by X,' with X as the source", () => {
    expect(read("Flood Hits Town\n\nAs reported by the Kyiv Herald, the dam was last inspected in 2019.")).toEqual([
      ["indirect", "the dam was last inspected in 2019", "Kyiv Herald"],
    ]);
  });

  it("finds no source in a bare 'As expected,'", () => {
    expect(read("Flood Hits Town\n\nAs expected, the river rose overnight.")).toEqual([]);
  });
});

describe("findStatements: where a reported noun phrase ends", () => {
  it("leaves out a date that closes it and a clause of time or reason after it", () => {
    expect(read("Flood Hits Town\n\nMaria Kovalenko praised the volunteers at the shelter on Thursday.")).toEqual([
      ["indirect", "the volunteers at the shelter", "Maria Kovalenko"],
    ]);
    expect(read("Flood Hits Town\n\nOleh Marchenko spoke about the new levee while visiting the river district.")).toEqual([
      ["indirect", "the new levee", "Oleh Marchenko"],
    ]);
  });

  it("keeps a date that belongs to the phrase, and a phrase of one word whole", () => {
    expect(read("Flood Hits Town\n\nOleh Marchenko supports raising the river wall by 2030.")).toEqual([
      ["indirect", "raising the river wall by 2030", "Oleh Marchenko"],
    ]);
    expect(read("Flood Hits Town\n\nOleh Marchenko endorsed Kovalenko on Monday.")).toEqual([["indirect", "Kovalenko on Monday", "Oleh Marchenko"]]);
  });
});
