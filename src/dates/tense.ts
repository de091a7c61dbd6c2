/**
 * The tense of the clause around a temporal phrase, from the nearest tense cue in its sentence:
 * "said Thursday" is past, "will meet on Monday" is future. Bare weekdays and year-less dates
 * are placed by it.
 *
 * @module
 */
import { FUTURE_CUES, NOT_PAST_ED, PAST_CUES } from "../lexicon/dates.js";
import type { Tense } from "./resolve-spec.js";
import { word, type TokenView } from "./token-view.js";

/** How far from the phrase a cue may stand, in tokens, each way. */
const WINDOW = 12;

/** A strong cue: an auxiliary, a modal or a listed past form. */
function strongCueOf(w: string): Tense {
  if (FUTURE_CUES.has(w) || w.endsWith("'ll") || w.endsWith("’ll")) return "future";
  if (PAST_CUES.has(w)) return "past";
  return "none";
}

/** A weak cue: an "-ed" word, which may be a participle used as an adjective ("occupied"). */
function weakCueOf(w: string): Tense {
  return w.length > 4 && w.endsWith("ed") && !NOT_PAST_ED.has(w) ? "past" : "none";
}

/** The tense of the clause around tokens `[first, end)`: the nearest strong cue, else the nearest weak one. */
export function tenseAround(view: TokenView, first: number, end: number): Tense {
  return nearestCue(view, first, end, strongCueOf) ?? nearestCue(view, first, end, weakCueOf) ?? "none";
}

function nearestCue(view: TokenView, first: number, end: number, cueOf: (w: string) => Tense): Tense | undefined {
  for (let distance = 1; distance <= WINDOW; distance++) {
    const left = first - distance;
    if (left >= view.from) {
      const tense = cueOf(word(view, left));
      if (tense !== "none") return tense;
    }
    const right = end - 1 + distance;
    if (right < view.to) {
      const tense = cueOf(word(view, right));
      if (tense !== "none") return tense;
    }
  }
  return undefined;
}
