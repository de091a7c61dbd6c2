/**
 * Temporal words that open the name of an event ("the Thirty Years' War", "the Six-Day War",
 * "the Winter War"): TimeML and TIMEX2 tag no date inside a proper name. Documents only
 * ({@link findDates}): a phrase given to `resolveDate` is a date by its caller's word.
 *
 * @module
 */
import { EVENT_NAME_NOUNS, NAMED_DAY_WORDS, NEWSPAPER_FREQUENCY_WORDS, NEWSPAPER_VERBS, SEASON_WORDS } from "../lexicon/dates.js";
import type { Phrase } from "./scan.js";
import { isAllCaps, isCapitalized, kindAt, textAt, word, type TokenView } from "./token-view.js";

/**
 * True when phrase `p` is written in capitals (a leading "the" aside), holds no digits, and a
 * capitalized noun of {@link EVENT_NAME_NOUNS} follows it, straight or after a possessive
 * apostrophe ("Years' War"); or when it is a lone capitalized plural unit after a capitalized
 * word ("Hundred Days"); or a march ("the March on Rome").
 */
export function isInEventName(view: TokenView, p: Phrase): boolean {
  // "the emperor's Hundred Days": a capitalized plural unit after a capitalized word is a title's.
  if (p.end === p.first + 1 && p.reading.type === "DURATION" && isCapitalized(view, p.first) && isCapitalized(view, p.first - 1) && word(view, p.first).endsWith("s")) return true;
  for (let k = p.first; k < p.end; k++) {
    if (kindAt(view, k) === "number" || (!isCapitalized(view, k) && word(view, k) !== "the")) return false;
  }
  const next = word(view, p.end) === "'" || word(view, p.end) === "’" ? p.end + 1 : p.end;
  return (EVENT_NAME_NOUNS.has(word(view, next)) && isCapitalized(view, next)) || isAMarch(view, p);
}

/**
 * True when the season of phrase `p` is a capitalized word of a name: a name's last word amid
 * lower-case text ("the Arab Spring of 2011", "the Prague Spring"), or its first word before another
 * capitalized word ("Summer Davos", "the Spring Meetings"). A season in a name is no season (TimeML
 * tags no time inside a proper name); a year after it ("of 2011") is still found on its own.
 * A title-case headline ("Prices Rise In Spring") keeps its season: the word before the name is capitalized too.
 */
export function isSeasonInName(view: TokenView, p: Phrase): boolean {
  const spec = p.reading.spec;
  if (spec.kind !== "part-of-year" || spec.unit !== "season") return false;
  const first = word(view, p.first) === "the" ? p.first + 1 : p.first;
  if (!isCapitalized(view, first) || !SEASON_WORDS.has(word(view, first))) return false;
  // The word before the name opens lower case, or is the sentence's "The" ("The Prague Spring of 1968").
  const opener = first - 2;
  if (first === p.first && first - 1 > view.from && isCapitalized(view, first - 1) && (!isCapitalized(view, opener) || (opener === view.from && word(view, opener) === "the")) && kindAt(view, opener) !== "number") return true;
  const next = first + 1;
  return (next === p.end || next >= view.to) && isCapitalized(view, next) && !isAllCaps(view, next);
}

/** Words a march is made on or to: "the March on Rome", "Sherman's March to the Sea". */
const MARCH_GOALS: ReadonlySet<string> = new Set(["on", "to", "from", "through", "across", "into"]);

/** True when phrase `p` is a capitalized "March" after "the" or a possessive and before where it went: a march, not the month. */
function isAMarch(view: TokenView, p: Phrase): boolean {
  if (p.end !== p.first + 1 || textAt(view, p.first) !== "March" || !MARCH_GOALS.has(word(view, p.end))) return false;
  const before = word(view, p.first - 1);
  return before === "the" || before.endsWith("'s") || before.endsWith("’s") || before === "long" || before === "great";
}

/** Deictic words that open a programme's name after a broadcaster's initials ("CBS This Morning", "CNN Tonight"). */
const PROGRAMME_OPENERS: ReadonlySet<string> = new Set(["this", "tonight"]);

/**
 * True when phrase `p` opens with a capitalized "This" or "Tonight", every word of it
 * capitalized, right after initials in capitals (two to five letters) that do not stand in a
 * line of capitals themselves: the name of a programme ("CBS This Morning", "ABC This Week",
 * "CNN Tonight"), not the day of the report. A title-case headline ("Kyiv Struck This Morning")
 * keeps its date: no initials stand before it.
 */
export function isInProgrammeName(view: TokenView, p: Phrase): boolean {
  if (!PROGRAMME_OPENERS.has(word(view, p.first))) return false;
  for (let k = p.first; k < p.end; k++) if (!isCapitalized(view, k) || isAllCaps(view, k)) return false;
  const initials = textAt(view, p.first - 1);
  if (initials.length < 2 || initials.length > 5 || !/^[A-Z]+$/u.test(initials)) return false;
  const before = textAt(view, p.first - 2);
  return before === "" || !/^[A-Z]{2,}$/u.test(before);
}

/**
 * True when phrase `p` opens with a weekday that a capitalized word of {@link NAMED_DAY_WORDS}
 * names ("Black Friday", "Super Tuesday"): a day's name, which the weekday's date would misread.
 */
export function isNamedDay(view: TokenView, p: Phrase): boolean {
  return p.reading.spec.kind === "weekday" && NAMED_DAY_WORDS.has(word(view, p.first - 1)) && isCapitalized(view, p.first - 1) && isCapitalized(view, p.first);
}

/**
 * True when phrase `p` is a lone "daily" or "weekly" in lower case that names a newspaper: a
 * reporting verb follows it ("the daily said", "the weekly reported"). "plans daily flights"
 * stays a time that recurs; a capitalized word after it tells no paper from a rite ("the daily
 * Granma", "the daily Mass"), so only the verb counts.
 */
export function isNewspaper(view: TokenView, p: Phrase): boolean {
  if (p.end !== p.first + 1 || !NEWSPAPER_FREQUENCY_WORDS.has(textAt(view, p.first))) return false;
  return NEWSPAPER_VERBS.has(word(view, p.end));
}
