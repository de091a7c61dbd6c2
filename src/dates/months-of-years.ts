/**
 * "July of that year", "3 March of the following year", "1 June that year": a month or day named before the year the
 * story counts to is one expression, the month or day of that year, as TimeML and TIMEX2 mark it;
 * so are "the first half of the 20th century" and "the last months of 1944", the century or year
 * with its edge as `mod`; "Earlier Friday" is "Friday", the adverb left out as TimeML does.
 * Documents only ({@link findDates}): a phrase given to `resolveDate` has no story to count from.
 *
 * @module
 */
import type { TemporalExpression } from "../model.js";
import { renumber, withValue } from "./range-starts.js";
import { word, type TokenView } from "./token-view.js";

/** A year counted from the story's own time. */
const STORY_YEAR = /^(?:that|the (?:same|following|next|previous|preceding)) year$/iu;

/** The words after "the" that make a year of the story's count ("the following year"). */
const STORY_YEAR_STEPS: ReadonlySet<string> = new Set(["same", "following", "next", "previous", "preceding"]);

/**
 * True when the tokens from `end` name the story's year ("of the next year", "that year"): the
 * month or day before them is of that year, so it is not moved on to the next as a year-less one
 * is ("the winter of 1939 … March of the next year" is March 1940, not 1941).
 */
export function storyYearFollows(view: TokenView, end: number): boolean {
  const at = word(view, end) === "of" ? end + 1 : end;
  const w = word(view, at);
  if (w === "that") return word(view, at + 1) === "year";
  return w === "the" && STORY_YEAR_STEPS.has(word(view, at + 1)) && word(view, at + 2) === "year";
}

/** A stretch at the edge of a period: "the last months", "the first weeks", "the final days". */
const EDGE_STRETCH = /^the (?:last|final|closing|first|opening|early) (?:months|weeks|days)$/iu;

/** "Earlier " or "Later " before a weekday. */
const ADVERB_BEFORE_WEEKDAY = /^(?:[Ee]arlier|[Ll]ater) (?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)/u;

/** A day in brackets between a day and its year: " [O.S. 23 February] ", " (26 February N.S.) ". */
const BRACKETED_DAY = /^ [[(][\w. ]{4,30}[\])] $/u;

/** A month or a day of a year in digits ("1951-07", "1951-07-27"). */
const MONTH_OR_DAY = /^\d{4}-\d{2}(?:-\d{2})?$/u;

/** True for a printable ASCII character other than a space: no white space, so no gap of {@link joinMonthsOfYears} opens with it (a test before a slice). */
function isVisibleAscii(c: number): boolean {
  return c > 32 && c < 127;
}

/** The expressions with each month or day and the story's year after it ("July of that year") made one. */
export function joinMonthsOfYears(text: string, out: TemporalExpression[]): TemporalExpression[] {
  // Made at the first join only: most texts have none, and this runs on every document.
  let joined: TemporalExpression[] | undefined;
  for (let k = 0; k < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1];
    // " of " at the least: a plain test before the pattern, for the many expressions far apart; "1 June that year" has a space alone.
    const of = b !== undefined && b.start - a.end >= 4 && !isVisibleAscii(text.charCodeAt(a.end)) && /^\s+of\s+$/u.test(text.slice(a.end, b.start));
    if (b !== undefined && (of || (b.start === a.end + 1 && text[a.end] === " ")) && MONTH_OR_DAY.test(a.value) && /^\d{4}$/u.test(b.value) && STORY_YEAR.test(b.text)) {
      (joined ??= out.slice(0, k)).push({ ...withValue(a, b.value + a.value.slice(4)), text: text.slice(a.start, b.end), end: b.end });
      k += 1;
    } else if (of && a.type === "DURATION" && b.type === "DATE" && /^\d{4}(?:-\d{2})?$/u.test(b.value) && EDGE_STRETCH.test(a.text)) {
      // "the last months of 1944", "the first weeks of January 1945": that year or month, at its edge.
      (joined ??= out.slice(0, k)).push({ ...b, id: a.id, text: text.slice(a.start, b.end), start: a.start, mod: /^the (?:last|final|closing)/iu.test(a.text) ? "END" : "START" });
      k += 1;
    } else if (of && /-H[12]$/u.test(a.value) && /^(?:\d{2,3}|\d{4}-\d{2})$/u.test(b.value)) {
      // "the second half of the 19th century" is that century, towards its end; "the first half of September" that month, towards its start.
      (joined ??= out.slice(0, k)).push({ ...b, id: a.id, text: text.slice(a.start, b.end), start: a.start, mod: a.value.endsWith("1") ? "START" : "END" });
      k += 1;
    } else if (a.anchor === "narrative" && /^\d{4}$/u.test(out[k + 2]?.text ?? "") && MONTH_OR_DAY.test(b!.value) && BRACKETED_DAY.test(text.slice(a.end, out[k + 2]!.start))) {
      // "8 March [O.S. 23 February] 1917": both days are of the year after the bracket, not of the story's last.
      (joined ??= out.slice(0, k)).push(withValue(a, out[k + 2]!.text + a.value.slice(4)), withValue(b!, out[k + 2]!.text + b!.value.slice(4)));
      k += 1;
    } else {
      // "Earlier Friday", "Later Thursday": the adverb orders events within the day, which TimeML leaves out.
      const c = a.text.charCodeAt(0) | 32;
      const adverb = c === 101 || c === 108 ? ADVERB_BEFORE_WEEKDAY.exec(a.text) : null;
      if (adverb) {
        const { mod: _mod, ...rest } = a;
        (joined ??= out.slice(0, k)).push({ ...rest, text: a.text.slice(adverb[0].length), start: a.start + adverb[0].length });
      } else joined?.push(a);
    }
  }
  if (!joined) return out;
  return joined.length === out.length ? joined : renumber(joined);
}
