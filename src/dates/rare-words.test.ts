import { describe, expect, it } from "vitest";
import { prepareDocument } from "../text/document.js";
import { findDates } from "./index.js";
import { ANY_RARE_WORD, rareWordsOf, WORD_ANOTHER, WORD_CENTURY, WORD_D_DAY, WORD_MILLENNIUM, WORD_MONTH } from "./rare-words.js";

describe("rareWordsOf", () => {
  it("flags the words of the rare phrases in any case, inside hyphenated words too", () => {
    const words = rareWordsOf(prepareDocument("ANOTHER round of talks opened in a mid-Century hall. The D-DAY veterans met the next Month."));
    expect(words & WORD_ANOTHER).toBe(WORD_ANOTHER);
    expect(words & WORD_CENTURY).toBe(WORD_CENTURY);
    expect(words & WORD_D_DAY).toBe(WORD_D_DAY);
    expect(words & WORD_MONTH).toBe(WORD_MONTH);
    expect(words & WORD_MILLENNIUM).toBe(0);
  });

  it("flags nothing in a text without those words, and every word when boilerplate leaves text out of the tokens", () => {
    expect(rareWordsOf(prepareDocument("The council met on Tuesday and voted to reopen the bridge."))).toBe(0);
    const paged = prepareDocument("The council met on Tuesday.\n\nThe bridge reopens soon.\n\nRelated stories\n\nA second millennium party");
    expect(paged.boilerplate.length).toBeGreaterThan(0);
    expect(rareWordsOf(paged)).toBe(ANY_RARE_WORD);
  });

  it("leaves findDates reading the rare phrases wherever they stand", () => {
    const found = findDates("The mill opened in 1890 and ran for another year. By the turn of the century it had closed; mid-century it was a museum. Rent fell due on the last day of the month.", { published: "1995-06-15" });
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ["1890", "1890"],
      ["another year", "P1Y"],
      ["the turn of the century", "1900"],
      ["mid-century", "18"],
      ["the last day of the month", "1995-06-30"],
    ]);
  });
});
