/**
 * "The commander is linked to an IED attack that killed four soldiers": a toll inside a relative
 * clause of an attack that someone is said to be linked to or responsible for. The attack is
 * the background of who they are (a press release on their capture), not the event reported.
 *
 * @module
 */
import { ATTACK_NOUNS, ATTRIBUTION_LINKS } from "../lexicon/casualty-cues.js";
import type { TokenView } from "./token-view.js";

/** Most tokens from the attack noun back to the word that ties someone to it ("linked to an improvised explosive device (IED) attack"). */
const MAX_LINK_GAP = 12;

/**
 * True when the action at token `i` is the verb of a relative clause ("that killed", "which
 * wounded") on an attack noun, or on "one" after one, that a link word ("linked", "involved",
 * "responsible") stands before, within the sentence.
 */
export function isAttributedAttack(view: TokenView, i: number): boolean {
  const relative = view.lower[i - 1];
  if (relative !== "that" && relative !== "which") return false;
  // "linked to several attacks, including one that killed four": "one" stands for an attack named before it.
  const one = view.lower[i - 2] === "one";
  if (!one && !ATTACK_NOUNS.has(view.lower[i - 2] ?? "")) return false;
  let attack = !one;
  for (let k = i - 3; k >= Math.max(0, i - 2 - MAX_LINK_GAP); k--) {
    const word = view.lower[k]!;
    if (word === "." || word === ";") return false;
    if (ATTACK_NOUNS.has(word)) attack = true;
    if (ATTRIBUTION_LINKS.has(word)) return attack;
  }
  return false;
}
