/**
 * Times of day: clock times ("6:15 am", "17:00 GMT") and "noon", "midday", "midnight".
 *
 * @module
 */
import { PART_OF_DAY_WORDS } from "../../lexicon/dates.js";
import { readClock } from "../read-parts.js";
import { word } from "../token-view.js";
import type { Matcher } from "./match.js";

const TWILIGHT_BEFORE: ReadonlySet<string> = new Set(["at", "by", "before", "after", "until", "around"]);

/** The middle of a part of the day, to its TIMEX3 code ("mid-afternoon" is AF). */
const MID_PARTS: ReadonlyMap<string, string> = new Map([
  ["mid-morning", "MO"], ["midmorning", "MO"], ["mid-afternoon", "AF"], ["midafternoon", "AF"], ["mid-evening", "EV"],
]);

/** Words before "mid-afternoon" that make it a time, not a modifier ("a mid-afternoon snack"). */
const MID_BEFORE: ReadonlySet<string> = new Set([...TWILIGHT_BEFORE, "in", "during", "since", "till"]);

/** "midday", "noon", "midnight", before "on Saturday" too: a time of day whose day may come next. */
export const matchPartOfDay: Matcher = (view, i) => {
  const w = word(view, i);
  // "midnight Friday" is the end of Friday, as TIMEX3 writes it (T24:00).
  if (w === "midnight") return { end: i + 1, reading: { spec: { kind: "clock" }, type: "TIME", clock: { hour: 24, minute: 0 } } };
  // "at dawn", "by nightfall": a part of the day in focus; "the dawn of an era" is none.
  const twilight = w === "dawn" || w === "daybreak" || w === "dusk" || w === "nightfall";
  if (twilight) return TWILIGHT_BEFORE.has(word(view, i - 1)) ? { end: i + 1, reading: { spec: { kind: "clock" }, type: "TIME", partOfDay: PART_OF_DAY_WORDS.get(w)! } } : undefined;
  // "by mid-afternoon", "in mid morning": the middle of a part of the day in focus.
  const middle = MID_PARTS.get(w) ?? (w === "mid" ? MID_PARTS.get(`mid-${word(view, i + 1)}`) : undefined);
  if (middle) return MID_BEFORE.has(word(view, i - 1)) ? { end: w === "mid" ? i + 2 : i + 1, reading: { spec: { kind: "clock" }, type: "TIME", partOfDay: middle } } : undefined;
  if ((w !== "midday" && w !== "noon") || word(view, i - 1) === "high") return undefined;
  // "noon" is a clock time (12:00); "midday" the part of day around it.
  if (w === "noon") return { end: i + 1, reading: { spec: { kind: "clock" }, type: "TIME", clock: { hour: 12, minute: 0 } } };
  return { end: i + 1, reading: { spec: { kind: "clock" }, type: "TIME", partOfDay: "MI" } };
};

/** "6:15 am", "8pm", "17:00 GMT", "0315 GMT". */
export const matchClock: Matcher = (view, i) => {
  const clock = readClock(view, i);
  return clock ? { end: clock.end, reading: { spec: { kind: "clock" }, type: "TIME", clock: clock.value } } : undefined;
};
