/**
 * Organizations described by their country and function rather than named: "Russia's defence
 * ministry", "the Russian military", "Russian forces", "Ukraine's air force", and bare
 * references to one already met ("the defence ministry", "the ministry"). One sweep in text
 * order with the last organization of each function as running state.
 *
 * @module
 */
import { atTokens, type Document } from "../text/document.js";
import type { PlaceMatch } from "../territories/match.js";
import { DEMONYMS, COUNTRY_NAMES } from "../lexicon/actors-demonyms.js";
import { DESCRIBED_HEADS, DESCRIBED_MODIFIERS, GOVERNMENT_CATEGORIES, MILITARY_NAME, SINGLE_FORCES } from "../lexicon/actors-organization-descriptions.js";
import { newDraft, type ActorDraft } from "./identities.js";
import { demonymAt, demonymCountry } from "./demonym.js";
import { WordBits } from "./word-bits.js";
import { stripPossessive } from "./evidence.js";
import { startsLower, startsUpper } from "./letter-case.js";

const RULED = /^\p{Lu}[\p{L}.]*-(?:run|led|controlled|backed|appointed)$/u;

/** What the sweep asks of a word, as bits: "the", a capital first, a word a head may open with, a country word. */
const THE = 1;
const UPPER = 2;
const HEAD_WORD = 4;
const ANCHOR = 8;

/** The bits of each word for the sweep, by word id. */
const sweepWords = /* @__PURE__ */ new WordBits(sweepBits);

function sweepBits(text: string): number {
  let bits = text === "the" || text === "The" ? THE : 0;
  if (startsUpper(text)) bits |= UPPER;
  if (startsLower(text)) {
    const word = stripPossessive(text);
    if (DESCRIBED_HEADS.has(word) || DESCRIBED_MODIFIERS.has(word)) bits |= HEAD_WORD;
  }
  const demonym = demonymCountry(text);
  if ((text.includes("-") && RULED.test(text)) || (demonym && demonym !== "EU")) bits |= ANCHOR;
  return bits;
}

/** True when a token of `doc` can open a head. */
function anyHeadWord(doc: Document, bits: Uint16Array): boolean {
  for (let i = 0; i < doc.tokens.length; i++) if ((bits[doc.tokens.id(i)]! & HEAD_WORD) !== 0) return true;
  return false;
}

/** How many modifiers may stand between the country word and the head. */
const MAX_MODIFIERS = 3;

/** Where a description points: a country (by ISO code) or a city (by name). */
interface Anchor {
  /** ISO code of the country, where the anchor is one. */
  readonly iso?: string;
  /** The adjective or name to build the canonical name with ("Russian", "Kyiv"). */
  readonly label: string;
  /** Tokens the anchor takes. */
  readonly width: number;
  /** True for "Hamas-run", "Kremlin-backed": the body is named by who runs it, not by its country. */
  readonly ruler?: boolean;
}

interface Head {
  readonly category: string;
  readonly words: readonly string[];
  /** Token index just past the head. */
  readonly end: number;
}

/** Adds described organizations to `drafts` and attaches bare references to them. */
export function resolveOrganizationDescriptions(doc: Document, places: ReadonlyMap<number, PlaceMatch>, drafts: ActorDraft[]): void {
  const bits = sweepWords.of(doc.tokens);
  // Without a word that can open a head there is no description: the sweep would change nothing.
  if (!anyHeadWord(doc, bits)) return;
  // Filled by a loop, not from mapped pairs: no array of pairs made and read through an iterator.
  const byKey = new Map<string, ActorDraft>();
  for (const draft of drafts) byKey.set(draft.key, draft);
  // Named organizations, by mention start, so the sweep keeps "the last ministry" up to date.
  const named = new Map<number, ActorDraft>();
  for (const draft of drafts) {
    if (draft.kind !== "organization") continue;
    for (const m of draft.mentions) named.set(m.start, draft);
  }
  const last = new Map<string, ActorDraft>();
  // What each draft's name makes it the last of, worked out once per draft, not per mention.
  const functions = new Map<ActorDraft, string[]>();
  const remember = (draft: ActorDraft): void => {
    let categories = functions.get(draft);
    if (!categories) {
      categories = functionsOf(draft.name);
      functions.set(draft, categories);
    }
    for (const category of categories) last.set(category, draft);
  };
  // Read forward with the sweep: the named tokens' indices in order, not a lookup per token.
  const namedTokens = atTokens(doc, named);
  let nextNamed = 0;
  let beside: ActorDraft | undefined;
  // Where a country's name anchors a description of one of its bodies ("Ukraine's emergencies service").
  const anchors: number[] = [];
  for (const sentence of doc.sentences) {
    // The first token from here on in the sentence that may open a head (its word's HEAD_WORD
    // bit), found by a scan that only moves forward: where none is left, no description can end
    // the sentence, and the country words and places are not looked up.
    let nextHead = sentence.firstToken - 1;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      while (nextNamed < namedTokens.length && namedTokens[nextNamed]!.token < i) nextNamed++;
      if (nextNamed < namedTokens.length && namedTokens[nextNamed]!.token === i) {
        remember(namedTokens[nextNamed]!.value);
        continue;
      }
      const word = bits[doc.tokens.id(i)]!;
      const hasThe = (word & THE) !== 0;
      // A description opens with "the" or a capitalized country word.
      if (!hasThe && (word & UPPER) === 0) continue;
      const at = hasThe ? i + 1 : i;
      if (nextHead < at) nextHead = headWordFrom(doc, at, sentence.endToken, bits);
      if (nextHead >= sentence.endToken) continue;
      const anchor = anchorAt(doc, at, places, bits);
      if (!anchor && !hasThe) continue;
      const head = headAt(doc, anchor ? at + anchor.width : at, sentence.endToken, bits);
      if (!head) continue;
      const start = doc.tokens.start(i);
      const end = doc.tokens.end(head.end - 1);
      const text = doc.text.slice(start, end);
      if (anchor && anchor.ruler) {
        // "the Hamas-run health ministry": the body of whoever runs it, most likely one already met.
        const target = last.get(head.category === "ministry" ? `ministry:${topicWords(head)}` : head.category) ?? last.get(head.category);
        if (target) target.mentions.push({ start, end, text, form: "description" });
      } else if (anchor && anchor.iso && GOVERNMENT_CATEGORIES.has(head.category)) {
        const country = byKey.get(`country:${anchor.iso}`);
        if (country) country.mentions.push({ start, end, text, form: "metonym" });
      } else if (anchor && (beside = namedAfter(doc, head.end, named))) {
        if (!hasThe && possessiveAnchor(doc, i, anchor)) anchors.push(start);
        // "Ukraine's emergencies service DSNS": the description stands beside the body's own name.
        beside.mentions.push({ start, end, text, form: "description" });
        remember(beside);
      } else if (anchor) {
        const name = canonicalName(anchor, head);
        const key = `described:${anchor.iso ?? anchor.label}:${name}`;
        let draft = byKey.get(key);
        if (!draft) {
          draft = newDraft(key, "organization", name, anchor.iso || undefined);
          byKey.set(key, draft);
          drafts.push(draft);
        }
        draft.mentions.push({ start, end, text, form: "description" });
        if (!hasThe && possessiveAnchor(doc, i, anchor)) anchors.push(start);
        remember(draft);
      } else {
        const topic = head.category === "ministry" ? topicWords(head) : "";
        const target = (topic ? last.get(`ministry:${topic}`) : undefined) ?? (topic ? undefined : last.get(head.category));
        if (target) target.mentions.push({ start, end, text, form: "description" });
      }
      i = head.end - 1;
    }
  }
  if (anchors.length > 0) dropAnchorOnly(drafts, anchors);
  joinNamedForces(drafts, functions);
}

/**
 * Gives a described force ("the Israeli military") to the one named body of the same country and
 * function the article names too ("Israel Defense Forces"), before or after it.
 */
function joinNamedForces(drafts: ActorDraft[], functions: Map<ActorDraft, string[]>): void {
  const of = (draft: ActorDraft): string[] => {
    let categories = functions.get(draft);
    if (!categories) {
      categories = functionsOf(draft.name);
      functions.set(draft, categories);
    }
    return categories;
  };
  for (let k = drafts.length - 1; k >= 0; k--) {
    const described = drafts[k]!;
    if (!described.key.startsWith("described:") || !described.country) continue;
    const force = of(described).find((c) => SINGLE_FORCES.has(c));
    if (!force) continue;
    let target: ActorDraft | undefined;
    let count = 0;
    for (const draft of drafts) {
      if (draft.kind !== "organization" || draft.key.startsWith("described:") || draft.country !== described.country) continue;
      if (!of(draft).includes(force)) continue;
      target = draft;
      count++;
    }
    if (!target || count !== 1) continue;
    for (const m of described.mentions) target.mentions.push(m);
    drafts.splice(k, 1);
  }
}

/**
 * Leaves out a country whose every mention anchors a description of one of its bodies: in
 * "Ukraine's emergencies service says" the service acts, not Ukraine. A country named elsewhere
 * keeps those mentions (its name is still written there).
 */
function dropAnchorOnly(drafts: ActorDraft[], anchors: readonly number[]): void {
  for (let k = drafts.length - 1; k >= 0; k--) {
    const draft = drafts[k]!;
    if (draft.kind === "country" && draft.mentions.length > 0 && draft.mentions.every((m) => anchors.includes(m.start))) drafts.splice(k, 1);
  }
}

/** True when the anchor at token `i` is a place in the possessive ("Ukraine's"), not an adjective ("U.S. agency"). */
function possessiveAnchor(doc: Document, i: number, anchor: Anchor): boolean {
  const last = doc.tokens.text(i + anchor.width - 1);
  return stripPossessive(last) !== last;
}

/** The named organization whose mention starts at token `k`, or after an opening bracket there ("(DSNS)"); not after a comma ("the ministry, Tass said"). */
function namedAfter(doc: Document, k: number, named: ReadonlyMap<number, ActorDraft>): ActorDraft | undefined {
  if (k >= doc.tokens.length) return undefined;
  const text = doc.tokens.text(k);
  if (text === "(" && k + 1 < doc.tokens.length) return named.get(doc.tokens.start(k + 1));
  return named.get(doc.tokens.start(k));
}

/** Each described head as searched for inside a name (" defence ministry "), with its category; made once. */
let paddedHeads: ReadonlyArray<readonly [string, string]> | undefined;

/** The functions (head categories, "ministry:<topic>") an organization's name shows, in the order they are remembered. */
function functionsOf(draftName: string): string[] {
  paddedHeads ??= [...DESCRIBED_HEADS].map(([words, category]) => [` ${words} `, category] as const);
  const out: string[] = [];
  const name = ` ${draftName.toLowerCase()} `;
  for (const [words, category] of paddedHeads) if (name.includes(words)) out.push(category);
  const topic = topicOf(draftName);
  if (topic) out.push(`ministry:${topic}`);
  return out;
}

/** A country word at token `i`: a demonym ("Russian") or a place in the possessive ("Russia's", "Kyiv's"). */
function anchorAt(doc: Document, i: number, places: ReadonlyMap<number, PlaceMatch>, bits: Uint16Array): Anchor | undefined {
  if (i >= doc.tokens.length || !doc.tokens.isWord(i)) return undefined;
  if ((bits[doc.tokens.id(i)]! & ANCHOR) !== 0) {
    const text = doc.tokens.text(i);
    if (text.includes("-") && RULED.test(text)) return { label: text, width: 1, ruler: true };
    const adjective = demonymAt(doc.tokens, i);
    if (adjective && adjective !== "EU") return { iso: adjective, label: text, width: 1 };
  }
  const place = places.get(doc.tokens.start(i));
  if (!place) return undefined;
  // Only a place in the possessive anchors a description: "Russia's", "North Korea's".
  let k = i;
  while (k + 1 < doc.tokens.length && doc.tokens.start(k + 1) < place.end) k++;
  const last = doc.tokens.text(k);
  const stem = stripPossessive(last);
  if (stem === last || doc.tokens.start(k) + stem.length !== place.end) return undefined;
  // A country, or a capital standing for one ("Moscow's forces"), lends its adjective.
  const iso = place.entry.kind === "country" ? place.entry.iso : place.entry.capitalOf;
  if (iso) return { iso, label: demonymOf(iso) ?? place.entry.name, width: k - i + 1 };
  return { label: place.entry.name, ...(place.entry.country ? { iso: place.entry.country } : {}), width: k - i + 1 };
}

/** The index of the first token from `from` on, before `limit`, whose word may open a head (see {@link headAt}); `limit` when none does. */
function headWordFrom(doc: Document, from: number, limit: number, bits: Uint16Array): number {
  let k = from;
  while (k < limit && (bits[doc.tokens.id(k)]! & HEAD_WORD) === 0) k++;
  return k;
}

/** A described head at token `i`, after at most a few modifiers: "defence ministry", "air force". */
function headAt(doc: Document, i: number, limit: number, bits: Uint16Array): Head | undefined {
  // Most words after "the" or a country word open no description: answered by the word's bits.
  if (i >= limit || !doc.tokens.isWord(i) || (bits[doc.tokens.id(i)]! & HEAD_WORD) === 0) return undefined;
  const words: string[] = [];
  for (let k = i; k < limit && words.length <= MAX_MODIFIERS; k++) {
    const text = doc.tokens.text(k);
    if (!doc.tokens.isWord(k) || !startsLower(text)) return undefined;
    const word = stripPossessive(text);
    words.push(word);
    const two = words.length >= 2 ? `${words[words.length - 2]} ${word}` : "";
    const category = (two && DESCRIBED_HEADS.get(two)) || DESCRIBED_HEADS.get(word);
    // A head ends the description unless the word after it carries on the name ("forces commander").
    if (category && !(word === "military" && isHeadAt(doc, k + 1, limit))) return { category, words, end: k + 1 };
    if (!DESCRIBED_MODIFIERS.has(word)) return undefined;
  }
  return undefined;
}

function isHeadAt(doc: Document, k: number, limit: number): boolean {
  return k < limit && k < doc.tokens.length && DESCRIBED_HEADS.has(doc.tokens.lower(k));
}

/** The topic words of a ministry head: "defence ministry" → "defence". */
function topicWords(head: Head): string {
  return head.words.slice(0, -1).join(" ");
}

/** "Russian" + "defence ministry" → "Russian Ministry of Defence"; "Russian" + "forces" → "Russian Armed Forces". */
function canonicalName(anchor: Anchor, head: Head): string {
  const label = anchor.label;
  if (head.category === "military") return `${label} ${MILITARY_NAME}`;
  if (head.category === "ministry" && head.words.length > 1) return `${label} Ministry of ${titleCase(head.words.slice(0, -1).join(" "))}`;
  return `${label} ${titleCase(head.words.join(" "))}`;
}

const MINISTRY_OF = "Ministry of ";

/** The topic of a ministry's canonical name: "Russian Ministry of Defence" → "defence". */
function topicOf(name: string): string | undefined {
  // The topic runs to the end of the name on its last line; found by indexOf, as the regex
  // /Ministry of (.+)$/ backtracks quadratically over lines that do not end the name.
  let lineStart = name.length;
  while (lineStart > 0 && !isLineTerminator(name.charCodeAt(lineStart - 1))) lineStart--;
  const at = name.indexOf(MINISTRY_OF, lineStart);
  if (at < 0 || at + MINISTRY_OF.length === name.length) return undefined;
  return name.slice(at + MINISTRY_OF.length).toLowerCase();
}

/** The characters `.` does not match in a regex: \n, \r, U+2028, U+2029. */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

let reverse: Map<string, string> | undefined;

/** The adjective of a country: RU → "Russian". */
function demonymOf(iso: string): string | undefined {
  if (!reverse) {
    reverse = new Map();
    for (const [word, code] of DEMONYMS) if (!reverse.has(code) && /^\p{Lu}\p{Ll}+$/u.test(word)) reverse.set(code, word);
  }
  return reverse.get(iso) ?? COUNTRY_NAMES.get(iso);
}

/** Title-cased heads met lately ("defence ministry" → "Defence Ministry"): a few recur in every article. */
const titleCased = new Map<string, string>();
const TITLE_CASED_LIMIT = 1_000;

function titleCase(words: string): string {
  let out = titleCased.get(words);
  if (out === undefined) {
    out = words.replace(/(^|\s)\p{Ll}/gu, (m) => m.toUpperCase());
    if (titleCased.size >= TITLE_CASED_LIMIT) titleCased.clear();
    titleCased.set(words, out);
  }
  return out;
}
