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
    if (word(view, i) !== words[0]) continue;
    let k = 1;
    while (k < words.length && word(view, i + k) === words[k]) k++;
    if (k < words.length) continue;
    let end = i + k;
    if (word(view, end) === "day" || word(view, end) === "eve") {
      if (word(view, end) === "eve" && holiday.day !== undefined) {
        return date({ kind: "holiday", month: holiday.month, day: holiday.day - 1 }, end + 1);
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
