/**
 * Calendar dates written out or in digits: "Sept. 2, 1945", "May 9", "July 2024", "10 August 2012",
 * "2024-07-04", "11/02/1989", "15.02.2013".
 *
 * @module
 */
import { AMBIGUOUS_MONTH_WORDS, MONTH_WORDS, UNIT_WORDS, WEEKDAY_WORDS } from "../../lexicon/dates.js";
import { readDayOfMonth, readEpochYear, readOrdinal, readShortYear, readYear, twoDigitYear } from "../read-parts.js";
import type { DateSpec, Placement } from "../spec.js";
import { isCapitalized, kindAt, textAt, touchesPrevious, word, type TokenView } from "../token-view.js";
import { afterAbbreviationDot, anaphoricShift, date, monthAt, placementOf, shiftOf, unitOf, withoutPossessive, type Match, type Matcher } from "./match.js";

/** "Sept. 2, 1945", "May 9", "July 2024", "10 August 2012", "Friday 8 August", "Oct/2". */
export const matchCalendarDate: Matcher = (view, i) => {
  const weekday = WEEKDAY_WORDS.get(word(view, i));
  if (weekday !== undefined && isCapitalized(view, i)) {
    let j = afterAbbreviationDot(view, i + 1);
    if (word(view, j) === ",") j += 1;
    const rest = monthLed(view, j) ?? dayLed(view, j);
    return rest && rest.reading.spec.kind === "date" && rest.reading.spec.day !== undefined ? rest : undefined;
  }
  const shift = shiftOf(word(view, i));
  // "last July", "this September" (the anchor year's); not "current May".
  if (shift !== undefined && (shift !== 0 || word(view, i) === "this") && monthAt(view, i + 1) !== undefined) {
    const rest = monthLed(view, i + 1, placementOf(shift));
    // "the following January", "the previous March": counted from the last date the text reached.
    return rest?.reading.spec.kind === "date" && rest.reading.spec.year === undefined && anaphoricShift(view, i) ? { ...rest, reading: { ...rest.reading, spec: { ...rest.reading.spec, anaphoric: true } } } : rest;
  }
  return monthLed(view, i) ?? dayLed(view, i);
};

function monthLed(view: TokenView, i: number, placement: Placement = "tense"): Match | undefined {
  // What follows is read only after a month word: this runs at every token a phrase may start at.
  if (!MONTH_WORDS.has(withoutPossessive(word(view, i)))) return undefined;
  const month = monthAt(view, i, hasDayOrYearAfter(view, i));
  if (month === undefined) return undefined;
  let j = afterAbbreviationDot(view, i + 1);
  if (word(view, j) === "/" && touchesPrevious(view, j)) {
    const day = readDayOfMonth(view, j + 1);
    return day && touchesPrevious(view, j + 1) ? date({ kind: "date", month, day: day.value, placement }, day.end) : undefined;
  }
  // "March the 3rd".
  const day = readDayOfMonth(view, j) ?? (word(view, j) === "the" ? readOrdinal(view, j + 1) : undefined);
  // "May 9 million" is a count, not a date.
  if (day && !UNIT_WORDS.has(word(view, day.end)) && word(view, day.end) !== "%") {
    let k = day.end;
    if (word(view, k) === ",") k += 1;
    const year = readEpochYear(view, k) ?? readYear(view, k);
    if (year) return date({ kind: "date", year: year.value, month, day: day.value, placement }, year.end);
    const yearShift = shiftOf(word(view, k));
    if (yearShift !== undefined && unitOf(word(view, k + 1)) === "year" && !word(view, k + 1).endsWith("s")) {
      return date({ kind: "date", month, day: day.value, placement, yearShift }, k + 2);
    }
    return date({ kind: "date", month, day: day.value, placement }, day.end);
  }
  if (word(view, j) === "," || word(view, j) === "of") j += 1;
  // "September 480 BC" too.
  const year = readEpochYear(view, j) ?? readYear(view, j);
  if (year) return date({ kind: "date", year: year.value, month, placement }, year.end);
  const yearShift = shiftOf(word(view, j));
  if (yearShift !== undefined && unitOf(word(view, j + 1)) === "year" && !word(view, j + 1).endsWith("s")) {
    // "October this year", "July last year": the month of the named year.
    return date({ kind: "date", month, placement, yearShift }, j + 2);
  }
  const w = word(view, i);
  if (AMBIGUOUS_MONTH_WORDS.has(w) && !(w === "may" && monthContext(view, i)) && !(w === "march" && monthContext(view, i))) {
    return undefined;
  }
  return date({ kind: "date", month, placement }, i + 1);
}

const MONTH_CONTEXT_WORDS: ReadonlySet<string> = new Set([
  "in", "since", "until", "till", "by", "of", "from", "to", "through", "during", "before", "after",
  "early", "late", "mid", "last", "next", "this", "-", "and", "or", "between", "end", "beginning", "late-", "mid-", "the", "that",
  "following", "previous", "preceding",
]);

// "May" and "March" alone are months only after a preposition or modifier ("in May").
function monthContext(view: TokenView, i: number): boolean {
  return MONTH_CONTEXT_WORDS.has(word(view, i - 1));
}

/** True when a day or a year follows the month word at `i` ("march 3", "may 2024"). */
function hasDayOrYearAfter(view: TokenView, i: number): boolean {
  const j = afterAbbreviationDot(view, i + 1);
  const k = word(view, j) === "the" || word(view, j) === "," ? j + 1 : j;
  return readDayOfMonth(view, k) !== undefined || readYear(view, k) !== undefined;
}

function dayLed(view: TokenView, i: number): Match | undefined {
  const day = readDayOfMonth(view, i);
  if (!day) return undefined;
  let j = day.end;
  if (word(view, j) === "of") j += 1;
  const month = monthAt(view, j, true);
  if (month === undefined) return undefined;
  let k = afterAbbreviationDot(view, j + 1);
  // "3 Feb 82" has a two-digit year; after a comma only four digits are one ("On 24 May, 40 drones…").
  const comma = word(view, k) === ",";
  if (comma) k += 1;
  const year = readEpochYear(view, k) ?? (comma ? readYear(view, k) : readShortYear(view, k));
  return year
    ? date({ kind: "date", year: year.value, month, day: day.value, placement: "tense" }, year.end)
    : date({ kind: "date", month, day: day.value, placement: "tense" }, j + 1);
}

const DATE_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "by", "from", "to", "until", "till", "through", "before", "after", "since"]);

/** "15.02.2013": day, month and year with dots, as one number token. */
function dottedDate(view: TokenView, i: number): Match | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(textAt(view, i));
  if (!m) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? date({ kind: "date", year, month, day, placement: "tense" }, i + 1) : undefined;
}

/** "2024-07-04", "2015-12", "2/2013", "11/02/1989", "2015/03/04", "15.02.2013". */
export const matchNumericDate: Matcher = (view, i) => {
  const dotted = dottedDate(view, i);
  if (dotted) return dotted;
  // Most numbers stand alone: without "-" or "/" glued after them there is no date to read.
  const after = word(view, i + 1);
  if ((after !== "-" && after !== "/") || !touchesPrevious(view, i + 1)) return undefined;
  const parts: string[] = [];
  const seps: string[] = [];
  let j = i;
  while (parts.length < 3) {
    if (kindAt(view, j) !== "number" || !/^\d{1,4}$/u.test(view.tokens.text(j)) || (parts.length > 0 && !touchesPrevious(view, j))) break;
    parts.push(view.tokens.text(j));
    const sep = word(view, j + 1);
    if ((sep !== "-" && sep !== "/") || !touchesPrevious(view, j + 1) || parts.length === 3) {
      j += 1;
      break;
    }
    seps.push(sep);
    j += 2;
  }
  if (parts.length < 2 || (seps[0] !== undefined && seps[1] !== undefined && seps[0] !== seps[1])) return undefined;
  const n = parts.map(Number);
  const [a, b, c] = [n[0]!, n[1]!, n[2]];
  const [la, lb] = [parts[0]!.length, parts[1]!.length];
  if (la === 4 && lb <= 2 && (seps[0] === "-" || (seps[0] === "/" && c !== undefined))) {
    // "1904-05" is two years (the range the era reader splits), not May 1904: prose writes a year and the next this way.
    if (b < 1 || b > 12 || (c === undefined && lb === 2 && b === (a % 100) + 1)) return undefined;
    if (c === undefined) return date({ kind: "date", year: a, month: b, placement: "tense" }, j);
    if (parts[2]!.length !== 2 || c < 1 || c > 31) return undefined;
    const spec: DateSpec = { kind: "date", year: a, month: b, day: c, placement: "tense" };
    // ISO 8601 with a time: "2012-08-10T12:00:00" is tokenized "10", "T12", ":", "00:00".
    const hour = /^t(\d{2})$/u.exec(word(view, j));
    const rest = /^(\d{2})(?::\d{2})?$/u.exec(textAt(view, j + 2));
    if (hour && rest && touchesPrevious(view, j) && word(view, j + 1) === ":" && touchesPrevious(view, j + 1) && touchesPrevious(view, j + 2)) {
      return { end: j + 3, reading: { spec, type: "TIME", clock: { hour: Number(hour[1]) % 24, minute: Number(rest[1]) } } };
    }
    return date(spec, j);
  }
  if (seps[0] !== "/" || la > 2) return undefined;
  if (c === undefined) {
    if (lb === 4 && a >= 1 && a <= 12) return date({ kind: "date", year: b, month: a, placement: "tense" }, j);
    // "on 12/25": month and day, only after a preposition of time (a bare "3/4" is a fraction).
    if (lb <= 2 && a >= 1 && a <= 12 && b >= 1 && b <= 31 && DATE_PREPOSITIONS.has(word(view, i - 1))) {
      return date({ kind: "date", month: a, day: b, placement: "tense" }, j);
    }
    return undefined;
  }
  const lc = parts[2]!.length;
  if (lb > 2 || (lc !== 2 && lc !== 4) || a < 1 || a > 12 || b < 1 || b > 31) return undefined;
  return date({ kind: "date", year: lc === 2 ? twoDigitYear(c) : c, month: a, day: b, placement: "tense" }, j);
};
