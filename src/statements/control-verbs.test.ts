import { describe, expect, it } from "vitest";
import { readStatements as read } from "../../test/support/statements.js";

describe("findStatements: a verb that hands its subject to the reporting verb after 'to'", () => {
  it("reads the report of a subject that continued, tried or had to say it", () => {
    expect(read("Port Audit\n\nMayor Ana Ruiz continued to insist that the audit was fair. Council leader Tom Dunn has yet to explain why the port lost money. Board chair Lena Holt tried to reassure residents that the water was safe.")).toEqual([
      ["indirect", "the audit was fair", "Ana Ruiz"],
      ["indirect", "why the port lost money", "Tom Dunn"],
      ["indirect", "the water was safe", "Lena Holt"],
    ]);
  });

  it("reads the report after 'be' and an adjective of readiness", () => {
    expect(read("Budget Row\n\nFinance Minister Ivo Kral was quick to deny that the budget had a hole.")).toEqual([
      ["indirect", "the budget had a hole", "Ivo Kral"],
    ]);
  });

  it("leaves an infinitive of purpose and a guide's heading", () => {
    expect(read("Storm Watch\n\nHere's what you need to know: the bridge is closed. Crews arrived to explain the detour.")).toEqual([]);
  });
});
