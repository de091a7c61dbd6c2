import { describe, expect, it } from "vitest";
import { lowerCase } from "../text/tokens.js";
import { DOCUMENT_HEADS } from "./speaker-words.js";

describe("speaker words", () => {
  // The speaker resolver looks a word's lower case up once and takes a word equal to it as written
  // in lower case: that holds only while every document word is listed in lower case.
  it("lists every document word in lower case, the poll words among them", () => {
    expect([...DOCUMENT_HEADS].filter((w) => lowerCase(w) !== w)).toEqual([]);
    expect(DOCUMENT_HEADS.has("poll") && DOCUMENT_HEADS.has("survey")).toBe(true);
  });
});
