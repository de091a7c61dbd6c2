/**
 * Sets, times that recur: "daily", "annual", "every Monday", "each July", "every two weeks".
 *
 * @module
 */
import { FREQUENCY_DETERMINERS, FREQUENCY_WORDS, MONTH_WORDS, ORDINAL_WORDS, RATE_DETERMINERS, RATE_MEASURE_NOUNS, RECURRING_DAY_WORDS, RECURRING_PART_OF_DAY_WORDS, SEASON_WORDS, WEEKDAY_WORDS } from "../../lexicon/dates.js";
import { readCount } from "../read-parts.js";
import { isCapitalized, word } from "../token-view.js";
import { durationValue } from "./durations.js";
import { fixed, unitOf, type Matcher } from "./match.js";

/** "daily", "weekly", "annual", "every day", "each year", "every Monday". */
export const matchFrequency: Matcher = (view, i) => {
  const w = word(view, i);
  const period = FREQUENCY_WORDS.get(w);
  // "annual sales", "average daily volume": a quantity per period, not a recurring time.
  if (period) return RATE_MEASURE_NOUNS.has(word(view, i + 1)) ? undefined : fixed(period, "SET", i + 1);
  // "closed on Mondays", "Tuesday nights": a day of every week.
  const days = RECURRING_DAY_WORDS.get(w);
  if (days) return recurringDay(days, word(view, i + 1), i + 1);
  // "Tuesday nights": a weekday before a plural part of day recurs.
  const single = WEEKDAY_WORDS.get(w);
  if (single !== undefined && w.length >= 6 && RECURRING_PART_OF_DAY_WORDS.has(word(view, i + 1))) return recurringDay(`XXXX-WXX-${single}`, word(view, i + 1), i + 1);
  if (!FREQUENCY_DETERMINERS.has(w)) return undefined;
  if (w === "per" && word(view, i + 1) === "second") return undefined;
  const weekday = WEEKDAY_WORDS.get(word(view, i + 1));
  if (weekday !== undefined && word(view, i + 1).length >= 6) return recurringDay(`XXXX-WXX-${weekday}`, word(view, i + 2), i + 2);
  // "each July", "every winter": the month or season of every year.
  const month = w === "per" ? undefined : MONTH_WORDS.get(word(view, i + 1));
  if (month !== undefined && word(view, i + 1).length > 3 && isCapitalized(view, i + 1)) return fixed(`XXXX-${String(month).padStart(2, "0")}`, "SET", i + 2);
  const season = w === "per" ? undefined : SEASON_WORDS.get(word(view, i + 1));
  if (season !== undefined) return fixed(`XXXX-${season}`, "SET", i + 2);
  // "every few years", "every other week", "every third year", "every second Tuesday": an open or counted step.
  const skip = word(view, i + 1);
  const step = skip === "few" || skip === "several" ? "X" : skip === "other" ? 2 : ORDINAL_WORDS.get(skip);
  if (step !== undefined) {
    const day = WEEKDAY_WORDS.get(word(view, i + 2));
    if (day !== undefined) return recurringDay(`XXXX-WXX-${day}`, word(view, i + 3), i + 3);
    const unit = unitOf(word(view, i + 2));
    if (unit && word(view, i + 2).endsWith("s") === (step === "X")) return fixed(durationValue(step, unit), "SET", i + 3);
    // "every second" alone is the unit.
    if (step === "X" || skip === "other") return undefined;
  }
  const count = readCount(view, i + 1);
  const unitAt = count && count.value !== "X" ? count.end : i + 1;
  const unit = unitOf(word(view, unitAt));
  if (!unit) return undefined;
  return fixed(durationValue(count && count.value !== "X" ? count.value : 1, unit), "SET", unitAt + 1);
};

/** A recurring day, with a plural part of day after it when there is one ("Sunday mornings"); `end` is just past the day. */
function recurringDay(value: string, next: string, end: number): ReturnType<Matcher> {
  const part = value.endsWith("WE") ? undefined : RECURRING_PART_OF_DAY_WORDS.get(next);
  return part ? fixed(`${value}T${part}`, "SET", end + 1) : fixed(value, "SET", end);
}

/** "twice a week", "once a month", "three times a year": the period that recurs. */
export const matchTimesPer: Matcher = (view, i) => {
  const w = word(view, i);
  let j: number;
  if (w === "once" || w === "twice" || w === "thrice") j = i + 1;
  else {
    // Cheap test first: this runs at every number.
    if (word(view, i + 1) !== "times" && word(view, i + 2) !== "times" && word(view, i + 3) !== "times") return undefined;
    const count = readCount(view, i);
    if (!count || word(view, count.end) !== "times") return undefined;
    j = count.end + 1;
  }
  if (!RATE_DETERMINERS.has(word(view, j))) return undefined;
  const unitWord = word(view, j + 1);
  const unit = unitOf(unitWord);
  return unit && !unitWord.endsWith("s") ? fixed(durationValue(1, unit), "SET", j + 2) : undefined;
};
