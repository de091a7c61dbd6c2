/**
 * Reads the precompiled gazetteer (data/compiled.ts) lazily: loading it only decodes each
 * list's keys and finds where its lines start, and a name, code or stem becomes objects when it
 * is first looked up. A process
 * (or a batch worker) that reads a few articles pays for the few hundred places they mention,
 * not for compiling the 9,000 names of the whole gazetteer.
 *
 * @module
 */
import { decodeKeyedLines } from "../lexicon/front-coded.js";
import type { TerritoryKind } from "../model.js";
import type { Gazetteer, PlaceEntry, PlaceName } from "./gazetteer.js";

/**
 * The gazetteer as text (compile-gazetteer.ts writes it): one line per item, fields apart by `|`,
 * keyed lists sorted by their first field (UTF-16 code units) for binary search. An entry is
 * written once: one with an ISO code in {@link CompiledGazetteer.entries}, referred to by its
 * line number `N`; one without inline, at the first name (in sorted order) that leads to it, and
 * referred to as `@L`, L being that name's line. Line numbers and ranks are written in base 36.
 * Each keyed list is stored front-coded by its first field, the keys first and then the other
 * fields of each line (decodeKeyedLines in lexicon/front-coded.ts): the fields below are those of
 * the decoded lines.
 */
export interface CompiledGazetteer {
  /** `iso|name|kind|country|capitalOf|flags` per entry with an ISO code, by code: name empty is the full key of the entry's name line (its rank ends with `!`, or else the first name line that refers to the entry), each word capitalized; kind empty is region; country empty is the code's first two letters, `-` none; flags 1 seat, 2 metonym; empty fields at the end left out. */
  readonly entries: string;
  /**
   * `first|rest|rank|mask|entry` per name, by first key and then in the compiler's order: rest
   * the other keys; rank tier * 4, + 2 when the name is also its entry's stem (regionByStem), + 1
   * when ambiguous (empty: 0), in base 36, then `!` when the line gives its coded entry's name and is not the first line to refer to it; mask one 0/1 per key written lowercase (empty: none); entry a
   * reference or, inline, `=name|kind|country|capitalOf|flags` (name empty: the keys, each
   * capitalized; kind empty: city; country empty: none).
   */
  readonly names: string;
  /** `stem|entry` per subdivision stem that is not the full key of a name of the same entry. */
  readonly regionByStem: string;
  /** `demonym|entry` per country demonym. */
  readonly countryByDemonym: string;
  /** The first words of names written lowercase-initial, as written. */
  readonly lowercaseStarts: readonly string[];
}

const BAR = 124;
const NEWLINE = 10;
const NONE_LOWERCASE: readonly boolean[] = [];

/** FNV-1a over `text` from `from` to the first `|`, line break or `end`: the first field's hash. */
function hashField(text: string, from: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === BAR || c === NEWLINE) break;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** The sign of the line's first field compared with `key`, by UTF-16 code units, without slicing. */
function compareField(text: string, at: number, key: string): number {
  for (let k = 0; ; k++) {
    const c = text.charCodeAt(at + k);
    const fieldEnded = c === BAR || c === NEWLINE || Number.isNaN(c);
    if (fieldEnded || k === key.length) return fieldEnded ? (k === key.length ? 0 : -1) : 1;
    const d = key.charCodeAt(k);
    if (c !== d) return c - d;
  }
}

/**
 * Lines of text sorted by their first field, searched in place once decoded. Most keys asked for
 * are in no line (a capitalized word that names no place): a bit per hash of every first field
 * answers most of those without a search.
 */
class SortedLines {
  private decoded: string | undefined;
  private starts: number[] | undefined;
  private bits: Uint32Array | undefined;

  constructor(private readonly coded: string) {}

  /** The lines, decoded on first use. */
  get text(): string {
    if (this.decoded === undefined) {
      // The decoder gives where the lines start: no second pass over the text for its line breaks.
      const starts: number[] = [];
      this.decoded = decodeKeyedLines(this.coded, starts);
      this.starts = starts;
    }
    return this.decoded;
  }

  /** How many lines. */
  get count(): number {
    return this.lineStarts().length - 1;
  }

  /** The fields of line `i`. */
  fields(i: number): string[] {
    const starts = this.lineStarts();
    return this.text.slice(starts[i]!, starts[i + 1]! - 1).split("|");
  }

  /** Where line `i` starts in {@link SortedLines.text}; line {@link SortedLines.count} starts one past the text's end. */
  start(i: number): number {
    return this.lineStarts()[i]!;
  }

  /** The first line whose first field is `key`, or -1. */
  find(key: string): number {
    const starts = this.lineStarts();
    // Built on the first search: a table only read by line number (entries) never hashes its lines.
    const text = this.text;
    const bits = (this.bits ??= hashBits(text, starts));
    const h = hashField(key, 0, key.length) & (bits.length * 32 - 1);
    if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) return -1;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareField(text, starts[mid]!, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length - 1 && compareField(text, starts[lo]!, key) === 0 ? lo : -1;
  }

  /** True when line `i` exists and its first field is `key`. */
  hasKey(i: number, key: string): boolean {
    const starts = this.lineStarts();
    return i < starts.length - 1 && compareField(this.text, starts[i]!, key) === 0;
  }

  private lineStarts(): number[] {
    if (this.starts === undefined) void this.text;
    return this.starts!;
  }
}

/** A bit per hash of the first field of every line, about sixteen bits a line: one key in seventeen that is in no line still gets searched. */
function hashBits(text: string, starts: readonly number[]): Uint32Array {
  let size = 32;
  while (size < starts.length * 16) size *= 2;
  const bits = new Uint32Array(size / 32);
  for (let i = 0; i + 1 < starts.length; i++) {
    const h = hashField(text, starts[i]!, starts[i + 1]!) & (size - 1);
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return bits;
}

/**
 * A map filled on demand: `lookup` finds a key's value the first time it is asked for, and
 * anything that walks the whole map (size, iteration) first fills it from `all`. Found values
 * are kept, so each is built once and keeps its identity; misses are not kept.
 */
class LazyMap<V> extends Map<string, V> {
  private complete = false;

  constructor(
    private readonly lookup: (key: string) => V | undefined,
    private readonly all: () => Iterable<readonly [string, V]>,
  ) {
    super();
  }

  override get(key: string): V | undefined {
    const hit = super.get(key);
    if (hit !== undefined || this.complete) return hit;
    const found = this.lookup(key);
    if (found !== undefined) super.set(key, found);
    return found;
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** The value kept for `key`, without looking it up. */
  peek(key: string): V | undefined {
    return super.get(key);
  }

  /** Keeps a value found on the way to another key. */
  remember(key: string, value: V): void {
    if (!super.has(key)) super.set(key, value);
  }

  override get size(): number {
    return this.fill().sizeOfFilled();
  }

  override forEach(callback: (value: V, key: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    super.forEach.call(this.fill(), callback, thisArg);
  }

  override entries(): MapIterator<[string, V]> {
    return super.entries.call(this.fill()) as MapIterator<[string, V]>;
  }

  override keys(): MapIterator<string> {
    return super.keys.call(this.fill()) as MapIterator<string>;
  }

  override values(): MapIterator<V> {
    return super.values.call(this.fill()) as MapIterator<V>;
  }

  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  private sizeOfFilled(): number {
    return super.size;
  }

  private fill(): this {
    if (!this.complete) {
      for (const [key, value] of this.all()) this.remember(key, value);
      this.complete = true;
    }
    return this;
  }
}

/** The gazetteer over its compiled text; nothing is parsed until it is looked up. */
export function loadGazetteer(table: CompiledGazetteer): Gazetteer {
  const entryLines = new SortedLines(table.entries);
  const names = new SortedLines(table.names);
  const isoEntries: Array<PlaceEntry | undefined> = [];
  const inlineEntries: Array<PlaceEntry | undefined> = [];
  let shownLines: Int32Array | undefined;
  const isoEntry = (i: number): PlaceEntry => {
    const known = isoEntries[i];
    if (known) return known;
    const fields = entryLines.fields(i);
    // No name: it is the keys of the entry's name line, capitalized.
    if (!fields[1]) fields[1] = capitalized(fullKey(names.fields((shownLines ??= nameLinesOfEntries(names, entryLines.count))[i]!)));
    return (isoEntries[i] = readEntry(fields, 1, fields[0]!));
  };
  const inlineEntry = (line: number, fields: readonly string[] = names.fields(line)): PlaceEntry =>
    (inlineEntries[line] ??= readEntry([fields[4]!.slice(1) || capitalized(fullKey(fields)), ...fields.slice(5)], 0, ""));
  const entryOf = (ref: string): PlaceEntry => (ref.charCodeAt(0) === 64 ? inlineEntry(parseInt(ref.slice(1), 36)) : isoEntry(parseInt(ref, 36)));

  const byName: LazyMap<PlaceName> = new LazyMap(
    (full) => {
      const space = full.indexOf(" ");
      // Reading the group of the first key remembers each of its names in byName.
      return byFirstKey.get(space < 0 ? full : full.slice(0, space)) ? byName.peek(full) : undefined;
    },
    () => allGroups().flatMap(([, list]) => list.map((name) => [name.keys.join(" "), name] as const)),
  );
  const stems = new SortedLines(table.regionByStem);
  const regionByStem: LazyMap<PlaceEntry> = new LazyMap(
    (key) => {
      const i = stems.find(key);
      if (i >= 0) return entryOf(stems.fields(i)[1]!);
      // Reading the group of the first key remembers the names that are stems.
      const space = key.indexOf(" ");
      return byFirstKey.get(space < 0 ? key : key.slice(0, space)) ? regionByStem.peek(key) : undefined;
    },
    () => {
      allGroups();
      return Array.from({ length: stems.count }, (_, i) => [stems.fields(i)[0]!, entryOf(stems.fields(i)[1]!)] as const);
    },
  );
  const readGroup = (key: string): PlaceName[] | undefined => {
    let i = names.find(key);
    if (i < 0) return undefined;
    const list: PlaceName[] = [];
    for (; names.hasKey(i, key); i++) {
      const fields = names.fields(i);
      const full = fullKey(fields);
      // parseInt stops at the `!` of a name line (nameLinesOfEntries).
      const rank = fields[2] ? parseInt(fields[2], 36) || 0 : 0;
      const ref = fields[4]!;
      const entry = ref.charCodeAt(0) === 61 ? inlineEntry(i, fields) : entryOf(ref);
      const name: PlaceName = { keys: full.split(" "), lowercase: readMask(fields[3]!), entry, tier: rank >> 2, ambiguous: (rank & 1) === 1 };
      byName.remember(full, name);
      if (rank & 2) regionByStem.remember(full, entry);
      list.push(name);
    }
    // Longest first, then strongest; ties keep the compiler's order (the sort is stable).
    if (list.length > 1) list.sort((a, b) => b.keys.length - a.keys.length || a.tier - b.tier);
    return list;
  };
  const allGroups = (): Array<readonly [string, readonly PlaceName[]]> => {
    const out: Array<readonly [string, readonly PlaceName[]]> = [];
    for (let i = 0; i < names.count; ) {
      const key = names.fields(i)[0]!;
      out.push([key, byFirstKey.get(key)!]);
      while (names.hasKey(i, key)) i++;
    }
    return out;
  };
  const byFirstKey: LazyMap<readonly PlaceName[]> = new LazyMap(readGroup, allGroups);

  const byIso = new LazyMap<PlaceEntry>(
    (code) => {
      // Entries without a code sort first, under the empty code: no code finds them.
      const i = code === "" ? -1 : entryLines.find(code);
      return i < 0 ? undefined : isoEntry(i);
    },
    () => Array.from({ length: entryLines.count }, (_, i) => [entryLines.fields(i)[0]!, isoEntry(i)] as const),
  );
  const demonyms = new SortedLines(table.countryByDemonym);
  const countryByDemonym = new LazyMap<PlaceEntry>(
    (key) => {
      const i = demonyms.find(key);
      return i < 0 ? undefined : entryOf(demonyms.fields(i)[1]!);
    },
    () => Array.from({ length: demonyms.count }, (_, i) => [demonyms.fields(i)[0]!, entryOf(demonyms.fields(i)[1]!)] as const),
  );
  return { byFirstKey, byIso, regionByStem, countryByDemonym, byName, lowercaseStarts: new Set(table.lowercaseStarts) };
}

/**
 * The name line of each coded entry whose name the entries list leaves out: the line whose rank
 * ends with `!`, else the first line that refers to the entry (-1 for none). Read once, the
 * first time such an entry is read: one pass over the fields of every name line, the base-36
 * reference read by character codes (no slice per line).
 */
function nameLinesOfEntries(names: SortedLines, count: number): Int32Array {
  const lines = new Int32Array(count).fill(-1);
  const text = names.text;
  const n = names.count;
  for (let i = 0; i < n; i++) {
    // The fields: first|rest|rank|mask|ref, then more for an inline entry (`=…`), whose ref is no number.
    const rank = text.indexOf("|", text.indexOf("|", names.start(i)) + 1) + 1;
    const mask = text.indexOf("|", rank) + 1;
    const end = names.start(i + 1) - 1;
    let entry = 0;
    for (let k = text.indexOf("|", mask) + 1; k < end; k++) {
      const c = text.charCodeAt(k);
      // A digit or a lower-case letter; an inline entry's `=` (or an `@` reference) is no entry line.
      if (c >= 48 && c <= 57) entry = entry * 36 + c - 48;
      else if (c >= 97 && c <= 122) entry = entry * 36 + c - 87;
      else {
        entry = -1;
        break;
      }
    }
    if (entry >= 0 && (lines[entry]! < 0 || text.charCodeAt(mask - 2) === 33)) lines[entry] = i;
  }
  return lines;
}

/** The full key of a name line: its first key and the rest. */
function fullKey(fields: readonly string[]): string {
  return fields[1] ? `${fields[0]} ${fields[1]}` : fields[0]!;
}

/** An entry from `name|kind|country|capitalOf|flags` at `from`, with its ISO code if it has one (which changes what empty fields mean). */
function readEntry(fields: readonly string[], from: number, iso: string): PlaceEntry {
  const entry: { -readonly [K in keyof PlaceEntry]: PlaceEntry[K] } = { name: fields[from]!, kind: (fields[from + 1] || (iso ? "region" : "city")) as TerritoryKind };
  const country = fields[from + 2];
  const capitalOf = fields[from + 3];
  const flags = Number(fields[from + 4] ?? 0);
  if (iso) {
    entry.iso = iso;
    if (country !== "-") entry.country = country || iso.slice(0, 2);
  } else if (country) entry.country = country;
  if (capitalOf) entry.capitalOf = capitalOf;
  if (flags & 1) entry.seat = true;
  if (flags & 2) entry.metonym = true;
  return entry;
}

/** Each word of `full` with its first letter capitalized: the name of most cities, from their keys. */
export function capitalized(full: string): string {
  return full.replace(CAPITALIZED, (letter) => letter.toUpperCase());
}

const CAPITALIZED = /(?<![^ ])\p{Ll}/gu;

/** The lowercase mask of a name: one 0/1 per key; most names have none and share one empty list. */
function readMask(mask: string): readonly boolean[] {
  if (mask === "") return NONE_LOWERCASE;
  const bits: boolean[] = [];
  for (let k = 0; k < mask.length; k++) bits.push(mask.charCodeAt(k) === 49);
  return bits;
}
