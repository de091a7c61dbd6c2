/**
 * "5th person dies after shooting", "Third victim dies": the one who died is counted by an
 * ordinal, so the event's toll is at least that many dead.
 *
 * @module
 */
import { DEATH_CUES } from "../lexicon/casualty-cues.js";
import { NTH_DEATH_NOUNS } from "../lexicon/casualty-victims.js";
import { ORDINAL_SUFFIXES, ORDINAL_WORDS } from "../lexicon/dates.js";
import type { FoundCasualty } from "./find-in-sentence.js";
import { indexPhrases, matchAt, type TokenView } from "./token-view.js";

const DEATHS = indexPhrases(/* @__PURE__ */ DEATH_CUES.map((phrase) => [phrase, true] as const));

/** Forms of "have" that may stand between the noun and the death ("the fourth victim has died"). */
const HAVE: ReadonlySet<string> = new Set(["has", "had", "have"]);

/** Largest ordinal read as a toll: beyond it, "the 40th victim" is rather a tally of a year. */
const MAX_NTH = 20;

/**
 * True when token `i` may open {@link nthDeathAt}: an ordinal word or a digit. A cheap test, so
 * the reader runs on few tokens.
 */
export function mayOpenNthDeath(view: TokenView, i: number): boolean {
  const word = view.lower[i]!;
  const c = word.charCodeAt(0);
  return (c >= 48 && c <= 57) || ORDINAL_WORDS.has(word);
}

/** The toll an ordinal death at token `i` gives ("5th person dies": at least 5 killed), or undefined. */
export function nthDeathAt(view: TokenView, i: number): FoundCasualty | undefined {
  const ordinal = ordinalAt(view, i);
  if (!ordinal || ordinal.value < 2 || ordinal.value > MAX_NTH) return undefined;
  const noun = ordinal.end;
  if (!NTH_DEATH_NOUNS.has(view.lower[noun] ?? "")) return undefined;
  const verb = HAVE.has(view.lower[noun + 1] ?? "") ? noun + 2 : noun + 1;
  const death = matchAt(view, verb, DEATHS);
  if (!death) return undefined;
  const start = view.tokens.start(i);
  return {
    kind: "killed",
    count: { min: ordinal.value },
    span: { start, end: view.tokens.end(death.end - 1) },
    victims: { start: view.tokens.start(noun), end: view.tokens.end(noun) },
    vague: false,
    countStart: start,
    shot: false,
    known: false,
    apart: false,
    killer: false,
  };
}

/** The ordinal at token `i`: a word ("third"), "5th" as one token, or "5" then "th". */
function ordinalAt(view: TokenView, i: number): { value: number; end: number } | undefined {
  const word = view.lower[i] ?? "";
  const spelled = ORDINAL_WORDS.get(word);
  if (spelled !== undefined) return { value: spelled, end: i + 1 };
  const joined = /^(\d{1,2})(?:st|nd|rd|th)$/u.exec(word);
  if (joined) return { value: Number(joined[1]), end: i + 1 };
  if (view.tokens.kind(i) === "number" && /^\d{1,2}$/u.test(word) && ORDINAL_SUFFIXES.has(view.lower[i + 1] ?? "")) return { value: Number(word), end: i + 2 };
  return undefined;
}
