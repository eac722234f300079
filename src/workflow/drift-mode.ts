import { closeDriftIssue, upsertDriftIssue } from "../github/drift-issue.js";
import { GITHUB_BODY_LIMIT } from "../github/errors.js";
import { parseDuration } from "../kamaji/duration.js";
import { describeReadiness } from "../kamaji/node-readiness.js";
import { unhealthyNodes } from "../kamaji/unhealthy-nodes.js";
import { workersBehind } from "../kamaji/workers-behind.js";
import { heldLocks } from "../plan/apply-outcome.js";
import { decideDrift } from "../plan/drift-decision.js";
import { failureOf } from "../plan/failure-reason.js";
import { PLACEHOLDER_JOIN } from "../plan/join-placeholder.js";
import { planPools } from "../plan/plan-pools.js";
import { type PoolResult, poolKey } from "../plan/pool-result.js";
import { ephemeralStateProblem } from "../pool-format/pool-rules.js";
import { MODULE_UPGRADE_PENDING, renderPlanReport } from "../report/plan-report.js";
import { stoppedReport } from "../report/stopped-report.js";
import { envForPool, type RunOutputs, type WorkflowContext } from "./context.js";
import { type ControlPlaneAccess, connectControlPlanes, controlPlaneKey } from "./control-planes.js";
import { readTenantNodes } from "./tenant-nodes.js";

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
  const access = ctx.kamaji
    ? await connectControlPlanes(ctx.kamaji, ctx.set.pools, ctx.registerSecret)
    : undefined;
  const planned = await planPools({
    pools: ctx.set.pools,
    removed: [],
    settings: ctx.set.settings,
    modules: ctx.modules,
    outDir: ctx.outDir,
    lock: false,
    runner: ctx.runner,
    envForPool: envForPool(ctx, access, () => PLACEHOLDER_JOIN),
  });
  const results = planned.map((p) => p.result);
  const decisions = decideDrift(results);
  const drifted = decisions.filter((d) => d.verdict === "drift");
  const upgrades = decisions.filter((d) => d.verdict === "module-upgrade");
  const lines = upgrades.map((d) => `${d.controlPlane}: ${MODULE_UPGRADE_PENDING}`);
  const nodeHealth = access ? await readNodeHealth(ctx, access, results) : [];
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
  const status =
    [
      drifted.length > 0 ? `Drift in ${drifted.map((d) => d.controlPlane).join(", ")}.` : "No drift.",
      upgrades.length > 0
        ? `Module upgrade pending in ${upgrades.map((d) => d.controlPlane).join(", ")} (not drift): ${MODULE_UPGRADE_PENDING}`
        : "",
    ]
      .filter(Boolean)
      .join(" ") + (nodeHealth.length > 0 ? `\n\n${nodeHealth.map((line) => `- ${line}`).join("\n")}` : "");
  return {
    results,
    drift: drifted.length > 0,
    report: renderPlanReport(results, { title: "nodepool drift", status }),
    message: [
      drifted.length > 0 ? `drift in ${drifted.length} control planes` : "no drift",
      ...lines,
      ...nodeHealth,
    ].join("\n"),
    ...(failureReason ? { failureReason, locks: heldLocks(results) } : {}),
  };
}

/**
 * What the tenants' Nodes say about each pool's machines, one line per finding: workers whose
 * kubelet is older than what the pool's new machines install (after a control plane upgrade they
 * keep their version until replaced), and, for pools whose machines are what the files say,
 * machines never registered or NotReady too long. Neither is drift: the machines are as declared.
 * A tenant that cannot be read is said, not a failure.
 */
async function readNodeHealth(
  ctx: WorkflowContext,
  access: ReadonlyMap<string, ControlPlaneAccess>,
  results: readonly PoolResult[],
): Promise<string[]> {
  const lines: string[] = [];
  const now = Date.now();
  const tenants = await readTenantNodes(ctx, access, access.keys());
  for (const [key, nodes] of tenants) {
    const cp = access.get(key) as ControlPlaneAccess;
    const controlPlane = cp.target.kubernetesVersion;
    for (const result of results.filter((r) => controlPlaneKey(r.pool) === key)) {
      const pool = result.pool;
      const wanted = pool.spec.kubernetes?.version ?? controlPlane;
      const behind = wanted && controlPlane ? workersBehind(nodes, pool, wanted, controlPlane) : [];
      if (behind.length > 0) {
        const whose = pool.spec.kubernetes?.version ? "the pool's version" : "the control plane";
        const outside = behind.some((n) => n.outsideSkew)
          ? "; some are older than the version skew policy allows"
          : "";
        lines.push(
          `${poolKey(pool)}: workers behind ${whose}: ${behind.map((n) => `${n.node} (${n.kubelet} -> ${wanted})`).join(", ")}; new machines install ${wanted}, existing ones keep theirs until replaced${outside}`,
        );
      }
      if (result.status !== "no-changes") continue;
      const after = parseDuration(pool.spec.health?.notReadyAfter ?? "10m", "spec.health.notReadyAfter");
      for (const { readiness, forMs } of unhealthyNodes(pool.nodeNames, nodes, now, after)) {
        const since = forMs === undefined ? "" : ` for ${Math.round(forMs / 60_000)} min`;
        lines.push(`${poolKey(pool)}: unhealthy${since}: ${describeReadiness(readiness)}`);
      }
    }
  }
  return lines;
}
