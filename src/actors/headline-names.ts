/**
 * Names in a headline, in ALL CAPS or Title Case. A headline runs its capitalized words together
 * ("SPORT - HALE'S MOSS JOINS DERBY", "Gold Star Mom Corners Obama"), so a run there says little
 * about where a name starts and ends. The running text has already named the actors in prose;
 * the headline's run is cut into those names, longest first ("MOSS" → the person Jim Moss,
 * "DERBY" → the club Derby, "Obama" → Barack Obama).
 *
 * @module
 */
import type { Document } from "../text/document.js";
import type { TokenList } from "../text/tokens.js";
import type { Span } from "../model.js";
import type { ClassifiedName } from "./classify.js";
import type { ActorDraft } from "./identities.js";
import { firstAtOrAfter } from "../text/search.js";
import { stripPossessive } from "./evidence.js";
import { hasLowerCase } from "./letter-case.js";
import { actorLexicons, isCommonWord, nameKey } from "./lexicons.js";

/** The most words a name looked up inside a headline's run may have. */
const MAX_WORDS = 4;

/**
 * Re-reads every candidate on a headline line against the names the running text gave: where
 * parts of its run are such names, those parts become mentions of their actors, and the run as
 * a whole is no mention.
 */
export function splitHeadlineRuns(doc: Document, names: readonly ClassifiedName[], drafts: ActorDraft[]): void {
  const headline: Span[] = [];
  for (const name of names) if (name.casing !== "normal") headline.push({ start: name.start, end: name.end });
  if (headline.length === 0) return;
  const known = knownNames(drafts, headline);
  if (known.size === 0) return;
  const holders = new Map<number, ActorDraft>();
  for (const draft of drafts) for (const m of draft.mentions) holders.set(m.start, draft);
  // Each draft's mentions by start, made when first needed, and the runs that gave way, taken out
  // at the end: a text of many runs of one actor's names is not searched through once per run.
  const byStart = new Map<ActorDraft, Map<number, Mention[]>>();
  const mentionsAt = (draft: ActorDraft, start: number): Mention[] => {
    let starts = byStart.get(draft);
    if (!starts) {
      starts = new Map();
      for (const m of draft.mentions) listAt(starts, m.start).push(m);
      byStart.set(draft, starts);
    }
    return listAt(starts, start);
  };
  const dropped = new Set<Mention>();
  for (const name of names) {
    if (name.casing === "normal") continue;
    const parts = partsOf(doc, name, known);
    if (parts.length === 0) continue;
    // The run gives way to the names found in it.
    const holder = holders.get(name.start);
    if (holder) {
      const same = mentionsAt(holder, name.start);
      const at = same.findIndex((m) => m.end === name.end);
      if (at >= 0) dropped.add(same.splice(at, 1)[0]!);
    }
    for (const part of parts) {
      const same = mentionsAt(part.draft, part.start);
      if (same.length > 0) continue;
      const mention: Mention = { start: part.start, end: part.end, text: doc.text.slice(part.start, part.end), form: "name" };
      part.draft.mentions.push(mention);
      same.push(mention);
    }
  }
  if (dropped.size === 0) return;
  for (const draft of byStart.keys()) {
    const mentions = draft.mentions;
    let kept = 0;
    for (const m of mentions) if (!dropped.has(m)) mentions[kept++] = m;
    mentions.length = kept;
  }
}

/** A mention of a draft. */
type Mention = ActorDraft["mentions"][number];

/** The list at `start` of `starts`, made empty when there is none. */
function listAt(starts: Map<number, Mention[]>, start: number): Mention[] {
  let list = starts.get(start);
  if (!list) starts.set(start, (list = []));
  return list;
}

/** A name found inside a run. */
interface Part {
  readonly start: number;
  readonly end: number;
  readonly draft: ActorDraft;
}

/** The known names inside `name`'s run, longest first from the left; none when the run is itself one name. */
function partsOf(doc: Document, name: ClassifiedName, known: ReadonlyMap<string, ActorDraft>): Part[] {
  const words: number[] = [];
  for (let i = name.firstToken; i < name.endToken; i++) if (doc.tokens.isWord(i)) words.push(i);
  const tokens = doc.tokens;
  if (known.has(keyOfWords(tokens, words, 0, words.length))) return [];
  const parts: Part[] = [];
  let k = 0;
  while (k < words.length) {
    let matched = 0;
    for (let size = Math.min(MAX_WORDS, words.length - k); size >= 1 && matched === 0; size--) {
      // A possessive can only end a name: "HALE'S MOSS" is two names.
      if (possessiveBefore(tokens, words, k, k + size - 1)) continue;
      const draft = known.get(keyOfWords(tokens, words, k, k + size));
      if (!draft) continue;
      const last = doc.tokens.get(words[k + size - 1]!)!;
      parts.push({ start: doc.tokens.start(words[k]!), end: last.start + stripPossessive(last.text).length, draft });
      matched = size;
    }
    k += matched || 1;
  }
  return parts;
}

// The two below read the words by a loop, not a slice and map of them: an empty slice has another
// map than a full one, and the compiled code that met only one throws itself away on the other.

/** The key of the name of the word tokens `words[from, to)`, possessives cut. */
function keyOfWords(tokens: TokenList, words: readonly number[], from: number, to: number): string {
  let key = "";
  for (let k = from; k < to; k++) key += (k > from ? " " : "") + nameKey(stripPossessive(tokens.text(words[k]!)));
  return key;
}

/** True when one of the word tokens `words[from, to)` ends in a possessive. */
function possessiveBefore(tokens: TokenList, words: readonly number[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (stripPossessive(tokens.text(words[k]!)) !== tokens.text(words[k]!)) return true;
  return false;
}

/**
 * Keys of the names the running text gave in mixed case (not inside a `headline` run), with a
 * person's surname: a key two actors share names neither.
 */
function knownNames(drafts: readonly ActorDraft[], headline: readonly Span[]): Map<string, ActorDraft> {
  const out = new Map<string, ActorDraft>();
  const shared = new Set<string>();
  const add = (key: string, draft: ActorDraft): void => {
    if (key.length < 2 || shared.has(key)) return;
    const other = out.get(key);
    if (other && other !== draft) {
      out.delete(key);
      shared.add(key);
    } else out.set(key, draft);
  };
  const lex = actorLexicons();
  const inside = spanReader(headline);
  for (const draft of drafts) {
    if (draft.kind === "country") continue;
    for (const m of draft.mentions) {
      if ((m.form !== "name" && m.form !== "alias") || !hasLowerCase(m.text) || inside(m.start)) continue;
      const key = nameKey(m.text);
      // A lone given name or ordinary word read as a body's ("Roberto", "Black") is too weak to cut a run with.
      if (draft.kind === "person" || key.includes(" ") || !(lex.givenNames.has(key) || isCommonWord(key))) add(key, draft);
      if (draft.kind === "person") {
        const space = key.lastIndexOf(" ");
        const surname = key.slice(space + 1);
        if (space > 0 && !isCommonWord(surname)) add(surname, draft);
      }
    }
  }
  return out;
}

/**
 * Tells whether an offset falls inside one of `spans`: a search among them sorted by start, not a
 * look at each, as a text of many capitalized runs has as many of them as mentions.
 */
function spanReader(spans: readonly Span[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The furthest end of the spans up to each one: spans that overlap are covered too.
  const reach: number[] = [];
  for (const span of sorted) reach.push(Math.max(span.end, reach.at(-1) ?? span.end));
  const starts = sorted.map((span) => span.start);
  return (at) => {
    // Offsets are whole numbers: the spans starting at or before `at` are those before at + 1.
    const before = firstAtOrAfter(starts, at + 1);
    return before > 0 && reach[before - 1]! > at;
  };
}
