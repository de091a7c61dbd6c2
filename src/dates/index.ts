/**
 * The public API of the dates facet: find the temporal expressions of a text, resolve one
 * phrase against a reference date, and turn a TIMEX3 value into the interval it denotes.
 *
 * ## TIMEX3 conventions (published Thursday 2025-04-24)
 *
 * | text | type | value | note |
 * | --- | --- | --- | --- |
 * | "Thursday", "said Wednesday" | DATE | `2025-04-24`, `2025-04-23` | bare weekdays by the tense of their clause |
 * | "will meet on Monday" | DATE | `2025-04-28` | |
 * | "last night", "this morning" | TIME | `2025-04-23TNI`, `2025-04-24TMO` | parts of day: MO, MI, AF, EV, NI |
 * | "44 days ago", "three weeks ago" | DATE | `2025-03-11`, `2025-W14` | at the grain of the unit counted |
 * | "last July 2024", "February 2022" | DATE | `2024-07`, `2022-02` | only the digits the text states |
 * | "last week", "next quarter", "this year" | DATE | `2025-W16`, `2025-Q3`, `2025` | ISO weeks, Monday first |
 * | "the 1990s", "the 21st century" | DATE | `199`, `20` | decades and centuries by their leading digits |
 * | "mid-2024", "early next year" | DATE | `2024`, `2026` | with `mod` `MID`, `START` |
 * | "last fall", "the first half of 1990" | DATE | `2024-FA`, `1990-H1` | seasons SP, SU, FA, WI; halves H1, H2 |
 * | "now", "recently", "the future" | DATE | `PRESENT_REF`, `PAST_REF`, `FUTURE_REF` | |
 * | "44 days", "hours-long", "years" | DURATION | `P44D`, `PTXH`, `PXY` | `X` for a count the text leaves open |
 * | "every Monday", "weekly" | SET | `XXXX-WXX-1`, `P1W` | |
 * | "April 24 and 25" | DATE, DATE | `2025-04-24`, `2025-04-25` | ranges give two expressions |
 * | "each July", "every winter" | SET | `XXXX-07`, `XXXX-WI` | |
 * | "the following year" (after "in 2019") | DATE | `2020` | counted from the last date the text reached |
 * | "“…open tomorrow,” she said Tuesday" | DATE | `2025-04-23` | a quote's "today", "tomorrow" from the day it was said |
 *
 * Extents follow TimeML: prepositions stay out ("on Friday" is "Friday"), articles and
 * modifiers stay in ("the third quarter", "the past", "early 2024", "the next year or so"),
 * hedges such as "about" stay out with their `mod` kept ("about two years ago"), and a
 * hyphenated adjective leaves the article to its noun ("the 30-day truce" is "30-day"). Year-less dates take the
 * reference's year unless the tense points across the year's edge. Without a publication date,
 * relative expressions resolve against the last absolute date of the text (`anchor`
 * `"narrative"`) or keep `X` digits (`"XXXX-XX-XX"`); the machine's clock and time zone are never read.
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import { readFindInput, type FindOptions } from "../html/find-input.js";
import { preparePhrase } from "../text/document.js";
import { readReference } from "../text/reference.js";
import { extractDates, extractPhraseDates } from "./extract.js";

export { timexInterval } from "./timex-value.js";

/** Options of {@link findDates}: those of every finder. @group Dates */
export type FindDatesOptions = FindOptions;

/**
 * Finds every temporal expression in `text` and resolves it to its TIMEX3 value.
 *
 * @param text - Any text; never throws on it. Or an HTML page, with `format: "html"`: spans then index the HTML.
 * @param options - The publication date relative dates resolve against, its time zone, and the input format.
 * @returns The expressions in text order, each with its span, type, value and interval.
 * @throws RangeError when `options.published` is not a valid ISO 8601 date, `options.timeZone`
 * is not an IANA time zone name, `options.format` is not `"text"` or `"html"`, or `options`
 * has a key of another name (`publishd`).
 * @throws TypeError when `text` is not a string, `options` is not an object, or `published`
 * is neither a string, a `Date` nor `null`.
 *
 * @example
 * ```ts
 * findDates("Russia struck Kyiv on Thursday, 44 days after the talks.", { published: "2025-04-24" })
 *   .map((d) => [d.text, d.type, d.value]);
 * // [["Thursday", "DATE", "2025-04-24"], ["44 days", "DURATION", "P44D"]]
 * ```
 *
 * @group Dates
 */
export function findDates(text: string, options: FindDatesOptions = {}): TemporalExpression[] {
  const input = readFindInput("findDates", text, options);
  return input.inInput(extractDates(input.doc));
}

/**
 * Resolves one temporal phrase against a reference date: the longest expression found in it.
 *
 * @param phrase - A temporal phrase such as `"last night"` or `"three weeks ago"`.
 * @param reference - The reference date or date-time (ISO 8601 string or `Date`).
 * @returns The expression, or undefined when the phrase holds no temporal expression.
 * @throws RangeError when `reference` is not a valid ISO 8601 date.
 * @throws TypeError when `phrase` is not a string, or `reference` is neither a string nor a `Date`.
 * @remarks Unlike {@link findDates}, a "tomorrow" inside quotation marks is not re-anchored to the
 * day the quote's attribution names: a phrase has no speaker, and the quote finder stays out of
 * a `resolveDate`-only bundle. The phrase is read as one sentence (no sentence splitter in that
 * bundle either), so for text of several sentences use {@link findDates}, whose tense reading
 * stops at each sentence's end. Each expression of the phrase is resolved against `reference`
 * alone: what a text tells its next expressions ("In 1976 …, that year" is 1976 there, the
 * quarter a report is about, a narrative's own timeline, the zone a bracketed GMT time gives
 * the clock time before it, the offset of a city's time on its day ("03:40 Kyiv time"), the coming weekday a length counts from ("a week from Friday"), the month or year one end of a day range gives the other) is read by {@link findDates} only, and stays out of this function's bundle.
 *
 * @example
 * ```ts
 * resolveDate("last night", "2025-04-24")?.value;      // "2025-04-23TNI"
 * resolveDate("44 days ago", "2025-04-24")?.value;     // "2025-03-11"
 * resolveDate("the weather", "2025-04-24");            // undefined
 * ```
 *
 * @group Dates
 */
export function resolveDate(phrase: string, reference: string | Date): TemporalExpression | undefined {
  const published = readReference(reference, "reference");
  // checkText's message written out: the function costs this bundle, kept within its budget, more.
  if (typeof phrase !== "string") throw new TypeError(`newsfacts: resolveDate expects its phrase as a string, got ${phrase === null ? "null" : typeof phrase}`);
  const found = extractPhraseDates(preparePhrase(phrase, published));
  let best: TemporalExpression | undefined;
  for (const expression of found) {
    if (!best || expression.end - expression.start > best.end - best.start) best = expression;
  }
  return best;
}
