import { describe, expect, it } from "vitest";
import { lowerTokens, prepareDocument } from "./document.js";
import { tokenSlice } from "./tokens.js";

const ARTICLE = [
  "Mayor Says Kyiv Will Rebuild",
  "",
  "Mr. Klitschko said on Friday that the U.S. embassy had closed. Gen. Syrskyi disagreed!",
  "\"We will rebuild,\" he said. Rescuers worked through the night.",
  "",
  "Advertisement",
  "",
  "Officials in Kharkiv said 3 people died.",
  "",
  "Comments",
  "",
  "Popular posts from this blog",
  "Unrelated headline about football",
].join("\n");

describe("prepareDocument", () => {
  const doc = prepareDocument(ARTICLE);
  const sentences = doc.sentences.map((s) => ARTICLE.slice(s.start, s.end));

  it("takes a one-line first paragraph without a sentence end as the title", () => {
    expect(doc.title && ARTICLE.slice(doc.title.start, doc.title.end)).toBe("Mayor Says Kyiv Will Rebuild");
  });

  it("splits sentences but not at abbreviations", () => {
    expect(sentences).toContain("Mr. Klitschko said on Friday that the U.S. embassy had closed.");
    expect(sentences).toContain("Gen. Syrskyi disagreed!");
    expect(sentences).toContain("\"We will rebuild,\" he said.");
  });

  it("reads an abbreviation after a hyphen as one ('Nov. 30-Dec. 1')", () => {
    const text = "The fair runs Nov. 30-Dec. 1 on the green. Entry is free.";
    const sentences = prepareDocument(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(["The fair runs Nov. 30-Dec. 1 on the green.", "Entry is free."]);
  });

  it("reads a title or day after a hyphen as alone ('then-Rep. Ana Ruiz', 'Mon.-Fri.')", () => {
    const text = [
      "The clinic is open Mon.-Fri. 9 a.m. to noon, and Jan.-Feb. Saturdays too. Walk-ins wait.",
      "The bill came from then-Rep. Ana Ruiz and ex-Gov. Tom Hale. It failed.",
      "It was a next-gen. The rest was not.",
    ].join("\n");
    const sentences = prepareDocument(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      "The clinic is open Mon.-Fri. 9 a.m. to noon, and Jan.-Feb. Saturdays too.",
      "Walk-ins wait.",
      "The bill came from then-Rep. Ana Ruiz and ex-Gov. Tom Hale.",
      "It failed.",
      "It was a next-gen.",
      "The rest was not.",
    ]);
  });

  it("keeps a dotted title before a name in its sentence, singular or plural ('Del. Ana Ruiz', 'Sens. Hale and Ruiz')", () => {
    const text = [
      "The bill was filed by Del. Ana Ruiz of the river district. Reps. Tom Hale and Lee Park backed it.",
      "Sens. Hale and Ruiz, Det. Lee Park and Spc. Dan Orr were there. Ofc. Kim Lund spoke.",
      "She grew up in Dover, Del. The town is small.",
    ].join("\n");
    const sentences = prepareDocument(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      "The bill was filed by Del. Ana Ruiz of the river district.",
      "Reps. Tom Hale and Lee Park backed it.",
      "Sens. Hale and Ruiz, Det. Lee Park and Spc. Dan Orr were there.",
      "Ofc. Kim Lund spoke.",
      "She grew up in Dover, Del.",
      "The town is small.",
    ]);
  });

  it("ends a sentence at an abbreviation that can end one when a sentence-opening word follows", () => {
    const text = [
      "Ortiz said rents rose across the U.S. He blamed the banks.",
      "The ferry left at 9:40 p.m. The harbour closed soon after, said Dana Reyes Jr. \"It was a long night.\"",
      "Shares of Brightwater Holdings Inc. That is a fall of 3 percent, the answer is no. In all, ten firms fell.",
      "The U.S. Army, the U.S. Navy and Smith Jr. Park opened at 3 p.m. Eastern time on Main St. Louis Fair saw 3 p.m. Sunday crowds.",
      "Mr. He Lin met Gen. The Duc and the U.S. All-Stars in the U.S. No. 2 spot; Acme Corp. Or. branch.",
      "Lena K. Brandt phoned Northwind Tel & T. The line, near Avenue C. When asked, she said no.",
    ].join("\n");
    const sentences = prepareDocument(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      "Ortiz said rents rose across the U.S.",
      "He blamed the banks.",
      "The ferry left at 9:40 p.m.",
      "The harbour closed soon after, said Dana Reyes Jr.",
      "\"It was a long night.\"",
      "Shares of Brightwater Holdings Inc.",
      "That is a fall of 3 percent, the answer is no.",
      "In all, ten firms fell.",
      "The U.S. Army, the U.S. Navy and Smith Jr. Park opened at 3 p.m. Eastern time on Main St. Louis Fair saw 3 p.m. Sunday crowds.",
      "Mr. He Lin met Gen. The Duc and the U.S. All-Stars in the U.S. No. 2 spot; Acme Corp. Or. branch.",
      "Lena K. Brandt phoned Northwind Tel & T.",
      "The line, near Avenue C.",
      "When asked, she said no.",
    ]);
  });

  it("ends a sentence at a dot without a space only before a word that opens one", () => {
    const text = [
      "The clinic shut on Monday.The nurses left by 6 p.m.It reopened at 9.A crowd waited.",
      "Staff used Node.js and met at St.Louis Park; Ana said.\"He left.\" \"...I know,\" she said.",
      "Deputies arrived on Elm Street.Police said Mr.Posley of W.Va. was hurt.Marta Lindqvist called at 9 a.m.Tuesday.",
    ].join("\n");
    const doc = prepareDocument(text);
    const sentences = doc.sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      "The clinic shut on Monday.",
      "The nurses left by 6 p.m.",
      "It reopened at 9.",
      "A crowd waited.",
      "Staff used Node.js and met at St.Louis Park; Ana said.",
      "\"He left.\"",
      "\"...I know,\" she said.",
      "Deputies arrived on Elm Street.",
      "Police said Mr.Posley of W.Va. was hurt.",
      "Marta Lindqvist called at 9 a.m.Tuesday.",
    ]);
    // Every token lies inside its sentence.
    for (const s of doc.sentences) for (let i = s.firstToken; i < s.endToken; i++) expect(doc.tokens.end(i)).toBeLessThanOrEqual(s.end);
  });

  it("ends a sentence at a quotation mark without a space on the side the quotation takes", () => {
    const text = [
      "\"The water rose fast.\"Neighbours helped, Ortiz said.\"We were lucky.\" He left.",
      "She said the levee held.“Next time we move,” she added.“Rain comes.”Ortiz nodded!”Then rain came.",
    ].join("\n");
    const sentences = prepareDocument(text).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual([
      "\"The water rose fast.\"",
      "Neighbours helped, Ortiz said.",
      "\"We were lucky.\"",
      "He left.",
      "She said the levee held.",
      "“Next time we move,” she added.",
      "“Rain comes.”",
      "Ortiz nodded!”",
      "Then rain came.",
    ]);
  });

  it("leaves out furniture lines and the trailing comment section", () => {
    expect(sentences).not.toContain("Advertisement");
    expect(sentences.some((s) => s.includes("football"))).toBe(false);
    expect(sentences).toContain("Officials in Kharkiv said 3 people died.");
    expect(doc.boilerplate.length).toBe(2);
  });

  it("gives tokens whose text is the slice they cover", () => {
    for (const t of tokenSlice(doc.tokens, 0, doc.tokens.length)) expect(ARTICLE.slice(t.start, t.end)).toBe(t.text);
    expect(tokenSlice(doc.tokens, 0, doc.tokens.length).map((t) => t.text)).toContain("U.S.");
    expect(tokenSlice(doc.tokens, 0, doc.tokens.length).map((t) => t.text)).toContain("Klitschko");
  });

  it("handles empty and whitespace-only input", () => {
    expect(prepareDocument("").sentences).toEqual([]);
    expect(prepareDocument(" \n\u00a0\n").paragraphs).toEqual([]);
  });

  it("reads a long line as furniture only by its start, and a marker line whatever its case and spacing", () => {
    const text = [
      "Storm Closes Harbour",
      "The harbour master said the storm had closed the port for two days and ferries would stay in dock.",
      "  ADVERTISEMENT:  ",
      "Follow us on every platform for the latest on the storm, the harbour and the ferries that stay in dock.",
      "Crews said an advertisement board had blown into the harbour.",
    ].join("\n");
    const doc = prepareDocument(text);
    expect(doc.boilerplate.map((b) => text.slice(b.start, b.end))).toEqual([
      "  ADVERTISEMENT:  ",
      "Follow us on every platform for the latest on the storm, the harbour and the ferries that stay in dock.",
    ]);
  });

  it("gives every token its own text when documents share words, whatever their case", () => {
    const texts = [
      "The army said the Army had left. THE ARMY? the army!",
      "Theater, theatre and the Theatre: tee, Tee, TEE; 2025, 2025.5 and 20:25.",
      "Die Armee sagte, die Armée sei fort. Straße, STRASSE, straße.",
      "The ADMINISTRATION's Counterinsurgency plan, Sept. 3, the U.S. Administration and Mr. Counterinsurgency.",
    ];
    for (const text of [...texts, ...texts]) {
      const doc = prepareDocument(text);
      for (const t of tokenSlice(doc.tokens, 0, doc.tokens.length)) expect(t.text).toBe(text.slice(t.start, t.end));
      expect(lowerTokens(doc)).toEqual(tokenSlice(doc.tokens, 0, doc.tokens.length).map((t) => t.text.toLowerCase()));
    }
  });

  it("lower-cases every token, capitals and letters past ASCII included", () => {
    const text = "Kyiv's MAYOR said on Friday: Ärzte and the ÉLYSÉE met the mayor.";
    const doc = prepareDocument(text);
    expect(lowerTokens(doc)).toEqual(tokenSlice(doc.tokens, 0, doc.tokens.length).map((t) => t.text.toLowerCase()));
    expect(lowerTokens(doc)).toBe(lowerTokens(doc));
    // A document not made by prepareDocument (a copy) gets the same words.
    expect(lowerTokens({ ...doc })).toEqual(lowerTokens(doc));
  });
});
