import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "nodepool-action",
  version: "0.1.0",
  description: "GitOps worker node pools for Kamaji tenant control planes: pools/*.yaml in, Terraform plans and applies out.",
  license: "Apache-2.0",
  type: "module",
  engines: {
    node: ">=22"
  },
  bin: {
    nodepool: "dist/cli.js"
  },
  scripts: {
    start: "node dist/cli.js list pools/ && node dist/cli.js render pools/ --out .nodepool",
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    format: "biome check --write .",
    test: "tsc --noEmit && biome check . && vitest run",
    bench: "node bench/run.mjs",
    docs: "node scripts/pool-format-docs.mjs"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/exec": "^3.0.0",
    "@actions/http-client": "^4.0.1",
    "@actions/tool-cache": "^4.0.0",
    "@biomejs/biome": "^2.6.8",
    "@cdktf/hcl2json": "^0.21.0",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@types/node": "^22.20.7",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    openpgp: "^6.3.2",
    typescript: "^5.9.3",
    undici: "^6.29.1",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  },
  files: [
    "dist",
    "modules",
    "src/pool-format/nodepool.schema.json",
    "action.yml",
    "CHANGELOG.md",
    "README.md"
  ]
};

export {
  package_default
};
