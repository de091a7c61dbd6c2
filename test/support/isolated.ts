/**
 * Runs parseArticle in a worker thread, so a test on a large hostile input can be stopped.
 *
 * Synchronous code cannot be interrupted by vitest's test timeout: a super-linear facet would
 * hold the test file (and CI) for as long as it takes. In a worker, the test awaits a message,
 * vitest's ordinary timeout can fire, and a worker that has not answered by the end of its test
 * is terminated (the next call starts a fresh one). No test asserts a time; the timeout is only the hang guard every test has.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { build } from "esbuild";

const ROOT = resolve(import.meta.dirname, "..", "..");

let bundled: Promise<string> | undefined;
let bundleDir: string | undefined;

/** Bundles src/index.ts once per test file into a temporary ESM file a worker can import. */
function bundle(): Promise<string> {
  bundled ??= (async () => {
    bundleDir = mkdtempSync(join(tmpdir(), "newsfacts-isolated-"));
    const outfile = join(bundleDir, "index.mjs");
    await build({
      entryPoints: [join(ROOT, "src", "index.ts")],
      bundle: true,
      format: "esm",
      platform: "node",
      target: "es2022",
      outfile,
      logLevel: "error",
    });
    return outfile;
  })();
  return bundled;
}

const WORKER = `
import { parentPort, workerData } from "node:worker_threads";
const { parseArticle } = await import(workerData.url);
parentPort.on("message", ({ text, options }) => {
  try {
    parentPort.postMessage({ ok: true, article: parseArticle(text, options) });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error && error.stack || error) });
  }
});
`;

/** A parseArticle call running in a worker. */
export interface IsolatedRun {
  /** The article, or the error parseArticle threw (rejects with its stack). */
  readonly result: Promise<unknown>;
  /** Terminates the worker if the call has not answered (a timeout); otherwise a no-op. */
  readonly stop: () => Promise<void>;
}

/** The worker, kept between calls while they answer; replaced after one is stopped. */
let current: Worker | undefined;

async function worker(): Promise<Worker> {
  if (current) return current;
  const file = await bundle();
  current = new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER)}`), {
    workerData: { url: new URL(`file://${file}`).href },
    resourceLimits: { maxOldGenerationSizeMb: 2048 },
  });
  current.unref();
  return current;
}

/** Starts `parseArticle(text, options)` in the worker thread; one call at a time. */
export async function parseInWorker(text: string, options: object): Promise<IsolatedRun> {
  const w = await worker();
  let settled = false;
  const result = new Promise<unknown>((resolvePromise, reject) => {
    const onMessage = (m: { ok: boolean; article?: unknown; error?: string }) => {
      done();
      if (m.ok) resolvePromise(m.article);
      else reject(new Error(`parseArticle threw: ${m.error}`));
    };
    const onError = (error: Error) => {
      done();
      current = undefined;
      reject(error);
    };
    const onExit = (code: number) => {
      done();
      current = undefined;
      reject(new Error(`the worker exited with code ${code} before answering`));
    };
    const done = () => {
      settled = true;
      w.off("message", onMessage).off("error", onError).off("exit", onExit);
    };
    w.on("message", onMessage).on("error", onError).on("exit", onExit);
  });
  w.postMessage({ text, options });
  return {
    result,
    stop: async () => {
      if (settled) return;
      if (current === w) current = undefined;
      await w.terminate();
    },
  };
}

/** Stops the worker and removes the temporary bundle; call from `afterAll`. */
export async function shutdown(): Promise<void> {
  const w = current;
  current = undefined;
  if (w) await w.terminate();
  if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
}
