/**
 * The per-article summary of casualties: for each kind, the largest count the article states,
 * with the casualty that states it.
 *
 * @module
 */
import type { Casualty, CasualtyKind, Count } from "../model.js";
import { checkList } from "../options.js";

/** The largest toll of one kind and its evidence. @group Casualties */
export interface CasualtyTotal {
  /** What happened to them. */
  readonly kind: CasualtyKind;
  /** The largest count stated for the kind. */
  readonly count: Count;
  /** The casualty that states it (the first, when several state the same count). */
  readonly evidence: Casualty;
  /** How many casualties of the kind the article has, repeats included. */
  readonly mentions: number;
}

/** For each kind the article reports, its largest toll. @group Casualties */
export type CasualtySummary = { readonly [K in CasualtyKind]?: CasualtyTotal };

/**
 * Summarizes an article's casualties: for each kind, the largest count (by its lower bound,
 * then by its upper bound, an open one counting as largest), with the casualty that states it.
 * Counts are not added up: an article repeats its tolls, and a sum would count people twice.
 *
 * @param casualties - The casualties of one article, as {@link parseArticle} or {@link findCasualties} return them.
 * @returns The largest toll of each kind found; kinds with none are absent.
 * @throws TypeError when `casualties` is not an array of objects (an article itself, `null`).
 *
 * @example
 * ```ts
 * const casualties = findCasualties("At least 12 people were killed and 90 were injured. Two more died later.");
 * const summary = summarizeCasualties(casualties);
 * summary.killed?.count;  // { min: 12 }
 * summary.injured?.count; // { min: 90, max: 90 }
 * summary.killed?.mentions; // 2
 * ```
 *
 * @group Casualties
 */
export function summarizeCasualties(casualties: readonly Casualty[]): CasualtySummary {
  const whole = casualties as unknown as { casualties?: unknown } | null;
  checkList("summarizeCasualties", casualties, "casualties", Array.isArray(whole?.casualties) ? " (an article: give its `casualties`)" : "");
  const totals: Partial<Record<CasualtyKind, CasualtyTotal>> = {};
  for (const casualty of casualties) {
    const current = totals[casualty.kind];
    const mentions = (current?.mentions ?? 0) + 1;
    const larger = !current || compareCounts(casualty.count, current.count) > 0;
    totals[casualty.kind] = larger
      ? { kind: casualty.kind, count: casualty.count, evidence: casualty, mentions }
      : { ...current, mentions };
  }
  return totals;
}

/** Orders counts by lower bound, then by upper bound, an open upper bound last. */
function compareCounts(a: Count, b: Count): number {
  if (a.min !== b.min) return a.min - b.min;
  return (a.max ?? Infinity) - (b.max ?? Infinity);
}
