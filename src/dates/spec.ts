/**
 * What a temporal phrase says, before it is resolved: the finder reads phrases into these
 * specs, the resolver turns a spec and an anchor into a TIMEX3 value.
 *
 * @module
 */
import type { TimeUnit } from "../lexicon/dates.js";

/** A clock time stated in the text ("6:15 am", "17:00 GMT"). */
export interface ClockTime {
  /** Hour, 0–23. */
  readonly hour: number;
  /** Minute, when stated. */
  readonly minute?: number;
  /** Zone designator (`"Z"`), when stated. */
  readonly zone?: string;
  /** Standard offset in minutes of a named zone that keeps European summer time ("03:40 Kyiv time"): the designator waits for the day. */
  readonly summerZone?: number;
}

/** Which of several same-named periods a word picks: the anchor's own, the one before or after. */
export type Shift = -1 | 0 | 1;

/** How a year-less date or a bare weekday is placed: by a word ("last", "next") or by tense. */
export type Placement = "previous" | "next" | "current" | "tense";

/** The meaning of a temporal phrase, independent of any reference date. */
export type DateSpec =
  /** A calendar date with what the text states: "July 2024", "May 9", "Sept. 2, 1945". */
  | { readonly kind: "date"; readonly year?: number; readonly month: number; readonly day?: number; readonly placement: Placement; readonly yearShift?: number; readonly anaphoric?: boolean }
  /** A holiday: a fixed day ("Christmas"), the nth weekday of a month ("Thanksgiving"), or days from Easter Sunday ("Good Friday" is -2). */
  | { readonly kind: "holiday"; readonly year?: number; readonly month: number; readonly day?: number; readonly nth?: number; readonly weekday?: number; readonly from?: number; readonly easter?: number; readonly julian?: boolean; readonly placement?: Exclude<Placement, "tense"> }
  /** The quarter a financial report is about: "the quarter", "the latest period"; "the 1988 quarter" is that quarter of 1988. */
  | { readonly kind: "quarter-in-focus"; readonly year?: number }
  /** A year, decade or century: "1945", "the 1990s" (decade 199), "the 21st century" (century 20); `bc` before the common era ("480 BC"). */
  | { readonly kind: "era"; readonly unit: "year" | "decade" | "century"; readonly number: number; readonly bc?: boolean }
  /** A quarter, half or season of a year: "the third quarter", "Q3 2019", "last fall"; `anaphoric` ones ("that summer") of the year the text last reached; `fiscal` quarters of a year named by its end. */
  | { readonly kind: "part-of-year"; readonly unit: "quarter" | "half" | "season"; readonly part: string; readonly year?: number; readonly yearShift?: number; readonly placement: Placement; readonly anaphoric?: boolean; readonly fiscal?: boolean }
  /** A day counted from the anchor: "yesterday" is -1. */
  | { readonly kind: "day-shift"; readonly days: number }
  /**
   * The anchor's unit or one next to it: "last week" is (week, -1), "this year" (year, 0);
   * `anaphoric` ones ("the following year") count from the last date the text reached instead.
   */
  | { readonly kind: "unit-shift"; readonly unit: TimeUnit; readonly shift: number; readonly anaphoric?: boolean }
  /**
   * A count of units from the anchor: "44 days ago" is (day, -44), valued at the unit's grain;
   * `unlessPast` is the duration to give instead in a past clause ("in three years"), `inNews`
   * the one to give when a publication date anchors the text ("three days later"); `ofQuarter`
   * marks a year-ago quarter ("the year-ago quarter"); `fromLast` counts from the last date the
   * text reached when there is one ("four years later").
   */
  | { readonly kind: "offset"; readonly unit: TimeUnit; readonly count: number; readonly baseDays: number; readonly unlessPast?: string; readonly inNews?: string; readonly ofQuarter?: boolean; readonly fromLast?: boolean }
  /** Several counts of units from the anchor: "1 year, 2 months and 3 days ago". */
  | { readonly kind: "compound-offset"; readonly parts: readonly { readonly unit: TimeUnit; readonly count: number }[] }
  /** A weekday: "Thursday", "last Friday", "Tuesday of last week"; `anaphoric` ones ("the previous Friday") count from the last day the text named. */
  | { readonly kind: "weekday"; readonly weekday: number; readonly placement: Placement; readonly weekShift?: number; readonly anaphoric?: boolean }
  /** The weekend: "the weekend", "last weekend"; `weeks` past that one: "the weekend after next" (1), "the weekend before last" (−1). */
  | { readonly kind: "weekend"; readonly placement: Placement; readonly weeks?: number }
  /** A day of a month picked relative to the anchor: "the 15th day of next month"; "on the 2nd" (`byTense`) moves a month by tense. */
  | { readonly kind: "day-of-shifted-month"; readonly day: number; readonly shift: number; readonly byTense?: boolean }
  /** The day the story is on: "earlier in the day", "spent the night". */
  | { readonly kind: "day-in-focus" }
  /** A clock time alone: "6:15 am", "17:00 GMT". */
  | { readonly kind: "clock" }
  /** A value that needs no anchor: "P44D", "PRESENT_REF", "XXXX-WXX-1". */
  | { readonly kind: "fixed"; readonly value: string };

/** A spec together with the type, part of day, clock time and modifier the phrase states. */
export interface Reading {
  /** The meaning. */
  readonly spec: DateSpec;
  /** The TIMEX3 type. */
  readonly type: "DATE" | "TIME" | "DURATION" | "SET";
  /** A part of day to append to a day value ("NI" for "last night"). */
  readonly partOfDay?: string;
  /** A clock time to append to a day value. */
  readonly clock?: ClockTime;
  /** A TIMEX3 modifier ("START" for "early"). */
  readonly mod?: string;
  /** The ISO week the day falls in, not the day: "the week of March 6". */
  readonly weekOfDay?: boolean;
  /** The ISO week of a month's week 1–4, or 5 for its last: "the first week of April". */
  readonly weekOfMonth?: number;
}
