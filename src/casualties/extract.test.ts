import { describe, expect, it } from "vitest";
import type { TemporalExpression, Territory } from "../model.js";
import { prepareDocument } from "../text/document.js";
import { parseReference } from "../text/reference.js";
import { extractCasualties } from "./extract.js";

/** A territory with one mention of `name` at each of `starts`. */
function territory(text: string, id: string, name: string): Territory {
  const mentions = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length, text: name });
  return { id, kind: "city", name, aliases: [], mentions };
}

describe("extractCasualties", () => {
  it("takes the place from the clause and the date from the sentence", () => {
    const text = "Shelling hit Odesa overnight. In Lviv, three people were killed on Friday; in Odesa two were injured.";
    const doc = prepareDocument(text, parseReference("2025-03-14"));
    const friday: TemporalExpression = { id: "t1", start: text.indexOf("Friday"), end: text.indexOf("Friday") + 6, text: "Friday", type: "DATE", value: "2025-03-14", anchor: "published" };
    const found = extractCasualties(doc, { territories: [territory(text, "odesa", "Odesa"), territory(text, "lviv", "Lviv")], dates: [friday] });
    expect(found.map((c) => [c.kind, c.count.min, c.place])).toEqual([
      ["killed", 3, "lviv"],
      ["injured", 2, "odesa"],
    ]);
    expect(found[0]!.date?.value).toBe("2025-03-14");
  });

  it("takes the place named before the toll in the paragraph, and no date from a comparison", () => {
    const text = "Drones struck Dnipro at dawn. Eight people were killed in the worst attack since March.";
    const doc = prepareDocument(text);
    const march: TemporalExpression = { id: "t1", start: text.indexOf("March"), end: text.indexOf("March") + 5, text: "March", type: "DATE", value: "2025-03", anchor: "published" };
    const [found] = extractCasualties(doc, { territories: [territory(text, "dnipro", "Dnipro")], dates: [march] });
    expect(found?.place).toBe("dnipro");
    expect(found?.date).toBeUndefined();
  });

  it("does not read a place as a person's name", () => {
    const text = "Shops closed as Irpin was evacuated.";
    const doc = prepareDocument(text);
    expect(extractCasualties(doc, { territories: [], dates: [] }).map((c) => c.kind)).toEqual(["displaced"]);
    expect(extractCasualties(doc, { territories: [territory(text, "irpin", "Irpin")], dates: [] })).toEqual([]);
    const named = "Officials said Marta Koval was shot in the arm.";
    expect(extractCasualties(prepareDocument(named), { territories: [], dates: [] }).map((c) => c.text)).toEqual(["Marta Koval was shot"]);
  });
});
