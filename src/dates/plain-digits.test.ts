import { describe, expect, it } from "vitest";
import { readNumber } from "../numbers/read-number.js";
import { lowerTokens, prepareDocument } from "../text/document.js";
import { readPlainDigits } from "./plain-digits.js";
import { readNumberAt, type Read } from "./read-parts.js";
import { viewOf, type TokenView } from "./token-view.js";

/** The view of tokens `[from, to)` of a document, reading plain digits by hand as a document's scan does. */
function documentView(text: string, tokens: ReturnType<typeof prepareDocument>["tokens"], lower: readonly string[], from: number, to: number): TokenView {
  const view = viewOf(text, tokens, lower, from, to);
  view.plainDigits = readPlainDigits;
  return view;
}

/** What readNumberAt reads without the plain-digits path (a phrase's view): the shared reader, kept to token boundaries. */
function byReader(view: TokenView, i: number): Read<number> | undefined {
  const reading = readNumber(view.text, view.tokens.start(i));
  if (!reading || !Number.isFinite(reading.value)) return undefined;
  for (let j = i; j < view.to && j < i + 8; j++) {
    if (view.tokens.end(j) === reading.end) return { value: reading.value, end: j + 1 };
    if (view.tokens.end(j) > reading.end) return undefined;
  }
  return undefined;
}

describe("readNumberAt on numbers in digits, read by hand in a document", () => {
  it("reads what the shared reader reads, whatever is glued before or after, with scale words, parts and words past ASCII", () => {
    const befores = ["", "x", "é", "(", "$", "We saw "];
    const numbers = ["4", "44", "007", "2024", "123456789012345", "1234567890123456"];
    const afters = [
      "", ".", ",", ":", "-", "é", "%", " ", "  ", ",5", ".5", ",718", ",71", ":30", " days", " Days", " million", " Million", " MILLION",
      " dozen", " hundred", " thousand", " millions", " million-dollar", " millionaire", " thousand2", " abcdefghijkl", " abcdefghijklm",
      " abcdefghijklmnop", " millionś", " K", " 5", " é", " 'million'", " million.", " million said", ". Million",
    ];
    let checked = 0;
    for (const before of befores) {
      for (const number of numbers) {
        for (const after of afters) {
          const text = `${before}${number}${after} left.`;
          const doc = prepareDocument(text);
          const lower = lowerTokens(doc);
          for (const sentence of doc.sentences) {
            const view = documentView(text, doc.tokens, lower, sentence.firstToken, sentence.endToken);
            for (let i = view.from; i < view.to; i++) {
              if (doc.tokens.kind(i) !== "number") continue;
              expect(readNumberAt(view, i), JSON.stringify(text)).toEqual(byReader(view, i));
              if (readPlainDigits(view, i) !== null) checked += 1;
            }
          }
        }
      }
    }
    // Most of them read by hand, the rest asked of the reader.
    expect(checked).toBeGreaterThan(400);
  });

  it("reads a count before its unit and leaves a number glued to letters alone", () => {
    const text = "Forces advanced 44 miles in 3 days, 2 million people fled and the B52 flew; 12th place.";
    const doc = prepareDocument(text);
    const view = documentView(text, doc.tokens, lowerTokens(doc), 0, doc.tokens.length);
    const at = (t: string) => doc.tokens.text(0) === t ? 0 : Array.from({ length: doc.tokens.length }, (_, k) => doc.tokens.text(k)).indexOf(t);
    expect(readNumberAt(view, at("44"))).toEqual({ value: 44, end: at("44") + 1 });
    expect(readNumberAt(view, at("3"))).toEqual({ value: 3, end: at("3") + 1 });
    expect(readNumberAt(view, at("2"))).toEqual({ value: 2_000_000, end: at("2") + 2 });
    expect(readNumberAt(view, at("12"))).toBeUndefined();
  });
});
