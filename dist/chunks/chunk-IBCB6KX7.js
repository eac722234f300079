import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);

// src/terraform/backend-config-file.ts
var BACKEND_CONFIG_FILE = "backend.tfbackend";

export {
  BACKEND_CONFIG_FILE
};
