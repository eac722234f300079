import type { PoolResult } from "./pool-result.js";

/** The run's `failure-reason` output: why it failed, one word a workflow can branch on. */
export type FailureReason =
  | "invalid-pools"
  | "plan-failed"
  | "plan-changed"
  | "state-locked"
  | "apply-failed"
  | "destroy-not-allowed"
  | "cancelled";

/** The failure a set of plan results stands for, if any. */
export function failureOf(results: readonly PoolResult[]): FailureReason | undefined {
  if (results.some((r) => r.status === "locked")) return "state-locked";
  if (results.some((r) => r.status === "error")) return "plan-failed";
  return undefined;
}
