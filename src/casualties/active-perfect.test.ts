import { describe, expect, it } from "vitest";
import { findCasualties } from "./index.js";

/** Kind and count bounds of each casualty found in `text`. */
const tolls = (text: string) => findCasualties(text).map((c) => [c.kind, c.count.min, c.count.max]);

describe("findCasualties: a verb in the perfect with no 'been' is active", () => {
  it("does not read the subject of 'had shot' or 'would have killed' as a victim", () => {
    expect(tolls("The hunter said he had shot a duck near the river.")).toEqual([]);
    expect(tolls("He would certainly have killed them all, the sheriff said.")).toEqual([]);
    expect(tolls("Witnesses said the guard had shot the lock off the gate.")).toEqual([]);
  });

  it("keeps the passive and intransitive perfects", () => {
    expect(tolls("Three people have been killed in the attack.")).toEqual([["killed", 3, 3]]);
    expect(tolls("Two men have died after the crash.")).toEqual([["killed", 2, 2]]);
  });
});
