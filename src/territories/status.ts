/**
 * The status the text gives a place: "the occupied regions of ...", "annexed Crimea",
 * "Russia-annexed", "Crimea, annexed by Russia".
 *
 * @module
 */
import type { TerritoryStatus } from "../model.js";
import type { TokenList } from "../text/tokens.js";
import { WordTable } from "../text/word-table.js";
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
    const text = tokens.text(i);
    if (tokens.kind(i) === "punct" && text !== "-") break;
    const cue = statusCueAt(tokens, i);
    if (cue) return cue;
  }
  const own = raw[index]!;
  const cue = own.end < sentence.endToken ? STATUS_CUES.get(tokens.lower(own.end)) : undefined;
  if (cue && own.end + 1 < sentence.endToken && tokens.text(own.end + 1) === "by") return cue;
  return undefined;
}

/** The status each word states, by word id (null for none): asked of a word once, not lower-cased each time. */
const statusCues = /* @__PURE__ */ new WordTable<TerritoryStatus | null>();

/** The status token `i` states, if any; "Russia-annexed", "Israeli-occupied": a compound's last part states it. */
function statusCueAt(tokens: TokenList, i: number): TerritoryStatus | undefined {
  const cues = statusCues.of(tokens);
  const id = tokens.id(i);
  let cue = cues[id];
  if (cue === undefined) {
    const lower = tokens.lower(i);
    cue = cues[id] = STATUS_CUES.get(lower) ?? STATUS_CUES.get(lower.slice(lower.lastIndexOf("-") + 1)) ?? null;
  }
  return cue ?? undefined;
}
