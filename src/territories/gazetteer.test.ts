import { describe, expect, it } from "vitest";
import { compileGazetteer, serializeGazetteer } from "./compile-gazetteer.js";
import { loadGazetteer } from "./compiled-table.js";
import { COMPILED_GAZETTEER } from "./data/compiled.js";
import { gazetteer, type Gazetteer, type PlaceEntry, type PlaceName } from "./gazetteer.js";

/** A gazetteer as sorted plain lines, so two can be compared fast and a difference reads well. */
function canonical(g: Gazetteer): string[] {
  const entry = (e: PlaceEntry): string => JSON.stringify(Object.entries(e).sort());
  const name = (n: PlaceName): string => JSON.stringify([n.keys, n.lowercase, n.tier, n.ambiguous, entry(n.entry)]);
  const lines = [
    ...[...g.byFirstKey].map(([key, list]) => `first ${key}: ${list.map(name).join(" ")}`),
    ...[...g.byName].map(([key, n]) => `name ${key}: ${name(n)}`),
    ...[...g.byIso].map(([key, e]) => `iso ${key}: ${entry(e)}`),
    ...[...g.regionByStem].map(([key, e]) => `stem ${key}: ${entry(e)}`),
    ...[...g.countryByDemonym].map(([key, e]) => `demonym ${key}: ${entry(e)}`),
    ...[...g.lowercaseStarts].map((word) => `lowercase ${word}`),
  ];
  return lines.sort();
}

describe("the precompiled gazetteer", () => {
  const fresh = compileGazetteer();

  it("is what the compiler makes of the tables now (else run `node scripts/gazetteer/build.mjs --compiled-only`)", () => {
    expect(serializeGazetteer(fresh)).toEqual(COMPILED_GAZETTEER);
  });

  it("reads back as the lookup structures the compiler builds, names of one first key in the same order", () => {
    const loaded = canonical(loadGazetteer(COMPILED_GAZETTEER));
    const compiled = canonical(fresh);
    expect(loaded.length).toBe(compiled.length);
    expect(loaded.filter((line, i) => line !== compiled[i]).slice(0, 5)).toEqual([]);
  });

  it("finds a name before anything else was read, and shares one entry among the spellings of a place", () => {
    const g = loadGazetteer(COMPILED_GAZETTEER);
    const kyiv = g.byName.get("kyiv")!.entry;
    expect(kyiv).toMatchObject({ name: "Kyiv", kind: "city", country: "UA" });
    expect(g.byName.get("kiev")!.entry).toBe(kyiv);
    expect(g.byFirstKey.get("kyiv")!.some((n) => n.entry === kyiv)).toBe(true);
    expect(g.byIso.get(kyiv.iso!)).toBe(kyiv);
    expect(g.byName.get("kyiv oblast")?.entry.iso).toBe("UA-32");
    expect(g.byName.has("kyiv nowhere")).toBe(false);
    expect(g.byFirstKey.get("atlantis")).toBeUndefined();
    expect(g.countryByDemonym.get("norwegian")?.name).toBe("Norway");
    expect(gazetteer().byIso.get("NO")?.name).toBe("Norway");
  });
});
