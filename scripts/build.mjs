// Bundles the action and the CLI into dist/ (ESM, Node 20+). dist/ is committed, and
// .ci/run rebuilds it and fails when the committed copy differs.
import { rm } from "node:fs/promises";
import { build } from "esbuild";

await rm(new URL("../dist", import.meta.url), { recursive: true, force: true });

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  legalComments: "none",
  logLevel: "warning",
  // Bundled CommonJS dependencies (ajv) call require(); ESM output has none of its own.
  banner: {
    js: 'import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);',
  },
};

await build({ ...common, entryPoints: { index: "src/action.ts" }, outdir: "dist" });
await build({
  ...common,
  entryPoints: { cli: "src/cli.ts" },
  outdir: "dist",
  banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
});
