import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a dateline is no part of what was said", () => {
  it("starts a trailing frame's content after the dateline and its dash", () => {
    expect(read("Bridge Repairs Begin\n\nKHERSON, Ukraine — Repairs began on the Antonivskyi bridge on Monday, the regional governor said.")).toEqual([
      ["indirect", "Repairs began on the Antonivskyi bridge on Monday", "regional governor"],
    ]);
  });

  it("does the same for a dateline with an agency and for 'according to'", () => {
    expect(read("Grain Exports\n\nODESA (Reuters) - Grain exports rose by a tenth in March, according to the regional governor.")).toEqual([
      ["indirect", "Grain exports rose by a tenth in March", "regional governor"],
    ]);
  });

  it("keeps a sentence that opens with no dateline whole", () => {
    expect(read("Grain Exports\n\nGrain exports rose by a tenth in March, the regional governor said.")).toEqual([
      ["indirect", "Grain exports rose by a tenth in March", "regional governor"],
    ]);
  });
});
