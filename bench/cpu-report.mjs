// Preloaded into a `newsfacts batch` child by the bench (node --import): prints the process's
// CPU time, all threads included, on stderr at exit, so the bench can tell the work done from
// the wall time, which on a shared machine depends on what else runs.
import { isMainThread } from "node:worker_threads";

if (isMainThread) {
  process.on("exit", () => {
    const { user, system } = process.cpuUsage();
    process.stderr.write(`\nnewsfacts-bench-cpu ${JSON.stringify({ user, system })}\n`);
  });
}
