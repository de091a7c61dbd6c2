/**
 * Days named relative to the anchor: weekdays ("last Friday", "Tuesday of last week"), "yesterday",
 * "tonight", "the day before yesterday", and the day the story is on ("earlier in the day").
 *
 * @module
 */
import { ANAPHORIC_SHIFT_WORDS, GENERIC_PRESENT_NOUNS, MONTH_WORDS, PART_OF_DAY_WORDS, UNIT_WORDS, WEEKDAY_WORDS } from "../../lexicon/dates.js";
import { readOrdinal } from "../read-parts.js";
import type { DateSpec } from "../spec.js";
import { isAllCaps, isCapitalized, kindAt, word, type TokenView } from "../token-view.js";
import { date, fixed, placementOf, shiftOf, unitOf, withoutPossessive, type Matcher } from "./match.js";

/** "Thursday", "last Friday", "next Monday", "Thursday night", "Tuesday of last week". */
export const matchWeekday: Matcher = (view, i) => {
  // "this week's Friday", "next week Monday": a weekday of the named week.
  const leadShift = shiftOf(word(view, i));
  const leadWeek = leadShift !== undefined && (word(view, i + 1) === "week" || word(view, i + 1) === "week's");
  const named = leadWeek ? WEEKDAY_WORDS.get(word(view, i + 2)) : undefined;
  if (named !== undefined && word(view, i + 2).length >= 6) {
    return date({ kind: "weekday", weekday: named, placement: "current", weekShift: leadShift ?? 0 }, i + 3);
  }
  let j = i;
  // "following Monday's debate": without an article "following" is a preposition, and the weekday stands alone.
  if (word(view, i) === "following" && word(view, i - 1) !== "the") return undefined;
  const shift = shiftOf(word(view, i));
  if (shift !== undefined) j += 1;
  const weekday = WEEKDAY_WORDS.get(withoutPossessive(word(view, j)));
  // Full names only ("Wed" is a word too); lower case is fine for them ("this friday").
  if (weekday === undefined || word(view, j).length < 6) return undefined;
  // "the Sunday Times", "the Monday Club": a weekday between an article and a capitalized word names something.
  if (shift === undefined && word(view, i - 1) === "the" && isCapitalized(view, j) && isNameWord(view, j + 1) && !isAllCaps(view, j)) return undefined;
  const placement = placementOf(shift);
  let end = j + 1;
  let weekShift: number | undefined;
  // "Tuesday of last week", "Tuesday next week".
  const ofAt = word(view, end) === "of" ? end + 1 : end;
  if (shift === undefined && unitOf(word(view, ofAt + 1)) === "week" && !word(view, ofAt + 1).endsWith("s")) {
    const s = shiftOf(word(view, ofAt));
    if (s !== undefined) {
      weekShift = s;
      end = ofAt + 2;
    }
  }
  // "the previous Friday", "the following Monday": counted from the day the story is on.
  const anaphoric = word(view, i - 1) === "the" && ANAPHORIC_SHIFT_WORDS.has(word(view, i));
  const spec: DateSpec = { kind: "weekday", weekday, placement, ...(weekShift !== undefined ? { weekShift } : {}), ...(anaphoric ? { anaphoric } : {}) };
  const part = PART_OF_DAY_WORDS.get(withoutPossessive(word(view, end)));
  if (part && word(view, end) !== "tonight" && word(view, end) !== "overnight") return { end: end + 1, reading: { spec, type: "TIME", partOfDay: part } };
  return date(spec, end);
};

/** True when token `i` is a capitalized word that is no date word ("Times" after "the Sunday", not "March" or "Night"). */
function isNameWord(view: TokenView, i: number): boolean {
  const w = word(view, i);
  return kindAt(view, i) === "word" && isCapitalized(view, i) && !MONTH_WORDS.has(w) && !WEEKDAY_WORDS.has(w) && !PART_OF_DAY_WORDS.has(w) && !UNIT_WORDS.has(w);
}

const DAY_WORDS: ReadonlyMap<string, number> = new Map([
  ["today", 0], ["today's", 0], ["today’s", 0], ["tomorrow", 1], ["tomorrow's", 1], ["yesterday", -1], ["yesterday's", -1],
]);

/** "today", "yesterday morning", "tonight", "last night", "this morning", "the day before yesterday". */
export const matchRelativeDay: Matcher = (view, i) => {
  const w = word(view, i);
  const dayAt = w === "the" ? i + 1 : i;
  if (word(view, dayAt) === "day" && (word(view, dayAt + 1) === "before" || word(view, dayAt + 1) === "after")) {
    const base = DAY_WORDS.get(word(view, dayAt + 2));
    if (base !== undefined) return date({ kind: "day-shift", days: base + (word(view, dayAt + 1) === "before" ? -1 : 1) }, dayAt + 3);
  }
  const days = DAY_WORDS.get(w);
  // "today's world", "today's youth": the present, not the day.
  if (days === 0 && w !== "today" && GENERIC_PRESENT_NOUNS.has(word(view, i + 1))) return fixed("PRESENT_REF", "DATE", i + 1);
  if (days !== undefined) {
    const part = PART_OF_DAY_WORDS.get(withoutPossessive(word(view, i + 1)));
    if (part && word(view, i + 1) !== "overnight" && word(view, i + 1) !== "tonight") {
      return { end: i + 2, reading: { spec: { kind: "day-shift", days }, type: "TIME", partOfDay: part } };
    }
    return date({ kind: "day-shift", days }, i + 1);
  }
  if (w === "tonight" || w === "tonight's") return { end: i + 1, reading: { spec: { kind: "day-shift", days: 0 }, type: "TIME", partOfDay: "NI" } };
  if (w === "overnight") return { end: i + 1, reading: { spec: { kind: "day-shift", days: -1 }, type: "TIME", partOfDay: "NI" } };
  // "last night's game", "this morning's talks".
  const part = PART_OF_DAY_WORDS.get(withoutPossessive(word(view, i + 1)));
  if (part && (w === "last" || w === "this")) {
    return { end: i + 2, reading: { spec: { kind: "day-shift", days: w === "last" ? -1 : 0 }, type: "TIME", partOfDay: part } };
  }
  return undefined;
};

/** Nouns a part of day can modify ("the night sky", "the day shift"). */
const PART_OF_DAY_NOUNS: ReadonlySet<string> = new Set(["sky", "shift", "shifts", "club", "clubs", "life", "sun", "light", "news", "show", "air", "vision", "watch", "prayers"]);

const DAY_FOCUS_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "during", "throughout", "spent", "through"]);

/** "earlier in the day", "spent the night": the day (or night) the story is on. */
export const matchDayInFocus: Matcher = (view, i) => {
  if (word(view, i) !== "the") return undefined;
  // "it is the second day of the offensive", "it is the last day of his visit": told in the present, the day counted is today.
  if (word(view, i - 1) === "is" || word(view, i - 1) === "it's") {
    const w = word(view, i + 1);
    const nth = w === "last" || w === "final" ? { end: i + 2 } : readOrdinal(view, i + 1);
    return nth && word(view, nth.end) === "day" && word(view, nth.end + 1) === "of" ? date({ kind: "day-shift", days: 0 }, nth.end + 1) : undefined;
  }
  if (!DAY_FOCUS_PREPOSITIONS.has(word(view, i - 1))) return undefined;
  const w = word(view, i + 1);
  // "in the night sky", "during the day shift": the word modifies a noun.
  if (PART_OF_DAY_NOUNS.has(word(view, i + 2))) return undefined;
  // "during the day Friday": the weekday names the day, and "the day" is none of its own.
  if (w === "day") return WEEKDAY_WORDS.has(word(view, i + 2)) ? undefined : date({ kind: "day-in-focus" }, i + 2);
  if (w === "night") return { end: i + 2, reading: { spec: { kind: "day-in-focus" }, type: "TIME", partOfDay: "NI" } };
  return undefined;
};
