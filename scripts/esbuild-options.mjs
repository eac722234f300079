// esbuild settings shared by the dist build, the CLI tests and the benchmark.
import { fileURLToPath } from "node:url";

export const esbuildOptions = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  legalComments: "none",
  logLevel: "warning",
  // yaml's Node build reads process.env for every token it parses (a third of the CPU time of
  // validating 1,000 files); its browser build is the same parser without that lookup.
  alias: { yaml: fileURLToPath(new URL("../node_modules/yaml/browser/index.js", import.meta.url)) },
  // Bundled CommonJS dependencies (ajv) call require(); ESM output has none of its own.
  banner: {
    js: 'import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);',
  },
};
