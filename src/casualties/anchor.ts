/**
 * Where and when a casualty happened: the territory or date mentioned nearest to the evidence,
 * within its clause when there is one there, else within its sentence.
 *
 * @module
 */
import type { Span } from "../model.js";
import { firstStartingFrom } from "../text/search.js";

/** True for the marks that end a clause for the purpose of attaching a place or a date: ";", ":", "—", "–". */
function isClauseBreak(code: number): boolean {
  return code === 0x3b || code === 0x3a || code === 0x2014 || code === 0x2013;
}

/** A span that belongs to something with an id or a value. */
export interface Anchored<T> extends Span {
  /** What the span stands for. */
  readonly value: T;
  /** Characters of distance this candidate counts extra: a country is a coarser place than a city in it. */
  readonly penalty?: number;
}

/**
 * The candidate nearest to `evidence` inside `sentence`: first among those in the evidence's
 * clause, then among the rest of the sentence. `candidates` are sorted by start.
 */
export function nearestAnchor<T>(text: string, sentence: Span, evidence: Span, candidates: readonly Anchored<T>[]): T | undefined {
  const inSentence: Anchored<T>[] = [];
  // Only the candidates starting inside the sentence are read: a long text has many.
  for (let k = firstStartingFrom(candidates, sentence.start); k < candidates.length && candidates[k]!.start <= sentence.end; k++) {
    if (candidates[k]!.end <= sentence.end) inSentence.push(candidates[k]!);
  }
  if (inSentence.length === 0) return undefined;
  const clause = clauseAround(text, sentence, evidence);
  const inClause = inSentence.filter((c) => c.start >= clause.start && c.end <= clause.end);
  return nearest(inClause.length ? inClause : inSentence, evidence);
}

/** The stretch of `sentence` around `evidence` between clause breaks. */
function clauseAround(text: string, sentence: Span, evidence: Span): Span {
  let start = evidence.start;
  // Character codes, not a regex per character: the walk may cross the whole sentence.
  while (start > sentence.start && !isClauseBreak(text.charCodeAt(start - 1))) start--;
  let end = evidence.end;
  while (end < sentence.end && !isClauseBreak(text.charCodeAt(end))) end++;
  return { start, end };
}

/** The candidate with the least distance to `evidence`; one inside it wins, then one after it. */
function nearest<T>(candidates: readonly Anchored<T>[], evidence: Span): T | undefined {
  let best: Anchored<T> | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const gap = c.start >= evidence.end ? c.start - evidence.end : c.end <= evidence.start ? evidence.start - c.end + 0.5 : 0;
    const distance = gap + (c.penalty ?? 0);
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best?.value;
}

/**
 * The last candidate before `evidence` inside `paragraph`: news names the place, then the toll
 * ("Russia struck Kyiv overnight. At least 12 people were killed"). `candidates` are sorted by start.
 */
export function precedingAnchor<T>(paragraph: Span, evidence: Span, candidates: readonly Anchored<T>[]): T | undefined {
  let best: Anchored<T> | undefined;
  for (let k = firstStartingFrom(candidates, paragraph.start); k < candidates.length && candidates[k]!.start <= evidence.start; k++) {
    if (candidates[k]!.end <= evidence.start) best = candidates[k];
  }
  return best?.value;
}
