import { describeDrain, describeReadiness } from "../kamaji/index.js";
import type { PoolApplyOutcome } from "../plan/apply-outcome.js";

/** Heads the report of a merge whose pull request was never planned in a comment. */
export function noPlanCommentLine(pullNumber: number): string {
  return `Pull request #${pullNumber} has no nodepool plan comment: only pools without changes pass.`;
}

/** The comment's status line while pools are being applied from `source` (`merge abc1234`). */
export function applyingStatus(pools: number, source: string): string {
  return `Applying ${pools} pools from ${source}…`;
}

/** The comment's status line the moment GitHub cancels the job. */
export function cancelledWhileApplyingStatus(source: string): string {
  return `Cancelled while applying ${source}; terraform was interrupted. Re-run the job to go on.`;
}

/**
 * The status line once the run ended, followed by one block of lines per pool; `source` is what
 * was applied (`merge abc1234`, a plan file).
 */
export function appliedStatus(
  ending: "cancelled" | "failed" | "applied",
  source: string,
  lines: readonly string[],
): string {
  const head = { cancelled: "Cancelled", failed: "Apply failed or was refused", applied: "Applied" }[ending];
  return [`${head} from ${source}:`, "", ...lines].join("\n");
}

/** The lines of the apply report for one pool that reached the apply step. */
export function describeApplyOutcome(outcome: PoolApplyOutcome): string[] {
  const key = `\`${outcome.pool}\``;
  const details = (lines: string[]) => lines.map((line) => `  - ${line}`);
  switch (outcome.result) {
    case "cancelled":
      return [`- ⏹ ${key}: not applied, the run was cancelled`];
    case "replanned-differently":
      return [`- ⛔ ${key}: planning again with the new join token gave another plan; refused`];
    case "drain-blocked":
      return [
        `- ⛔ ${key}: drain did not finish within the drain timeout; nothing destroyed`,
        ...details(outcome.drains.flatMap(describeDrain)),
      ];
  }
  const drained =
    outcome.drains.length > 0
      ? [
          `- ${key}: cordoned and drained ${outcome.drains.map((r) => r.node).join(", ")}`,
          ...details(outcome.drains.flatMap(describeDrain)),
        ]
      : [];
  const seconds = outcome.seconds.toFixed(1);
  if (outcome.result === "apply-failed")
    return [...drained, `- ❌ ${key}: apply failed after ${seconds} s: ${outcome.why}`];
  const created = outcome.created.length ? `; created ${outcome.created.join(", ")}` : "";
  const replaced = outcome.replaced.length ? `; replaced ${outcome.replaced.join(", ")}` : "";
  const removed = outcome.removed.length ? `; removed ${outcome.removed.join(", ")}` : "";
  return [
    ...drained,
    `- ✅ ${key}: applied in ${seconds} s${created}${replaced}${removed}`,
    ...details(outcome.nodeObjects.map(({ node, result }) => `${node}: Node object ${result}`)),
    ...details(outcome.readiness.map(describeReadiness)),
  ];
}

/** A pool a plan file holds that is in none of the pool files now. */
export function notInPoolsLine(pool: string): string {
  return `- **${pool}**: in the plan, but not in the pool files now (nor removed since its base): not applied.`;
}
