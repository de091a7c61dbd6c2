/**
 * Resolves a {@link Reading} in a document, where what the text told before shapes it: the
 * quarter a report is about, the day the story is on, a narrative's own timeline. Each case
 * turns into a plain reading or anchor for {@link resolveReading}, so `resolveDate`, which reads
 * a phrase alone, bundles none of this.
 *
 * @module
 */
import type { TimeUnit } from "../lexicon/dates.js";
import { dayNumber, dayOf, type Day } from "./calendar.js";
import { resolveReading, type ResolveContext, type Tense } from "./resolve-spec.js";
import type { DateSpec, Reading } from "./spec.js";
import { unanchoredValue } from "./resolve-unanchored.js";
import { pad } from "./timex-value.js";

/** A {@link ResolveContext} with what the document told before the phrase; a field may be undefined, so the stage builds one literal per expression. */
export interface StoryContext extends ResolveContext {
  /** The grain the anchor was stated at: a narrative's "in 1943" fixes a year, not a day in it. */
  readonly anchorGrain?: "year" | "month" | "day" | undefined;
  /** The last quarter the text named, for "a year ago" in quarterly reports. */
  readonly lastQuarter?: { readonly year: number; readonly quarter: number } | undefined;
  /** Whether the report has moved from that quarter to the year to date ("the nine months"): "a year ago" is then the year. */
  readonly yearToDate?: boolean | undefined;
  /** The day a bare clock time falls on (the last day named nearby), else the anchor. */
  readonly clockDay?: Day | undefined;
  /** The last day the text named, for "in the day"; the night's day when it named a night. */
  readonly lastDay?: Day | undefined;
  /** The last calendar date the text reached and its grain, for "the following year". */
  readonly lastDate?: { readonly day: Day; readonly grain: "year" | "month" | "day"; readonly months?: number | undefined } | undefined;
  /** A narrative clause in the past perfect ("had begun in March"): it looks back from the date the story reached. */
  readonly flashback?: boolean | undefined;
  /** The story's year follows the phrase ("March of the next year"): a year-less month or day is of the year reached, not moved on. */
  readonly yearFollows?: boolean | undefined;
}

/** The TIMEX3 value of `reading` in a document's `context`. */
export function resolveInStory(reading: Reading, context: StoryContext): string {
  const spec = reading.spec;
  const { lastQuarter, lastDay, anchorGrain } = context;
  let anchor = context.anchor;
  let tense: Tense = context.tense;
  let told: DateSpec = spec;
  // A narrative's year-less date stays in the year it has reached ("In 1943 … on 10 May"). A story
  // moves forward, so a month more than half a year before the one it reached is the next year's
  // ("late 1944 … in early January"); a past perfect looks back instead ("had begun in March").
  const narrativeYear = (month: number): number | undefined => (anchor && anchorGrain !== undefined ? anchor.year + (month - anchor.month < -6 && !context.flashback && !context.yearFollows ? 1 : 0) : undefined);
  switch (spec.kind) {
    case "quarter-in-focus":
      // "the 1988 period" after "the nine months" is that year's, to date.
      if (lastQuarter && !(spec.year !== undefined && context.yearToDate)) told = fixed(`${pad(spec.year ?? lastQuarter.year, 4)}-Q${lastQuarter.quarter}`);
      break;
    case "offset":
      if (spec.fromLast) {
        const base = anaphoricBase(spec.unit, context);
        // "A decade and a half later" in news with no date before it: after some event the text
        // does not date, not the publication date moved on (TimeML: a reference token, by tense).
        if (!base && anchor && anchorGrain === undefined) return tense === "past" ? "PAST_REF" : "FUTURE_REF";
        anchor = base ?? anchor;
      }
      // "two and a half years later": whole months (30), read at the grain the story's time allows; a value has no fractions.
      if (!Number.isInteger(spec.count) && spec.unit in SMALLER_UNIT) return fractionalOffset(reading, spec, context, anchor);
      // A story counts decades and centuries at their grain ("two decades later" after 1850 is the
      // 1870s, "four centuries later" after 1200 BC the 8th century BC), as it counts weeks; news,
      // as TimeBank does, in years ("a decade ago" is a year).
      if ((spec.unit === "decade" || spec.unit === "century") && anchor && anchorGrain !== undefined && Number.isInteger(spec.count)) {
        const value = storyEra(spec.unit, anchor.year, spec.count);
        if (value) told = fixed(value);
      }
      // Quarterly reports compare with "a year ago": the same quarter of the year before, or the
      // year before when the report has moved on to the year to date ("the year-ago quarter" stays one).
      if (anchor && lastQuarter && spec.unit === "year" && spec.count === -1) {
        told = fixed(context.yearToDate && !spec.ofQuarter ? pad(lastQuarter.year - 1, 4) : `${pad(lastQuarter.year - 1, 4)}-Q${lastQuarter.quarter}`);
      }
      break;
    case "unit-shift": {
      if (spec.anaphoric) anchor = anaphoricBase(spec.unit, context) ?? anchor;
      // Before the common era, decades and centuries count down: "the following decade" after 413 BC is 409–400 BC.
      const bc = anchor && anchor.year < 1 && anchorGrain !== undefined && (spec.unit === "decade" || spec.unit === "century") ? bcEra(spec.unit, anchor.year, spec.shift) : undefined;
      if (bc) told = fixed(bc);
      break;
    }
    case "weekday":
      if (spec.anaphoric && lastDay) anchor = lastDay;
      // A narrative moves forward: "On Monday, 4 June … until Friday" is the Friday after.
      if (anchorGrain !== undefined && tense === "none") tense = "future";
      break;
    case "day-in-focus":
      anchor = lastDay ?? anchor;
      // The day of a month the text reached last ("last October … that same day"): a day of that month, not told which.
      // News only: a narrative without a publication date places its days by its own steps.
      if (!lastDay && anchor && anchorGrain === undefined && context.lastDate?.grain === "month" && !context.lastDate.months) told = fixed(`${pad(context.lastDate.day.year, 4)}-${pad(context.lastDate.day.month, 2)}-XX`);
      break;
    case "clock":
      // A bare "midnight" told in the past ("the curfew began at midnight") is the one the day began with: the day before's T24.
      if (!context.clockDay && anchor && tense === "past" && reading.clock?.hour === 24) anchor = dayOf(dayNumber(anchor.year, anchor.month, anchor.day) - 1);
      anchor = context.clockDay ?? anchor;
      break;
    case "date":
      if (spec.anaphoric) anchor = anaphoricDay(spec.placement, context) ?? anchor;
      else if (spec.year === undefined && spec.yearShift === undefined && spec.placement === "tense") told = withYear(spec, narrativeYear(spec.month));
      break;
    case "holiday":
      if (spec.year === undefined && spec.day !== undefined && spec.placement === undefined) told = withYear(spec, narrativeYear(spec.month));
      break;
    case "part-of-year":
      if (spec.anaphoric && spec.placement !== "current") anchor = anaphoricDay(spec.placement, context) ?? anchor;
      else told = partOfYearInStory(spec, context);
      break;
    default:
      break;
  }
  const toldReading = told === spec ? reading : { ...reading, spec: told };
  const resolvedIn = anchor === context.anchor && tense === context.tense ? context : { anchor, tense };
  // Nothing to count from (an undated text before its first date): X digits for what an anchor would tell.
  return resolveReading(toldReading, resolvedIn, anchor ? undefined : unanchoredValue(told));
}

/**
 * The decade or century `count` of them after (before, when negative) the one of `year` (0 is 1
 * BC): "187", "19", "BC07" (the 8th century BC, 800–701 BC); undefined for a decade before the
 * common era, which TIMEX writes no decade of here.
 */
function storyEra(unit: "decade" | "century", year: number, count: number): string | undefined {
  const reached = year + count * (unit === "decade" ? 10 : 100);
  if (reached >= 1) return unit === "decade" ? pad(Math.floor(reached / 10), 3) : pad(Math.floor(reached / 100), 2);
  return unit === "century" ? `BC${pad(Math.floor(-reached / 100), 2)}` : undefined;
}

/**
 * The decade or century before the common era `shift` of them after (before, when negative) the one of `year` (0 is
 * 1 BC), as TIMEX writes it ("BC040" for 409–400 BC, "BC04" for the 5th century BC); undefined past the era's start.
 */
function bcEra(unit: "decade" | "century", year: number, shift: number): string | undefined {
  const size = unit === "decade" ? 10 : 100;
  const n = Math.floor((1 - year) / size) - shift;
  return n >= 0 ? `BC${pad(n, unit === "decade" ? 3 : 2)}` : undefined;
}

/** The unit a fractional count of each unit is counted in, and how many of it make one: "two and a half years" is 30 months. */
const SMALLER_UNIT: Readonly<Record<string, readonly ["month" | "year" | "day", number]>> = { year: ["month", 12], decade: ["year", 10], century: ["year", 100], month: ["day", 30], week: ["day", 7] };

/**
 * An offset of a fractional count ("two and a half years later", "a month and a half before") in
 * whole units of the next smaller size, cut to the grain of the unit it was told in and no finer
 * than a story's time: a year and a half from March 1916 is 1917-09; from 1916 alone, 1917.
 */
function fractionalOffset(reading: Reading, spec: Extract<DateSpec, { kind: "offset" }>, context: StoryContext, anchor: Day | undefined): string {
  const [unit, size] = SMALLER_UNIT[spec.unit]!;
  const whole: Reading = { ...reading, spec: { ...spec, unit, count: Math.round(spec.count * size) } };
  const value = resolveReading(whole, anchor === context.anchor ? context : { ...context, anchor }, anchor ? undefined : unanchoredValue(whole.spec));
  // A month's fraction counted in days is still a month, a week's a day; a year's in months is a month only from a month or a day.
  const cut = spec.unit === "week" ? 10 : spec.unit === "month" || (unit === "month" && context.anchorGrain !== "year") ? 7 : 4;
  return /^\d{4}-\d\d/u.test(value) ? value.slice(0, cut) : value;
}

/** The middle month of each season (TIMEX3 SP, SU, FA, WI), winter's in the year it ends. */
const SEASON_MIDDLE: Readonly<Record<string, number>> = { SP: 4, SU: 7, FA: 10, WI: 1 };

function fixed(value: string): DateSpec {
  return { kind: "fixed", value };
}

/** The spec with `year`, or the spec itself when there is none. */
function withYear<S extends DateSpec & { readonly year?: number }>(spec: S, year: number | undefined): S {
  return year === undefined ? spec : { ...spec, year };
}

/**
 * A part of the year in a document: "that summer", "the spring of the following year" of the year
 * the text reached; in a narrative anchored to a year alone ("In 1943, in the summer") that year's,
 * and a season moves forward with the story ("By the summer" after January 1942 is 1942's).
 */
function partOfYearInStory(spec: Extract<DateSpec, { kind: "part-of-year" }>, context: StoryContext): DateSpec {
  let told = spec;
  if (spec.anaphoric && spec.year === undefined) {
    const last = context.lastDate;
    // "that winter" told from a day or month of January or February is the winter that month is in, begun the year before.
    const wintry = spec.part === "WI" && spec.yearShift === undefined && last !== undefined && last.grain !== "year" && last.day.month <= 2 ? -1 : 0;
    const { yearShift: _shift, ...rest } = spec;
    told = last === undefined ? rest : { ...rest, year: last.day.year + (spec.yearShift ?? wintry) };
  }
  const anchor = context.anchor;
  if (told.year !== undefined || told.yearShift !== undefined || !anchor || context.anchorGrain === undefined || told.placement !== "tense") return told;
  if (context.anchorGrain === "year") return { ...told, year: anchor.year };
  // A story moves forward, as with a month: a season whose middle lies more than half a year
  // before the story's month is the next year's ("5 November … the winter that followed" is
  // that winter). Winter is written with the year it starts in, so its middle is January's.
  if (told.unit === "season") {
    const middle = SEASON_MIDDLE[told.part] ?? 1;
    const year = anchor.year + (middle - anchor.month < -6 && !context.flashback ? 1 : 0);
    return { ...told, year: told.part === "WI" ? year - 1 : year };
  }
  return told;
}

/**
 * What "the following March" or "the previous summer" counts from in news: the last date the text
 * reached; after a year alone, its end or its start, so that the month or season lies in the year
 * after or before it ("in 2004 … the previous summer" is 2003's). A narrative places them by its own steps.
 */
function anaphoricDay(placement: string, context: StoryContext): Day | undefined {
  const last = context.lastDate;
  if (!last || context.anchorGrain !== undefined) return undefined;
  if (last.grain !== "year") return last.day;
  return placement === "next" ? { year: last.day.year, month: 12, day: 31 } : { year: last.day.year, month: 1, day: 1 };
}

/** The last date the text reached, when it was stated finely enough to count `unit`s from ("the following month" needs a month). */
function anaphoricBase(unit: TimeUnit, context: StoryContext): Day | undefined {
  const last = context.lastDate;
  if (!last) return undefined;
  const fine = unit === "year" || unit === "decade" || unit === "century" ? true : unit === "month" || unit === "quarter" || unit === "half" ? last.grain !== "year" : last.grain === "day";
  return fine ? last.day : undefined;
}
