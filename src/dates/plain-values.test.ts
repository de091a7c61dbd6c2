import { describe, expect, it } from "vitest";
import { documentFacts } from "./plain-values.js";
import { calendarFacts } from "./timex-value.js";

describe("the facts of plain values, read by hand", () => {
  it("agree with the calendar pattern on years, months, days and ISO weeks, rolled-over fields and early years included", () => {
    const values = [
      "2025", "0480", "0000", "9999", "2024-02", "2025-12", "2025-00", "2025-13", "9999-12", "2024-02-29", "2025-02-29",
      "2025-04-24", "1999-12-31", "0001-01-01", "2025-04-00", "2025-04-31", "2025-W17", "2025-W1", "2020-W53", "2025-W00", "1970-01-01",
    ];
    for (const value of values) expect(documentFacts(value), value).toEqual(calendarFacts(value));
    for (let year = 1890; year <= 2030; year += 7) {
      for (let month = 1; month <= 12; month += 1) {
        const m = `${year}-${String(month).padStart(2, "0")}`;
        expect(documentFacts(m)).toEqual(calendarFacts(m));
        expect(documentFacts(`${m}-${String(month * 2).padStart(2, "0")}`)).toEqual(calendarFacts(`${m}-${String(month * 2).padStart(2, "0")}`));
      }
    }
  });

  it("agree with the pattern at every month's end, leap days and the last year included", () => {
    const two = (n: number): string => String(n).padStart(2, "0");
    for (const year of ["0000", "1900", "2000", "2023", "2024", "9999"]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const value = `${year}-${two(month)}-${two(day)}`;
          expect(documentFacts(value), value).toEqual(calendarFacts(value));
        }
      }
    }
  });

  it("leaves every other value to the pattern", () => {
    for (const value of ["2025-Q3", "2025-SU", "2025-H1", "2025-04-24TNI", "2025-04-24T14:30", "2025-W17-WE", "2025-W17-3", "199", "20", "BC0480", "XXXX-05", "P3D", "PRESENT_REF", "2025-4", "2025-04-2", "", "20250"]) {
      expect(documentFacts(value), value).toEqual(calendarFacts(value));
    }
    expect(documentFacts("2025-04-24")).toEqual({ granularity: "day", interval: { start: "2025-04-24T00:00:00.000Z", end: "2025-04-25T00:00:00.000Z" } });
  });
});
