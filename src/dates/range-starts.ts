/**
 * The first end of a range that borrows its era or its unit from the second: "from 431 to 404 BC"
 * (431 BC), "between 264 and 241 BC", "the 16th and 17th centuries" (the 16th century and the
 * 17th). The grammar reads the second end alone; this pass adds the first, and gives the second
 * its ordinal; a century written as an adjective ("a 19th-century fort") is added too. Documents only ({@link findDates}): `resolveDate` gives one expression.
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import { documentFacts } from "./plain-values.js";

/** A number and a range word just before an expression: "431 to ", "264 and ". */
const NUMBER_BEFORE = /(?:^|[\s(])(\d{1,4}) ?(?:to|and|or|–|-) ?$/u;

/** "the 16th and " before "17th centuries": an ordinal and a range word, then the second ordinal. */
const ORDINALS_BEFORE = /(?:^|\s)((?:[Tt]he )?(\d{1,2})(?:st|nd|rd|th)) ?(?:and|to|or|–|-) ?(\d{1,2})(?:st|nd|rd|th) $/u;

/** "from the 7th to " before "the 11th century": an ordinal and a range word before a century. */
const ORDINAL_BEFORE = /(?:^|\s)((?:[Tt]he )?(\d{1,2})(?:st|nd|rd|th)) ?(?:and|to|or|–|-) ?$/u;

/** A century's value, BC or not: "10", "BC04". */
const CENTURY = /^(?:BC)?\d\d$/u;

/** "a 19th-century fort": a century as an adjective, which the grammar, reading words whole, leaves out. */
const CENTURY_ADJECTIVE = /\b(\d{1,2})(?:st|nd|rd|th)-century\b/gu;

/** A new DATE expression (its id set later) for `value` over `[start, end)` of `text`. */
export function dateAt(text: string, start: number, end: number, value: string): TemporalExpression {
  const { granularity, interval } = documentFacts(value);
  return { id: "", text: text.slice(start, end), start, end, type: "DATE", value, ...(granularity ? { granularity } : {}), anchor: "absolute", ...(interval ? { interval } : {}) };
}

/** The expressions with the first ends of ranges of BC years and of centuries added, and centuries written as adjectives. */
export function addRangeStarts(text: string, found: TemporalExpression[]): TemporalExpression[] {
  const result: TemporalExpression[] = [];
  const out = withCenturyAdjectives(text, found);
  let added = out !== found;
  for (const e of out) {
    // Most expressions are no BC year ("BC0404"), century ("19", "BC05") or "centuries": no slice of the text before them.
    const v = e.value;
    if (v.length !== 2 && !(v.charCodeAt(0) === 66 && (v.length === 4 || v.length === 6)) && e.text !== "centuries") {
      result.push(e);
      continue;
    }
    const from = Math.max(result.at(-1)?.end ?? 0, e.start - 24);
    const before = text.slice(from, e.start);
    const bc = /^BC(\d{4})$/u.exec(e.value);
    const first = bc ? NUMBER_BEFORE.exec(before) : null;
    if (bc && first && Number(first[1]) > Number(bc[1])) {
      // "431 to 404 BC": BC years count down, so the first is the larger.
      const start = from + first.index + first[0].indexOf(first[1]!);
      result.push(dateAt(text, start, start + first[1]!.length, `BC${first[1]!.padStart(4, "0")}`));
      added = true;
    }
    // "from the 7th to the 11th century": the first end is a century too, of the same era.
    const ordinal = CENTURY.test(e.value) && e.text.includes("century") ? ORDINAL_BEFORE.exec(before) : null;
    if (ordinal && Number(ordinal[2]) >= 1) {
      const start = from + ordinal.index + ordinal[0].indexOf(ordinal[1]!);
      result.push(dateAt(text, start, start + ordinal[1]!.length, (e.value.startsWith("BC") ? "BC" : "") + String(Number(ordinal[2]) - 1).padStart(2, "0")));
      added = true;
    }
    const ordinals = e.text === "centuries" ? ORDINALS_BEFORE.exec(before) : null;
    if (ordinals) {
      const start = from + ordinals.index + ordinals[0].indexOf(ordinals[1]!);
      const secondStart = e.start - 1 - ordinals[3]!.length - 2;
      result.push(dateAt(text, start, start + ordinals[1]!.length, String(Number(ordinals[2]) - 1).padStart(2, "0")));
      result.push(dateAt(text, secondStart, e.end, String(Number(ordinals[3]) - 1).padStart(2, "0")));
      added = true;
      continue;
    }
    result.push(e);
  }
  return added ? renumber(result) : out;
}

/** The expressions with each "19th-century" no expression covers added in text order (ids set by the caller). */
function withCenturyAdjectives(text: string, out: TemporalExpression[]): TemporalExpression[] {
  if (!text.includes("-century")) return out;
  const added: TemporalExpression[] = [];
  for (const m of text.matchAll(CENTURY_ADJECTIVE)) {
    if (Number(m[1]) >= 1) added.push(dateAt(text, m.index, m.index + m[0].length, String(Number(m[1]) - 1).padStart(2, "0")));
  }
  return mergeIn(out, added);
}

/** `out` with each of `added` (in text order) that overlaps none of it put in its place: `out` itself when none does. */
export function mergeIn(out: TemporalExpression[], added: TemporalExpression[]): TemporalExpression[] {
  const kept = added.filter((a) => !out.some((e) => e.start < a.end && a.start < e.end));
  return kept.length === 0 ? out : [...out, ...kept].sort((a, b) => a.start - b.start);
}

/** The expression with another value, and the interval to match. */
export function withValue(e: TemporalExpression, value: string): TemporalExpression {
  // The hand reader of plain values: the pattern and a Date per bound cost more than the rest of the pass.
  const interval = documentFacts(value).interval;
  const { interval: _old, ...rest } = e;
  return { ...rest, value, ...(interval ? { interval } : {}) };
}

/** The expressions with their ids renumbered in text order. */
export function renumber(out: TemporalExpression[]): TemporalExpression[] {
  return out.map((e, k) => ({ ...e, id: `t${k + 1}` }));
}
