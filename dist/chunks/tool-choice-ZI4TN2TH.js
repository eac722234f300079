import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import "./chunk-ORUZ7EY6.js";

// src/terraform/install/tool-choice.ts
function chooseTool(given, settings) {
  const tool = given.tool ?? settings.terraform.tool;
  const { version } = settings.terraform;
  if (!version || tool !== settings.terraform.tool) return { tool };
  const where = settings.source ? `${settings.source.file}:${settings.source.line}` : "NodePoolSettings";
  return { tool, settings: { version, source: `spec.terraform.version in ${where}` } };
}
export {
  chooseTool
};
