/**
 * Parts of a year: quarters and halves ("the third quarter", "Q3 2019", "the first half of 1990", "the
 * quarter" a report is about) and seasons ("last fall", "the winter of 1998").
 *
 * @module
 */
import { MONTH_WORDS, ORDINAL_WORDS, SEASON_NAMED_THINGS, SEASON_WORDS } from "../../lexicon/dates.js";
import { nextYearEnd, readEpochYear, readOrdinal, readYear } from "../read-parts.js";
import type { DateSpec } from "../spec.js";
import { word, type TokenView } from "../token-view.js";
import { anaphoricShift, date, placementOf, shiftOf, unitOf, withoutPossessive, type Matcher } from "./match.js";

/** "the third quarter", "Q3 2019", "fourth quarter 2018", "the first half of 1990", "next year's first quarter". */
export const matchQuarter: Matcher = (view, i) => {
  let j = i;
  let yearShift: number | undefined;
  let year: number | undefined;
  const shift = shiftOf(word(view, j));
  if (shift !== undefined && unitOf(word(view, j + 1)) === "year" && word(view, j + 1).endsWith("'s")) {
    yearShift = shift;
    j += 2;
  }
  const leadYear = readYear(view, j);
  if (leadYear) {
    year = leadYear.value;
    j = leadYear.end;
  }
  // "the fiscal-first quarter": the hyphen joins the qualifier to the ordinal.
  const joined = word(view, j).startsWith("fiscal-") ? ORDINAL_WORDS.get(word(view, j).slice(7)) : undefined;
  const fiscal = word(view, j) === "fiscal" || joined !== undefined;
  if (word(view, j) === "fiscal" || word(view, j) === "calendar") j += 1;
  let part: number | undefined;
  let unit: "quarter" | "half" | undefined;
  // "q3", "h1" by character codes: this runs at every opener.
  const code = word(view, j);
  const letter = code.length === 2 ? code.charCodeAt(0) : 0;
  const digit = letter === 0 ? -1 : code.charCodeAt(1) - 48; // no read past a shorter word's end
  if ((letter === 113 && digit >= 1 && digit <= 4) || (letter === 104 && (digit === 1 || digit === 2))) {
    part = digit;
    unit = letter === 113 ? "quarter" : "half";
    j += 1;
  } else if (word(view, j).endsWith("-quarter") && ORDINAL_WORDS.has(word(view, j).slice(0, -8))) {
    part = ORDINAL_WORDS.get(word(view, j).slice(0, -8))!;
    unit = "quarter";
    if (part > 4) return undefined;
    j += 1;
  } else {
    // "the last half of 1989" is the second half.
    // "the final quarter of 2012", "the last half of the year" too; "the last quarter" alone is the one before this.
    const lastPart = (word(view, j) === "last" || word(view, j) === "final") && (word(view, j + 1) === "half" || word(view, j + 1) === "quarter") && word(view, j - 1) === "the";
    const ordinal = lastPart ? { value: word(view, j + 1) === "half" ? 2 : 4, end: j + 1 } : joined !== undefined ? { value: joined, end: j + 1 } : readOrdinal(view, j);
    const w = ordinal ? word(view, ordinal.end) : "";
    if (!ordinal || (w !== "quarter" && w !== "half")) return undefined;
    if (lastPart && readYear(view, ordinal.end + 2) === undefined && word(view, ordinal.end + 3) !== "year") return undefined;
    unit = w;
    part = ordinal.value;
    if (part > (unit === "quarter" ? 4 : 2)) return undefined;
    j = ordinal.end + 1;
  }
  let fiscalYear = false;
  if (year === undefined && yearShift === undefined) {
    let k = j;
    if (word(view, k) === "of" || word(view, k) === ",") k += 1;
    // "the third quarter of fiscal 1999", "the first half of fiscal year 2001": one expression, the fiscal year's part.
    const fiscalAt = word(view, k - 1) === "of" && word(view, k) === "fiscal" ? (word(view, k + 1) === "year" ? k + 2 : k + 1) : undefined;
    const trailing = readYear(view, fiscalAt ?? k);
    if (trailing) {
      year = trailing.value;
      j = trailing.end;
      fiscalYear = fiscalAt !== undefined;
    } else {
      if (word(view, k) === "the") k += 1;
      const s = shiftOf(word(view, k));
      if (s !== undefined && unitOf(word(view, k + 1)) === "year") {
        yearShift = s;
        j = k + 2;
      } else if (word(view, k) === "year" && word(view, k - 1) === "the" && word(view, k - 2) === "of") {
        // "the second half of the year": of the year in focus, one expression.
        yearShift = 0;
        j = k + 1;
      }
    }
  }
  const spec: DateSpec = {
    kind: "part-of-year",
    unit,
    part: String(part),
    ...(year !== undefined ? { year } : {}),
    ...(yearShift !== undefined ? { yearShift } : {}),
    ...(fiscal || fiscalYear ? { fiscal: true } : {}),
    placement: "tense",
  };
  return date(spec, j);
};

const FOCUS_DETERMINERS: ReadonlySet<string> = new Set(["the", "that", "this"]);

/** "the quarter", "that quarter", "the latest period": the quarter the report is about; "the December quarter", one named by its last month. */
export const matchQuarterInFocus: Matcher = (view, i) => {
  const w = word(view, i);
  if (!FOCUS_DETERMINERS.has(w)) return undefined;
  if (word(view, i + 1) === "quarter" && w !== "this") return date({ kind: "quarter-in-focus" }, i + 2);
  // "the December quarter", "the June quarter": a quarter named by the month it ends with.
  const ending = w === "the" && word(view, i + 2) === "quarter" ? MONTH_WORDS.get(word(view, i + 1)) : undefined;
  if (ending !== undefined && ending % 3 === 0) return date({ kind: "part-of-year", unit: "quarter", part: String(ending / 3), placement: "tense" }, i + 3);
  if (w === "the" && (word(view, i + 1) === "latest" || word(view, i + 1) === "recent") && word(view, i + 2) === "period") {
    return date({ kind: "quarter-in-focus" }, i + 3);
  }
  // "the 1988 period", "the 1989 quarter": the reported quarter of that year.
  const year = w === "the" ? readYear(view, i + 1) : undefined;
  if (year && (word(view, year.end) === "period" || word(view, year.end) === "quarter")) {
    return date({ kind: "quarter-in-focus", year: year.value }, year.end + 1);
  }
  return undefined;
};

/** "last fall", "this summer", "summer 2024", "the winter of 1998". */
export const matchSeason: Matcher = (view, i) => {
  const shift = shiftOf(word(view, i));
  const j = shift !== undefined ? i + 1 : i;
  // "last summer's floods" too ("the fall's" may be a fall's).
  const season = SEASON_WORDS.get(shift === undefined ? word(view, j) : withoutPossessive(word(view, j)));
  // "the Winter Olympics", "summer camp", "spring training": a name or compound, no time ("last summer's camp" is one).
  if (!season || (SEASON_NAMED_THINGS.has(word(view, j + 1)) && !word(view, j).endsWith("'s"))) return undefined;
  let k = j + 1;
  if (word(view, k) === "of") k += 1;
  // "the summer of 480 BC" too.
  const year = readEpochYear(view, k) ?? readYear(view, k);
  if (year) return date({ kind: "part-of-year", unit: "season", part: season, year: year.value, placement: "tense" }, winterSpan(view, season, year.value, year.end));
  // "the summer of that year", "the spring of the following year": of the year the text reached.
  const ofYear = k === j + 2 ? YEAR_OF_FOCUS.get(`${word(view, k)} ${word(view, k + 1)}${word(view, k + 1) === "year" ? "" : ` ${word(view, k + 2)}`}`) : undefined;
  if (ofYear !== undefined) return date({ kind: "part-of-year", unit: "season", part: season, placement: "current", anaphoric: true, yearShift: ofYear }, word(view, k) === "that" ? k + 2 : k + 3);
  // "the summer", "in winter": the season of the anchor's year; "the fall of the city" is no season,
  // nor "the fall in prices", "driven by fall in demand" ("in the fall in Ohio" stays the season).
  if (shift === undefined && (!SEASON_CONTEXT_WORDS.has(word(view, i - 1)) || word(view, j + 1) === "of" || (word(view, j) === "fall" && FALL_AS_DROP.has(word(view, j + 1)) && word(view, i - 2) !== "in"))) return undefined;
  // "the following spring": counted from the last date the text reached, as "the following year" is.
  return date({ kind: "part-of-year", unit: "season", part: season, placement: placementOf(shift), ...(anaphoricShift(view, i) ? { anaphoric: true } : {}) }, j + 1);
};

/** Past "the winter of 1941–42": a winter spans the turn of the year and is written with both (TimeML values it by the first). */
function winterSpan(view: TokenView, season: string, year: number, end: number): number {
  return season === "WI" ? nextYearEnd(view, year, end) : end;
}

/** "that year", "the following year" after "the summer of": the shift from the year the text reached. */
const YEAR_OF_FOCUS: ReadonlyMap<string, number> = new Map([
  ["that year", 0], ["the same year", 0], ["the following year", 1], ["the next year", 1], ["the previous year", -1],
]);

/** Words after "fall" that make it a drop ("the fall in prices", "a fall to 3%"). */
const FALL_AS_DROP: ReadonlySet<string> = new Set(["in", "from", "to"]);

/** Words a bare season follows as a time: "in winter", "by spring", "until summer". */
const SEASON_CONTEXT_WORDS: ReadonlySet<string> = new Set(["the", "in", "during", "this", "early", "late", "mid", "by", "until", "since", "throughout", "before"]);
