/**
 * Calendar units shifted from the anchor: "last week", "this year", "the following month", "the week
 * after next", and days of a shifted month ("the 15th of next month", "on the 5th").
 *
 * @module
 */
import { PART_OF_DAY_WORDS, SEASON_WORDS } from "../../lexicon/dates.js";
import { readOrdinal, readYear } from "../read-parts.js";
import { isCapitalized, isPossessive, kindAt, word, type TokenView } from "../token-view.js";
import { anaphoricShift, date, fixed, monthAt, placementOf, shiftOf, unitOf, type Matcher } from "./match.js";

/** "last week", "this year", "next month", "the latest quarter", "last weekend", "next year's". */
export const matchUnitShift: Matcher = (view, i) => {
  if (word(view, i) === "the" && word(view, i + 1) === "weekend") {
    // "the weekend after next", "the weekend before last": a week past the next or last one.
    if (word(view, i + 2) === "after" && word(view, i + 3) === "next" && !isCapitalized(view, i + 4)) return date({ kind: "weekend", placement: "next", weeks: 1 }, i + 4);
    if (word(view, i + 2) === "before" && word(view, i + 3) === "last" && !isCapitalized(view, i + 4)) return date({ kind: "weekend", placement: "previous", weeks: -1 }, i + 4);
    return date({ kind: "weekend", placement: "tense" }, i + 2);
  }
  // "the week after next", "the month before last".
  const unitAfterThe = word(view, i) === "the" ? unitOf(word(view, i + 1)) : undefined;
  // Not "the day before last Tuesday's hearing": "last" opens the next phrase there.
  if (unitAfterThe && unitAfterThe !== "hour" && unitAfterThe !== "minute" && unitAfterThe !== "second" && !isCapitalized(view, i + 4)) {
    if (word(view, i + 2) === "after" && word(view, i + 3) === "next") return date({ kind: "unit-shift", unit: unitAfterThe, shift: 2 }, i + 4);
    if (word(view, i + 2) === "before" && word(view, i + 3) === "last") return date({ kind: "unit-shift", unit: unitAfterThe, shift: -2 }, i + 4);
  }
  const shift = shiftOf(word(view, i));
  if (shift === undefined) return undefined;
  // "This Week" in quotation marks, capitalized, is a title (a programme, a column), not a week.
  if (isCapitalized(view, i + 1) && (word(view, i - 1) === '"' || word(view, i - 1) === "“")) return undefined;
  const w = word(view, i + 1);
  if (w === "weekend" || w === "weekend's" || w === "week-end") return date({ kind: "weekend", placement: placementOf(shift) }, i + 2);
  // "next fiscal year".
  if ((w === "fiscal" || w === "calendar") && unitOf(word(view, i + 2)) === "year") return date({ kind: "unit-shift", unit: "year", shift }, i + 3);
  const unit = unitOf(w);
  if (!unit || (w.endsWith("s") && !isPossessive(w))) return undefined;
  if (unit === "hour" || unit === "minute" || unit === "second") return undefined;
  // "the last week of March" is part of March, not the week before this one.
  if (word(view, i + 2) === "of" && (monthAt(view, i + 3) !== undefined || readYear(view, i + 3) !== undefined || word(view, i + 3) === "the")) return undefined;
  // "the last day of his trip", "his last day in office": a day of an event, not the day before; TimeML anchors it to the event, and it stays untagged.
  if ((word(view, i + 2) === "of" && word(view, i - 1) === "the") || (EVENT_OWNERS.has(word(view, i - 1)) && unit !== "quarter")) return undefined;
  // "the past decade" is the ten years up to now, not the decade before this one.
  if (word(view, i) === "past" && (unit === "decade" || unit === "century")) return fixed(unit === "decade" ? "P10Y" : "P100Y", "DURATION", i + 2);
  // "the past year" counts back from now; "the latest quarter" is the last one reported.
  // "the next day" counts from the day the text is on, as "the following day" does; "next week" from now.
  const anaphoric = anaphoricShift(view, i);
  return date({ kind: "unit-shift", unit, shift, ...(anaphoric ? { anaphoric } : {}) }, i + 2);
};

/** Possessives before "last day", "final week": the period is someone's or something's ("his last day in office"). */
const EVENT_OWNERS: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** The words that may follow a day written "the 5th" (a joint, a preposition, the next clause's subject); any other word makes it an ordinal of what follows ("on the 10th anniversary", "the 49th floor"). */
const AFTER_A_DAY = /^(?:and|or|at|in|on|when|to|but|as|by|with|for|from|after|before|until|the|a|an|he|she|it|we|they|i|his|her|its|their)$/u;

/** "on the 5th", "by the 5th", "until the 5th", "the evening of the 5th": a day of the anchor's month, placed by tense like any year-less date. */
export const matchDayOfThisMonth: Matcher = (view, i) => {
  const before = word(view, i - 1);
  if (word(view, i) !== "the" || !(before === "on" || before === "by" || before === "until" || (before === "of" && PART_OF_DAY_WORDS.has(word(view, i - 2))))) return undefined;
  const day = readOrdinal(view, i + 1);
  if (!day || day.value > 31 || kindAt(view, i + 1) !== "number" || (kindAt(view, day.end) === "word" && !AFTER_A_DAY.test(word(view, day.end)))) return undefined;
  return date({ kind: "day-of-shifted-month", day: day.value, shift: 0, byTense: true }, day.end);
};

/** "the 15th day of next month", "20th of the current month". */
export const matchDayOfShiftedMonth: Matcher = (view, i) => {
  const j = word(view, i) === "the" ? i + 1 : i;
  const day = readOrdinal(view, j);
  if (!day || day.value > 31) return undefined;
  let k = day.end;
  if (word(view, k) === "day") k += 1;
  if (word(view, k) !== "of") return undefined;
  k += 1;
  if (word(view, k) === "the") k += 1;
  const shift = shiftOf(word(view, k));
  if (shift === undefined || unitOf(word(view, k + 1)) !== "month") return undefined;
  return date({ kind: "day-of-shifted-month", day: day.value, shift }, k + 2);
};

/**
 * "year-end", "year end", "year's end": the end of the anchor's year, or of the year before
 * after "since" ("up 5% since year-end").
 */
export const matchYearEnd: Matcher = (view, i) => {
  const w = word(view, i);
  const end = w === "year-end" || w === "yearend" ? i + 1 : (w === "year" || w === "year's") && word(view, i + 1) === "end" ? i + 2 : undefined;
  if (end === undefined) return undefined;
  return date({ kind: "unit-shift", unit: "year", shift: word(view, i - 1) === "since" ? -1 : 0 }, end, { mod: "END" });
};

/** Words after "the week" that make it another week than the one in focus ("the week of", "the week before"). */
const WEEK_FOLLOWERS: ReadonlySet<string> = new Set(["of", "before", "after", "ahead", "ending", "ended", "to", "through", "that", "when", "in", "following", "earlier", "later", "beginning", "starting"]);

/** Parts of the day that "that" or "the next" can pick ("that night", "the next morning"); not "noon" or "tonight". */
const ANAPHORIC_PARTS: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night"]);

/** Words after "in the night" that leave it a time, not a modifier ("in the night sky", "the morning of 6 June"). */
const PART_FOLLOWERS: ReadonlySet<string> = new Set(["and", "but", "the", "a", "he", "she", "they", "it", "we", "as", "when", "before", "after", "to", "at", "on", "in", "with", "while", "there", "his", "her", "their"]);

function endsPart(view: TokenView, at: number): boolean {
  const kind = kindAt(view, at);
  return kind === undefined || kind === "punct" || PART_FOLLOWERS.has(word(view, at)) || isCapitalized(view, at);
}

/**
 * "that year", "the week", "that day", "the same day", "that night", "that summer", "the next morning": a
 * period of the last date the text reached (TimeML's reference time), not of the publication date.
 */
export const matchAnaphoricPeriod: Matcher = (view, i) => {
  const w = word(view, i);
  let j: number;
  // "For the week, the index fell": the week of the day in focus; not "the week of March 6", "the week before".
  if (w === "the" && (word(view, i + 1) === "week" || word(view, i + 1) === "week's") && !WEEK_FOLLOWERS.has(word(view, i + 2))) {
    return date({ kind: "unit-shift", unit: "week", shift: 0, anaphoric: true }, i + 2);
  }
  if (w === "that") j = word(view, i + 1) === "same" ? i + 2 : i + 1;
  // "in the afternoon": of the day in focus ("4 in the morning" is a clock time, "the morning of 6 June" a date's).
  else if (w === "the" && ANAPHORIC_PARTS.has(word(view, i + 1)) && (word(view, i - 1) === "in" || word(view, i - 1) === "during") && endsPart(view, i + 2) && kindAt(view, i - 2) !== "number") j = i + 1;
  else if (w === "the" && word(view, i + 1) === "same") j = i + 2;
  else if (w === "the" && (word(view, i + 1) === "next" || word(view, i + 1) === "following" || word(view, i + 1) === "previous") && ANAPHORIC_PARTS.has(word(view, i + 2))) {
    // "the next morning": the morning after the day in focus.
    const partOfDay = PART_OF_DAY_WORDS.get(word(view, i + 2))!;
    const shift = word(view, i + 1) === "previous" ? -1 : 1;
    return { end: i + 3, reading: { spec: { kind: "unit-shift", unit: "day", shift, anaphoric: true }, type: "TIME", partOfDay } };
  } else return undefined;
  const noun = word(view, j);
  if (noun === "day") return date({ kind: "day-in-focus" }, j + 1);
  if (ANAPHORIC_PARTS.has(noun)) return { end: j + 1, reading: { spec: { kind: "day-in-focus" }, type: "TIME", partOfDay: PART_OF_DAY_WORDS.get(noun)! } };
  const season = SEASON_WORDS.get(noun);
  if (season) return date({ kind: "part-of-year", unit: "season", part: season, placement: "current", anaphoric: true }, j + 1);
  const unit = unitOf(noun);
  if (unit !== "year" && unit !== "month" && unit !== "week") return undefined;
  if (noun.endsWith("s") && !noun.endsWith("'s")) return undefined;
  return date({ kind: "unit-shift", unit, shift: 0, anaphoric: true }, j + 1);
};
