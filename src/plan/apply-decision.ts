import type { FailureReason } from "./failure-reason.js";
import { destroyedNodes, type PoolResult, poolKey } from "./pool-result.js";

/** Why a pool is not applied; each maps to the run's `failure-reason`. */
export type ApplyRefusal =
  | { reason: "plan-failed"; detail: string }
  | { reason: "state-locked" }
  | {
      reason: "plan-changed";
      reviewedHash: string | undefined;
      hash: string;
      now: { toAdd: number; toChange: number; toDestroy: number };
    }
  | { reason: "destroy-not-allowed"; nodes: string[] }
  | { reason: "no-join-data" };

export type ApplyDecision =
  | { pool: string; action: "apply" }
  | { pool: string; action: "nothing-to-do" }
  | ({ pool: string; action: "refuse" } & ApplyRefusal);

export interface ApplyOptions {
  /** `allow-destroy`, or the merged pull request's label. */
  allowDestroy: boolean;
  /** Join data can be had: given by the workflow, or minted from a management cluster. */
  canJoin: boolean;
}

/**
 * What apply does with each planned pool, given the hashes a reviewer saw: apply only a plan whose
 * hash equals the reviewed one, that destroys nothing unless allowed, and whose new machines can
 * join. The first rule that refuses wins, in the order a reviewer would ask.
 */
export function decideApply(
  planned: readonly PoolResult[],
  reviewed: Readonly<Record<string, string>>,
  options: ApplyOptions,
): ApplyDecision[] {
  return planned.map((result) => {
    const pool = poolKey(result.pool);
    if (result.status === "error")
      return {
        pool,
        action: "refuse",
        reason: "plan-failed",
        detail: result.diagnostics.map((d) => d.summary).join("; "),
      };
    if (result.status === "locked") return { pool, action: "refuse", reason: "state-locked" };
    // Applying nothing needs no review (a comment-less pull request under `changes-only`).
    if (result.status === "no-changes") return { pool, action: "nothing-to-do" };
    if (reviewed[pool] !== result.hash) {
      const { toAdd, toChange, toDestroy } = result.summary;
      return {
        pool,
        action: "refuse",
        reason: "plan-changed",
        reviewedHash: reviewed[pool],
        hash: result.hash,
        now: { toAdd, toChange, toDestroy },
      };
    }
    const destroyed = destroyedNodes(result);
    if (destroyed.length > 0 && !options.allowDestroy)
      return { pool, action: "refuse", reason: "destroy-not-allowed", nodes: destroyed };
    if (result.summary.nodes.create.length > 0 && !options.canJoin)
      return { pool, action: "refuse", reason: "no-join-data" };
    return { pool, action: "apply" };
  });
}

/** The run's `failure-reason` for a refusal. */
export function failureReasonOf(refusal: ApplyRefusal): FailureReason {
  return refusal.reason === "no-join-data" ? "apply-failed" : refusal.reason;
}
