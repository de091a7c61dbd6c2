/**
 * "Police investigate a fatal shooting", "charged in the slaying": an event named as deadly says
 * that at least one person died, even where no sentence counts the dead.
 *
 * @module
 */
import { FATAL_EVENT_CUES } from "../lexicon/casualty-cues.js";
import type { FoundCasualty } from "./find-in-sentence.js";
import { indexPhrases, matchAt, type TokenView } from "./token-view.js";

const FATAL_EVENTS = indexPhrases(/* @__PURE__ */ FATAL_EVENT_CUES.map((phrase) => [phrase, true] as const));

/** The first deadly event named in the sentence `view`, as a toll of at least one killed. */
export function fatalEventIn(view: TokenView): FoundCasualty | undefined {
  for (let i = 0; i < view.tokens.length; i++) {
    const event = matchAt(view, i, FATAL_EVENTS);
    if (!event) continue;
    const start = view.tokens[i]!.start;
    const span = { start, end: view.tokens[event.end - 1]!.end };
    return { kind: "killed", count: { min: 1 }, span, vague: false, countStart: start, shot: false, known: false, apart: false };
  }
  return undefined;
}
