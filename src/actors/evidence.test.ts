import { describe, expect, it } from "vitest";
import { prepareDocument } from "../text/document.js";
import { lineCasings } from "./casing.js";
import { collectEvidence, releaseEvidence, type WordEvidence } from "./evidence.js";

/** The word evidence of `text`, read by `read` before the evidence of another text is collected. */
function withEvidence(text: string, read: (evidence: WordEvidence) => void): void {
  const doc = prepareDocument(text);
  read(collectEvidence(doc, lineCasings(doc)));
  releaseEvidence();
}

/** A made-up lower-case word for each `n`: "qx" and `n` in letters. */
function madeUpWord(n: number): string {
  let out = "";
  do {
    out += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  } while (n > 0);
  return `qx${out}`;
}

describe("word evidence", () => {
  const text = "The ferry stopped at the quay. Officials of Harbourside said the ferry would sail again.\n\n“Tomorrow,” a spokesman said.";

  it("tells words written in lower case from words capitalized inside a sentence, and marks where a capital is forced", () => {
    withEvidence(text, (evidence) => {
      expect(evidence.lowercase.has("ferry")).toBe(true);
      expect(evidence.lowercase.has("harbourside")).toBe(false);
      expect(evidence.capitalized.has("harbourside")).toBe(true);
      // Sentence openers and a word after an opening quotation mark are capitalized by force.
      expect(evidence.capitalized.has("officials")).toBe(false);
      expect(evidence.capitalized.has("tomorrow")).toBe(false);
      const doc = prepareDocument(text);
      const opener = doc.text.indexOf("Officials");
      const at = Array.from({ length: doc.tokens.length }, (_, i) => i).find((i) => doc.tokens.start(i) === opener)!;
      expect(evidence.initial[at]).toBe(1);
      expect(evidence.initial[at + 1]).toBe(0);
    });
  });

  it("answers for the last text alone, also after a text of more words than the marks keep", () => {
    const many = Array.from({ length: 6000 }, (_, s) => `${Array.from({ length: 10 }, (_, w) => madeUpWord(s * 10 + w)).join(" ")}.`).join(" ");
    withEvidence(many, (evidence) => {
      expect(evidence.lowercase.has(madeUpWord(0))).toBe(true);
      expect(evidence.lowercase.has(madeUpWord(59_999))).toBe(true);
    });
    withEvidence(text, (evidence) => {
      expect(evidence.lowercase.has(madeUpWord(0))).toBe(false);
      expect(evidence.lowercase.has(madeUpWord(59_999))).toBe(false);
      expect(evidence.lowercase.has("quay")).toBe(true);
      expect(evidence.capitalized.has("harbourside")).toBe(true);
      expect(evidence.lowercase.has("harbourside")).toBe(false);
    });
    withEvidence("Nothing here.", (evidence) => {
      expect(evidence.lowercase.has("quay")).toBe(false);
      expect(evidence.capitalized.has("harbourside")).toBe(false);
      expect(evidence.lowercase.has("here")).toBe(true);
    });
  });
});
