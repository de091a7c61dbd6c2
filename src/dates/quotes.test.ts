import { describe, expect, it } from "vitest";
import { quotedStretches, someQuoted } from "./quotes.js";

describe("quotedStretches and someQuoted", () => {
  const text = 'The mayor spoke on Monday.\n“We open tomorrow,” she said, "and close on Friday.\nNo quote here, tomorrow.';

  it("reads a line's stretches alone as the whole text's stretches of that line", () => {
    const second = text.indexOf("\n") + 1;
    const third = text.indexOf("\n", second);
    expect(quotedStretches(text, second, third)).toEqual(quotedStretches(text).filter((s) => s.start >= second && s.end <= third));
    // A straight quote left open at the line's end is no stretch.
    expect(quotedStretches(text, second, third)).toHaveLength(1);
  });

  it("tells whether one of the chosen spans stands inside a quote of its own line", () => {
    const at = (w: string, from = 0) => ({ start: text.indexOf(w, from), end: text.indexOf(w, from) + w.length });
    const spans = [at("Monday"), at("tomorrow"), at("Friday"), at("tomorrow", text.lastIndexOf("\n"))];
    expect(someQuoted(text, spans, [1])).toBe(true);
    // "Friday" follows a straight mark the line never closes; the others stand outside quotes.
    expect(someQuoted(text, spans, [0, 2, 3])).toBe(false);
  });
});
