/**
 * "Police investigate a fatal shooting", "charged in the slaying": an event named as deadly says
 * that at least one person died, even where no sentence counts the dead.
 *
 * @module
 */
import { FATAL_ADJECTIVES, FATAL_EVENT_CUES, FATAL_EVENT_NOUNS } from "../lexicon/casualty-cues.js";
import type { FoundCasualty } from "./find-in-sentence.js";
import type { TokenList } from "../text/tokens.js";
import { WordTable } from "../text/word-table.js";
import { indexPhrases, matchAt, type TokenView } from "./token-view.js";

const FATAL_EVENTS = indexPhrases(/* @__PURE__ */ FATAL_EVENT_CUES.map((phrase) => [phrase, true] as const));

/** The words a deadly event can open with: an event phrase's first word, or a fatal adjective. */
const EVENT_OPENERS: ReadonlySet<string> = eventOpeners();

/* @__NO_SIDE_EFFECTS__ */
function eventOpeners(): ReadonlySet<string> {
  return new Set([...FATAL_EVENT_CUES.map((phrase) => phrase.split(" ")[0]!), ...FATAL_ADJECTIVES]);
}

/** Whether each word opens a deadly event ({@link EVENT_OPENERS}), by word id. */
const openerFlags = /* @__PURE__ */ new WordTable<boolean>();

/**
 * False when {@link fatalEventIn} finds nothing in `tokens[first..end)` for sure: no word there
 * opens a deadly event. Read on the document's tokens, so a sentence without one needs no view.
 */
export function mayNameFatalEvent(tokens: TokenList, first: number, end: number): boolean {
  const flags = openerFlags.of(tokens);
  for (let i = first; i < end; i++) if ((flags[tokens.id(i)] ??= EVENT_OPENERS.has(tokens.lower(i)))) return true;
  return false;
}

/** The first deadly event named in the sentence `view`, as a toll of at least one killed. */
export function fatalEventIn(view: TokenView): FoundCasualty | undefined {
  for (let i = 0; i < view.tokens.length; i++) {
    const end = matchAt(view, i, FATAL_EVENTS)?.end ?? nounAfterAdjective(view, i);
    if (end === undefined) continue;
    const start = view.tokens.start(i);
    const span = { start, end: view.tokens.end(end - 1) };
    return { kind: "killed", count: { min: 1 }, span, victims: undefined, vague: false, countStart: start, shot: false, known: false, apart: false, killer: false };
  }
  return undefined;
}

/** Most words between a fatal adjective and its event noun ("deadly Fort Hood shooting"). */
const MAX_EVENT_MODIFIERS = 3;

/** "a fatal Arkansas hunting accident": the index past an event noun a few words after a fatal adjective. */
function nounAfterAdjective(view: TokenView, i: number): number | undefined {
  if (!FATAL_ADJECTIVES.has(view.lower[i] ?? "")) return undefined;
  for (let k = i + 1; k <= i + 1 + MAX_EVENT_MODIFIERS && k < view.tokens.length; k++) {
    if (view.tokens.kind(k) !== "word") return undefined;
    if (FATAL_EVENT_NOUNS.has(view.lower[k]!)) return k + 1;
  }
  return undefined;
}
