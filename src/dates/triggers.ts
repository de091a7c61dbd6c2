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
  "latest", "near", "short", "distant", "these", "weekend", "weekend's", "week-end", "fy", "period", "day", "half", "h1", "h2",
  "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "fiscal", "calendar", "today", "tomorrow", "yesterday",
  "tonight", "tonight's", "yesterday's", "tomorrow's", "overnight", "midday", "noon", "q1", "q2", "q3", "q4", "'", "’", "recent",
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
    CURRENT_WORDS, HOLIDAYS.map((h) => h.words[0] ?? ""),
  ];
  for (const table of tables) for (const w of table) words.add(w);
  triggers = words;
  return words;
}

/** True when `w` is a word some phrase starts with (not merely a possible number word before a unit). */
export function isOpenerWord(w: string): boolean {
  return triggerWords().has(w) || DETERMINERS.has(w) || APPROXIMATORS.has(w) || GATED_OPENERS.has(w) || w.includes("-") || w.startsWith("fy") || w.endsWith("'s") || w.endsWith("’s");
}

/** How far before its unit a count may start ("three and a half years"). */
const COUNT_REACH = 4;

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
    if (UNIT_WORDS.has(w) || w.includes("-") || ((w.endsWith("'s") || w.endsWith("’s")) && UNIT_WORDS.has(w.slice(0, -2)))) upcoming = i;
    next[i] = upcoming;
  }
  return next;
}

/** True when a temporal phrase may start at token `i`. */
export function mayStartPhrase(view: TokenView, i: number, nextUnit: Float64Array): boolean {
  if (i >= view.to) return false;
  const w = word(view, i);
  // Function words open a phrase only before a word that can: "the third quarter", "about two years".
  if (DETERMINERS.has(w) || APPROXIMATORS.has(w)) return isTrigger(view, i + 1, nextUnit);
  const gate = GATED_OPENERS.get(w);
  if (gate !== undefined) return gate.has(word(view, i + 1));
  return isTrigger(view, i, nextUnit);
}

/** Openers that are common words, with the words that must follow them ("at least", "end of"). */
const GATED_OPENERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["at", new Set(["least", "most"])],
  ["more", new Set(["than"])],
  ["less", new Set(["than"])],
  ["end", new Set(["of"])],
  ["start", new Set(["of"])],
  ["close", new Set(["of"])],
  ["beginning", new Set(["of"])],
  ["middle", new Set(["of"])],
]);

/** Words that never start a count, so a unit after them does not make them triggers. */
const NOT_COUNTS: ReadonlySet<string> = new Set([
  "the", "a", "an", "in", "to", "of", "and", "or", "with", "for", "on", "at", "by", "from", "that", "this",
  "had", "has", "have", "was", "were", "is", "are", "be", "been", "it", "its", "his", "her", "their", "after", "before",
]);

function isTrigger(view: TokenView, i: number, nextUnit: Float64Array): boolean {
  const token = view.tokens[i];
  if (i >= view.to || !token) return false;
  if (token.kind === "number") return true;
  const w = word(view, i);
  if (triggerWords().has(w)) return true;
  if (token.kind === "punct") return false;
  if (w.includes("-") || w.startsWith("fy")) return true;
  if ((w.endsWith("'s") || w.endsWith("’s")) && triggerWords().has(w.slice(0, -2))) return true;
  // A number word ("forty-four", "a dozen") counts only when a unit follows closely.
  return !NOT_COUNTS.has(w) && (nextUnit[i] ?? Number.POSITIVE_INFINITY) - i <= COUNT_REACH;
}
