/**
 * The shares of a toll that news breaks out right after it: "killing four people, including
 * three children", "12 were killed on Saturday, among them two paramedics". Each share is a
 * count with its victims, part of the toll, never a toll of its own.
 *
 * @module
 */
import type { CasualtyPart, Count } from "../model.js";
import { firstTokenFrom } from "../text/tokens.js";
import { BREAKDOWN_OPENERS } from "../lexicon/casualty-cues.js";
import { COUNT_FILLERS } from "../lexicon/casualty-victims.js";
import { countAt } from "./count-at.js";
import { readVictims } from "./victim-phrase.js";
import type { TokenView } from "./token-view.js";

/** Most tokens between a toll and the word that opens its breakdown (", on Saturday, including"). */
const MAX_GAP = 8;

/** Most shares read after one opener ("including three children, two women and a paramedic"). */
const MAX_PARTS = 4;

/** Tokens that end the stretch a breakdown may follow in: the clause or sentence is over. */
const GAP_STOPS: ReadonlySet<string> = new Set([".", ";", ":", "?", "!", "said", "says", "but", "while", "when", "after"]);

/**
 * The shares broken out after the toll `total` that ends at offset `end` in `view` (a
 * sentence's view), in text order; undefined when none follows. A count must come with a noun
 * for people ("three children", not "three buildings"), and the shares add up to no more than the toll; another
 * count before the opener ("killed four and wounded 20, including ...") leaves the breakdown
 * to that one.
 */
export function breakdownAfter(view: TokenView, end: number, total: Count): CasualtyPart[] | undefined {
  const tokens = view.tokens;
  let k = firstTokenFrom(tokens, end);
  const limit = Math.min(tokens.length, k + MAX_GAP);
  for (; k < limit; k++) {
    const word = view.lower[k]!;
    if (GAP_STOPS.has(word) || countAt(view, k)) return undefined;
    if (BREAKDOWN_OPENERS.has(word)) break;
  }
  if (k >= limit) return undefined;
  // "among them two paramedics"; "among the 12 dead" names the whole, not a share.
  let at = k + 1;
  if (view.lower[k] === "among") {
    if (view.lower[at] !== "them" && view.lower[at] !== "whom") return undefined;
    at++;
  }
  // The shares together are no more than the toll: "five killed, including three officers and 40 civilians" breaks out three.
  let room = total.max ?? total.min;
  let parts: CasualtyPart[] | undefined;
  while (at < tokens.length && (parts?.length ?? 0) < MAX_PARTS) {
    const count = countAt(view, at);
    if (!count || count.count.min > room) break;
    room -= count.count.min;
    const victims = readVictims(view, count.end, false);
    if (!victims || !victims.hasNoun || victims.dangling || victims.end <= count.end) break;
    let from = count.end;
    while (from < victims.end && COUNT_FILLERS.has(view.lower[from]!)) from++;
    const stop = tokens.end(victims.end - 1);
    (parts ??= []).push({
      count: count.count,
      victims: view.text.slice(tokens.start(from), stop),
      span: { start: count.start, end: stop },
      text: view.text.slice(count.start, stop),
    });
    // "three children and two women", "three children, two women": the next share.
    at = victims.end;
    if (view.lower[at] === "," && view.lower[at + 1] === "and") at += 2;
    else if (view.lower[at] === "," || view.lower[at] === "and") at++;
    else break;
  }
  return parts;
}
