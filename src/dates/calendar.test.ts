import { describe, expect, it } from "vitest";
import { dayNumber, dayOf, easterSunday } from "./calendar.js";

const MS_PER_DAY = 86_400_000;

/** What the calendar functions must agree with: Date, in UTC. */
function dateDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

describe("calendar arithmetic without a Date", () => {
  it("counts days as Date does, overflowing fields rolled over", () => {
    const cases: [number, number, number][] = [
      [1970, 1, 1], [2024, 2, 29], [2025, 2, 29], [2000, 3, 0], [1900, 3, 1], [2025, 13, 1], [2025, 0, 1],
      [2025, -14, 40], [0, 1, 1], [-1, 12, 31], [9999, 12, 31], [12_000, 6, 15], [1582, 10, 10], [2025, 4, -30],
    ];
    for (const [y, m, d] of cases) expect(dayNumber(y, m, d)).toBe(dateDayNumber(y, m, d));
  });

  it("reads a day number back into its calendar day", () => {
    for (const n of [0, -1, 59, 60, 11_016, 20_202, -719_528, 2_932_896, -800_000, 3_000_000]) {
      const d = new Date(n * MS_PER_DAY);
      expect(dayOf(n)).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
      expect(dayNumber(dayOf(n).year, dayOf(n).month, dayOf(n).day)).toBe(n);
    }
  });

  it("finds Easter Sunday in March or April, by the Gregorian computus", () => {
    const known: [number, number, number][] = [[1818, 3, 22], [1943, 4, 25], [2000, 4, 23], [2013, 3, 31], [2019, 4, 21], [2024, 3, 31], [2025, 4, 20], [2038, 4, 25]];
    for (const [y, m, d] of known) expect(dayOf(easterSunday(y))).toEqual({ year: y, month: m, day: d });
  });

  it("finds Orthodox Easter by the Julian computus, on the Gregorian calendar", () => {
    const known: [number, number, number][] = [[2000, 4, 30], [2010, 4, 4], [2016, 5, 1], [2021, 5, 2], [2023, 4, 16], [2024, 5, 5], [2025, 4, 20], [2026, 4, 12]];
    for (const [y, m, d] of known) expect(dayOf(easterSunday(y, true))).toEqual({ year: y, month: m, day: d });
  });
});
