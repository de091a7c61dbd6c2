/**
 * The territories stage: one territory per place the article mentions as a place.
 *
 * @module
 */
import { lowerCase } from "../text/tokens.js";
import type { Mention, Territory, TerritoryStatus } from "../model.js";
import type { Document } from "../text/document.js";
import { objectList } from "../text/object-list.js";
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
  // Pushed to a list of objects even when empty: the readers (actors, casualties) then meet one
  // array map, whether an article names places or not.
  const out = objectList<Territory>();
  for (const [, entry, group] of byFirstPlace) out.push(toTerritory(entry, group, ids));
  return out;
}

function toTerritory(entry: PlaceEntry, group: readonly PlaceMatch[], ids: Set<string>): Territory {
  const status = group.find((m) => m.status)?.status as TerritoryStatus | undefined;
  const mentions: Mention[] = group.map(({ start, end, text }) => ({ start, end, text }));
  return {
    id: uniqueId(baseId(entry), ids),
    kind: entry.kind,
    name: entry.name,
    ...(entry.iso ? { iso: entry.iso } : {}),
    ...(entry.country ? { country: entry.country } : {}),
    aliases: aliasesOf(entry, group),
    ...(status ? { status } : {}),
    mentions,
  };
}

/**
 * The other spellings of a place in its mentions, in order, the first of each caseless spelling.
 * One pass, with no arrays made between: most places are named one way only.
 */
function aliasesOf(entry: PlaceEntry, group: readonly PlaceMatch[]): string[] {
  const out: string[] = [];
  let name: string | undefined;
  let seen: Set<string> | undefined;
  for (const { text } of group) {
    // Most mentions are written as the name is: no lower-case copies to find that out (a
    // slice of a text with curly quotes lower-cases in the runtime, slowly).
    if (text === entry.name) continue;
    name ??= entry.name.toLowerCase();
    const key = lowerCase(text);
    if (key === name || seen?.has(key)) continue;
    (seen ??= new Set()).add(key);
    out.push(text);
  }
  return out;
}

/** The id of each entry before it is made unique, kept: the gazetteer's entries live as long as the module. */
const baseIds = new WeakMap<PlaceEntry, string>();

function baseId(entry: PlaceEntry): string {
  let id = baseIds.get(entry);
  if (id === undefined) {
    id = entry.iso ? entry.iso.toLowerCase() : slug(entry.name);
    baseIds.set(entry, id);
  }
  return id;
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
