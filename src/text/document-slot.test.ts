import { describe, expect, it } from "vitest";
import { matchPlaces } from "../territories/match.js";
import { lowerTokens, prepareDocument } from "./document.js";
import { DocumentSlot } from "./document-slot.js";

describe("DocumentSlot", () => {
  it("keeps one value per document, apart from other documents and other slots", () => {
    const counts = new DocumentSlot<number>();
    const labels = new DocumentSlot<string>();
    const first = prepareDocument("Flooding closed the bridge on Monday.");
    const second = prepareDocument("The bridge reopened on Friday.");
    expect(counts.get(first)).toBeUndefined();
    counts.set(first, 3);
    labels.set(first, "flood");
    expect(counts.get(first)).toBe(3);
    expect(labels.get(first)).toBe("flood");
    expect(counts.get(second)).toBeUndefined();
    counts.set(second, 5);
    expect(counts.get(first)).toBe(3);
    expect(counts.get(second)).toBe(5);
  });
});

describe("memos kept on the document", () => {
  it("reads a document's lower-cased tokens once and gives each document its own", () => {
    const first = prepareDocument("Officials in Lagos said the Market Fire was out.");
    const second = prepareDocument("SCHOOLS REOPEN IN KANO.");
    const lower = lowerTokens(first);
    expect(lower.slice(0, 4)).toEqual(["officials", "in", "lagos", "said"]);
    expect(lowerTokens(first)).toBe(lower);
    expect(lowerTokens(second).slice(0, 3)).toEqual(["schools", "reopen", "in"]);
  });

  it("matches a document's places once, and another document's apart", () => {
    const first = prepareDocument("Aid convoys left Nairobi for Mombasa on Tuesday.");
    const second = prepareDocument("Talks resumed in Geneva.");
    const places = matchPlaces(first);
    expect(places.map((m) => m.text)).toEqual(["Nairobi", "Mombasa"]);
    expect(matchPlaces(first)).toBe(places);
    expect(matchPlaces(second).map((m) => m.text)).toEqual(["Geneva"]);
  });
});
