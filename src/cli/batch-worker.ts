/**
 * The worker-thread side of `newsfacts batch`: the CLI file re-entered in a worker, which
 * processes the chunks the main thread posts and posts the results back.
 *
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import { processChunk, type BatchChunk } from "./batch-chunk.js";
import type { BatchRecordOptions } from "./batch-record.js";

/** The `workerData` that marks a thread as a batch worker. */
export interface BatchWorkerData {
  /** Marker, so the CLI file knows it was started as a batch worker. */
  readonly newsfactsBatchWorker: true;
  /** Options every line shares. */
  readonly options: BatchRecordOptions;
}

/** True inside a worker thread started with {@link startWorkerData}: the CLI file then serves chunks. */
export function isBatchWorker(): boolean {
  return parentPort !== null && (workerData as Partial<BatchWorkerData> | null)?.newsfactsBatchWorker === true;
}

/** The `workerData` to start a batch worker with. */
export function startWorkerData(options: BatchRecordOptions): BatchWorkerData {
  return { newsfactsBatchWorker: true, options };
}

/** Serves chunks until the main thread closes the port. */
export function serveBatchChunks(): void {
  const port = parentPort;
  if (!port) throw new Error("newsfacts: serveBatchChunks must run in a worker thread");
  const { options } = workerData as BatchWorkerData;
  port.on("message", (chunk: BatchChunk) => {
    const result = processChunk(chunk, options);
    // The output is the bulk of the traffic: move its buffer instead of copying it.
    port.postMessage(result, [result.output.buffer as ArrayBuffer]);
  });
}
