/**
 * Counted units of time: lengths ("44 days", "several years", "hours") and offsets from the anchor
 * ("44 days ago", "in three weeks", "1 year, 2 months and 3 days ago").
 *
 * @module
 */
import { COUNT_FILLERS, BACKWARD_WORDS, FORWARD_WORDS, ORDINAL_WORDS, SEASON_WORDS, SUPERLATIVES, TIME_UNITS, type TimeUnit } from "../../lexicon/dates.js";
import { readCount, readNumberAt, type Count } from "../read-parts.js";
import { isCapitalized, isPossessive, kindAt, textAt, word, type TokenView } from "../token-view.js";
import { compoundDuration, durationValue } from "./durations.js";
import { date, fixed, unitOf, type Matcher } from "./match.js";

/** Modals before "one day" that make it some day ahead ("could one day replace"). */
const SOMEDAY_MODALS: ReadonlySet<string> = new Set(["will", "would", "could", "may", "might", "can", "should", "shall"]);

/** Words before "1800 hours" that make it a clock time. */
const MILITARY_BEFORE: ReadonlySet<string> = new Set(["at", "by", "until", "till", "before", "after", "since", "from"]);

const COUNT_LEAD: ReadonlySet<string> = new Set(["past", "last", "next", "first", "coming", "previous", "following", "final", "initial", "latest", "preceding"]);

/** Whether a relative clause about the period before opens at token `at`: "that", "which", "in which". */
function opensRelative(view: TokenView, at: number): boolean {
  const w = word(view, at);
  return w === "that" || w === "which" || (w === "in" && word(view, at + 1) === "which");
}

/** Whether "last" after `w` is the verb: after "to", a modal or a negation ("will last", "did not last", "won't last"). */
function isVerbLast(w: string): boolean {
  return SOMEDAY_MODALS.has(w) || w === "to" || w === "must" || w === "not" || w === "did" || w.endsWith("'t") || w.endsWith("’t");
}

/** "44 days ago", "two years hence", "three weeks from tomorrow", "the past two months", "several years", "a week". */
export const matchCountedUnits: Matcher = (view, i) => {
  let j = i;
  if (word(view, j) === "the") j += 1;
  // "following three days of talks": without an article "following" is a preposition.
  if (j === i && word(view, i) === "following") return undefined;
  const lead = COUNT_LEAD.has(word(view, j)) ? word(view, j) : undefined;
  // "expected to last two weeks", "will last a month": the verb, so the length starts after it.
  if (lead === "last" && j === i && isVerbLast(word(view, i - 1))) return undefined;
  if (lead) j += 1;
  // "the 1988 quarter" names a year's quarter, not 1988 of them; "1000 days" is a count.
  const countKind = kindAt(view, j);
  const countText = textAt(view, j);
  if (countKind === "number" && /^[12]\d{3}$/u.test(countText) && !word(view, j + 1).endsWith("s")) return undefined;
  // "at 0400 hours", "by 1800 hours": a clock time in military style, not hundreds of hours ("lasted 1800 hours" is).
  if (countKind === "number" && countText.length === 4 && word(view, j + 1) === "hours" && (countText.charCodeAt(0) === 48 || (MILITARY_BEFORE.has(word(view, j - 1)) && word(view, j + 2) !== "of" && +countText.slice(0, 2) < 24 && +countText.slice(2) < 60))) return undefined;
  // "the next couple of years": after a lead word the count needs no article.
  const count = lead && word(view, j) === "couple" && word(view, j + 1) === "of" ? { value: 2, end: j + 2 } : readCount(view, j);
  let unitAt = count ? count.end : j;
  let value: Count = count?.value ?? "X";
  if (!count) {
    // "the past few days", "recent weeks", "the weeks ahead": the lead word is the vague count.
    // "the years that followed" too.
    // "over the years", "through the decades": a span up to now.
    const ahead = word(view, i) === "the" && j === i + 1 && (word(view, j + 1) === "ahead" || (word(view, j + 1) === "that" && word(view, j + 2) === "followed") || ((word(view, i - 1) === "over" || word(view, i - 1) === "through") && word(view, j + 1) !== "of")) && unitOf(word(view, j)) !== undefined;
    if (!lead && word(view, j) !== "recent" && !ahead) return undefined;
    if (word(view, j) === "recent") unitAt = j + 1;
  }
  if (word(view, unitAt) === "few") unitAt += 1;
  if (COUNT_FILLERS.has(word(view, unitAt)) && unitOf(word(view, unitAt + 1))) unitAt += 1;
  const w = word(view, unitAt);
  const unit = unitOf(w);
  if (!unit) {
    // "the past three summers": those summers, a set of seasons as TimeBank tags it (XXXX-SU), not a length.
    const season = (lead === "past" || lead === "last") && count && w.endsWith("s") ? SEASON_WORDS.get(w.slice(0, -1)) : undefined;
    return season ? fixed(`XXXX-${season}`, "SET", unitAt + 1) : undefined;
  }
  // A fortnight (the one unit word with an "f") is two weeks: "almost a fortnight" is P2W.
  if (w[0] === "f" && typeof value === "number") value *= 2;
  if (isPossessive(w)) {
    // "in a week's time": a date ahead, or a length in a past clause.
    if (typeof value !== "number" || word(view, unitAt + 1) !== "time" || word(view, i - 1) !== "in") return undefined;
    return date({ kind: "offset", unit, count: value, baseDays: 0, unlessPast: durationValue(value, unit) }, unitAt + 2);
  }
  const plural = w.endsWith("s");
  // "will one day be": some day ahead, not a length of a day.
  if (word(view, j) === "one" && w === "day" && !lead && SOMEDAY_MODALS.has(word(view, i - 1))) return fixed("FUTURE_REF", "DATE", unitAt + 1);
  // "52 years old" is an age; "60 Minutes" a name.
  if (word(view, unitAt + 1) === "old" || (isCapitalized(view, unitAt) && unitAt > view.from && !isCapitalized(view, unitAt - 1))) return undefined;
  // "four flights a week", "$2 million a year": a rate, not a length of time ("$2 million a year ago" is a date).
  const pointer = word(view, unitAt + 1);
  if (count && (word(view, j) === "a" || word(view, j) === "an") && !plural && !BACKWARD_WORDS.has(pointer) && !FORWARD_WORDS.has(pointer) && isRateContext(view, j - 1)) return undefined;
  if (value === "X" && !plural) return undefined;
  if (value === 1 && plural && count) return undefined;
  // "a second" is nearly always the ordinal ("a second attack").
  if (unit === "second" && count && !Number.isInteger(Number(word(view, j)))) return undefined;
  let end = unitAt + 1;
  // "a year and a half", "a minute and a half".
  if (typeof value === "number" && word(view, end) === "and" && word(view, end + 1) === "a" && word(view, end + 2) === "half") {
    value += 0.5;
    end += 3;
  }
  // "in a week time", "in two weeks' time".
  if (word(view, i - 1) === "in") end += word(view, end) === "time" ? 1 : (word(view, end) === "'" || word(view, end) === "’") && word(view, end + 1) === "time" ? 2 : 0;
  // "a week or so ago": the hedge sits inside the expression.
  const hedged = word(view, end + 2);
  if (typeof value === "number" && !lead && word(view, end) === "or" && word(view, end + 1) === "so" && (BACKWARD_WORDS.has(hedged) || FORWARD_WORDS.has(hedged))) {
    return { end: end + 3, reading: { spec: { kind: "offset", unit, count: (BACKWARD_WORDS.has(hedged) ? -1 : 1) * value, baseDays: 0 }, type: "DATE", mod: "APPROX" } };
  }
  // "1 year, 2 months and 3 days ago": further counted units joined by commas or "and".
  const more: { unit: TimeUnit; count: number }[] = [];
  // Not after "the last": "the last 3 months and 2 days ago they..." is two expressions.
  const continuesList = word(view, i - 1) === "and" || word(view, i - 1) === ",";
  for (let n = 0; n < 6 && !lead && !continuesList && typeof value === "number" && (word(view, end) === "," || word(view, end) === "and"); n++) {
    const nextCount = readCount(view, end + 1);
    const nextUnit = nextCount && typeof nextCount.value === "number" ? unitOf(word(view, nextCount.end)) : undefined;
    // Finer units only: "four days, five days" is a list of guesses, not nine days.
    if (!nextCount || typeof nextCount.value !== "number" || !nextUnit || word(view, nextCount.end).endsWith("'s") || !finer(nextUnit, more.at(-1)?.unit ?? unit)) break;
    more.push({ unit: nextUnit, count: nextCount.value });
    end = nextCount.end + 1;
  }
  const after = word(view, end);
  // "a quarter of the cost", "three quarters of voters", "a quarter mile": a fraction, not three months
  // ("several quarters of losses", "the first two quarters of 1990" are periods).
  if (unit === "quarter" && !lead && (word(view, j) === "a" || word(view, j) === "three") && (after === "mile" || (after === "of" && kindAt(view, end + 1) !== "number"))) return undefined;
  if (more.length > 0 && typeof value === "number") {
    const parts = [{ unit, count: value }, ...more];
    if (BACKWARD_WORDS.has(after) || FORWARD_WORDS.has(after)) {
      const sign = BACKWARD_WORDS.has(after) ? -1 : 1;
      return date({ kind: "compound-offset", parts: parts.map((p) => ({ unit: p.unit, count: sign * p.count })) }, end + 1);
    }
    if (after === "from" && (word(view, end + 1) === "now" || word(view, end + 1) === "today")) return date({ kind: "compound-offset", parts }, end + 2);
    return fixed(compoundDuration(parts), "DURATION", end);
  }
  const duration = durationValue(value, unit);
  if (!lead && word(view, i) !== "the" && value !== "X") {
    const short = unit === "hour" || unit === "minute" || unit === "second" || unit === "day" || unit === "week";
    // "3 days after tomorrow": counted from a day the text names.
    const named = after === "before" || after === "after" ? fromBase(word(view, end + 1)) : undefined;
    if (named !== undefined && word(view, end + 1) !== "now") {
      return date({ kind: "offset", unit, count: after === "before" ? -value : value, baseDays: named }, end + 2);
    }
    // "one week after": counted from another event, so the length is what is stated; so is
    // "two years earlier than planned", a length compared.
    if (after === "before" || after === "after" || word(view, end + 1) === "than") return fixed(duration, "DURATION", end);
    // "three days later": in news a length from some event; in a narrative a date on its timeline.
    if (short && (after === "earlier" || after === "later" || after === "afterwards" || after === "afterward")) {
      return date({ kind: "offset", unit, count: (after === "earlier" ? -1 : 1) * value, baseDays: 0, inNews: duration }, end + 1);
    }
    if (BACKWARD_WORDS.has(after) || FORWARD_WORDS.has(after)) {
      const sign = BACKWARD_WORDS.has(after) ? -1 : 1;
      // "re-elected four years later": counted from the last date the text reached, not from the day of writing.
      const fromLast = AFTERWARDS_WORDS.has(after);
      return date({ kind: "offset", unit, count: sign * value, baseDays: 0, ...(fromLast ? { fromLast } : {}) }, end + 1);
    }
    if (after === "from") {
      const base = fromBase(word(view, end + 1));
      if (base !== undefined) return date({ kind: "offset", unit, count: value, baseDays: base }, end + 2);
    }
    // "in five days" points ahead, unless the clause is in the past ("the first talks in three years").
    // "in a quarter that produced a loss", "in a year in which prices fell": a period the clause after describes, no date ahead.
    if (word(view, i - 1) === "in" && word(view, end) !== "of" && !opensRelative(view, end) && (Number.isInteger(value) || unit === "hour") && end - i <= 4) {
      // "the first time in a decade", "the highest level in five years": a length up to now.
      if (superlativeBefore(view, i - 2)) return fixed(duration, "DURATION", end);
      return date({ kind: "offset", unit, count: value, baseDays: 0, unlessPast: duration }, end);
    }
  }
  if (value === "X" && after === "ago") return fixed("PAST_REF", "DATE", end + 1);
  // "the weeks ahead": an open length of time from now.
  if (value === "X" && after === "ahead") return fixed(duration, "DURATION", end + 1);
  return fixed(duration, "DURATION", end);
};

/** True when `unit` is shorter than `than` (the units run from the longest), as each further part of "1 year, 2 months and 3 days" is. */
function finer(unit: TimeUnit, than: TimeUnit): boolean {
  return TIME_UNITS.indexOf(unit) > TIME_UNITS.indexOf(than);
}

/** True when the token before "a week" is an amount or a counted noun, so "a week" is a rate. */
/** Words that end an amount, so "a year" after them is a rate ("2 percent a year", "$2 million a year"). */
const RATE_AMOUNT_WORDS: ReadonlySet<string> = new Set(["%", "percent", "cent", "times", "twice", "once", "million", "billion", "trillion", "thousand", "hundred"]);

function isRateContext(view: TokenView, i: number): boolean {
  const kind = kindAt(view, i);
  if (kind === undefined) return false;
  const w = word(view, i);
  if (kind === "number" || RATE_AMOUNT_WORDS.has(w)) return true;
  // "four flights a week": a counted noun before it; "24 hours a day", "seven days a week": a counted unit.
  const counted = w.length > 3 && w.endsWith("s") && !isPossessive(w);
  return counted && (kindAt(view, i - 1) === "number" || readNumberAt(view, i - 1) !== undefined);
}

/** True when a superlative or "first time" stands within three words before token `at` (inclusive). */
function superlativeBefore(view: TokenView, at: number): boolean {
  // "the worst fire in the state in a decade": the superlative may stand a few words back, in the same clause.
  // "has pledged to cut costs in five years", "have to finish in two days": the infinitive points ahead.
  let infinitive = false;
  for (let k = at; k > at - SUPERLATIVE_REACH && k >= view.from; k--) {
    const w = word(view, k);
    // "for the second time in two months" counts like "the first time".
    if (SUPERLATIVES.has(w) || ORDINAL_WORDS.has(w) || isSuperlativeForm(view, k, w) || (PERFECT_AUXILIARIES.has(w) && !infinitive)) return true;
    if (CLAUSE_BREAKS.has(w)) return false;
    if (w === "to") infinitive = true;
  }
  return false;
}

/** "the steepest", "its sharpest": an "-est" word after a determiner reads as a superlative. */
function isSuperlativeForm(view: TokenView, at: number, w: string): boolean {
  const before = word(view, at - 1);
  return w.length > 5 && w.endsWith("est") && (before === "the" || before === "its");
}

/** How far back a superlative or a perfect may stand from "in a decade". */
const SUPERLATIVE_REACH = 8;

/** Perfects look back: "has not rained in a decade", "haven't met in years" measure up to now. */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(["has", "have", "hasn't", "haven't", "hasn’t", "haven’t"]);

/** Words that end the clause a superlative must stand in. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([",", ";", ":", "(", ")", "--", "—", "that", "which", "who", "but", "and", "will", "would", "'ll", "’ll"]);

/** Words after a count that place it after some earlier event ("four years later"), not after the day of writing. */
const AFTERWARDS_WORDS: ReadonlySet<string> = new Set(["later", "afterwards", "afterward"]);

function fromBase(w: string): number | undefined {
  if (w === "now" || w === "today") return 0;
  if (w === "tomorrow") return 1;
  if (w === "yesterday") return -1;
  return undefined;
}

const BARE_UNIT_BLOCKERS: ReadonlySet<string> = new Set(["early", "small", "wee", "late", "morning", "evening", "night", "daylight", "the", "these", "those", "office", "working", "opening", "business", "visiting", "peak"]);

/** "hours", "years", "decades": a bare plural unit is an open duration (`PTXH`). */
export const matchBareUnits: Matcher = (view, i) => {
  const w = word(view, i);
  const unit = unitOf(w);
  if (!unit || !w.endsWith("s") || isPossessive(w) || unit === "second" || unit === "quarter" || unit === "half") return undefined;
  // "the early hours of Sunday" names a time of day, not a length of time.
  if (w.length <= 3 || BARE_UNIT_BLOCKERS.has(word(view, i - 1))) return undefined;
  if (isCapitalized(view, i) && i > view.from && !isCapitalized(view, i - 1)) return undefined;
  // "52 years old": the count was refused as an age, so the unit alone is no length either.
  if (word(view, i + 1) === "old" || kindAt(view, i - 1) === "number") return undefined;
  return fixed(durationValue("X", unit), "DURATION", i + 1);
};
