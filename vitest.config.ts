import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Property tests and the regex audit take a few seconds each on a 2-core machine.
    testTimeout: 60_000,
  },
});
