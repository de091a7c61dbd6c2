import { describe, expect, it } from "vitest";
import { TokenList, tokenize } from "./tokens.js";
import { WordTable } from "./word-table.js";

function listOf(text: string): TokenList {
  const list = new TokenList();
  tokenize(text, { start: 0, end: text.length }, list);
  return list;
}

describe("WordTable", () => {
  it("keeps a value per word, shared by every token of that word across lists", () => {
    const table = new WordTable<string>();
    const first = listOf("Rescuers reached the village before dawn.");
    const values = table.of(first);
    expect(values.length).toBeGreaterThanOrEqual(first.vocabulary.words.length);
    for (let i = 0; i < first.length; i++) values[first.id(i)] ??= first.text(i).toUpperCase();
    const second = listOf("The village was cut off; rescuers left at dawn.");
    const again = table.of(second);
    const village = second.id(1);
    expect(again[village]).toBe("VILLAGE");
    expect(again[second.id(second.length - 2)]).toBe("DAWN");
    // "rescuers" in lower case is another word than "Rescuers": nothing kept for it yet.
    expect(again[second.id(7)]).toBeUndefined();
  });

  it("grows with the vocabulary, a slot for every word met since", () => {
    const table = new WordTable<number>();
    table.of(listOf("alpha beta gamma"));
    const more = listOf("Unheard-of words: zephyrine quillocks brannigate");
    const after = table.of(more);
    const ids = Array.from({ length: more.length }, (_, i) => more.id(i));
    expect(after.length).toBeGreaterThan(Math.max(...ids));
    expect(ids.every((id) => after[id] === undefined)).toBe(true);
    after[ids[3]!] = 7;
    expect(table.of(listOf("zephyrine"))[ids[3]!]).toBe(7);
  });
});
