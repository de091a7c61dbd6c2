import { describe, expect, it } from "vitest";
import { findCasualties } from "./index.js";

/** The largest count of people captured in `text`, as a reader of the whole report gives it. */
function captured(text: string): number | undefined {
  const counts = findCasualties(text, { published: "2011-03-02" }).filter((c) => c.kind === "captured").map((c) => c.count.min);
  return counts.length > 0 ? Math.max(...counts) : undefined;
}

describe("people captured after others, said to be more", () => {
  it("adds those said to be 'also' or 'additional' detained to those before", () => {
    const report = "The patrol arrested a militant commander in Darvan village on Tuesday. The arrested commander directed attacks on the road. The patrol also detained two suspected fighters.";
    expect(captured(report)).toBe(3);
    expect(captured("Police arrested a suspect at the port. Two additional suspects were taken into custody at the docks.")).toBe(3);
  });

  it("does not add the same people told again", () => {
    // A repeat of the first count, a list that names everyone again, a vague "several others".
    expect(captured("Police arrested two men at the border. The two men were arrested after a chase.")).toBe(2);
    expect(captured("Troops detained a commander and three other men. The commander and three additional men were detained without a fight.")).toBe(4);
    expect(captured("Troops detained a commander and several other fighters. Several other suspects were also detained.")).toBe(4);
  });

  it("reads 'more than' as a bound, not as more people", () => {
    expect(captured("Troops detained a commander. They later detained more than 10 suspects in the district.")).toBe(11);
  });
});
