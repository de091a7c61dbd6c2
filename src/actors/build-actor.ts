/**
 * Turns actor drafts into the model's {@link Actor}: a stable id from the canonical name,
 * mentions in text order without duplicates, and the other surface forms as aliases.
 *
 * @module
 */
import type { Actor, ActorMention } from "../model.js";
import type { ActorDraft } from "./identities.js";
import { nameKey } from "./lexicons.js";
import { objectList } from "../text/object-list.js";
import { sortInPlace } from "../text/sort-in-place.js";

/** The id slug of a canonical name: "Jonas Gahr Støre" → "jonas-gahr-store". */
export function slugify(name: string): string {
  let slug = recentSlugs.get(name);
  if (slug === undefined) {
    slug =
      nameKey(name)
        .split(/[^\p{L}\p{Nd}]+/u)
        .filter(Boolean)
        .join("-") || "actor";
    if (recentSlugs.size >= RECENT_SLUGS_LIMIT) recentSlugs.clear();
    recentSlugs.set(name, slug);
  }
  return slug;
}

/** Slugs of the names met lately (news names the same people day after day); cleared when full. */
const recentSlugs = new Map<string, string>();
const RECENT_SLUGS_LIMIT = 4096;

/** The finished actors, in order of first mention, with ids unique within the article. */
export function buildActors(drafts: readonly ActorDraft[]): Actor[] {
  const used = new Set<string>();
  // Lists that hold objects from the start, filled by loops: an article with no actor would
  // otherwise give its reader an array of another map (see objectList).
  const ordered = objectList<{ readonly draft: ActorDraft; readonly mentions: ActorMention[] }>();
  for (const d of drafts) if (d.mentions.length > 0) ordered.push({ draft: d, mentions: orderedMentions(d.mentions) });
  sortInPlace(ordered, (a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const out = objectList<Actor>();
  for (const { draft, mentions } of ordered) {
    let id = slugify(draft.name);
    for (let n = 2; used.has(id); n++) id = `${slugify(draft.name)}-${n}`;
    used.add(id);
    const titles = [...draft.titles];
    const aliases = aliasesOf(draft.name, mentions);
    // Two literals, not a spread of an optional field: a spread copies through a slow generic path.
    out.push(
      draft.country && draft.country.length === 2
        ? { id, kind: draft.kind, name: draft.name, titles, aliases, country: draft.country, mentions }
        : { id, kind: draft.kind, name: draft.name, titles, aliases, mentions },
    );
  }
  return out;
}

const byStartThenLonger = (a: ActorMention, b: ActorMention): number => a.start - b.start || b.end - a.end;

function orderedMentions(mentions: readonly ActorMention[]): ActorMention[] {
  // A copy at its size, sorted in place (mostly in text order already: then left as it is).
  const out = sortInPlace(mentions.slice(), byStartThenLonger);
  // Sorted by start, then end, the same span twice is side by side: each is compared with the
  // last one kept, and the kept ones move down over the ones left out.
  let kept = 0;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    const last = kept > 0 ? out[kept - 1]! : undefined;
    if (last && last.start === m.start && last.end === m.end) continue;
    out[kept++] = m;
  }
  out.length = kept;
  return out;
}

/** The most mentions whose aliases are found by comparing each with the ones kept, without a set of lower cases. */
const FEW_MENTIONS = 12;

/** Every other spelling the actor goes by, once per case-insensitive spelling, pronouns left out. */
function aliasesOf(name: string, mentions: readonly ActorMention[]): string[] {
  const out: string[] = [];
  if (mentions.length <= FEW_MENTIONS) {
    // Few mentions (most actors): each compared with the name and the aliases kept, no lower case made.
    for (const m of mentions) {
      if (m.form === "pronoun" || sameIgnoringCase(m.text, name)) continue;
      let seen = false;
      for (let k = 0; k < out.length && !seen; k++) seen = sameIgnoringCase(m.text, out[k]!);
      if (!seen) out.push(m.text);
    }
    return out;
  }
  // Added, not built from an array: the constructor reads its argument through the iterator protocol.
  const seen = new Set<string>();
  seen.add(name.toLowerCase());
  for (const m of mentions) {
    if (m.form === "pronoun") continue;
    const key = m.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(m.text);
  }
  return out;
}

/**
 * `a.toLowerCase() === b.toLowerCase()`, without making the lower cases where both are ASCII where
 * they differ: an ASCII letter lower-cases alone, and equal characters lower-case alike.
 */
export function sameIgnoringCase(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return !(ascii(a) && ascii(b)) && a.toLowerCase() === b.toLowerCase();
  for (let k = 0; k < a.length; k++) {
    const x = a.charCodeAt(k);
    const y = b.charCodeAt(k);
    if (x === y) continue;
    if (x >= 128 || y >= 128) return a.toLowerCase() === b.toLowerCase();
    if (asciiLower(x) !== asciiLower(y)) return false;
  }
  return true;
}

function ascii(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) >= 128) return false;
  return true;
}

function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
