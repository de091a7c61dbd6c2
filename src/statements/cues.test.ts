import { describe, expect, it } from "vitest";
import { prepareDocument } from "../text/document.js";
import { REPORTING_VERBS } from "../lexicon/reporting-verbs.js";
import { findCues, inflect } from "./cues.js";

const cues = (text: string): string[] => {
  const doc = prepareDocument(text);
  return findCues(doc, new Uint8Array(doc.tokens.length)).map((c) => `${doc.tokens.text(c.token)}:${c.verb.lemma}:${c.verb.act}`);
};

describe("inflect", () => {
  it("spells the regular forms", () => {
    expect(inflect("urge")).toEqual(["urge", "urges", "urged", "urging"]);
    expect(inflect("deny")).toEqual(["deny", "denies", "denied", "denying"]);
    expect(inflect("stress")).toEqual(["stress", "stresses", "stressed", "stressing"]);
  });
});

describe("findCues", () => {
  it("reads every form as lower-case ASCII letters, which its first/last-letter and length pre-check relies on", () => {
    const forms = REPORTING_VERBS.flatMap((v) => v.forms ?? inflect(v.lemma));
    expect(forms.filter((f) => !/^[a-z]+$/u.test(f))).toEqual([]);
  });

  it("finds a capitalized or upper-case reporting verb as it finds the lower-case one", () => {
    expect(cues("Title\n\nSaid the mayor: roads are closed. The mayor SAID roads were closed.")).toEqual(["Said:say:assertion", "SAID:say:assertion"]);
  });

  it("finds reporting verbs with lemma and speech act", () => {
    expect(cues("Title\n\nThe governor warned that roads were closed and urged drivers to stay home.")).toEqual([
      "warned:warn:warning",
      "urged:urge:demand",
    ]);
    expect(cues("Title\n\nThe ministry denied it, according to state media.")).toEqual(["denied:deny:denial", "according:say:assertion"]);
  });

  it("takes a particle where the verb needs one", () => {
    expect(cues("Title\n\nThe council called on residents to leave.")).toEqual(["called:call:demand"]);
    expect(cues("Title\n\nThe council called for calm.")).toEqual(["called:call:demand"]);
    // One word may stand between: an adverb, "out", or what the particle needs ("made it clear").
    expect(cues("Title\n\nThe council called repeatedly for calm. The mayor spoke out about it. She made it clear.")).toEqual([
      "called:call:demand",
      "spoke:speak:assertion",
      "made:make:assertion",
    ]);
    expect(cues("Title\n\nThe mayor made a cake. She spoke quietly with him. She made quickly clear nothing.")).toEqual([]);
  });

  it("finds a noun of speech only between a possessive and a 'that' clause", () => {
    const doc = prepareDocument("Title\n\nMoscow's demand that troops leave was ignored. Her latest warning that floods may come went unheard.");
    const found = findCues(doc, new Uint8Array(doc.tokens.length)).map((c) => [doc.tokens.text(c.token), c.verb.lemma, c.noun]);
    expect(found).toEqual([
      ["demand", "demand", true],
      ["warning", "warn", true],
    ]);
    expect(cues("Title\n\nThe demand that was made is gone. Their claims that troops left were false.")).toEqual([]);
  });

  it("takes 'emailed' as a verb of speech, and 'emails' as the noun it mostly is", () => {
    expect(cues("Title\n\nThe mayor emailed that the pier was shut. His emails were leaked.")).toEqual(["emailed:email:assertion"]);
  });

  it("leaves nouns alone", () => {
    expect(cues("Title\n\nHis claims were false. The report was late. It was a rare rebuke of the army.")).toEqual([]);
    expect(cues("Title\n\nMoscow's demand for troops to leave was ignored.")).toEqual([]);
    // A plural after a number, or between a modifier and a preposition; the verb after a noun subject stays.
    expect(cues("Title\n\nVoting laws changed in 15 states. The coastal states in the north voted early.")).toEqual([]);
    expect(cues("Title\n\nThe harbour report states that traffic doubled.")).toEqual(["states:state:assertion"]);
  });

  it("leaves adjectives, nouns and idioms made of reporting verbs alone", () => {
    expect(cues("Title\n\nThe mayor's preferred route won. Such expected delays annoyed drivers.")).toEqual([]);
    expect(cues("Title\n\nA 5-4 ruling kept the plan. A think tank wrote the plan.")).toEqual(["wrote:write:assertion"]);
    expect(cues("Title\n\nIt goes without saying that roads matter. It is worth noting that the bridge is old.")).toEqual([]);
    // The verbs themselves stay.
    expect(cues("Title\n\nThe mayor preferred the route. Drivers think delays will grow.")).toEqual(["preferred:prefer:belief", "think:think:belief"]);
  });

  it("finds the first word of a paragraph after a headline without a stop", () => {
    expect(cues("Harbour Plan Stalls\n\nAsked about the vote, the mayor smiled.")).toEqual(["Asked:ask:question"]);
  });
});
