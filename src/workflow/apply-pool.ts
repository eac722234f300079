import { type DrainReport, deleteNode, drainNodes, waitForNodesReady } from "../kamaji/index.js";
import type { PoolApplyOutcome } from "../plan/apply-outcome.js";
import type { PlannedPool } from "../plan/plan-pools.js";
import { poolKey } from "../plan/pool-result.js";
import { applyPlan } from "../terraform/runner.js";
import type { WorkflowContext } from "./context.js";
import type { ControlPlaneAccess } from "./control-planes.js";

/**
 * Drains what the plan removes or replaces, applies, removes Node objects of deleted machines,
 * waits for new and replaced ones. A replaced machine keeps its node name, so its old Node object
 * goes before the apply: left in place, the new kubelet would take over an object that is
 * cordoned, and still reports Ready from the old machine until the node controller notices.
 */
export async function applyPool(
  ctx: WorkflowContext,
  p: PlannedPool,
  cp: ControlPlaneAccess | undefined,
): Promise<PoolApplyOutcome> {
  const pool = poolKey(p.result.pool);
  const nodes = p.result.status === "changes" ? p.result.summary.nodes : undefined;
  const leaving = [...(nodes?.delete ?? []), ...(nodes?.replace ?? [])];
  let drains: DrainReport[] = [];
  if (cp && ctx.kamaji && leaving.length > 0) {
    drains = await drainNodes(cp.client, leaving, {
      timeoutMs: ctx.kamaji.drainTimeoutMs,
      onEvent: (e) => ctx.log(`${pool}: ${e.type} ${e.node}`),
    });
    if (drains.some((r) => r.blocking.length > 0)) return { pool, result: "drain-blocked", drains };
  }
  const nodeObjects: { node: string; result: "deleted" | "absent" }[] = [];
  if (cp && ctx.kamaji)
    for (const node of nodes?.replace ?? [])
      nodeObjects.push({ node, result: await deleteNode(cp.client, node) });
  const outcome = await applyPlan(p.dir, ctx.runner);
  const seconds = outcome.durationMs / 1000;
  if (outcome.status !== "applied") {
    const locked = outcome.status === "locked";
    return {
      pool,
      result: "apply-failed",
      drains,
      seconds,
      reason: locked ? "state-locked" : "apply-failed",
      ...(locked ? { lock: outcome.lock } : {}),
      why: locked
        ? `state locked by ${outcome.lock.who ?? outcome.lock.id}`
        : outcome.diagnostics.map((d) => d.summary).join("; "),
    };
  }
  const applied: PoolApplyOutcome = {
    pool,
    result: "applied",
    drains,
    seconds,
    created: nodes?.create ?? [],
    replaced: nodes?.replace ?? [],
    removed: nodes?.delete ?? [],
    nodeObjects,
    readiness: [],
  };
  if (cp && ctx.kamaji) {
    for (const node of nodes?.delete ?? [])
      applied.nodeObjects.push({ node, result: await deleteNode(cp.client, node) });
    const joining = [...(nodes?.create ?? []), ...(nodes?.replace ?? [])];
    if (joining.length > 0)
      applied.readiness = await waitForNodesReady(cp.client, joining, {
        timeoutMs: ctx.kamaji.readyTimeoutMs,
        intervalMs: 2_000,
      });
  }
  return applied;
}
