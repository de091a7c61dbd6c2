/**
 * Which matchers a phrase opening with a given word can come from, so the scanner runs only
 * those at a word instead of all of them (most opener positions are "the", "a", "last" or a
 * hyphenated word, which only a few families start with). Each predicate says, from the first
 * word alone, whether its matcher may read anything there: it must be true wherever the matcher
 * can match (test/dates-openers.test.ts runs every matcher at every word of invented texts with
 * and without this table), and may be true more often. A new rule that opens with a new word
 * adds that word here.
 *
 * @module
 */
import { CLAUSE_REFERENCE_WORDS, FREQUENCY_DETERMINERS, FREQUENCY_WORDS, HOLIDAYS, MONTH_WORDS, RECURRING_DAY_WORDS, REFERENCE_WORDS, SEASON_WORDS, WEEKDAY_WORDS } from "../../lexicon/dates.js";
import { mayReadNumberWord } from "../read-parts.js";
import { matchCalendarDate, matchNumericDate } from "./calendar-dates.js";
import { matchClock, matchPartOfDay, matchSpokenClock } from "./clock-times.js";
import { matchCompound } from "./compounds.js";
import { matchBareUnits, matchCountedUnits } from "./counted-units.js";
import { matchDayInFocus, matchRelativeDay, matchWeekday } from "./days.js";
import { matchCenturylessDecade, matchEra, matchFiscalYear, matchShortDecade, matchSpokenYear, matchTheYear } from "./eras.js";
import { matchHoliday } from "./holidays.js";
import { shiftOf, unitOf, withoutPossessive, type Matcher } from "./match.js";
import { matchQuarter, matchQuarterInFocus, matchSeason } from "./parts-of-year.js";
import { matchReference } from "./references.js";
import { matchFrequency, matchTimesPer } from "./sets.js";
import { matchAnaphoricPeriod, matchDayOfShiftedMonth, matchDayOfThisMonth, matchUnitShift, matchYearEnd } from "./unit-shifts.js";

/** Whether a phrase of one matcher may open with the word `w` (lower-cased; a word token, not a number or punctuation). */
type Opens = (w: string) => boolean;

// Its calls are marked pure: in the one-file build a call may have effects for all the bundler
// knows, and would keep this whole table in a bundle that never reads it (resolveDate's).
const words = (...list: string[]): Opens => {
  const set = new Set(list);
  return (w) => set.has(w);
};

const isShift: Opens = (w) => shiftOf(w) !== undefined;
const isWeekday: Opens = (w) => WEEKDAY_WORDS.has(withoutPossessive(w));
const isMonth: Opens = (w) => MONTH_WORDS.has(withoutPossessive(w));

/** Words "the day before yesterday", "today", "tonight", "last night", "this morning" open with. */
const RELATIVE_DAY_OPENERS = /* @__PURE__ */ words(
  "the", "day", "today", "today's", "today’s", "tomorrow", "tomorrow's", "yesterday", "yesterday's",
  "tonight", "tonight's", "overnight", "last", "this",
);

/** Lead words of counts ("the past two months", "recent weeks"). */
const COUNT_OPENERS = /* @__PURE__ */ words("the", "past", "last", "next", "first", "coming", "previous", "following", "final", "initial", "latest", "preceding", "recent");

/** Each matcher with the words it may open with, in the order of {@link MATCHERS} (index.ts). */
export const OPENERS_OF: ReadonlyMap<Matcher, Opens> = new Map<Matcher, Opens>([
  [matchCalendarDate, (w) => isWeekday(w) || isShift(w) || isMonth(w) || mayReadNumberWord(w)],
  // Both read digits only.
  [matchNumericDate, () => false],
  [matchWeekday, (w) => isShift(w) || isWeekday(w)],
  [matchRelativeDay, RELATIVE_DAY_OPENERS],
  [matchPartOfDay, /* @__PURE__ */ words("midnight", "dawn", "daybreak", "dusk", "nightfall", "midday", "noon", "mid", "mid-morning", "midmorning", "mid-afternoon", "midafternoon", "mid-evening")],
  [matchDayInFocus, /* @__PURE__ */ words("the")],
  [matchUnitShift, (w) => w === "the" || isShift(w)],
  [matchYearEnd, /* @__PURE__ */ words("year-end", "yearend", "year", "year's")],
  [matchAnaphoricPeriod, /* @__PURE__ */ words("the", "that")],
  [matchDayOfShiftedMonth, (w) => w === "the" || mayReadNumberWord(w)],
  [matchCountedUnits, (w) => COUNT_OPENERS(w) || mayReadNumberWord(w)],
  [matchBareUnits, (w) => unitOf(w) !== undefined],
  [matchCompound, (w) => w.indexOf("-") > 0],
  [matchEra, (w) => w === "fiscal" || w === "calendar" || w === "ad" || w === "a.d." || w === "ce" || w === "c.e." || mayReadNumberWord(w)],
  [matchTheYear, /* @__PURE__ */ words("the")],
  [matchSpokenYear, mayReadNumberWord],
  [matchShortDecade, /* @__PURE__ */ words("'", "’")],
  [matchFiscalYear, (w) => w.startsWith("fy")],
  [matchCenturylessDecade, /* @__PURE__ */ words("the")],
  [matchDayOfThisMonth, /* @__PURE__ */ words("the")],
  [matchQuarter, (w) => isShift(w) || w === "final" || w === "fiscal" || w.startsWith("fiscal-") || w === "calendar" || isQuarterCode(w) || w.endsWith("-quarter") || mayReadNumberWord(w)],
  [matchQuarterInFocus, /* @__PURE__ */ words("the", "that", "this")],
  [matchSeason, (w) => isShift(w) || SEASON_WORDS.has(w)],
  [matchHoliday, (w) => isShift(w) || holidayOpeners().has(w)],
  [matchReference, (w) => w === "these" || w === "the" || CLAUSE_REFERENCE_WORDS.has(w) || REFERENCE_WORDS.has(w)],
  [matchFrequency, (w) => FREQUENCY_WORDS.has(w) || FREQUENCY_DETERMINERS.has(w) || RECURRING_DAY_WORDS.has(w) || isWeekday(w)],
  [matchTimesPer, (w) => w === "once" || w === "twice" || w === "thrice" || mayReadNumberWord(w)],
  // Reads digits only.
  [matchClock, () => false],
  [matchSpokenClock, (w) => w === "quarter" || mayReadNumberWord(w)],
]);

/** "q1"–"q4", "h1"–"h4" (the matcher checks the part), by character codes. */
function isQuarterCode(w: string): boolean {
  const c = w.charCodeAt(0);
  const d = w.charCodeAt(1);
  return w.length === 2 && (c === 113 || c === 104) && d >= 49 && d <= 52;
}

let holidayFirstWords: ReadonlySet<string> | undefined;

function holidayOpeners(): ReadonlySet<string> {
  holidayFirstWords ??= new Set(HOLIDAYS.map((h) => h.words[0] ?? ""));
  return holidayFirstWords;
}

/** The matchers of `all` a phrase opening with the word `w` may come from, in their order; a matcher missing from the table is always kept. */
export function matchersOpening(all: readonly Matcher[], w: string): Matcher[] {
  return all.filter((m) => OPENERS_OF.get(m)?.(w) ?? true);
}

