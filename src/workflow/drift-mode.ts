import { closeDriftIssue, upsertDriftIssue } from "../github/drift-issue.js";
import { GITHUB_BODY_LIMIT } from "../github/errors.js";
import { heldLocks } from "../plan/apply-outcome.js";
import { decideDrift } from "../plan/drift-decision.js";
import { failureOf } from "../plan/failure-reason.js";
import { PLACEHOLDER_JOIN } from "../plan/join-placeholder.js";
import { planPools } from "../plan/plan-pools.js";
import { ephemeralStateProblem } from "../pool-format/pool-rules.js";
import { MODULE_UPGRADE_PENDING, renderPlanReport } from "../report/plan-report.js";
import { stoppedReport } from "../report/stopped-report.js";
import { envForPool, type RunOutputs, type WorkflowContext } from "./context.js";
import { connectControlPlanes } from "./control-planes.js";

export const DRIFT_LABEL = "nodepool/drift";

/**
 * Plans every pool without taking state locks and reports what differs from Git: one issue per
 * control plane while it drifts, closed when the drift is gone.
 */
export async function runDriftMode(ctx: WorkflowContext): Promise<RunOutputs> {
  const lost = ephemeralStateProblem(ctx.set.settings);
  if (lost) {
    const message = `Drift check refused: ${lost}.`;
    return {
      results: [],
      report: stoppedReport("nodepool drift", "refused", message),
      message,
      failureReason: "invalid-pools",
    };
  }
  const planned = await planPools({
    pools: ctx.set.pools,
    removed: [],
    settings: ctx.set.settings,
    modules: ctx.modules,
    outDir: ctx.outDir,
    lock: false,
    runner: ctx.runner,
    envForPool: envForPool(
      ctx,
      ctx.kamaji ? await connectControlPlanes(ctx.kamaji, ctx.set.pools, ctx.registerSecret) : undefined,
      () => PLACEHOLDER_JOIN,
    ),
  });
  const results = planned.map((p) => p.result);
  const decisions = decideDrift(results);
  const drifted = decisions.filter((d) => d.verdict === "drift");
  const upgrades = decisions.filter((d) => d.verdict === "module-upgrade");
  const lines = upgrades.map((d) => `${d.controlPlane}: ${MODULE_UPGRADE_PENDING}`);
  if (ctx.github && ctx.driftIssue) {
    const repo = { owner: ctx.github.owner, repo: ctx.github.repo, label: DRIFT_LABEL };
    for (const { controlPlane: key, verdict, results: list } of decisions) {
      if (verdict === "drift") {
        const body = renderPlanReport(list, {
          title: `Drift of ${key}`,
          status:
            "The machines differ from what the pool files say. Re-apply through a pull request, or change the pool files to match.",
          maxLength: GITHUB_BODY_LIMIT - 1000,
          ...(ctx.summaryUrl ? { fullReportUrl: ctx.summaryUrl } : {}),
        });
        const issue = await upsertDriftIssue(ctx.github.client, {
          ...repo,
          key,
          title: `Node pool drift: ${key}`,
          body,
        });
        lines.push(`${key}: drift, issue ${issue.issue.url} ${issue.action}`);
      } else if (verdict === "clean") {
        const closed = await closeDriftIssue(ctx.github.client, {
          ...repo,
          key,
          comment: "No drift any more: the machines match the pool files.",
        });
        if (closed.action === "closed")
          lines.push(`${key}: drift gone, closed ${closed.issues.map((i) => i.url).join(", ")}`);
      }
    }
  }
  const failureReason = failureOf(results);
  const status = [
    drifted.length > 0 ? `Drift in ${drifted.map((d) => d.controlPlane).join(", ")}.` : "No drift.",
    upgrades.length > 0
      ? `Module upgrade pending in ${upgrades.map((d) => d.controlPlane).join(", ")} (not drift): ${MODULE_UPGRADE_PENDING}`
      : "",
  ]
    .filter(Boolean)
    .join(" ");
  return {
    results,
    drift: drifted.length > 0,
    report: renderPlanReport(results, { title: "nodepool drift", status }),
    message: [drifted.length > 0 ? `drift in ${drifted.length} control planes` : "no drift", ...lines].join(
      "\n",
    ),
    ...(failureReason ? { failureReason, locks: heldLocks(results) } : {}),
  };
}
