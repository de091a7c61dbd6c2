// Preloaded into a `newsfacts batch` child by the bench (node --import): prints the process's
// CPU time, all threads included, on stderr at exit, so the bench can tell the work done from
// the wall time, which on a shared machine depends on what else runs. On Linux it also splits
// it by thread: the main thread, each batch worker thread (preloaded too, each tells the main
// thread its thread id, which the main thread then samples while the worker lives), and the
// rest, alive at exit: V8's platform threads (optimizing compiler, GC helpers) and libuv's pool.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { setInterval } from "node:timers";
import { BroadcastChannel, isMainThread } from "node:worker_threads";

const CHANNEL = "newsfacts-bench-cpu";

if (isMainThread) {
  const workerTids = new Set();
  const workerMs = new Map();
  const sample = () => {
    for (const tid of workerTids) {
      try {
        workerMs.set(tid, threadMs(`/proc/self/task/${tid}/stat`));
      } catch {
        // Exited: its last sample stands (at most one sampling interval short).
      }
    }
  };
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event) => {
    if (typeof event.data === "string") workerTids.add(event.data);
  };
  channel.unref();
  if (process.platform === "linux") setInterval(sample, 50).unref();
  process.on("exit", () => {
    const { user, system } = process.cpuUsage();
    const split = threadSplit();
    process.stderr.write(`\nnewsfacts-bench-cpu ${JSON.stringify({ user, system, ...split, workerMs: [...workerMs.values()] })}\n`);
  });
} else if (process.platform === "linux") {
  // "/proc/thread-self" links to "<pid>/task/<tid>".
  try {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage(readlinkSync("/proc/thread-self").split("/").pop());
    channel.close();
  } catch {
    // No per-worker figures, the totals stand.
  }
}

/** CPU ms of a thread from its /proc stat (10 ms ticks). */
function threadMs(path) {
  const stat = readFileSync(path, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU ms of the main thread and of the other live threads, from /proc; {} elsewhere. */
function threadSplit() {
  try {
    const self = String(process.pid);
    let otherLiveMs = 0;
    for (const tid of readdirSync("/proc/self/task")) {
      if (tid === self) continue;
      try {
        otherLiveMs += threadMs(`/proc/self/task/${tid}/stat`);
      } catch {
        // The thread ended between the listing and the read.
      }
    }
    return { mainMs: threadMs(`/proc/self/task/${self}/stat`), otherLiveMs };
  } catch {
    return {};
  }
}
