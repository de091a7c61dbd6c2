/**
 * What the clock times of a sentence tell each other: a bracketed GMT equivalent gives a local
 * time its offset, a day after the bracket dates both, a range's end keeps its start's zone.
 * Read by the document pass only; `resolveDate` resolves each expression alone.
 *
 * @module
 */
import { joinCityTimes } from "./city-clocks.js";
import { gapWords, isDay, withClock, type Phrase } from "./scan.js";
import type { Reading } from "./spec.js";
import { word, type TokenView } from "./token-view.js";

/** Minutes since midnight of a clock reading. */
function minutesOf(clock: NonNullable<Reading["clock"]>): number {
  return (clock.hour % 24) * 60 + (clock.minute ?? 0);
}

/** A zone designator for an offset in minutes ("+03:00", "-05:30", "Z"). */
function zoneOf(minutes: number): string {
  if (minutes === 0) return "Z";
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * Links clock times to what the sentence says about them:
 * - "6:15 am local time (0315 GMT)": the time in brackets gives the local time its offset;
 * - "20:00 Moscow time (17:00 GMT) on 24 May", "9:40 am (0640 GMT) Friday": a day after the bracket dates both times,
 *   and a day inside it the time before it ("at 5 in the morning (5 a.m. EDT Friday)");
 * - "from 20:00 Moscow time … to 00:00": the end of a range takes the zone of its start;
 * - "03:40 Kyiv time": a city on summer time joins the extent ({@link joinCityTimes}).
 */
export function linkClocks(view: TokenView, phrases: Phrase[]): Phrase[] {
  if (!phrases.some((p) => p.reading.clock)) return phrases;
  const out = joinCityTimes(view, phrases).slice();
  let rangeZone: string | undefined;
  for (let k = 0; k < out.length; k++) {
    const p = out[k]!;
    const clock = p.reading.clock;
    if (!clock) continue;
    const next = out[k + 1];
    // A clock time with its equivalent in brackets: "6:15 am local time (0315 GMT)".
    const bracketed = next?.reading.clock && gapWords(view, p.end, next.first, 1) === "(" && word(view, next.end) === ")" ? next : undefined;
    if (bracketed && !clock.zone && bracketed.reading.clock?.zone === "Z") {
      let offset = minutesOf(clock) - minutesOf(bracketed.reading.clock);
      if (offset > 12 * 60) offset -= 24 * 60;
      if (offset < -12 * 60) offset += 24 * 60;
      // Real offsets run from -12:00 to +14:00 in quarter hours.
      if (offset % 15 === 0) out[k] = { ...p, reading: { ...p.reading, clock: { ...clock, zone: zoneOf(offset) } } };
    }
    // "at 5 in the morning (5 a.m. EDT Friday)": the day in the bracket dates the time before it.
    if (bracketed && bracketed.reading.spec.kind !== "clock" && p.reading.spec.kind === "clock") out[k] = { ...out[k]!, reading: withClock(bracketed.reading, out[k]!.reading) };
    // "… (17:00 GMT) on 24 May": the day after the bracket dates the time and its equivalent.
    const day = bracketed?.reading.spec.kind === "clock" ? out[k + 2] : undefined;
    if (bracketed && day && p.reading.spec.kind === "clock" && isDay(day.reading) && DAY_AFTER_BRACKET.has(gapWords(view, bracketed.end, day.first, 2) ?? "")) {
      out[k] = { ...out[k]!, reading: withClock(day.reading, out[k]!.reading) };
      out[k + 1] = { ...bracketed, reading: withClock(day.reading, bracketed.reading) };
    }
    const current = out[k]!.reading.clock;
    // "from 20:00 Moscow time … to 00:00": the range's end keeps its start's zone.
    if (word(view, p.first - 1) === "from") rangeZone = current?.zone;
    else if (rangeZone && current && !current.zone && RANGE_END_WORDS.has(word(view, p.first - 1))) {
      out[k] = { ...out[k]!, reading: { ...out[k]!.reading, clock: { ...current, zone: rangeZone } } };
      rangeZone = undefined;
    }
  }
  return out;
}

/** What may stand between a bracketed time and the day that dates it: "(0640 GMT) Friday", "(17:00 GMT) on 24 May". */
const DAY_AFTER_BRACKET: ReadonlySet<string> = new Set([")", ") on", ") ,", ") , on"]);

/** Words before the end of a clock range ("from 20:00 to 00:00", "until 06:00"). */
const RANGE_END_WORDS: ReadonlySet<string> = new Set(["to", "until", "till", "through", "-", "–"]);
