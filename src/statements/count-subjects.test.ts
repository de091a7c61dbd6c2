import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a reported clause whose subject is a bounded count", () => {
  it("reads 'said at least N …', 'said up to N …', 'said as many as N …' and 'said over N …' as what was said", () => {
    expect(
      read(
        "Quarry Collapse\n\nThe district governor, Lena Marsh, said at least 14 workers were trapped. The mine operator said up to 30 trucks had been buried. Marsh said as many as forty families had left the valley. The mine operator said over 100 rescuers were on site.",
      ),
    ).toEqual([
      ["indirect", "at least 14 workers were trapped", "Lena Marsh"],
      ["indirect", "up to 30 trucks had been buried", "mine operator"],
      ["indirect", "as many as forty families had left the valley", "Lena Marsh"],
      ["indirect", "over 100 rescuers were on site", "mine operator"],
    ]);
  });

  it("keeps 'at' opening an adjunct when no count follows, and a bound with no clause after it", () => {
    expect(read("Quarry Collapse\n\nLena Marsh said at the site that the shaft was sealed. The operator spoke at least twice.")).toEqual([
      ["indirect", "the shaft was sealed", "Lena Marsh"],
    ]);
  });
});
