/**
 * The status the text gives a place: "the occupied regions of ...", "annexed Crimea",
 * "Russia-annexed", "Crimea, annexed by Russia".
 *
 * @module
 */
import type { TerritoryStatus } from "../model.js";
import type { TokenList } from "../text/tokens.js";
import type { RawMatch, TokenRange } from "./raw-match.js";
import { STATUS_CUES } from "./data/place-words.js";

/** The status the words before a list give its places ("occupied", "annexed"), looking back a few words. */
export function statusOf(
  tokens: TokenList,
  sentence: TokenRange,
  raw: readonly RawMatch[],
  head: readonly number[],
  index: number,
): TerritoryStatus | undefined {
  const chainHead = raw[head[index]!]!;
  const previousMatchEnd = head[index]! > 0 ? raw[head[index]! - 1]!.end : sentence.firstToken;
  const from = Math.max(sentence.firstToken, previousMatchEnd, chainHead.first - 5);
  for (let i = chainHead.first - 1; i >= from; i--) {
    const t = tokens.get(i)!;
    if (t.kind === "punct" && t.text !== "-") break;
    const lower = t.text.toLowerCase();
    // "Russia-annexed", "Israeli-occupied": the compound's last part states the status.
    const cue = STATUS_CUES.get(lower) ?? STATUS_CUES.get(lower.slice(lower.lastIndexOf("-") + 1));
    if (cue) return cue;
  }
  const own = raw[index]!;
  const after = own.end < sentence.endToken ? tokens.get(own.end) : undefined;
  const by = own.end + 1 < sentence.endToken ? tokens.get(own.end + 1) : undefined;
  const cue = after ? STATUS_CUES.get(after.text.toLowerCase()) : undefined;
  if (cue && by?.text === "by") return cue;
  return undefined;
}
