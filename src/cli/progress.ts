/**
 * The progress line `newsfacts batch` prints on stderr during long runs.
 *
 * @module
 */

/** Counts a progress line shows. */
export interface ProgressCounts {
  /** Lines written so far. */
  readonly lines: number;
  /** Lines that became error records. */
  readonly failed: number;
  /** Input bytes processed so far. */
  readonly bytes: number;
}

/** Reports progress; does nothing when disabled. */
export interface Progress {
  /** Called after each written chunk with the running totals. */
  readonly update: (counts: ProgressCounts) => void;
  /** Prints the last line, if any progress was shown. */
  readonly finish: (counts: ProgressCounts) => void;
}

/** A run this short never shows progress: it would only flicker. */
const QUIET_FOR_MS = 1000;
/** How often the line is redrawn on a terminal, and written anew elsewhere. */
const EVERY_MS_TTY = 200;
const EVERY_MS_LOG = 2000;

/** The output a progress reporter writes to. */
export interface ProgressStream {
  /** Whether the stream is a terminal (the line is then redrawn in place). */
  readonly isTTY?: boolean;
  /** Writes text. */
  readonly write: (text: string) => unknown;
}

/**
 * A progress reporter on `stream`: redraws one line on a terminal, writes a line every few
 * seconds elsewhere. Silent for the first second, so short runs print nothing.
 */
export function createProgress(stream: ProgressStream, enabled: boolean, now: () => number = Date.now): Progress {
  const started = now();
  let last = 0;
  let shown = false;
  const tty = stream.isTTY === true;
  const draw = (counts: ProgressCounts, final: boolean): void => {
    stream.write(`${tty ? "\r\x1b[K" : ""}${formatProgress(counts, now() - started)}${tty && !final ? "" : "\n"}`);
    shown = true;
  };
  return {
    update: (counts) => {
      if (!enabled) return;
      const t = now();
      if (t - started < QUIET_FOR_MS || t - last < (tty ? EVERY_MS_TTY : EVERY_MS_LOG)) return;
      last = t;
      draw(counts, false);
    },
    finish: (counts) => {
      if (enabled && shown) draw(counts, true);
    },
  };
}

/** "newsfacts batch: 12,000 lines (3 failed), 41.2 MB, 1,530 lines/s, 8 s". */
export function formatProgress(counts: ProgressCounts, elapsedMs: number): string {
  const seconds = Math.max(elapsedMs / 1000, 0.001);
  const rate = Math.round(counts.lines / seconds);
  return `newsfacts batch: ${counts.lines.toLocaleString("en-US")} lines (${counts.failed.toLocaleString("en-US")} failed), ${(counts.bytes / 1e6).toFixed(1)} MB, ${rate.toLocaleString("en-US")} lines/s, ${Math.round(seconds)} s`;
}
