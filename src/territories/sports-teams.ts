/**
 * Sports reporting, where a place that plays is a team (an organisation), not a place:
 * "Leicestershire beat Somerset", "CHICAGO AT TORONTO".
 *
 * @module
 */
import type { Token } from "../text/tokens.js";
import type { RawMatch, TokenRange } from "./raw-match.js";
import { SPORTS_CUES, TEAM_OBJECT_WORDS, TEAM_SUBJECT_VERBS } from "./data/place-words.js";

/** Sports reporting: at least three sports words in the text. */
export function isSportsText(tokens: readonly Token[]): boolean {
  let cues = 0;
  // Cues are words: numbers and one-character punctuation are skipped before lowercasing.
  for (const t of tokens) if (t.kind === "word" && SPORTS_CUES.has(t.text.toLowerCase()) && ++cues >= 3) return true;
  return false;
}

/**
 * In sports reporting a place that plays is a team, an organisation: "Leicestershire beat
 * Somerset", "CHICAGO AT TORONTO". Countries stay places (national teams count as places).
 */
export function dropTeams(tokens: readonly Token[], sentence: TokenRange, raw: RawMatch[], head: readonly number[]): void {
  const last = new Map<number, number>();
  head.forEach((h, i) => last.set(h, i));
  raw.forEach((m, i) => {
    if (m.entry.kind === "country") return;
    const first = raw[head[i]!]!;
    const end = raw[last.get(head[i]!)!]!;
    const before = first.first - 1 >= sentence.firstToken ? tokens[first.first - 1]!.text : "";
    const after = end.end < sentence.endToken ? tokens[end.end]!.text : "";
    const between = (other: RawMatch | undefined, word: string | undefined): boolean => other !== undefined && word === "AT";
    const schedule = between(raw[i + 1], tokens[m.end]?.text) || between(raw[i - 1], tokens[m.first - 1]?.text);
    if (schedule || TEAM_SUBJECT_VERBS.has(after) || TEAM_OBJECT_WORDS.has(before.toLowerCase())) m.team = true;
  });
}

