/**
 * The words a temporal phrase can start with, so the scanner runs the grammar only where a
 * phrase may begin: a Set lookup per token instead of every matcher at every token.
 *
 * @module
 */
import {
  APPROXIMATORS,
  CURRENT_WORDS,
  DATE_MODIFIERS,
  DETERMINED_REFERENCE_WORDS,
  FOLLOWING_WORDS,
  FREQUENCY_DETERMINERS,
  FREQUENCY_WORDS,
  HOLIDAYS,
  MONTH_WORDS,
  ORDINAL_TENS,
  ORDINAL_WORDS,
  PART_OF_DAY_WORDS,
  PREVIOUS_WORDS,
  REFERENCE_WORDS,
  SEASON_WORDS,
  UNIT_WORDS,
  WEEKDAY_WORDS,
} from "../lexicon/dates.js";
import { word, type TokenView } from "./token-view.js";

/** Words that open phrases beyond the lexicon tables: edges, days, quarters; counts come by their unit. */
const OPENERS = [
  "latest", "weekend", "weekend's", "week-end", "fy", "period", "more", "less", "at", "day", "half", "h1", "h2",
  "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "fiscal", "calendar", "today", "tomorrow", "yesterday",
  "tonight", "tonight's", "yesterday's", "tomorrow's", "overnight", "midday", "noon", "end", "beginning",
  "start", "middle", "close", "q1", "q2", "q3", "q4", "'", "’", "recent",
];

/** Function words that open a phrase only when a trigger follows ("the third quarter", "that quarter"). */
const DETERMINERS: ReadonlySet<string> = new Set(["the", "that", "this", "a", "an"]);

let triggers: ReadonlySet<string> | undefined;

// Built on first use, so importing the package stays free of side effects.
function triggerWords(): ReadonlySet<string> {
  if (triggers) return triggers;
  const words = new Set<string>(OPENERS);
  const tables: Iterable<string>[] = [
    MONTH_WORDS.keys(), WEEKDAY_WORDS.keys(), UNIT_WORDS.keys(), ORDINAL_WORDS.keys(), ORDINAL_TENS.keys(),
    SEASON_WORDS.keys(), PART_OF_DAY_WORDS.keys(), REFERENCE_WORDS.keys(), DETERMINED_REFERENCE_WORDS.keys(),
    FREQUENCY_WORDS.keys(), FREQUENCY_DETERMINERS, DATE_MODIFIERS.keys(), PREVIOUS_WORDS, FOLLOWING_WORDS,
    CURRENT_WORDS, HOLIDAYS.map((h) => h.words[0] ?? ""), APPROXIMATORS.keys(),
  ];
  for (const table of tables) for (const w of table) words.add(w);
  triggers = words;
  return words;
}

/** How far before its unit a count may start ("two hundred and fifty years"). */
const COUNT_REACH = 5;

/**
 * For each token, the index of the nearest unit word at or after it (or `Infinity`), so a
 * number word read by the shared number reader is tried only when a unit follows. Computed
 * once per document over `lower` (the lower-cased tokens).
 */
export function nextUnitIndex(lower: readonly string[]): Float64Array {
  const next = new Float64Array(lower.length);
  let upcoming = Number.POSITIVE_INFINITY;
  for (let i = lower.length - 1; i >= 0; i--) {
    const w = lower[i]!;
    const base = w.endsWith("'s") || w.endsWith("’s") ? w.slice(0, -2) : w;
    if (UNIT_WORDS.has(base) || w.includes("-")) upcoming = i;
    next[i] = upcoming;
  }
  return next;
}

/** True when a temporal phrase may start at token `i`. */
export function mayStartPhrase(view: TokenView, i: number, nextUnit: Float64Array): boolean {
  if (i >= view.to) return false;
  const w = word(view, i);
  if (DETERMINERS.has(w)) return isTrigger(view, i + 1, nextUnit);
  return isTrigger(view, i, nextUnit);
}

function isTrigger(view: TokenView, i: number, nextUnit: Float64Array): boolean {
  const token = view.tokens[i];
  if (i >= view.to || !token) return false;
  if (token.kind === "number") return true;
  const w = word(view, i);
  if (triggerWords().has(w) || w.includes("-") || w.startsWith("fy")) return true;
  const base = w.endsWith("'s") || w.endsWith("’s") ? w.slice(0, -2) : w;
  if (base !== w && triggerWords().has(base)) return true;
  return (nextUnit[i] ?? Number.POSITIVE_INFINITY) - i <= COUNT_REACH;
}
