import type { NodePool } from "../pool-format/types.js";
import type { Diagnostic, LockInfo } from "../terraform/diagnostics.js";
import type { PlanSummary } from "./plan-summary.js";

/** What planning one pool gave: everything the reports and the apply step need. */
export type PoolResult =
  | {
      pool: NodePool;
      status: "changes" | "no-changes";
      summary: PlanSummary;
      text: string;
      hash: string;
      nodesBefore: number;
    }
  | { pool: NodePool; status: "error"; diagnostics: Diagnostic[] }
  | { pool: NodePool; status: "locked"; lock: LockInfo };

export function poolKey(pool: Pick<NodePool, "tenant" | "controlPlane" | "name">): string {
  return `${pool.tenant}/${pool.controlPlane}/${pool.name}`;
}

/** Nodes a plan destroys: removed by a scale-down or pool removal, or replaced. */
export function destroyedNodes(result: PoolResult): string[] {
  if (result.status !== "changes") return [];
  return [...result.summary.nodes.delete, ...result.summary.nodes.replace];
}
