/**
 * Clock times in the time of a city on European summer time ("03:40 Kyiv time"): the city and
 * "time" join the extent, as a zone abbreviation does, and the offset is the one of the day the
 * time falls on (Kyiv is +02:00 in winter, +03:00 in summer). Read by the document pass only:
 * a phrase given to `resolveDate` keeps the clock time alone.
 *
 * @module
 */
import { SUMMER_TIME_CITY_WORDS } from "../lexicon/dates.js";
import { dayNumber, weekdayOf } from "./calendar.js";
import { joinDayAndClock, type Phrase } from "./scan.js";
import type { Reading } from "./spec.js";
import { word, type TokenView } from "./token-view.js";

/** `phrases` with each zone-less clock time followed by "<city> time" taken to the end of "time", and joined to a day after it ("03:40 Kyiv time on Tuesday"). */
export function joinCityTimes(view: TokenView, phrases: Phrase[]): Phrase[] {
  let out: Phrase[] | undefined;
  phrases.forEach((p, k) => {
    const clock = p.reading.clock;
    const standard = clock && !clock.zone && word(view, p.end + 1) === "time" ? SUMMER_TIME_CITY_WORDS.get(word(view, p.end)) : undefined;
    if (standard === undefined || (phrases[k + 1] && phrases[k + 1]!.first < p.end + 2)) return;
    out ??= phrases.slice();
    out[k] = { ...p, end: p.end + 2, reading: { ...p.reading, clock: { ...clock!, summerZone: standard } } };
  });
  return out ? joinDayAndClock(view, out) : phrases;
}

/** `value` (a day and a clock time) with the offset its city keeps that day; `value` itself for other readings or a day with X digits. */
export function withCityOffset(reading: Reading, value: string): string {
  const standard = reading.clock?.zone ? undefined : reading.clock?.summerZone;
  const m = standard === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/u.exec(value);
  if (!m || standard === undefined) return value;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  // Summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October.
  const lastSunday = (mo: number): number => {
    const last = dayNumber(year, mo + 1, 0);
    return last - (weekdayOf(last) % 7);
  };
  // Minutes since 1970 in UTC, read at the standard offset (on summer time the clock is an hour ahead).
  const utcMinutes = (dayNumber(year, month, day) * 24 + hour) * 60 + minute - standard;
  const summer = utcMinutes >= (lastSunday(3) * 24 + 1) * 60 && utcMinutes - 60 < (lastSunday(10) * 24 + 1) * 60;
  const offset = standard + (summer ? 60 : 0);
  return `${value}${offset === 0 ? "Z" : `+${String(offset / 60).padStart(2, "0")}:00`}`;
}
