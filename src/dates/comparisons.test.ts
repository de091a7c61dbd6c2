import { describe, expect, it } from "vitest";
import { findDates, resolveDate } from "./index.js";

const published = "2025-04-24";
const mods = (text: string) => findDates(text, { published }).map((d) => [d.text, d.value, d.mod]);

describe("compared lengths of time", () => {
  it("reads 'no more than' as at most and 'no less than' as at least", () => {
    expect(mods("The truce is to last no more than two years, the envoy said.")).toEqual([["no more than two years", "P2Y", "EQUAL_OR_LESS"]]);
    expect(mods("Repairs to the bridge took no less than three weeks.")).toEqual([["no less than three weeks", "P3W", "EQUAL_OR_MORE"]]);
  });

  it("flips the bound in resolveDate too", () => {
    const bound = (phrase: string) => {
      const d = resolveDate(phrase, published);
      return [d?.text, d?.value, d?.mod];
    };
    expect(bound("no more than two years")).toEqual(["no more than two years", "P2Y", "EQUAL_OR_LESS"]);
    expect(bound("no less than ten days")).toEqual(["no less than ten days", "P10D", "EQUAL_OR_MORE"]);
  });

  it("keeps 'more than' and 'less than' alone as over and under", () => {
    expect(mods("The siege lasted more than three weeks.")).toEqual([["more than three weeks", "P3W", "MORE_THAN"]]);
    expect(mods("Talks broke down less than a month later.")[0]?.[2]).toBe("LESS_THAN");
  });
});
