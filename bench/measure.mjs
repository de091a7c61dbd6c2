// Timing helpers: repeated runs within a budget, medians and percentiles. Times in milliseconds.
import { performance } from "node:perf_hooks";

/** The median of `xs` (not sorted in place). */
export function median(xs) {
  return percentile(xs, 50);
}

/** The `p`th percentile of `xs` by nearest rank. */
export function percentile(xs, p) {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/**
 * Runs `fn` repeatedly and returns each run's time: one warm-up run (not counted unless it is
 * all the budget allowed), then runs until `maxRuns` or until `budgetMs` is spent.
 */
export function timeRuns(fn, { minRuns = 1, maxRuns = 7, budgetMs = 5000 } = {}) {
  const started = performance.now();
  const warm = timeOnce(fn);
  const times = [];
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - started < budgetMs)) {
    times.push(timeOnce(fn));
  }
  return times.length > 0 ? times : [warm];
}

/** The time of one call of `fn`. */
export function timeOnce(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Millions of characters per second. */
export function mcharsPerSecond(chars, ms) {
  return chars / 1e6 / (ms / 1000);
}
