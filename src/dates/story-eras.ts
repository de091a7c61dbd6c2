/**
 * Eras that histories name and the word grammar leaves out: a year written "c.1200" (the
 * abbreviation glued to it, one token), "the turn of the century", and millennia ("the 1st
 * millennium BC"), and "D-Day" in a story of the Second World War. Documents only ({@link findDates}): `resolveDate`'s bundle stays without them.
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import { ORDINAL_WORDS } from "../lexicon/dates.js";
import { dateAt, mergeIn, renumber, withValue } from "./range-starts.js";
import { ANY_RARE_WORD, WORD_CENTURY, WORD_D_DAY, WORD_MILLENNIUM } from "./rare-words.js";

/** "c.1200", "ca.1200 BC", "c.1250–1200 BC": a year glued to an abbreviated "circa", BC when the era follows. */
const GLUED_CIRCA = /\b[Cc]a?\.(\d{3,4})\b(?:[–-]\d{1,4})?( BCE?| B\.C\.)?/gu;

/** "the turn of the century": the year of the turn nearest the story. */
const TURN_OF = /\b[Tt]he turn of the century\b/gu;

/** "the 1st millennium BC", "the second millennium": a millennium by its ordinal. */
const MILLENNIUM = /\b[Tt]he ([a-z\d]{1,9}) millennium\b( (?:BCE?|B\.C\.))?/gu;

/** "mid-century", "Mid-century": the middle of the century the text is in. */
const MID_CENTURY = /\b[Mm]id-century\b/gu;

/** "D-Day", the Normandy landings: one day (6 June 1944) after a date of those years, or as an anniversary; else any operation's first day. */
const D_DAY = /\bD-Day\b/gu;

/**
 * "sacked in 410 by", "By 476, the west had fallen", "In 455 Rome fell": a year of three digits
 * after a preposition, when what follows is one no count of things takes: punctuation (not a
 * digit group's), "the", "by", "when", "and"; a name only after a sentence's "In" ("by 300 Soviet
 * tanks" is a count). A count is followed by what it counts ("in 410 cases").
 */
const SHORT_YEAR = /\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Aa]fter|[Bb]efore) ([1-9]\d{2})(?=[,.](?!\d)|[;)]| (?:the|by|when|and)\b)|\bIn ([1-9]\d{2})(?= [A-Z][a-z]| an? [a-z])/gu;

/** "24 August 410,": a year of three digits right after a day or month read without one, followed as in {@link SHORT_YEAR}. */
const YEAR_AFTER = /^ ([1-9]\d{2})(?=[,.](?!\d)|[;)]| (?:the|by|when|and)\b| [A-Z][a-z])/u;

/**
 * True when a dot stands between a "c" (or "ca") and a digit somewhere in `text`, as in every
 * {@link GLUED_CIRCA}: a look at each dot (a few dozen in an article), not the pattern tried at every character.
 */
function mayHaveGluedCirca(text: string): boolean {
  for (let k = text.indexOf("."); k >= 0; k = text.indexOf(".", k + 1)) {
    const next = text.charCodeAt(k + 1);
    if (next < 48 || next > 57) continue;
    // "c" or "C" (or the "a" of "ca."): a bit set by 32 makes both cases one code.
    const before = text.charCodeAt(k - 1) | 32;
    if (before === 99 || before === 97) return true;
  }
  return false;
}

/** A value with its year left open: "XXXX-08", "XXXX-08-24". */
const YEARLESS = /^XXXX-\d\d(?:-\d\d)?$/u;

/**
 * The expressions with each glued circa year, turn of a century, "mid-century" and millennium no
 * expression covers added, in text order; in a `story` (no publication date), years of three digits
 * too ("in 410 by"), BC after a BC year, and "the century" after a decade. `words` tells which
 * words of the phrases the text may hold (rare-words.ts): the text is searched for those only.
 */
export function addStoryEras(text: string, found: TemporalExpression[], story = false, words = ANY_RARE_WORD): TemporalExpression[] {
  const added: TemporalExpression[] = [];
  let out = story ? withShortYears(text, found, added) : found;
  if (mayHaveGluedCirca(text)) for (const m of text.matchAll(GLUED_CIRCA)) {
    const start = m.index + m[0].indexOf(".") + 1;
    // The year alone: "c.1200 BC" and the first of "c.1250–1200 BC" are BC years.
    added.push(dateAt(text, start, start + m[1]!.length, (m[2] ? "BC" : "") + m[1]!.padStart(4, "0")));
  }
  // A literal search first, and only for a word the text holds: the phrases are rare, and a regex scan of the whole text is not cheap.
  const century = (words & WORD_CENTURY) !== 0;
  if (century && text.includes("turn of the century")) for (const m of text.matchAll(TURN_OF)) {
    // The year the text last stated ("1944-06" is 1944; centuries have fewer digits), or the middle of its decade
    // ("the 1770s … the turn of the century" is 1800, as "1776" would be).
    let year = 0;
    for (const e of out) {
      if (e.start >= m.index) continue;
      const n = Number.parseInt(e.value, 10);
      if (n > 999) year = n;
      else if (e.granularity === "decade" && n > 99) year = n * 10 + 5;
    }
    if (year > 0) added.push(dateAt(text, m.index, m.index + m[0].length, String(Math.round(year / 100) * 100)));
  }
  if (century && text.includes("id-century")) for (const m of text.matchAll(MID_CENTURY)) {
    // The century of the year or decade the text last stated.
    let century = "";
    for (const e of out) if (e.start < m.index && /^\d{3,4}$/u.test(e.value)) century = e.value.slice(0, 2);
    if (century) added.push({ ...dateAt(text, m.index, m.index + m[0].length, century), mod: "MID" });
  }
  if (story && century && text.includes(" the century")) out = withCenturyOfStory(out);
  if ((words & WORD_MILLENNIUM) !== 0 && text.includes(" millennium")) for (const m of text.matchAll(MILLENNIUM)) {
    // "1st" reads as 1, "first" from the lexicon.
    const nth = Number.parseInt(m[1]!, 10) || (ORDINAL_WORDS.get(m[1]!) ?? 0);
    if (nth > 0 && nth < 10) added.push(dateAt(text, m.index, m.index + m[0].length, (m[2] ? "BC" : "") + String(nth - 1)));
  }
  if ((words & WORD_D_DAY) !== 0 && text.includes("D-Day")) {
    for (const m of text.matchAll(D_DAY)) {
      // The year the text last stated before it: 1943 to 1945 for the landings ("Inchon's D-Day" follows 1950).
      let year = 0;
      for (const e of out) if (e.start < m.index && /^\d{4}/u.test(e.value)) year = Number.parseInt(e.value, 10);
      if ((year >= 1943 && year <= 1945) || text.slice(Math.max(0, m.index - 15), m.index).endsWith("anniversary of ")) added.push(dateAt(text, m.index, m.index + 5, "1944-06-06"));
    }
  }
  const merged = story ? withEraOfStory(mergeIn(out, added)) : mergeIn(out, added);
  return merged === found ? found : renumber(merged);
}

/** "the century" with nothing to count from ("XX"), alone or after "the middle of", "the end of". */
const UNKNOWN_CENTURY = /\bthe century$/iu;

/**
 * "the century" in a story whose only dates so far are decades ("in the 1860s … since the middle of
 * the century"), which move no story: the century of the last year or decade the text stated.
 */
function withCenturyOfStory(out: TemporalExpression[]): TemporalExpression[] {
  let century = "";
  let shifted: TemporalExpression[] | undefined;
  out.forEach((e, k) => {
    if (/^\d{3,4}$/u.test(e.value)) century = e.value.slice(0, 2);
    else if (century && e.value === "XX" && UNKNOWN_CENTURY.test(e.text)) {
      shifted ??= out.slice();
      shifted[k] = { ...withValue(e, century), anchor: "narrative" };
    }
  });
  return shifted ?? out;
}

/** A year written in digits alone: "214", "1180". */
const BARE_YEAR = /^\d{3,4}$/u;

/**
 * A story told before the common era writes its later years without "BC" ("In 216 BC … In 214, a
 * new army"): a bare year after a BC year is BC too, unless it lies more than a century before it
 * (a story moves forward, and BC years count down). "AD 9" states its era.
 */
function withEraOfStory(out: TemporalExpression[]): TemporalExpression[] {
  let bc = 0;
  let shifted: TemporalExpression[] | undefined;
  out.forEach((e, k) => {
    if (e.value.startsWith("BC") && e.anchor === "absolute") bc = Number.parseInt(e.value.slice(2, 6), 10) || bc;
    else if (bc > 0 && BARE_YEAR.test(e.text) && e.value === e.text.padStart(4, "0") && Number(e.text) <= bc + 100) {
      shifted ??= out.slice();
      shifted[k] = withValue(e, `BC${e.value}`);
    } else if (/^\d{4}/u.test(e.value) && e.anchor === "absolute") bc = 0;
  });
  return shifted ?? out;
}

/**
 * A story's years of three digits, which the grammar leaves to counts ("410 men"): after a
 * preposition (pushed to `added`), or after a day or month read without a year, which takes it
 * ("24 August 410" is 0410-08-24). Only with a word after that no count takes.
 */
function withShortYears(text: string, found: TemporalExpression[], added: TemporalExpression[]): TemporalExpression[] {
  for (const m of text.matchAll(SHORT_YEAR)) {
    const start = m.index + m[0].length - 3;
    added.push(dateAt(text, start, start + 3, `0${text.slice(start, start + 3)}`));
  }
  let out = found;
  found.forEach((e, k) => {
    const year = YEARLESS.test(e.value) ? YEAR_AFTER.exec(text.slice(e.end, e.end + 12)) : null;
    if (!year) return;
    if (out === found) out = [...found];
    const end = e.end + 4;
    out[k] = { ...withValue(e, `0${year[1]!}${e.value.slice(4)}`), text: text.slice(e.start, end), end, anchor: "absolute" };
  });
  return out;
}
