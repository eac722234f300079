// Generates the schema validators, then bundles the action and the CLI into dist/ (ESM, Node
// 20+). Both are committed, and .ci/run rebuilds them and fails when the committed copy differs.
import { rm } from "node:fs/promises";
import { build } from "esbuild";
import { esbuildOptions } from "./esbuild-options.mjs";
import { writeValidators } from "./schema-validators.mjs";

writeValidators();

await rm(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({ ...esbuildOptions, entryPoints: { index: "src/action.ts" }, outdir: "dist" });
await build({
  ...esbuildOptions,
  entryPoints: { cli: "src/cli.ts" },
  outdir: "dist",
  banner: { js: `#!/usr/bin/env node\n${esbuildOptions.banner.js}` },
});
