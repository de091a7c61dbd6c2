/**
 * Holidays with a fixed rule: "Christmas", "New Year's Day", "Thanksgiving Day".
 *
 * @module
 */
import { HOLIDAYS } from "../../lexicon/dates.js";
import { readYear } from "../read-parts.js";
import { word } from "../token-view.js";
import { date, type Matcher } from "./match.js";

/** "Christmas", "New Year's Day", "Thanksgiving Day": holidays with a fixed rule. */
export const matchHoliday: Matcher = (view, i) => {
  for (const holiday of HOLIDAYS) {
    const words = holiday.words;
    if (!isHolidayWord(word(view, i), words[0]!)) continue;
    let k = 1;
    while (k < words.length && isHolidayWord(word(view, i + k), words[k]!)) k++;
    if (k < words.length) continue;
    let end = i + k;
    if (word(view, end) === "day" || word(view, end) === "eve") {
      if (word(view, end) === "eve" && holiday.day !== undefined) {
        // New Year's Eve is the last day of the year it closes, not "January 0" of the next.
        return date({ kind: "holiday", ...(holiday.day > 1 ? { month: holiday.month, day: holiday.day - 1 } : { month: 12, day: 31 }) }, end + 1);
      }
      end += 1;
    }
    const year = readYear(view, end);
    const rule = { month: holiday.month, ...(holiday.day !== undefined ? { day: holiday.day } : {}), ...(holiday.nth !== undefined ? { nth: holiday.nth, weekday: holiday.weekday ?? 1 } : {}) };
    return year
      ? date({ kind: "holiday", ...rule, year: year.value }, year.end)
      : date({ kind: "holiday", ...rule }, end);
  }
  return undefined;
};

/** True when `w` is the holiday's word `name`, its apostrophe curly or left out ("New Year’s", "New Years Eve"). */
function isHolidayWord(w: string, name: string): boolean {
  return w === name || w.replace("’", "'") === name || w === name.replace("'", "");
}
