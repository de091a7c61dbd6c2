/**
 * Where chunks run: in the main thread, or in a worker thread each. Both look the same to the
 * batch loop, so `--workers 1` measures one core without any thread overhead.
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
  /** Chunks handed over and not yet returned. */
  readonly pending: () => number;
  /** Releases the runner's thread, if it has one. */
  readonly close: () => Promise<void>;
}

/** A runner in the main thread; yields to the event loop between chunks so output keeps flowing. */
export function mainThreadRunner(options: BatchRecordOptions): ChunkRunner {
  let pending = 0;
  return {
    run: (chunk) => {
      pending += 1;
      return new Promise((resolve) =>
        setImmediate(() => {
          pending -= 1;
          resolve(processChunk(chunk, options));
        }),
      );
    },
    pending: () => pending,
    close: async () => {},
  };
}

/**
 * A runner on its own worker thread, started from `script` (the CLI file, which serves chunks
 * when it finds itself in a batch worker). A worker that dies fails its pending chunks, which
 * become error records, and is replaced.
 */
export function workerThreadRunner(script: URL, options: BatchRecordOptions): ChunkRunner {
  const waiting = new Map<number, { chunk: BatchChunk; resolve: (result: ChunkResult) => void }>();
  let worker = start();

  function start(): Worker {
    const thread = new Worker(script, { workerData: startWorkerData(options) });
    thread.on("message", (result: ChunkResult) => {
      const entry = waiting.get(result.seq);
      waiting.delete(result.seq);
      entry?.resolve(result);
    });
    thread.on("error", (error: unknown) => failAll(`worker failed: ${error instanceof Error ? error.message : String(error)}`));
    thread.on("exit", (code) => {
      if (waiting.size > 0) failAll(`worker exited with code ${code}`);
    });
    return thread;
  }

  function failAll(reason: string): void {
    for (const { chunk, resolve } of waiting.values()) resolve(failedChunk(chunk, reason));
    waiting.clear();
    worker.removeAllListeners();
    void worker.terminate();
    worker = start();
  }

  return {
    run: (chunk) =>
      new Promise((resolve) => {
        waiting.set(chunk.seq, { chunk, resolve });
        worker.postMessage(chunk);
      }),
    pending: () => waiting.size,
    close: async () => {
      worker.removeAllListeners();
      await worker.terminate();
    },
  };
}
