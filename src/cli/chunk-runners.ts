/**
 * Where chunks run: in the main thread, or in a worker thread each. Both look the same to the
 * batch loop. `--workers 1` runs in the main thread alone, one core without any thread overhead;
 * `--workers N` starts N worker threads, and the main thread only reads, hands chunks over and
 * writes, unless no worker can start.
 *
 * @module
 */
import { Worker } from "node:worker_threads";
import { failedChunk, processChunk, type BatchChunk, type ChunkResult } from "./batch-chunk.js";
import type { BatchRecordOptions } from "./batch-record.js";
import { startWorkerData } from "./batch-worker.js";

/** Runs chunks somewhere and reports how many are still running there. */
export interface ChunkRunner {
  /** Runs `chunk`; never rejects (a dead worker yields error records). */
  readonly run: (chunk: BatchChunk) => Promise<ChunkResult>;
  /** Chunks handed over and not yet returned; `Infinity` once the runner takes no more. */
  readonly pending: () => number;
  /** Releases the runner's thread, if it has one. */
  readonly close: () => Promise<void>;
  /** True for the main thread, which runs a chunk with the event loop held. */
  readonly inMainThread: boolean;
}

/**
 * Chunks a worker thread holds at once: one running and two queued behind it, so it goes on to
 * the next at once while the main thread is busy reading, writing or collecting garbage.
 */
export const WORKER_QUEUE = 3;

/**
 * Chunks the main thread holds at once: the one it runs and the next, so it does not wait for
 * input after each chunk when the input comes slower than a file (a pipe from a busy producer).
 */
export const MAIN_QUEUE = 2;

/**
 * The runner the next chunk goes to, or none while all are busy enough: the worker thread with
 * the fewest chunks, up to {@link WORKER_QUEUE}; the main thread, up to {@link MAIN_QUEUE}, only
 * when no worker thread is left (none was asked for, or none could start). A main thread that
 * parsed beside the workers held the event loop for a whole chunk at a time, so the workers'
 * results waited to be written and their next chunks to be handed over; and with a file as
 * input, each read completed after the main thread had finished its chunk, so it always looked
 * free and starved the workers.
 */
export function pickRunner(runners: readonly ChunkRunner[]): ChunkRunner | undefined {
  let best: ChunkRunner | undefined;
  let workersLeft = false;
  for (const r of runners) {
    if (r.inMainThread || r.pending() === Number.POSITIVE_INFINITY) continue;
    workersLeft = true;
    if (r.pending() < WORKER_QUEUE && (best === undefined || r.pending() < best.pending())) best = r;
  }
  if (workersLeft) return best;
  return runners.find((r) => r.inMainThread && r.pending() < MAIN_QUEUE);
}

/**
 * A runner in the main thread. It runs one chunk per turn of the event loop, so between two
 * chunks the batch loop writes output, reads input and hands chunks to the worker threads.
 */
export function mainThreadRunner(options: BatchRecordOptions): ChunkRunner {
  const queue: Array<{ chunk: BatchChunk; resolve: (result: ChunkResult) => void }> = [];
  const step = (): void => {
    const next = queue.shift();
    if (next) next.resolve(processChunk(next.chunk, options));
    // Queued from inside an immediate, this one waits for the next turn, after I/O.
    if (queue.length > 0) setImmediate(step);
  };
  return {
    run: (chunk) =>
      new Promise((resolve) => {
        queue.push({ chunk, resolve });
        if (queue.length === 1) setImmediate(step);
      }),
    pending: () => queue.length,
    close: async () => {},
    inMainThread: true,
  };
}

/**
 * A runner on its own worker thread, started from `script` (the CLI file, which serves chunks
 * when it finds itself in a batch worker). A worker that dies after it has served a chunk fails
 * its pending chunks, which become error records, and is replaced. A worker that dies before
 * serving any (it cannot load, or cannot start here) is not replaced, since a new one would fail
 * the same way, chunk after chunk: the runner retires, its chunks go to `fallback` (the main
 * thread), and `warn` says why once.
 */
export function workerThreadRunner(script: URL, options: BatchRecordOptions, fallback: ChunkRunner, warn: (message: string) => void): ChunkRunner {
  const waiting = new Map<number, { chunk: BatchChunk; resolve: (result: ChunkResult) => void }>();
  let served = false;
  let retired = false;
  let worker = start();

  function start(): Worker {
    // No resourceLimits and no V8 flags: Node rejects V8 flags in a worker's execArgv, and a
    // young generation of 12 or 48 MB (maxYoungGenerationSizeMb) left the worker's CPU per
    // article unchanged; its cost over the main thread's is V8 optimizing the parser again.
    const thread = new Worker(script, { workerData: startWorkerData(options) });
    thread.on("message", (result: ChunkResult) => {
      served = true;
      const entry = waiting.get(result.seq);
      waiting.delete(result.seq);
      entry?.resolve(result);
    });
    thread.on("error", (error: unknown) => fail(`worker failed: ${error instanceof Error ? error.message : String(error)}`));
    // Any exit before close() removes these listeners is a failure, with chunks pending or not.
    thread.on("exit", (code) => fail(`worker exited with code ${code}`));
    return thread;
  }

  function fail(reason: string): void {
    silence(worker);
    if (!served) {
      retired = true;
      warn(`${reason}; its lines run on the main thread`);
      for (const { chunk, resolve } of waiting.values()) void fallback.run(chunk).then(resolve);
      waiting.clear();
      return;
    }
    for (const { chunk, resolve } of waiting.values()) resolve(failedChunk(chunk, reason));
    waiting.clear();
    worker = start();
  }

  return {
    run: (chunk) =>
      retired
        ? fallback.run(chunk)
        : new Promise((resolve) => {
            waiting.set(chunk.seq, { chunk, resolve });
            worker.postMessage(chunk);
          }),
    pending: () => (retired ? Number.POSITIVE_INFINITY : waiting.size),
    close: async () => {
      silence(worker);
      await worker.terminate();
    },
    inMainThread: false,
  };
}

/** Stops listening to a worker being let go; an error it still emits (after its exit) is dropped, not thrown. */
function silence(worker: Worker): void {
  worker.removeAllListeners();
  worker.on("error", () => {});
  void worker.terminate();
}
