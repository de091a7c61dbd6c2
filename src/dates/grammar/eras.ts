/**
 * Years, decades and centuries: "1945", "fiscal 1989", "the year", "nineteen ninety-six", "the 1990s",
 * "the eighties", "'90s", "FY2014", "the 21st century".
 *
 * @module
 */
import { BC_WORDS, DATE_MODIFIERS, DECADE_WORDS, SPANNING_YEAR_NOUNS, STREET_WORDS } from "../../lexicon/dates.js";
import { nextYearEnd, readEpochYear, readNumberAt, readOrdinal, readSpokenYear, readYear, twoDigitYear } from "../read-parts.js";
import { isCapitalized, kindAt, textAt, touchesPrevious, word, type TokenView } from "../token-view.js";
import type { DateSpec } from "../spec.js";
import { date, fixed, unitOf, type Matcher } from "./match.js";

const MONEY_SIGNS: ReadonlySet<string> = new Set(["$", "€", "£", "¥", "#", "no"]);

/** "1945", "fiscal 1989", "the 1990s", "'90s", "the 21st century". */
export const matchEra: Matcher = (view, i) => {
  const epoch = matchEpochYear(view, i);
  if (epoch) return epoch;
  let j = i;
  // "fiscal 1999", "fiscal year 1999", "calendar year 2024".
  if (word(view, j) === "fiscal" || (word(view, j) === "calendar" && word(view, j + 1) === "year")) j += word(view, j) === "fiscal" && word(view, j + 1) !== "year" ? 1 : 2;
  if (word(view, j) === "year" && word(view, j - 1) === "the" && j === i) return undefined;
  const year = readYear(view, j);
  if (year) {
    if (MONEY_SIGNS.has(word(view, i - 1)) || word(view, year.end) === "%") return undefined;
    // "the 1990s", and "the 1970s-era" (the tokenizer keeps "s-era" one word).
    const s = word(view, year.end);
    if ((s === "s" || s.startsWith("s-")) && touchesPrevious(view, year.end)) {
      return date(decadeOf(year.value), year.end + 1);
    }
    // A year next to a unit is a count ("2014 people" is rare; "1500 hours" is not); "the 1200 block of" an address.
    const next = word(view, year.end);
    if ((unitOf(next) && !next.endsWith("'s")) || next === "block" || (word(view, i - 1) !== "the" && isStreetAfter(view, year.end))) return undefined;
    // "the 2012-13 season", "fiscal 2013-14": one period across the turn of a year, valued by its first as a winter is.
    const span = nextYearEnd(view, year.value, year.end);
    const end = j > i || SPANNING_YEAR_NOUNS.has(word(view, span)) ? span : year.end;
    // "the 1999 fiscal year", "the 2020-21 financial year": the noun after the year is the period's, as in "fiscal year 1999".
    const fiscal = j === i && (word(view, end) === "fiscal" || word(view, end) === "financial") && word(view, end + 1) === "year";
    return date({ kind: "era", unit: "year", number: year.value }, fiscal ? end + 2 : end);
  }
  const second = rangeEndYear(view, j);
  if (second !== undefined) return date({ kind: "era", unit: "year", number: second }, j + 1);
  const ordinal = readOrdinal(view, j);
  if (ordinal && word(view, ordinal.end) === "century" && ordinal.value >= 1) {
    // "the 5th century BC".
    const bc = BC_WORDS.has(word(view, ordinal.end + 1));
    return date({ kind: "era", unit: "century", number: ordinal.value - 1, ...(bc ? { bc } : {}) }, ordinal.end + (bc ? 2 : 1));
  }
  return undefined;
};

/** The decade "the 1990s" names ("199"), or the century of "the 1800s" ("18"; "the 2000s" is read as a decade). */
export function decadeOf(year: number): DateSpec {
  const century = year % 100 === 0 && year < 2000;
  return { kind: "era", unit: century ? "century" : "decade", number: Math.floor(year / (century ? 100 : 10)) };
}

/** True when a street name follows token `at` ("Elm Street", "S. Pine Ave."): the number before it is a house number ("the 2015 Elm Street shooting" keeps its year). */
function isStreetAfter(view: TokenView, at: number): boolean {
  if (!isCapitalized(view, at)) return false;
  for (let k = at + 1; k <= at + 3; k++) if (STREET_WORDS.has(word(view, k)) && isCapitalized(view, k)) return true;
  return false;
}

/** "480 BC", "AD 476", "476 AD": a year with its era mark, which makes a number of any length a year. */
function matchEpochYear(view: TokenView, i: number): ReturnType<Matcher> {
  if (MONEY_SIGNS.has(word(view, i - 1))) return undefined;
  const year = readEpochYear(view, i);
  if (!year) return undefined;
  // The spec counts BC years as written ("480"); the reader gives the astronomical year (-479).
  return year.value >= 1 ? date({ kind: "era", unit: "year", number: year.value }, year.end) : date({ kind: "era", unit: "year", number: 1 - year.value, bc: true }, year.end);
}

/** "1914–18", "1941-42": the second year of a range written with its last two digits, after the first year. */
function rangeEndYear(view: TokenView, i: number): number | undefined {
  if (kindAt(view, i) !== "number" || !/^\d{2}$/u.test(view.tokens.text(i)) || !touchesPrevious(view, i) || !touchesPrevious(view, i - 1)) return undefined;
  const dash = word(view, i - 1);
  const first = textAt(view, i - 2);
  if ((dash !== "–" && dash !== "-") || kindAt(view, i - 2) !== "number" || !/^(?:1\d|20)\d{2}$/u.test(first)) return undefined;
  const year = Math.floor(Number(first) / 100) * 100 + Number(view.tokens.text(i));
  return year > Number(first) ? year : undefined;
}

const YEAR_QUALIFIERS: ReadonlySet<string> = new Set(["full", "fiscal", "current", "calendar", "whole", "entire"]);

/**
 * "the year", "the fiscal year", "the year two thousand": the year the report is about, a length
 * of a year when the sentence bounds it ("the year ended June 30"), or the year a number names.
 */
export const matchTheYear: Matcher = (view, i) => {
  if (word(view, i) !== "the") return undefined;
  let j = i + 1;
  if (YEAR_QUALIFIERS.has(word(view, j))) j += 1;
  // "Person of the Year", "the Year of the Snake": a capital after a small "the" makes a name.
  if (word(view, j) !== "year" || (isCapitalized(view, j) && !isCapitalized(view, i))) return undefined;
  const named = readNumberAt(view, j + 1);
  if (named && named.value >= 1 && named.value <= 2999 && Number.isInteger(named.value)) {
    // "the year 44 BC"; a year of fewer digits only where no noun it could count follows ("the year 73, when", not "the year 300 people").
    const bc = BC_WORDS.has(word(view, named.end));
    const after = kindAt(view, named.end);
    if (named.value >= 1000 || bc || after !== "word" || isCapitalized(view, named.end)) return date({ kind: "era", unit: "year", number: named.value, ...(bc ? { bc } : {}) }, named.end + (bc ? 1 : 0));
  }
  const after = word(view, j + 1);
  if (after === "ended" || after === "ending" || after === "to") return fixed("P1Y", "DURATION", j + 1);
  if (after === "'s" || after === "before" || after === "after" || after === "earlier" || after === "later") return undefined;
  return date({ kind: "unit-shift", unit: "year", shift: 0 }, j + 1);
};

/** "nineteen ninety-six", "twenty twenty-two": a year said as two numbers. */
export const matchSpokenYear: Matcher = (view, i) => {
  const year = readSpokenYear(view, i);
  return year ? date({ kind: "era", unit: "year", number: year.value }, year.end) : undefined;
};

/** "the 80s", "the eighties", "the early 90s": a decade of the twentieth century, towards its start, middle or end. */
export const matchCenturylessDecade: Matcher = (view, i) => {
  if (word(view, i) !== "the") return undefined;
  const mod = DATE_MODIFIERS.get(word(view, i + 1));
  const k = mod ? i + 2 : i + 1;
  const text = textAt(view, k);
  const named = DECADE_WORDS.get(word(view, k));
  const digits = named === undefined && kindAt(view, k) === "number" && /^[2-9]0$/u.test(text) && word(view, k + 1) === "s" && touchesPrevious(view, k + 1);
  if (named === undefined && !digits) return undefined;
  return date({ kind: "era", unit: "decade", number: 190 + (named ?? Number(text) / 10) }, digits ? k + 2 : k + 1, mod ? { mod } : {});
};


/** "FY2014", "FY 2014", "FY99", "FY '99": a fiscal year, named by the year it ends in ("FY 50" spaced is more often a count). */
export const matchFiscalYear: Matcher = (view, i) => {
  const w = word(view, i);
  const glued = /^fy(?:['’]?(\d{2})|([12]\d{3}))$/u.exec(w);
  if (glued) return date({ kind: "era", unit: "year", number: glued[2] ? Number(glued[2]) : twoDigitYear(Number(glued[1])) }, i + 1);
  const year = w === "fy" ? readYear(view, i + 1) : undefined;
  return year ? date({ kind: "era", unit: "year", number: year.value }, year.end) : undefined;
};

/** "'90s": an apostrophe, two digits and "s". */
export const matchShortDecade: Matcher = (view, i) => {
  const w = word(view, i);
  if ((w !== "'" && w !== "’") || !touchesPrevious(view, i + 1) || !touchesPrevious(view, i + 2)) return undefined;
  const text = textAt(view, i + 1);
  if (kindAt(view, i + 1) !== "number" || !/^\d{2}$/u.test(text) || word(view, i + 2) !== "s") return undefined;
  return date({ kind: "era", unit: "decade", number: 190 + Math.floor(Number(text) / 10) }, i + 3);
};
