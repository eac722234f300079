import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);

// src/plan/pool-result.ts
function poolKey(pool) {
  return `${pool.tenant}/${pool.controlPlane}/${pool.name}`;
}
function destroyedNodes(result) {
  if (result.status !== "changes") return [];
  return [...result.summary.nodes.delete, ...result.summary.nodes.replace];
}

export {
  poolKey,
  destroyedNodes
};
