import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "es2022", // not "node20": esbuild then lowers \p{…} regex literals to per-call `new RegExp`
    treeshake: true,
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "es2022", // not "node20": esbuild then lowers \p{…} regex literals to per-call `new RegExp`
    banner: { js: "#!/usr/bin/env node" },
  },
]);
