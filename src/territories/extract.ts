/**
 * The territories stage: one territory per place the article mentions as a place.
 *
 * @module
 */
import type { Mention, Territory, TerritoryStatus } from "../model.js";
import type { Document } from "../text/document.js";
import type { PlaceEntry } from "./gazetteer.js";
import { matchPlaces, type PlaceMatch } from "./match.js";

/** Finds every place mentioned as a place, in order of first mention. */
export function extractTerritories(doc: Document): Territory[] {
  return territoriesFromMatches(matchPlaces(doc));
}

/**
 * Groups matches by entry into territories. A place named only as an actor ("Russia said") is no
 * territory; once a place is a territory, all its mentions are listed.
 */
export function territoriesFromMatches(matches: readonly PlaceMatch[]): Territory[] {
  const groups = new Map<PlaceEntry, PlaceMatch[]>();
  for (const match of matches) {
    const group = groups.get(match.entry);
    if (group) group.push(match);
    else groups.set(match.entry, [match]);
  }
  const byFirstPlace: Array<[number, PlaceEntry, PlaceMatch[]]> = [];
  for (const [entry, group] of groups) {
    const firstPlace = group.find((m) => m.role === "place");
    if (firstPlace) byFirstPlace.push([firstPlace.start, entry, group]);
  }
  byFirstPlace.sort((a, b) => a[0] - b[0]);
  const ids = new Set<string>();
  return byFirstPlace.map(([, entry, group]) => toTerritory(entry, group, ids));
}

function toTerritory(entry: PlaceEntry, group: readonly PlaceMatch[], ids: Set<string>): Territory {
  const aliases = [...new Set(group.map((m) => m.text).filter((t) => t.toLowerCase() !== entry.name.toLowerCase()))];
  const status = group.find((m) => m.status)?.status as TerritoryStatus | undefined;
  const mentions: Mention[] = group.map(({ start, end, text }) => ({ start, end, text }));
  return {
    id: uniqueId(entry.iso ? entry.iso.toLowerCase() : slug(entry.name), ids),
    kind: entry.kind,
    name: entry.name,
    ...(entry.iso ? { iso: entry.iso } : {}),
    ...(entry.country ? { country: entry.country } : {}),
    aliases: dedupeCaseless(aliases),
    ...(status ? { status } : {}),
    mentions,
  };
}

const MARKS = /\p{M}+/gu;

/** Lowercase ASCII words joined by hyphens: "El Fasher" → "el-fasher". */
export function slug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(MARKS, "")
      .toLowerCase()
      .replace(/[^\da-z]+/gu, "-")
      .replace(/^-|-$/gu, "") || "place"
  );
}

function uniqueId(base: string, ids: Set<string>): string {
  let id = base;
  for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
  ids.add(id);
  return id;
}

function dedupeCaseless(forms: readonly string[]): string[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = f.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
