import { describe, expect, it } from "vitest";
import { findDates } from "../index.js";
import { unanchoredValue } from "./resolve-unanchored.js";

describe("an undated text before its first date", () => {
  it("leaves X digits where an anchor would have told the value", () => {
    const text = "The talks ran last week and resume Monday or next weekend. The third quarter was slow; March 5, Thanksgiving and two years ago too. It opened at 10 a.m. this year.";
    expect(findDates(text).map((d) => [d.text, d.value, d.anchor])).toEqual([
      ["last week", "XXXX-WXX", "none"],
      ["Monday", "XXXX-WXX-1", "none"],
      ["next weekend", "XXXX-WXX-WE", "none"],
      ["The third quarter", "XXXX-Q3", "none"],
      ["March 5", "XXXX-03-05", "none"],
      ["Thanksgiving", "XXXX-11", "none"],
      ["two years ago", "XXXX", "none"],
      ["10 a.m.", "XXXX-XX-XXT10:00", "none"],
      ["this year", "XXXX", "none"],
    ]);
  });

  it("leaves a spec that states its year to the anchored resolver", () => {
    expect(unanchoredValue({ kind: "date", year: 2019, month: 3, placement: "tense" })).toBeUndefined();
    expect(unanchoredValue({ kind: "part-of-year", unit: "half", part: "2", placement: "tense" })).toBe("XXXX-H2");
    expect(unanchoredValue({ kind: "day-of-shifted-month", day: 2, shift: 0 })).toBe("XXXX-XX-02");
  });
});
