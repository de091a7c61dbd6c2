// Preloaded into a `newsfacts batch` child by the bench (node --import): prints the process's
// CPU time, all threads included, on stderr at exit, so the bench can tell the work done from
// the wall time, which on a shared machine depends on what else runs. On Linux it also splits
// it: the main thread, and the threads still alive at exit, which are V8's platform threads
// (optimizing compiler, GC helpers) and libuv's pool; the batch worker threads have exited by
// then, so their CPU is the rest of the total.
import { readdirSync, readFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";

if (isMainThread) {
  process.on("exit", () => {
    const { user, system } = process.cpuUsage();
    const split = threadSplit();
    process.stderr.write(`\nnewsfacts-bench-cpu ${JSON.stringify({ user, system, ...split })}\n`);
  });
}

/** CPU ms of the main thread and of the other live threads, from /proc (10 ms ticks); {} elsewhere. */
function threadSplit() {
  try {
    const ms = (path) => {
      const stat = readFileSync(path, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return (Number(fields[11]) + Number(fields[12])) * 10;
    };
    const self = String(process.pid);
    let otherLiveMs = 0;
    for (const tid of readdirSync("/proc/self/task")) {
      if (tid === self) continue;
      try {
        otherLiveMs += ms(`/proc/self/task/${tid}/stat`);
      } catch {
        // The thread ended between the listing and the read.
      }
    }
    return { mainMs: ms(`/proc/self/task/${self}/stat`), otherLiveMs };
  } catch {
    return {};
  }
}
