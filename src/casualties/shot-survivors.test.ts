import { describe, expect, it } from "vitest";
import { findCasualties } from "./index.js";

/** [kind, min] of each casualty found in `text`. */
function tolls(text: string): [string, number][] {
  return findCasualties(text, { published: "2025-06-02" }).map((c) => [c.kind, c.count.min]);
}

describe("shotSurvivors: one person wounded in an article with deaths", () => {
  it("keeps a hurt responder when the dead are named otherwise", () => {
    expect(tolls("One firefighter was hurt. Two people died in the blaze on Harbor Road.")).toEqual([
      ["injured", 1],
      ["killed", 2],
    ]);
    expect(tolls("A sheriff's deputy was injured during the standoff. The gunman was killed by return fire.")).toEqual([
      ["injured", 1],
      ["killed", 1],
    ]);
  });

  it("still takes the wounded for the one who died when the death may be theirs", () => {
    // The same role among the dead, or a death that does not name its dead.
    expect(tolls("An officer was wounded in the exchange. The officer died on Sunday.")).toEqual([["killed", 1]]);
    expect(tolls("A patrolling trooper was injured on the highway. He died two days later.")).toEqual([["killed", 1]]);
    // A wounded child is most often the child who died: the convention of event databases.
    expect(tolls("A child was injured in the shooting at the park. The 6-year-old died at the hospital.")).toEqual([["killed", 1]]);
  });
});
