import type { DrainReport, NodeReadiness } from "../kamaji/index.js";
import type { LockInfo } from "../terraform/diagnostics.js";
import type { FailureReason } from "./failure-reason.js";
import { type PoolResult, poolKey } from "./pool-result.js";

/** What happened to one pool whose reviewed plan was applied (or was about to be). */
export type PoolApplyOutcome =
  | { pool: string; result: "cancelled" }
  | { pool: string; result: "replanned-differently" }
  | { pool: string; result: "drain-blocked"; drains: DrainReport[] }
  | {
      pool: string;
      result: "apply-failed";
      drains: DrainReport[];
      seconds: number;
      reason: "state-locked" | "apply-failed";
      /** Who holds the state, when that is why. */
      lock?: LockInfo;
      why: string;
    }
  | {
      pool: string;
      result: "applied";
      drains: DrainReport[];
      seconds: number;
      created: string[];
      /** Machines destroyed and created again under the same node name. */
      replaced: string[];
      removed: string[];
      /** Node objects of removed machines: deleted, or already gone. */
      nodeObjects: { node: string; result: "deleted" | "absent" }[];
      /** New machines' Nodes, once Ready or when the wait ended. */
      readiness: NodeReadiness[];
    };

/** The failure reason an outcome contributes to the run, if any. */
export function failureReasonOfOutcome(outcome: PoolApplyOutcome): FailureReason | undefined {
  switch (outcome.result) {
    case "applied":
    case "cancelled":
      return undefined;
    case "replanned-differently":
      return "plan-changed";
    case "drain-blocked":
      return "apply-failed";
    case "apply-failed":
      return outcome.reason;
  }
}

/** A state lock that refused a pool: the `lock-info` output, so a workflow can say who holds it. */
export interface HeldLock extends LockInfo {
  pool: string;
}

/** Every lock that refused a pool, at plan time or at apply time. */
export function heldLocks(
  results: readonly PoolResult[],
  outcomes: readonly PoolApplyOutcome[] = [],
): HeldLock[] {
  return [
    ...results.flatMap((r) => (r.status === "locked" ? [{ pool: poolKey(r.pool), ...r.lock }] : [])),
    ...outcomes.flatMap((o) => (o.result === "apply-failed" && o.lock ? [{ pool: o.pool, ...o.lock }] : [])),
  ];
}
