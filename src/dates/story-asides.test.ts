import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lowerTokens, prepareDocument } from "../text/document.js";
import { bracketReader, wordReader } from "./story-asides.js";
import { viewOf, word, type TokenView } from "./token-view.js";

/** The view of a sentence's tokens, as the dates stage makes it. */
function sentenceView(text: string): TokenView {
  const doc = prepareDocument(text);
  return viewOf(doc.text, doc.tokens, lowerTokens(doc), 0, doc.tokens.length);
}

/** The plain reading: an opening bracket before `first` still open, counted from the sentence's start. */
function openBracket(view: TokenView, first: number): boolean {
  let depth = 0;
  for (let k = view.from; k < first; k++) depth = word(view, k) === "(" ? depth + 1 : word(view, k) === ")" && depth > 0 ? depth - 1 : depth;
  return depth > 0;
}

const WORDS = ["(", ")", "had", "until", "in", "1990", "the", "army"];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }).map((words) => sentenceView(`${words.join(" ")}.`));

describe("the sentence readers of story asides", () => {
  it("bracketReader answers as a scan from the sentence's start, asked in text order or not", () => {
    fc.assert(
      fc.property(sentence, fc.array(fc.nat(), { maxLength: 12 }), (view, picks) => {
        const inBrackets = bracketReader();
        for (const pick of picks) {
          const first = view.from + (pick % (view.to - view.from + 1));
          expect(inBrackets(view, first)).toBe(openBracket(view, first));
        }
      }),
    );
  });

  it("wordReader answers as a scan of [from, to), for one start or several", () => {
    const words = new Set(["had", "until"]);
    fc.assert(
      fc.property(sentence, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }), (view, picks) => {
        const has = wordReader(words);
        const n = view.to - view.from + 1;
        for (const [a, b] of picks) {
          const from = view.from + (a % 3 === 0 ? 0 : a % n);
          const to = view.from + (b % n);
          let expected = false;
          for (let k = from; k < to; k++) if (words.has(word(view, k))) expected = true;
          expect(has(view, from, to)).toBe(expected);
        }
      }),
    );
  });

  it("bracketReader starts again on another sentence", () => {
    const inBrackets = bracketReader();
    const open = sentenceView("The treaty (signed in 1360 ended it.");
    const closed = sentenceView("The treaty (1360) ended it.");
    expect(inBrackets(open, 5)).toBe(true);
    expect(inBrackets(closed, 5)).toBe(false);
  });
});
