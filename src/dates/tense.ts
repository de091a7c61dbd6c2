/**
 * The tense of the clause around a temporal phrase, from the nearest tense cue in its sentence:
 * "said Thursday" is past, "will meet on Monday" is future. Bare weekdays and year-less dates
 * are placed by it.
 *
 * @module
 */
import { FUTURE_CUES, FUTURE_BEFORE_TO, NOT_PAST_ED, PAST_CUES, UNIT_WORDS } from "../lexicon/dates.js";
import type { Tense } from "./resolve-spec.js";
import { word, type TokenView } from "./token-view.js";

/** How far from the phrase a cue may stand, in tokens, each way. */
const WINDOW = 12;

/** A cue's tense and its weight: weak cues count as if they stood this many tokens further. */
interface Cue {
  readonly tense: Tense;
  readonly penalty: number;
}

/** Extra distance of a weak cue: an "-ed" word may be a participle used as an adjective ("occupied"). */
const WEAK_PENALTY = 3;
const NO_CUE: Cue = { tense: "none", penalty: 0 };
const FUTURE: Cue = { tense: "future", penalty: 0 };
const WEAK_FUTURE: Cue = { tense: "future", penalty: WEAK_PENALTY };
const PAST: Cue = { tense: "past", penalty: 0 };
const WEAK_PAST: Cue = { tense: "past", penalty: WEAK_PENALTY };

function cueOf(w: string, next: string): Cue {
  // "is to resume", "set to meet", "planned to leave": an arrangement ahead, whatever the verb's form.
  if (next === "to" && FUTURE_BEFORE_TO.has(w)) return FUTURE;
  // "would" is the future seen from the past: weaker than "will".
  if (w === "would") return WEAK_FUTURE;
  if (FUTURE_CUES.has(w) || w.endsWith("'ll") || w.endsWith("’ll")) return FUTURE;
  if (PAST_CUES.has(w)) return PAST;
  if (w.length > 4 && w.endsWith("ed") && !NOT_PAST_ED.has(w)) return WEAK_PAST;
  return NO_CUE;
}

/**
 * The tense of the clause around tokens `[first, end)`: the nearest cue, weak cues counted
 * further away. One of the `deadlines` words right before the phrase ("by", "until") makes it future.
 */
export function tenseAround(view: TokenView, first: number, end: number, deadlines?: ReadonlySet<string>): Tense {
  const before = word(view, first - 1);
  // "by Jan. 14", "payable Dec. 14": a calendar deadline lies ahead whatever the verb's tense.
  // Opening the sentence ("Until Thursday, police had not…") or closing a span of time ("in the 24
  // hours until midday on Saturday"), it sets the scene of a tally instead.
  if (deadlines?.has(before) && first - 1 > view.from && !UNIT_WORDS.has(word(view, first - 2))) return "future";
  // "as soon as Tuesday", "as early as next week".
  if (before === "as" && (word(view, first - 2) === "soon" || word(view, first - 2) === "early")) return "future";
  // The verb right before the phrase governs it ("announced Wednesday"), participle or not.
  if (before.length > 4 && before.endsWith("ed") && !NOT_PAST_ED.has(before)) return "past";
  let best: Tense = "none";
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let distance = 1; distance <= WINDOW && distance < bestDistance; distance++) {
    // A cue on the left (the verb the phrase follows: "said Friday") wins a tie.
    // The left side first, then the right; no array per step (this runs for every expression).
    for (let side = 0; side < 2; side++) {
      const at = side === 0 ? first - distance : end - 1 + distance;
      if (at < view.from || at >= view.to) continue;
      const cue = cueOf(word(view, at), word(view, at + 1));
      if (cue.tense !== "none" && distance + cue.penalty < bestDistance) {
        best = cue.tense;
        bestDistance = distance + cue.penalty;
      }
    }
  }
  return best;
}
