import type { PoolResult } from "../plan/pool-result.js";

/**
 * One pool's result for machines (the action's `plan-json` file, `nodepool plan --json`): what
 * the report shows, never the raw plan, whose variable values hold the join token.
 */
export function poolResultJson(result: PoolResult) {
  const pool = {
    tenant: result.pool.tenant,
    controlPlane: result.pool.controlPlane,
    pool: result.pool.name,
    status: result.status,
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
        toDestroy: result.summary.toDestroy,
      };
  }
}
