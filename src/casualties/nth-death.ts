/**
 * "5th person dies after shooting", "Third victim dies": the one who died is counted by an
 * ordinal, so the event's toll is at least that many dead. Likewise "a third shooting victim
 * turned up", "a fifth victim who had been hit by gunfire": at least that many people were hit.
 *
 * @module
 */
import { DEATH_CUES, STATE_CUES } from "../lexicon/casualty-cues.js";
import { GUNSHOT_MODIFIERS, NTH_DEATH_NOUNS } from "../lexicon/casualty-victims.js";
import { ORDINAL_SUFFIXES, ORDINAL_WORDS } from "../lexicon/dates.js";
import type { FoundCasualty } from "./find-in-sentence.js";
import { indexPhrases, matchAt, type TokenView } from "./token-view.js";

const DEATHS = indexPhrases(/* @__PURE__ */ DEATH_CUES.map((phrase) => [phrase, true] as const));
const STATE = indexPhrases(STATE_CUES);

/** Forms of "have" that may stand between the noun and the death ("the fourth victim has died"). */
const HAVE: ReadonlySet<string> = new Set(["has", "had", "have"]);

/** Largest ordinal read as a toll: beyond it, "the 40th victim" is rather a tally of a year. */
const MAX_NTH = 20;

/**
 * True when token `i` may open {@link nthDeathAt}: an ordinal word or a digit. A cheap test, so
 * the reader runs on few tokens. ({@link nthHitAt} may also open on the article before it.)
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

/** Most modifiers between the ordinal and its noun ("a sixth young female victim"). */
const MAX_NTH_MODIFIERS = 2;
/** Words between the noun and the wound ("who was", "who had been"). */
const HIT_LINKS: ReadonlySet<string> = new Set(["who", "was", "is", "had", "has", "been", "also"]);
/** Most of those words. */
const MAX_HIT_LINKS = 4;

/**
 * The people hit an ordinal victim at token `i` gives: "a third shooting victim turned up", "a
 * fifth victim who had been hit by gunfire" (at least 3, 5 hit, the dead among them), or undefined.
 */
export function nthHitAt(view: TokenView, i: number): FoundCasualty | undefined {
  // The article before the ordinal opens the evidence and the count: "a fifth victim" is one reading.
  const article = view.lower[i] === "a" || view.lower[i] === "an";
  const ordinal = ordinalAt(view, article ? i + 1 : i);
  if (!ordinal || ordinal.value < 2 || ordinal.value > MAX_NTH) return undefined;
  let noun = ordinal.end;
  let gunshot = false;
  for (let n = 0; n < MAX_NTH_MODIFIERS && !NTH_DEATH_NOUNS.has(view.lower[noun] ?? ""); n++) {
    if (view.tokens.kind(noun) !== "word") return undefined;
    gunshot ||= GUNSHOT_MODIFIERS.has(view.lower[noun]!);
    noun++;
  }
  if (!NTH_DEATH_NOUNS.has(view.lower[noun] ?? "")) return undefined;
  let end = noun + 1;
  if (!gunshot) {
    let verb = noun + 1;
    for (let n = 0; n < MAX_HIT_LINKS && HIT_LINKS.has(view.lower[verb] ?? ""); n++) verb++;
    const state = matchAt(view, verb, STATE);
    if (!state || state.value !== "injured") return undefined;
    end = state.end;
  }
  const start = view.tokens.start(i);
  return {
    kind: "injured",
    count: { min: ordinal.value },
    span: { start, end: view.tokens.end(end - 1) },
    victims: { start: view.tokens.start(ordinal.end), end: view.tokens.end(noun) },
    vague: false,
    countStart: start,
    shot: true,
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
