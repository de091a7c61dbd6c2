// Dates as intervals: keep what a text says happened in a given period, whatever the wording
// ("on Tuesday", "last Friday", "April 2"), by the interval each TIMEX3 value covers.
//
//   npx tsup && node examples/dates.mjs
//
// Prints:
// Tuesday -> 2025-04-22 (day)
// last Friday -> 2025-04-18 (day)
// three weeks ago -> 2025-W14 (week)
// April 2 -> 2025-04-02 (day)
// next week -> 2025-W18 (week)
// in 2025-W16: last Friday
// in 2025-W17: Tuesday
// inside 1-10 April 2025: April 2 (three weeks ago only overlaps it)
import { findDates, timexInterval } from "newsfacts";

const text =
  "The dam was repaired on Tuesday, after the flood of last Friday. The first cracks were seen " +
  "three weeks ago, and engineers had warned of them on April 2. Schools reopen next week.";

// Relative dates resolve against the publication date, never against the machine's clock.
const dates = findDates(text, { published: "2025-04-24" });
for (const d of dates) console.log(`${d.text} -> ${d.value} (${d.granularity})`);

// `interval` is in UTC, `end` exclusive, so ISO strings compare in time order. Values without
// an interval (durations, sets, "PAST_REF", values with X digits) are left out here.
const within = (d, { start, end }) => d.interval !== undefined && d.interval.start >= start && d.interval.end <= end;
const overlaps = (d, { start, end }) => d.interval !== undefined && d.interval.start < end && d.interval.end > start;

// timexInterval turns any calendar value into its interval: here ISO weeks, Monday to Monday.
for (const week of ["2025-W16", "2025-W17"]) {
  console.log(`in ${week}: ${dates.filter((d) => within(d, timexInterval(week))).map((d) => d.text).join(", ")}`);
}

const early = { start: "2025-04-01T00:00:00.000Z", end: "2025-04-11T00:00:00.000Z" };
const inside = dates.filter((d) => within(d, early)).map((d) => d.text);
const partly = dates.filter((d) => overlaps(d, early) && !within(d, early)).map((d) => d.text);
console.log(`inside 1-10 April 2025: ${inside.join(", ")} (${partly.join(", ")} only overlaps it)`);
