import { findAffectedPools } from "../plan/affected-pools.js";
import { heldLocks } from "../plan/apply-outcome.js";
import type { PlanFile } from "../plan/plan-file.js";
import { poolKey } from "../plan/pool-result.js";
import { findReplacements } from "../plan/replacements.js";
import { ephemeralStateProblem } from "../pool-format/pool-rules.js";
import { appliedStatus, applyingStatus, notInPoolsLine } from "../report/apply-report.js";
import { renderPlanReport } from "../report/plan-report.js";
import { stoppedReport } from "../report/stopped-report.js";
import { applyReviewed } from "./apply-reviewed.js";
import type { RunOutputs, WorkflowContext } from "./context.js";

/**
 * `nodepool apply`: the action's apply with a plan file in place of the merged pull request's
 * comment. The pools are those its plan covered (changed since its base, or all); each is applied
 * only when its plan hashes as the file says, so a pool edited or added since is refused.
 */
export async function runPlanFileApply(
  ctx: WorkflowContext,
  plan: PlanFile,
  name: string,
): Promise<RunOutputs> {
  const refused = (message: string, failureReason: "invalid-pools" | "plan-changed"): RunOutputs => ({
    results: [],
    report: stoppedReport("nodepool apply", "refused", message),
    message,
    failureReason,
  });
  const lost = ephemeralStateProblem(ctx.set.settings);
  if (lost) return refused(`nothing was applied: ${lost}.`, "invalid-pools");
  const base = plan.base === undefined ? undefined : await ctx.poolsAt(plan.base);
  if (plan.base !== undefined && !base)
    return refused(
      `nothing was applied: the pools at ${plan.base}, which ${name} was planned against, cannot be read.`,
      "plan-changed",
    );
  const affected = findAffectedPools(
    base,
    ctx.set,
    plan.base !== undefined ? await ctx.changedModules(plan.base) : [],
    plan.base !== undefined && (await ctx.actionPinChanged(plan.base)),
  );
  const covered = new Set([...affected.changed, ...affected.removed].map(poolKey));
  const vanished = Object.keys(plan.hashes).filter((pool) => !covered.has(pool));
  const applied = await applyReviewed(
    ctx,
    {
      changed: affected.changed,
      removed: affected.removed,
      reviewed: plan.hashes,
      allowDestroy: ctx.allowDestroy,
      replace: findReplacements(base, affected.changed),
    },
    { applying: async (_results, pools) => ctx.log(applyingStatus(pools, name)) },
  );
  const lines = [...vanished.map(notInPoolsLine), ...applied.lines];
  const failureReason = applied.failureReason ?? (vanished.length > 0 ? "plan-changed" : undefined);
  const ending = applied.cancelled ? "cancelled" : failureReason ? "failed" : "applied";
  const statusLine = appliedStatus(ending, name, lines);
  return {
    results: applied.results,
    report: renderPlanReport(applied.results, { title: "nodepool apply", status: statusLine }),
    message: lines.join("\n"),
    ...(failureReason ? { failureReason, locks: heldLocks(applied.results, applied.outcomes) } : {}),
  };
}
