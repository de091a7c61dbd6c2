import { describe, expect, it } from "vitest";
import { lowerTokens, prepareDocument } from "../text/document.js";
import { findInSentence, firstCue } from "./find-in-sentence.js";
import { viewOf } from "./token-view.js";

/** The first sentence of `text` as a view, and the index in it of its first cue word. */
function sentenceOf(text: string): { view: ReturnType<typeof viewOf>; cue: number } {
  const doc = prepareDocument(text);
  const lower = lowerTokens(doc);
  const sentence = doc.sentences[0]!;
  const cue = firstCue(doc.tokens, sentence.firstToken, sentence.endToken);
  return { view: viewOf(doc.text, doc.tokens, lower, sentence.firstToken, sentence.endToken), cue: cue < 0 ? -1 : cue - sentence.firstToken };
}

describe("firstCue and findInSentence", () => {
  it("finds the first cue word of a sentence, or none", () => {
    expect(sentenceOf("On a rainy evening near the old harbour, three fishermen were killed.").cue).toBe(12);
    expect(sentenceOf("The council met on Tuesday to discuss the new budget.").cue).toBe(-1);
  });

  it("reads the same tolls from the first cue word as from the start of the sentence", () => {
    for (const text of [
      "On a rainy evening near the old harbour, three fishermen were killed.",
      "Police said a gunman shot and killed two guards before fleeing.",
      "Late on Friday the death toll rose to 17, officials said.",
      "In what officers called a double homicide, two brothers were found dead.",
      "Neighbours said the 15-year-old suffered minor injuries in the crash.",
      "Searchers found the missing hikers' tent by the river on Sunday.",
    ]) {
      const { view, cue } = sentenceOf(text);
      expect(cue).toBeGreaterThanOrEqual(0);
      expect(findInSentence(view, cue)).toEqual(findInSentence(view));
    }
  });

  it("reads a toll that starts before the first cue word", () => {
    const { view, cue } = sentenceOf("Two teenagers were shot dead outside a school on Monday.");
    expect(cue).toBeGreaterThan(0);
    expect(findInSentence(view, cue).map((f) => [f.kind, f.count])).toEqual([["killed", { min: 2, max: 2 }]]);
  });
});
