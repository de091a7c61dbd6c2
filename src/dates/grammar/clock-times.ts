/**
 * Times of day: clock times ("6:15 am", "17:00 GMT"), spoken ones ("half past three", "ten to
 * six"), "noon", "midday", "midnight".
 *
 * @module
 */
import { MERIDIEM_WORDS, PART_OF_DAY_WORDS, ZONE_WORDS } from "../../lexicon/dates.js";
import { dayHalfAfter, readClock, readNumberAt } from "../read-parts.js";
import { isCapitalized, kindAt, word } from "../token-view.js";
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

/** Words before a spoken time whose minutes are counted or whose hour is gone to: "at ten to six", not "from ten to six" (hours apart); or none, at the start. */
const SPOKEN_BEFORE: ReadonlySet<string> = new Set(["", "at", "by", "until", "till", "around", "about", "before", "after", "since"]);

/** Lower-case words that may follow such a time: "ten to six on Friday"; not a noun it counts ("a quarter to five percent"). */
const SPOKEN_AFTER: ReadonlySet<string> = new Set(["on", "this", "the", "and", "when", "in"]);

/**
 * "half past three", "a quarter to five", "ten past nine in the morning", "twenty to midnight": the
 * hour as written, unless am, pm or a part of the day sets its half (TIMEX3 writes no guess).
 */
export const matchSpokenClock: Matcher = (view, i) => {
  const a = word(view, i) === "a" ? 1 : 0;
  const w = word(view, i + a);
  // Counted minutes are words, not digits: "10 to 6" is a range.
  const count = a || kindAt(view, i) !== "word" ? undefined : readNumberAt(view, i);
  // "three o'clock": the hour alone, a time wherever it stands.
  const oclock = count && /^o['’]clock$/u.test(word(view, count.end));
  const minutes = oclock ? 0 : w === "quarter" ? 15 : w === "half" && !a ? 30 : count && count.value < 30 ? count.value : 0;
  let j = count ? count.end : i + a + 1;
  if (count && word(view, j) === "minutes") j += 1;
  const to = word(view, j) === "to";
  const h = word(view, j + 1);
  const hour = oclock ? { value: count.value, end: j + 1 } : h === "midnight" ? { value: to ? 24 : 0, end: j + 2 } : readNumberAt(view, j + 1);
  if ((!oclock && (!(minutes >= 1) || minutes % 1 || (!to && word(view, j) !== "past"))) || !hour || hour.value % 1 || hour.value > (h === "midnight" ? 24 : 12)) return undefined;
  let end = hour.end;
  const meridiem = MERIDIEM_WORDS.get(word(view, end));
  const half = meridiem ? undefined : dayHalfAfter(view, end);
  end = meridiem ? end + 1 : half ? half.end : end;
  const zone = ZONE_WORDS.get(word(view, end));
  if (zone) end += 1;
  // "half past", "quarter past" are times wherever they stand; a count or "to" needs a time's setting.
  if (((count && !oclock) || to) && !(meridiem || half || zone || (SPOKEN_BEFORE.has(word(view, i - 1)) && (kindAt(view, end) !== "word" || SPOKEN_AFTER.has(word(view, end)) || isCapitalized(view, end))))) return undefined;
  const base = meridiem || half ? (hour.value % 12) + (meridiem === "pm" || half?.pm ? 12 : 0) : hour.value;
  const at = (base * 60 + (to ? -minutes : minutes) + 1440) % 1440;
  return { end, reading: { spec: { kind: "clock" }, type: "TIME", clock: { hour: Math.floor(at / 60), minute: at % 60, ...(zone ? { zone } : {}) } } };
};
