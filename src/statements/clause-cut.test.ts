import { describe, expect, it } from "vitest";
import { prepareDocument } from "../text/document.js";
import { clauseBreak, clauseSubject } from "./clause-cut.js";
import { createSpeakerBook, introducingSpan } from "./speakers.js";

const words = (text: string): { text: string }[] => text.split(" ").map((w) => ({ text: w }));

describe("clauseBreak and clauseSubject: a speaker phrase that goes on as a clause", () => {
  it("finds the verb of a clause cut short, and its subject", () => {
    expect(clauseBreak(words("Local fishermen expressed similar"))).toBe(2);
    expect(clauseSubject(words("Local fishermen expressed similar"))).toEqual([0, 2]);
    expect(clauseSubject(words("the harbor board will weigh new"))).toEqual([0, 3]);
    expect(clauseSubject(words("Lee noted Port Director Tom Pike"))).toEqual([0, 1]);
  });

  it("takes a pronoun before the cue, or opening the words, as the subject", () => {
    expect(clauseSubject(words("the memo noted they"))).toEqual([3, 4]);
    expect(clauseSubject(words("it issued a paper"))).toEqual([0, 1]);
    expect(clauseSubject(words("the members I met"))).toEqual([0, 2]);
  });

  it("leaves a description alone: participles as modifiers, a participle with its agent", () => {
    expect(clauseSubject(words("the injured fisherman"))).toBeUndefined();
    expect(clauseSubject(words("a newly elected mayor"))).toBeUndefined();
    expect(clauseSubject(words("exit polls reported by Harbor Radio"))).toBeUndefined();
    expect(clauseSubject(words("he"))).toBeUndefined();
  });

  it("gives no subject to words opened by a preposition", () => {
    expect(clauseSubject(words("by the harbor board"))).toEqual([0, 0]);
  });
});

describe("introducingSpan: the mention that introduced a speaker", () => {
  it("starts after a clause that runs into the phrase, at the titles before the name", () => {
    const text = "Harbor Watch noted Port Director Tom Pike said the logs were found.";
    const book = createSpeakerBook(prepareDocument(text), []);
    const phrase = { start: 0, end: text.indexOf(" said") };
    const name = { start: text.indexOf("Tom"), end: phrase.end };
    const span = introducingSpan(book, phrase, name);
    expect(text.slice(span.start, span.end)).toBe("Port Director Tom Pike");
  });

  it("starts after a verb in '-s' that runs into the phrase", () => {
    const text = "Judge rejects Harbor Times request to open the pier file.";
    const book = createSpeakerBook(prepareDocument(text), []);
    const phrase = { start: 0, end: text.indexOf(" request") };
    const span = introducingSpan(book, phrase, { start: text.indexOf("Harbor"), end: phrase.end });
    expect(text.slice(span.start, span.end)).toBe("Harbor Times");
  });

  it("keeps the whole phrase of a title and a name", () => {
    const text = "Port Director Tom Pike said the logs were found.";
    const book = createSpeakerBook(prepareDocument(text), []);
    const phrase = { start: 0, end: text.indexOf(" said") };
    expect(introducingSpan(book, phrase, { start: text.indexOf("Tom"), end: phrase.end })).toEqual(phrase);
  });
});
