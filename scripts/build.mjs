// Generates the schema validators, then bundles the action and the CLI into dist/ (ESM, Node
// 20+). Both are committed, and .ci/run rebuilds them and fails when the committed copy differs.
import { rm } from "node:fs/promises";
import { build } from "esbuild";
import { esbuildOptions } from "./esbuild-options.mjs";
import { writeValidators } from "./schema-validators.mjs";

writeValidators();

await rm(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({ ...esbuildOptions, entryPoints: { index: "src/action.ts" }, outdir: "dist" });
// The CLI is split: each command's modules are a chunk loaded when that command runs. The
// entry's hashbang line (src/cli.ts) stays at the top of dist/cli.js.
await build({
  ...esbuildOptions,
  entryPoints: { cli: "src/cli.ts" },
  outdir: "dist",
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
});
