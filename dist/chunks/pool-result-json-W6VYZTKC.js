import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import "./chunk-ORUZ7EY6.js";

// src/report/pool-result-json.ts
function poolResultJson(result) {
  const pool = {
    tenant: result.pool.tenant,
    controlPlane: result.pool.controlPlane,
    pool: result.pool.name,
    status: result.status
  };
  switch (result.status) {
    case "locked":
      return { ...pool, lock: result.lock };
    case "error":
      return { ...pool, diagnostics: result.diagnostics };
    default:
      return {
        ...pool,
        hash: result.hash,
        nodes: result.summary.nodes,
        toAdd: result.summary.toAdd,
        toChange: result.summary.toChange,
        toDestroy: result.summary.toDestroy
      };
  }
}
export {
  poolResultJson
};
