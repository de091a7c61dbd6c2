/**
 * Which of a story's dates move its time (TimeML's reference time), and which are told aside: a
 * date in brackets ("(born 12 March 1880)", "(1880–1959)"); the end of the range a history opens
 * with, or a later year its first dated sentence ends it with ("fought from 1853 to 1856", "began on
 * 28 July 1914 and lasted until 11 November 1918"), which sum the story up before it is told from the start;
 * an earlier date in the past perfect ("had begun in the summer of 1940" after June 1941).
 * Documents only ({@link findDates}).
 *
 * @module
 */
import { word, type TokenView } from "./token-view.js";

/** A date a story reached: its first day, the grain it was stated at, and how many months it spans when more than one. */
export interface Reached {
  readonly day: { readonly year: number; readonly month: number; readonly day: number };
  readonly grain: "year" | "month" | "day";
  readonly months?: number | undefined;
}

/** The words that join a range's two ends: "from 1853 to 1856", "between 1914 and 1918", "1337–1453". */
const RANGE_JOINS: ReadonlySet<string> = new Set(["to", "until", "till", "through", "and", "-", "–"]);

/**
 * Tells, for each expression of an undated story in text order (tokens `[first, end)` of paragraph
 * `paragraph`), whether the date it `reached` (undefined for a length) moves the story from `current`;
 * `flashback` when its clause is in the past perfect. Keeps what the text has told so far.
 */
export function storyAsides(): (view: TokenView, first: number, end: number, paragraph: number, reached: Reached | undefined, current: Reached | undefined, flashback: boolean) => boolean {
  const inBrackets = bracketReader();
  const endsBetween = wordReader(ENDING_WORDS);
  // Where the last phrase ended (a token index): a range's end follows it across a joining word.
  let lastEnd = -1;
  let lastReached = false;
  // The paragraph of the text's first date outside brackets: its opening.
  let lead = -1;
  // Whether the text has told a range of dates yet: only the first one (brackets aside) sums the story up.
  let ranged = false;
  // The first token of the text's first dated sentence, and the year it first told.
  let opening = -1;
  let openingYear = 0;
  let openingEnd = -1;
  return (view, first, end, paragraph, reached, current, flashback) => {
    // A range from a date the story reached: "the summer and autumn of 1940" opens on no date of its own.
    const rangeEnd = lastEnd === first - 1 && lastEnd > view.from && RANGE_JOINS.has(word(view, lastEnd)) && lastReached;
    lastEnd = end;
    lastReached = reached !== undefined;
    // A date alone in brackets after an event, later than the story's time, dates it: "the Treaty of Brétigny (1360)".
    const bracketed = (reached !== undefined || rangeEnd) && inBrackets(view, first) && !(reached && current && word(view, first - 1) === "(" && word(view, end) === ")" && !earlier(reached, current));
    // The opening paragraph is the first with a date: a title line before it has none.
    if (lead < 0 && reached && !bracketed) lead = paragraph;
    let summed = rangeEnd && paragraph === lead && !ranged && !bracketed && current !== undefined;
    if (rangeEnd && !bracketed) ranged = true;
    if (!reached || bracketed) return false;
    if (paragraph === lead) {
      if (opening < 0) [opening, openingYear, openingEnd] = [view.from, reached.day.year, end];
      else if (opening === view.from && reached.day.year > openingYear && endsBetween(view, openingEnd, first)) summed = true;
    }
    return !summed && !(flashback && current !== undefined && earlier(reached, current));
  };
}

/** Words that tell a story's end after its start: "began on … and lasted until …", "… and ended in …". */
const ENDING_WORDS: ReadonlySet<string> = new Set(["until", "till", "ended", "ending", "lasted", "lasting", "concluded", "through"]);

/** True when `reached` ends before `current` starts, at the grain `reached` was stated at. */
function earlier(reached: Reached, current: Reached): boolean {
  const a = reached.day;
  const b = current.day;
  if (a.year !== b.year || reached.grain === "year") return a.year < b.year;
  return reached.grain === "month" ? a.month + (reached.months ?? 1) <= b.month : a.month * 100 + a.day < b.month * 100 + b.day;
}

/**
 * Tells whether an opening bracket before token `first` of a sentence is still open. Asked for the
 * phrases of a sentence in text order, it reads the sentence once, on from where the last question
 * stopped: a sentence of many dates would otherwise be read again from its start for each.
 */
export function bracketReader(): (view: TokenView, first: number) => boolean {
  let seen: TokenView | undefined;
  let at = 0;
  let depth = 0;
  return (view, first) => {
    if (view !== seen || first < at) {
      seen = view;
      at = view.from;
      depth = 0;
    }
    for (; at < first; at++) {
      const w = word(view, at);
      if (w === "(") depth += 1;
      else if (w === ")" && depth > 0) depth -= 1;
    }
    return depth > 0;
  };
}

/**
 * Tells whether a word of `words` stands in tokens `[from, to)` of a sentence. Asked again with
 * the same sentence and `from`, it reads on from where it stopped (or answers from the first such
 * word it found), so the questions of a sentence of many dates read it once in all.
 */
export function wordReader(words: ReadonlySet<string>): (view: TokenView, from: number, to: number) => boolean {
  let seen: TokenView | undefined;
  let start = -1;
  let scanned = -1;
  let found = -1;
  return (view, from, to) => {
    if (view !== seen || from !== start) {
      seen = view;
      start = scanned = from;
      found = -1;
    }
    for (; found < 0 && scanned < to; scanned++) if (words.has(word(view, scanned))) found = scanned;
    return found >= 0 && found < to;
  };
}
