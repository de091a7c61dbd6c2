/**
 * Hyphenated compounds: "three-day", "30-day", "hours-long", "third-quarter", "mid-2024", "year-earlier".
 *
 * @module
 */
import { MONTH_WORDS, ORDINAL_WORDS } from "../../lexicon/dates.js";
import { readNumber } from "../../numbers/read-number.js";
import { readYear } from "../read-parts.js";
import { kindAt, touchesPrevious, word } from "../token-view.js";
import { durationValue } from "./durations.js";
import { decadeOf } from "./eras.js";
import { date, fixed, unitOf, type Matcher } from "./match.js";

/** "three-day", "two-hour", "hours-long", "30-day", "half-hour", "third-quarter", "mid-2024", "mid-July", "pre-2008", "year-earlier". */
export const matchCompound: Matcher = (view, i) => {
  const kind = kindAt(view, i);
  if (kind === undefined) return undefined;
  if (kind === "number" && word(view, i + 1) === "-" && touchesPrevious(view, i + 1) && touchesPrevious(view, i + 2)) {
    const unitWord = word(view, i + 2);
    const [head = "", tail] = unitWord.split("-", 2);
    const unit = unitOf(head);
    // "a 35-year old man" is an age, as "35-year-old" is.
    if (unit && !head.endsWith("s") && (tail === undefined || tail === "long") && /^\d{1,4}$/u.test(view.tokens.text(i)) && word(view, i + 3) !== "old") {
      return fixed(durationValue(Number(view.tokens.text(i)), unit), "DURATION", i + 3);
    }
    return undefined;
  }
  const w = word(view, i);
  const hyphen = w.indexOf("-");
  if (kind !== "word" || hyphen <= 0) return undefined;
  const parts = w.split("-");
  const [first = "", second = "", third] = parts;
  if (parts.length > 3 || third === "old" || word(view, i + 1) === "old") return undefined;
  if (first === "mid" || first === "early" || first === "late") {
    const mod = first === "mid" ? "MID" : first === "early" ? "START" : "END";
    if (/^[12]\d{3}$/u.test(second)) return { end: i + 1, reading: { spec: { kind: "era", unit: "year", number: Number(second) }, type: "DATE", mod } };
    if (/^[12]\d{3}s$/u.test(second)) return { end: i + 1, reading: { spec: decadeOf(Number(second.slice(0, 4))), type: "DATE", mod } };
    const month = MONTH_WORDS.get(second);
    // "mid-January 1951": a year after the month is its year.
    const year = readYear(view, i + 1);
    if (month !== undefined && (second.length > 3 || month === 5)) return { end: year?.end ?? i + 1, reading: { spec: year ? { kind: "date", month, year: year.value, placement: "tense" } : { kind: "date", month, placement: "tense" }, type: "DATE", mod } };
    // "the mid-19th century": the 19th century is "18".
    const nth = /^(\d{1,2})(?:st|nd|rd|th)$/u.exec(second);
    if (nth && word(view, i + 1) === "century" && Number(nth[1]) >= 1) return { end: i + 2, reading: { spec: { kind: "era", unit: "century", number: Number(nth[1]) - 1 }, type: "DATE", mod } };
    return undefined;
  }
  if ((first === "pre" || first === "post") && third === undefined) {
    // "pre-2008 levels", "the post-1990 order": the year named, before or after it.
    const mod = first === "pre" ? "BEFORE" : "AFTER";
    return /^[12]\d{3}$/u.test(second) ? { end: i + 1, reading: { spec: { kind: "era", unit: "year", number: Number(second) }, type: "DATE", mod } } : undefined;
  }
  if ((first === "year" && (second === "earlier" || second === "ago")) && third === undefined) {
    // "the year-earlier period", "the year-ago quarter": the whole noun phrase is the expression.
    const noun = word(view, i + 1);
    // "the year-ago third quarter" too.
    const ordinalQuarter = ORDINAL_WORDS.has(noun) && word(view, i + 2) === "quarter";
    const end = ordinalQuarter ? i + 3 : noun === "period" || noun === "quarter" ? i + 2 : i + 1;
    return date({ kind: "offset", unit: "year", count: -1, baseDays: 0, ...(ordinalQuarter || noun === "quarter" ? { ofQuarter: true } : {}) }, end);
  }
  const quarter = ORDINAL_WORDS.get(first);
  if (second === "quarter" && third === undefined && quarter !== undefined && quarter <= 4) {
    return date({ kind: "part-of-year", unit: "quarter", part: String(quarter), placement: "tense" }, i + 1);
  }
  const unit = unitOf(second);
  if (unit && (third === undefined || third === "long")) {
    // "a several-year tenure", "a multi-year deal": a length of some years.
    if (first === "several" || first === "multi") return fixed(durationValue("X", unit), "DURATION", i + 1);
    // "a half-hour", and "a half-century ago", counted back ("quarter-" is left alone: "a quarter-point cut").
    if (first === "half" && third === undefined) return word(view, i + 1) === "ago" ? date({ kind: "offset", unit, count: -0.5, baseDays: 0 }, i + 2) : fixed(durationValue(0.5, unit), "DURATION", i + 1);
    if (!second.endsWith("s") || third === "long") {
      const n = readNumber(view.text, view.tokens.start(i));
      if (n && n.end === view.tokens.start(i) + first.length) return fixed(durationValue(n.value, unit), "DURATION", i + 1);
    }
    return undefined;
  }
  const leadUnit = unitOf(first);
  if (leadUnit && second === "long" && third === undefined) {
    return fixed(durationValue(first.endsWith("s") ? "X" : 1, leadUnit), "DURATION", i + 1);
  }
  return undefined;
};
