/**
 * `newsfacts batch`: NDJSON articles in, NDJSON Articles out, in input order, parsed in the
 * main thread alone or in worker threads, with back-pressure end to end so memory does not grow with
 * the input.
 *
 * @module
 */
import type { Readable, Writable } from "node:stream";
import type { BatchCommand } from "./args.js";
import type { BatchChunk, ChunkResult } from "./batch-chunk.js";
import { mainThreadRunner, pickRunner, WORKER_QUEUE, workerThreadRunner, type ChunkRunner } from "./chunk-runners.js";
import { EXIT_CODES, type ExitCode } from "./exit-codes.js";
import { createProgress, type ProgressStream } from "./progress.js";
import { readAhead, readLineChunks } from "./read-line-chunks.js";

/** Where `batch` reads and writes, and the script its workers start from. */
export interface BatchIo {
  /** NDJSON input. */
  readonly stdin: Readable;
  /** NDJSON output. */
  readonly stdout: Writable;
  /** Progress and problems. */
  readonly stderr: ProgressStream;
  /** The file a worker thread starts from: the CLI itself. */
  readonly workerScript: URL;
}

// A chunk amortizes the cost of a thread message over many articles (about 20 of 3 KB), and
// stays small enough that the first results appear quickly and the chunks in flight stay a few
// megabytes at most.
const CHUNK_BYTES = 64 * 1024;
// Chunks read and not yet written, per thread that parses: what a worker holds (see pickRunner)
// and as many again done and waiting for an earlier chunk, so a worker goes on while another
// finishes a slow chunk (one early in the run, before the JIT has optimized the parser).
const IN_FLIGHT_PER_RUNNER = 2 * WORKER_QUEUE;

/**
 * Runs `newsfacts batch`. Output order is input order; at most a few chunks per thread are
 * read, running or waiting to be written at any time, and reading stops while stdout is full.
 *
 * @returns {@link EXIT_CODES}.ok, or `someLinesFailed` when any line became an error record.
 */
export async function runBatch(command: BatchCommand, io: BatchIo): Promise<ExitCode> {
  const options = {
    ...(command.published === undefined ? {} : { published: command.published }),
    ...(command.timeZone === undefined ? {} : { timeZone: command.timeZone }),
    ...(command.vague === undefined ? {} : { vague: command.vague }),
  };
  // `--workers 1` parses in the main thread alone. `--workers N` parses in N worker threads while
  // the main thread only reads, hands chunks over and writes (a worker's start-up, a thread and
  // a module load, is about 0.1 s of CPU); it parses only for workers that cannot start. Every
  // thread that parses pays the JIT warm-up for itself (V8 optimizes the parser per isolate).
  const main = mainThreadRunner(options);
  const warn = (message: string): void => void io.stderr.write(`newsfacts batch: ${message}\n`);
  const workers = command.workers === 1 ? [] : Array.from({ length: command.workers }, () => workerThreadRunner(io.workerScript, options, main, warn));
  const runners: ChunkRunner[] = [...workers, main];
  const progress = createProgress(io.stderr, command.progress || io.stderr.isTTY === true);
  const totals = { lines: 0, failed: 0, bytes: 0 };
  const maxInFlight = command.workers * IN_FLIGHT_PER_RUNNER;
  const done = new Map<number, { result: ChunkResult; bytes: number }>();
  let nextToWrite = 0;
  let inFlight = 0;
  let stdoutFull = false;
  let broken = false;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const until = async (ready: () => boolean): Promise<void> => {
    while (!ready()) await new Promise<void>((resolve) => (wake = resolve));
  };
  // The runner for the next chunk, once one is free and the chunks in flight allow it; none once
  // stdout is gone.
  const nextRunner = async (): Promise<ChunkRunner | undefined> => {
    let runner: ChunkRunner | undefined;
    await until(() => broken || (inFlight < maxInFlight && (runner = pickRunner(runners)) !== undefined));
    return broken ? undefined : runner;
  };

  // A closed pipe (`newsfacts batch | head`) ends the run quietly instead of crashing on EPIPE.
  io.stdout.on("error", () => {
    broken = true;
    signal();
  });
  io.stdout.on("drain", () => {
    stdoutFull = false;
    flush();
  });

  function flush(): void {
    for (let entry = done.get(nextToWrite); entry && !stdoutFull && !broken; entry = done.get(nextToWrite)) {
      done.delete(nextToWrite);
      nextToWrite += 1;
      inFlight -= 1;
      stdoutFull = !io.stdout.write(entry.result.output);
      totals.lines += entry.result.lines;
      totals.failed += entry.result.failed;
      totals.bytes += entry.bytes;
      progress.update(totals);
    }
    signal();
  }

  // Typed at a terminal, the input would otherwise wait without a word.
  if ((io.stdin as { isTTY?: boolean }).isTTY === true) warn("reading NDJSON lines from the terminal; end the input with Ctrl-D");
  let seq = 0;
  for await (const lines of readAhead(readLineChunks(io.stdin, CHUNK_BYTES))) {
    const runner = await nextRunner();
    if (runner === undefined) break;
    const chunk: BatchChunk = { seq: seq++, ...lines };
    const bytes = lines.bytes.length;
    inFlight += 1;
    void runner.run(chunk).then((result) => {
      done.set(result.seq, { result, bytes });
      flush();
    });
  }
  await until(() => broken || (inFlight === 0 && !stdoutFull));
  await Promise.all(runners.map((r) => r.close()));
  if (broken) io.stdin.destroy();
  progress.finish(totals);
  return totals.failed > 0 ? EXIT_CODES.someLinesFailed : EXIT_CODES.ok;
}
