/**
 * TIMEX3 reference tokens: "now", "currently" (`PRESENT_REF`), "recently", "the past" (`PAST_REF`),
 * "the future" (`FUTURE_REF`).
 *
 * @module
 */
import { CLAUSE_REFERENCE_WORDS, CONJUNCTION_NEIGHBOURS, DETERMINED_REFERENCE_PHRASES, DETERMINED_REFERENCE_WORDS, PAST_CUES, REFERENCE_WORDS } from "../../lexicon/dates.js";
import { readCount } from "../read-parts.js";
import { word } from "../token-view.js";
import { fixed, type Matcher } from "./match.js";

/** "now", "currently", "recently", "the past", "the future", "soon". */
export const matchReference: Matcher = (view, i) => {
  const w = word(view, i);
  if (w === "these" && word(view, i + 1) === "days") return fixed("PRESENT_REF", "DATE", i + 2);
  if (w === "the") {
    const phrase = DETERMINED_REFERENCE_PHRASES.get(`${word(view, i + 1)} ${word(view, i + 2)}`);
    if (phrase) return fixed(phrase, "DATE", i + 3);
    const value = DETERMINED_REFERENCE_WORDS.get(word(view, i + 1));
    // "for the past three nights": a count follows, so "the past" opens a length, not the past;
    // "the future of the war" is a fate, not a time.
    return value && !readCount(view, i + 2) && word(view, i + 2) !== "of" ? fixed(value, "DATE", i + 2) : undefined;
  }
  const clause = CLAUSE_REFERENCE_WORDS.get(w);
  if (clause) {
    const [before, after] = [word(view, i - 1), word(view, i + 1)];
    if (CONJUNCTION_NEIGHBOURS.has(before) || CONJUNCTION_NEIGHBOURS.has(after) || PAST_CUES.has(before) || PAST_CUES.has(after)) return undefined;
    return fixed(clause, "DATE", i + 1);
  }
  const value = REFERENCE_WORDS.get(w);
  if (!value) return undefined;
  // "right now", "until now": the word alone is the expression.
  return fixed(value, "DATE", i + 1);
};
