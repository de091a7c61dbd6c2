/**
 * Holidays with a fixed rule: "Christmas", "New Year's Day", "Thanksgiving Day".
 *
 * @module
 */
import { HOLIDAYS } from "../../lexicon/dates.js";
import { readYear } from "../read-parts.js";
import { isCapitalized, word, type TokenView } from "../token-view.js";
import { date, shiftOf, type Match, type Matcher } from "./match.js";

/** "Christmas", "New Year's Day", "Thanksgiving Day": holidays with a fixed rule; "last Christmas", "next Easter" placed by the word. */
export const matchHoliday: Matcher = (view, i) => {
  const shift = shiftOf(word(view, i));
  if (shift === undefined) return holidayAt(view, i);
  const inner = holidayAt(view, i + 1);
  const spec = inner?.reading.spec;
  return inner && spec?.kind === "holiday" && spec.year === undefined ? { ...inner, reading: { ...inner.reading, spec: { ...spec, placement: shift === -1 ? "previous" : shift === 1 ? "next" : "current" } } } : undefined;
};

function holidayAt(view: TokenView, i: number): Match | undefined {
  for (const holiday of HOLIDAYS) {
    const words = holiday.words;
    if (!isHolidayWord(word(view, i), words[0]!)) continue;
    let k = 1;
    while (k < words.length && isHolidayWord(word(view, i + k), words[k]!)) k++;
    // The feasts that move with Easter are names, capitalized: not "a good Friday for stocks".
    if (k < words.length || (holiday.easter !== undefined && !isCapitalized(view, i))) continue;
    let end = i + k;
    if (word(view, end) === "day" || word(view, end) === "eve") {
      if (word(view, end) === "eve" && holiday.day !== undefined) {
        // New Year's Eve is the last day of the year it closes, not "January 0" of the next.
        return date({ kind: "holiday", ...(holiday.day > 1 ? { month: holiday.month, day: holiday.day - 1 } : { month: 12, day: 31 }) }, end + 1);
      }
      end += 1;
    }
    // "Holy Week", "Easter week": the (ISO) week that ends on Easter Sunday.
    const week = holiday.easter !== undefined && (words.at(-1) === "week" || word(view, end) === "week");
    if (week && words.at(-1) !== "week") end += 1;
    const year = readYear(view, end);
    // The holiday's rule (month, day, nth weekday, days from Easter) is the spec's.
    const { words: _words, ...rule } = holiday;
    const extra = week ? { weekOfDay: true } : {};
    return year
      ? date({ kind: "holiday", ...rule, year: year.value }, year.end, extra)
      : date({ kind: "holiday", ...rule }, end, extra);
  }
  return undefined;
}

/** True when `w` is the holiday's word `name`, its apostrophe curly or left out ("New Year’s", "New Years Eve"). */
function isHolidayWord(w: string, name: string): boolean {
  return w === name || w.replace("’", "'") === name || w === name.replace("'", "");
}
