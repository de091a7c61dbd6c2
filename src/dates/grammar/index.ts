/**
 * The date grammar: small matchers, each reading one family of temporal phrases at a token
 * index into a `Reading`, one module a family (calendar dates, days, unit shifts, counted
 * units, compounds, eras, parts of the year, holidays, reference words, sets, clock times).
 * Every matcher looks at a bounded number of tokens, so a scan is linear. This module lists
 * them for the scanner, grouped by the kind of token a phrase can start with.
 *
 * @module
 */
import { matchCalendarDate, matchNumericDate } from "./calendar-dates.js";
import { matchClock, matchPartOfDay, matchSpokenClock } from "./clock-times.js";
import { matchCompound } from "./compounds.js";
import { matchBareUnits, matchCountedUnits } from "./counted-units.js";
import { matchDayInFocus, matchRelativeDay, matchWeekday } from "./days.js";
import { matchCenturylessDecade, matchEra, matchFiscalYear, matchShortDecade, matchSpokenYear, matchTheYear } from "./eras.js";
import { matchHoliday } from "./holidays.js";
import type { Matcher } from "./match.js";
import { matchQuarter, matchQuarterInFocus, matchSeason } from "./parts-of-year.js";
import { matchReference } from "./references.js";
import { matchFrequency, matchTimesPer } from "./sets.js";
import { matchDayOfShiftedMonth, matchDayOfThisMonth, matchAnaphoricPeriod, matchUnitShift, matchYearEnd } from "./unit-shifts.js";

export type { Match, Matcher } from "./match.js";

/** The matchers whose phrases can start with a number written in digits ("44 days", "2024", "6:15 am"). */
export const NUMBER_MATCHERS: readonly Matcher[] = [
  matchCalendarDate,
  matchNumericDate,
  matchDayOfShiftedMonth,
  matchCountedUnits,
  matchCompound,
  matchEra,
  matchQuarter,
  matchClock,
  matchTimesPer,
];

/** The matchers whose phrases can start with a number word ("forty-four days", "nineteen ninety-six"). */
export const COUNT_MATCHERS: readonly Matcher[] = [matchCountedUnits, matchSpokenYear, matchTimesPer, matchSpokenClock];

/** The matchers whose phrases can start with punctuation ("'90s"). */
export const PUNCTUATION_MATCHERS: readonly Matcher[] = [matchShortDecade];

/** Every matcher; the scanner picks the subset by the first token's kind, and the longest phrase wins. */
export const MATCHERS: readonly Matcher[] = [
  matchCalendarDate,
  matchNumericDate,
  matchWeekday,
  matchRelativeDay,
  matchPartOfDay,
  matchDayInFocus,
  matchUnitShift,
  matchYearEnd,
  matchAnaphoricPeriod,
  matchDayOfShiftedMonth,
  matchCountedUnits,
  matchBareUnits,
  matchCompound,
  matchEra,
  matchTheYear,
  matchSpokenYear,
  matchShortDecade,
  matchFiscalYear,
  matchCenturylessDecade,
  matchDayOfThisMonth,
  matchQuarter,
  matchQuarterInFocus,
  matchSeason,
  matchHoliday,
  matchReference,
  matchFrequency,
  matchTimesPer,
  matchClock,
  matchSpokenClock,
];
