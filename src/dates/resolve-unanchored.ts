/**
 * The value of a {@link DateSpec} that has nothing to be counted from: the digits the text leaves
 * open become `X` ("last week" is `XXXX-WXX`). Only a document without a publication date or a
 * date of its own reaches this, so `resolveDate`, which always has a reference, bundles none of it.
 *
 * @module
 */
import type { TimeUnit } from "../lexicon/dates.js";
import type { DateSpec } from "./spec.js";
import { pad } from "./timex-value.js";

/** The value of a unit whose place the text does not fix: `"XXXX-WXX"` for a week. */
const UNKNOWN_VALUES: Readonly<Record<TimeUnit, string>> = {
  century: "XX",
  decade: "XXX",
  year: "XXXX",
  half: "XXXX-HX",
  quarter: "XXXX-QX",
  month: "XXXX-XX",
  week: "XXXX-WXX",
  day: "XXXX-XX-XX",
  hour: "XXXX-XX-XX",
  minute: "XXXX-XX-XX",
  second: "XXXX-XX-XX",
};

/**
 * The value of `spec` without an anchor, with `X` for what an anchor would have told; undefined
 * when the text states all the spec needs (a year, an era, a fixed value), which `resolveReading`
 * then resolves as it does with an anchor.
 */
export function unanchoredValue(spec: DateSpec): string | undefined {
  switch (spec.kind) {
    case "date":
      return spec.year !== undefined ? undefined : spec.day === undefined ? `XXXX-${pad(spec.month)}` : `XXXX-${pad(spec.month)}-${pad(spec.day)}`;
    case "holiday":
      return spec.year !== undefined ? undefined : spec.day === undefined ? `XXXX-${pad(spec.month)}` : `XXXX-${pad(spec.month)}-${pad(spec.day)}`;
    case "quarter-in-focus":
      return spec.year !== undefined ? undefined : "XXXX-QX";
    case "part-of-year":
      return spec.year !== undefined ? undefined : `XXXX-${spec.unit === "quarter" ? `Q${spec.part}` : spec.unit === "half" ? `H${spec.part}` : spec.part}`;
    case "unit-shift":
    case "offset":
      return UNKNOWN_VALUES[spec.unit];
    case "weekday":
      return `XXXX-WXX-${spec.weekday}`;
    case "weekend":
      return "XXXX-WXX-WE";
    case "day-of-shifted-month":
      return `XXXX-XX-${pad(spec.day)}`;
    case "day-shift":
    case "day-in-focus":
    case "clock":
    case "compound-offset":
      return "XXXX-XX-XX";
    default:
      return undefined;
  }
}
