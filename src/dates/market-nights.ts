/**
 * "Overnight" in a market report: the night before the trading day the report is on ("London
 * shares closed lower Friday … depressed by overnight losses in New York"), not the night before
 * the report was published. Documents only ({@link findDates}): a phrase alone names no day.
 *
 * @module
 */
import { MARKET_WORDS } from "../lexicon/dates.js";
import { dayNumber, type Day } from "./calendar.js";
import type { Phrase } from "./scan.js";
import { word, type TokenView } from "./token-view.js";

/** How many days before the publication date the day a report is on may lie. */
const REPORT_DAYS = 7;

/**
 * The day "overnight" at phrase `p` counts back from: `lastDay`, the last day the text named,
 * when the sentence is a market report's and that day lies in the week up to `published`;
 * otherwise `published`.
 */
export function overnightAnchor(view: TokenView, p: Phrase, published: Day, lastDay: Day | undefined): Day {
  if (!lastDay || p.end !== p.first + 1 || word(view, p.first) !== "overnight") return published;
  const before = dayNumber(published.year, published.month, published.day) - dayNumber(lastDay.year, lastDay.month, lastDay.day);
  if (before < 0 || before > REPORT_DAYS) return published;
  for (let k = view.from; k < view.to; k++) if (MARKET_WORDS.has(word(view, k))) return lastDay;
  return published;
}
