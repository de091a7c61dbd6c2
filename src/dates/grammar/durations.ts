/**
 * TIMEX3 duration values: `P44D`, `PTXH`, `P3Y6M`, `P1Y2M3D`.
 *
 * @module
 */
import type { TimeUnit } from "../../lexicon/dates.js";
import type { Count } from "../read-parts.js";

const DURATION_LETTER: Readonly<Record<TimeUnit, string>> = {
  century: "CE", decade: "DE", year: "Y", half: "M", quarter: "Q", month: "M", week: "W", day: "D", hour: "H", minute: "M", second: "S",
};

/** The TIMEX3 duration of `count` units: `P44D`, `PTXH`, `P3Y6M`; decades and centuries in years, as TimeBank writes them. */
export function durationValue(count: Count, unit: TimeUnit): string {
  if (unit === "decade" || unit === "century") {
    const years = unit === "decade" ? 10 : 100;
    return count === "X" ? (unit === "decade" ? "PXY" : "PXC") : durationValue(count * years, "year");
  }
  const time = unit === "hour" || unit === "minute" || unit === "second";
  const prefix = time ? "PT" : "P";
  if (count === "X") return `${prefix}X${DURATION_LETTER[unit]}`;
  const n = unit === "half" ? count * 6 : count;
  if (Number.isInteger(n)) return `${prefix}${n}${DURATION_LETTER[unit]}`;
  const whole = Math.floor(n);
  const fraction = n - whole;
  return halfDuration(prefix, whole, unit, fraction);
}

// Halves of a unit are written in the next smaller unit: 3.5 years is P3Y6M.
function halfDuration(prefix: string, whole: number, unit: TimeUnit, fraction: number): string {
  const smaller: Partial<Record<TimeUnit, [string, number]>> = {
    year: ["M", 12], month: ["D", 30], week: ["D", 7], day: ["H", 24], hour: ["M", 60], minute: ["S", 60],
  };
  const next = smaller[unit];
  if (!next) return `${prefix}${whole}${DURATION_LETTER[unit]}`;
  const part = Math.round(fraction * next[1]);
  const timePart = unit === "day" ? `T${part}H` : `${part}${next[0]}`;
  return `${prefix}${whole > 0 ? `${whole}${DURATION_LETTER[unit]}` : ""}${timePart}`;
}

/** The TIMEX3 duration of several counted units: 1 year and 2 months is `P1Y2M`. */
export function compoundDuration(parts: readonly { unit: TimeUnit; count: number }[]): string {
  const total = new Map<TimeUnit, number>();
  for (const p of parts) total.set(p.unit, (total.get(p.unit) ?? 0) + p.count);
  const date = (["year", "month", "week", "day"] as const).filter((u) => total.has(u)).map((u) => `${total.get(u)}${DURATION_LETTER[u]}`).join("");
  const time = (["hour", "minute", "second"] as const).filter((u) => total.has(u)).map((u) => `${total.get(u)}${DURATION_LETTER[u]}`).join("");
  return `P${date}${time ? `T${time}` : ""}`;
}
