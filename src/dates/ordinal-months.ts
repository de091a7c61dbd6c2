/**
 * Months and ordinal days the word grammar joins or splits the wrong way. "In November the first
 * villages fell", "By March the second wave had landed": a month, then an ordinal that counts the
 * noun after it, not the month's day, which the grammar reads as one date ("November the first" is
 * 1 November). "On the 24th of that month": a day of the month the story is in, which the grammar
 * reads as "that month" alone. Documents only ({@link findDates}): a phrase given to `resolveDate`
 * has no noun after it and no month before it.
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import { dateAt } from "./range-starts.js";

/**
 * "November the first", "March the 3rd": a month, "the" and an ordinal, the whole of an expression. The ordinal may be
 * capitalized, as it is in the name of a unit or an era ("In February the Sixth Army surrendered").
 */
const MONTH_THE_NTH = /^([A-Z][a-z]{2,8}) the (?:[A-Za-z][a-z]+|\d{1,2}(?:st|nd|rd|th))$/u;

/** The word after an expression: "villages" in "… the first villages". */
const NEXT_WORD = /^ ([A-Za-z]+)/u;

/** Words after "the first" that leave it the month's day: "On November the first the troops…", "… the first at dawn". */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(["the", "a", "an", "at", "in", "on", "of", "and", "or", "to", "by", "when", "as", "after", "before", "he", "she", "they", "it", "we", "his", "her", "their", "its", "was", "were", "had", "is"]);

/** The expressions with each "November the first" that a noun follows read as the month alone. */
export function splitOrdinalMonths(text: string, out: TemporalExpression[]): TemporalExpression[] {
  let split: TemporalExpression[] | undefined;
  out.forEach((e, k) => {
    const month = e.value.length >= 10 && e.text.includes(" the ") ? MONTH_THE_NTH.exec(e.text) : null;
    const next = month ? NEXT_WORD.exec(text.slice(e.end, e.end + 24)) : null;
    if (!month || !next || CLAUSE_WORDS.has(next[1]!.toLowerCase())) return;
    split ??= out.slice();
    split[k] = { ...dateAt(text, e.start, e.start + month[1]!.length, e.value.slice(0, 7)), id: e.id, anchor: e.anchor };
  });
  return split ?? out;
}

/** "the 24th of " right before "that month" or "the same month". */
const NTH_OF = /\b[Tt]he ([1-9]|[12]\d|3[01])(?:st|nd|rd|th) of $/u;

/** The month of the story, named anaphorically: "that month", "that same month", "the same month". */
const THAT_MONTH = /^(?:that(?: same)?|the same) month$/iu;

/** A month's value: "1916-03". */
const MONTH_VALUE = /^\d{4}-\d\d$/u;

/** The expressions with each "the 24th of that month" joined into one day of that month. */
export function joinDaysOfThatMonth(text: string, out: TemporalExpression[]): TemporalExpression[] {
  let joined: TemporalExpression[] | undefined;
  out.forEach((e, k) => {
    // "…month" ends with an "h" in either case: a character test before the pattern.
    const nth = (e.text.charCodeAt(e.text.length - 1) | 32) === 104 && THAT_MONTH.test(e.text) && MONTH_VALUE.test(e.value) ? NTH_OF.exec(text.slice(Math.max(0, e.start - 12), e.start)) : null;
    if (!nth) return;
    joined ??= out.slice();
    joined[k] = { ...dateAt(text, e.start - nth[0].length, e.end, `${e.value}-${nth[1]!.padStart(2, "0")}`), id: e.id, anchor: e.anchor };
  });
  return joined ?? out;
}
