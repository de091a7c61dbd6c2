import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Property tests and the regex audit take a few seconds each on a 2-core machine.
    testTimeout: 60_000,
    // One test file per core: vitest's default leaves a core to its main process, which is idle
    // once the files are transformed, so a 2-core machine ran one file at a time.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          // The facets' own tests call pure functions and touch no global (no mocks, no stubs),
          // so they share a worker's modules instead of loading the library again per file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          // Each file in a fresh module graph: the regex audit swaps the RegExp constructor
          // before it imports the library, the dist, CLI and example tests spawn and build.
          include: ["test/**/*.test.ts"],
        },
      },
    ],
  },
});
