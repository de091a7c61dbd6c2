/**
 * "Shot" counts everyone hit, the dead included: "four people were shot" in an article that
 * reports one death says three were wounded. Likewise "the victim was wounded" in an article
 * that reports one death is most often the one who died. This refiner turns each such count
 * into the count of those who survived, the way an event coder reads it.
 *
 * @module
 */
import type { Count } from "../model.js";
import { ROLE_GROUPS } from "../lexicon/casualty-victims.js";
import type { FoundCasualty } from "./find-in-sentence.js";

/**
 * Subtracts the dead from each count of people shot: the dead of the same sentence when it
 * states any, else the article's largest stated death toll (unless the text sets them apart from
 * the dead). A count left at zero is dropped: when the toll is as large or larger, everyone shot is
 * taken to be among the dead. A death for which `isAside` is true (another story's headline on
 * the page) is no toll of the article's: it is taken off only in its own sentence.
 */
export function shotSurvivors(found: readonly FoundCasualty[], sentenceOf: (f: FoundCasualty) => unknown, text = "", isAside: (f: FoundCasualty) => boolean = () => false): FoundCasualty[] {
  const deaths = found.filter((f) => f.kind === "killed" && !f.vague);
  let largest = 0;
  let largestAll = 0;
  // The dead of each sentence, summed once: a long text has many tolls. The killer's own death is
  // none of the people the killer shot ("shot two clerks before killing himself"), but may be the
  // one who "shot himself".
  const deadIn = new Map<unknown, number>();
  const deadAllIn = new Map<unknown, number>();
  for (const d of deaths) {
    const victims = d.killer ? d.count.min - 1 : d.count.min;
    if (!isAside(d)) {
      largest = Math.max(largest, victims);
      largestAll = Math.max(largestAll, d.count.min);
    }
    const sentence = sentenceOf(d);
    deadIn.set(sentence, (deadIn.get(sentence) ?? 0) + victims);
    deadAllIn.set(sentence, (deadAllIn.get(sentence) ?? 0) + d.count.min);
  }
  const tolls = deaths.filter((d) => !isAside(d));
  const out: FoundCasualty[] = [];
  for (const f of found) {
    const lone = isLoneWounded(f, text) && !isOtherRole(f, tolls, text);
    if (!isHit(f) && !lone) {
      out.push(f);
      continue;
    }
    const sentence = sentenceOf(f);
    const nearby = (f.killer ? deadAllIn : deadIn).get(sentence) ?? 0;
    // One wounded person beside a death in the same sentence is someone else ("one dead, one hurt").
    if (lone && !isHit(f) && nearby > 0) {
      out.push(f);
      continue;
    }
    // The dead are taken off only from people not told apart from them ("three others were shot").
    // As many dead as people shot or more: those shot are among the dead ("shot his three sons" in a
    // murder-suicide of five).
    const dead = f.apart ? 0 : nearby > 0 ? nearby : f.killer ? largestAll : largest;
    const survivors = subtract(f.count, dead);
    if (survivors) out.push({ ...f, count: survivors });
  }
  return out;
}

function subtract(count: Count, dead: number): Count | undefined {
  const max = count.max !== undefined ? count.max - dead : undefined;
  if (max !== undefined && max <= 0) return undefined;
  const min = Math.max(0, count.min - dead);
  if (max === undefined && min === 0) return undefined;
  return { ...count, min, ...(max !== undefined ? { max } : {}) };
}

/**
 * A count that may include the dead: people shot, or someone already known ("the victim",
 * "he", a name) said to be wounded, who may be the one who died of it.
 */
function isHit(f: FoundCasualty): boolean {
  return f.shot || (f.kind === "injured" && f.known);
}

/**
 * One person said to be wounded, not set apart from the dead: in an article that reports a death
 * elsewhere, most often the victim before they died ("a teen with a gunshot wound ... he later died").
 */
function isLoneWounded(f: FoundCasualty, text: string): boolean {
  if (f.kind !== "injured" || f.vague || f.apart || f.count.min !== 1 || (f.count.max ?? 1) !== 1) return false;
  // "the injured boy" names someone told apart as hurt; "non-life-threatening" says they lived.
  return !SURVIVOR.test(text.slice(Math.max(0, f.span.start - PRECEDING), f.span.end));
}

/**
 * True when the wounded are named by a role on duty ("one firefighter was hurt", "an officer was
 * injured") and every death names its dead by something else ("two people died", "the suspect
 * was killed"): then the wounded are not among the dead. A death that does not name its dead
 * ("he later died") or names them "victim" may be theirs.
 */
function isOtherRole(f: FoundCasualty, deaths: readonly FoundCasualty[], text: string): boolean {
  const role = roleOf(f.victims, text);
  return role !== undefined && deaths.every((d) => {
    if (!d.victims) return false;
    const words = text.slice(d.victims.start, d.victims.end).toLowerCase().split(NON_WORD);
    return !words.some((w) => ROLE_GROUPS.get(w) === role || w.startsWith("victim"));
  });
}

/** The role group of the last word of `victims`, if it names a role on duty ("police officer"). */
function roleOf(victims: FoundCasualty["victims"], text: string): string | undefined {
  if (!victims) return undefined;
  const words = text.slice(victims.start, victims.end).toLowerCase().split(NON_WORD);
  return ROLE_GROUPS.get(words[words.length - 1] ?? "");
}

/** Splits a victim phrase into its words. */
const NON_WORD = /[^a-z-]+/u;

/** Characters before a wound's evidence read for a determiner or "only" ("the injured boy", "the only one hurt"). */
const PRECEDING = 5;

/** Phrases in a wound's evidence that mark one who lived. */
const SURVIVOR = /\b(?:the (?:injured|wounded)|only one)\b|\bnon[- ]?life[- ]threatening\b|\bnot life[- ]threatening\b/iu;
