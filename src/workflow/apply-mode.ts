import { foreignEditProblem, readCommentEditors } from "../github/comment-edits.js";
import { findComment, type PlanCommentHeader, upsertPlanComment } from "../github/plan-comment.js";
import { findMergedPullRequest, hasLabel } from "../github/pull-requests.js";
import {
  deleteNode,
  describeDrain,
  describeReadiness,
  drainNodes,
  waitForNodesReady,
} from "../kamaji/index.js";
import { findAffectedPools } from "../plan/affected-pools.js";
import { PLACEHOLDER_JOIN } from "../plan/join-placeholder.js";
import { type PlannedPool, planPools } from "../plan/plan-pools.js";
import { poolKey } from "../plan/pool-result.js";
import { ALLOW_DESTROY_LABEL, describeDecision } from "../report/apply-decisions.js";
import { renderPlanReport } from "../report/plan-report.js";
import { applyPlan } from "../terraform/runner.js";
import { decideApply, failureReasonOf } from "./apply-decision.js";
import {
  envForPool,
  type FailureReason,
  failureOf,
  onCancel,
  type RunOutputs,
  type WorkflowContext,
} from "./context.js";
import {
  type ControlPlaneAccess,
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  type MintedTokens,
  mintJoinData,
} from "./control-planes.js";
import { commentBody } from "./plan-mode.js";

export interface Push {
  sha: string;
  before: string;
}

/**
 * Applies what the merged pull request's comment showed: the pools are planned again with the
 * same inputs, and only plans whose hash equals the reviewed one are applied.
 */
export async function runApplyMode(ctx: WorkflowContext, push: Push): Promise<RunOutputs> {
  const github = ctx.github;
  if (!github) throw new Error("apply mode needs a GitHub token to find the reviewed plan");
  const repo = { owner: github.owner, repo: github.repo };
  const merged = await findMergedPullRequest(github.client, { ...repo, sha: push.sha });
  if (!merged.found) {
    const message = `Nothing to apply: ${merged.reason}`;
    return { results: [], report: `## nodepool apply: nothing to do\n\n${message}`, message };
  }
  const pr = merged.pullRequest;
  const comment = await findComment(github.client, {
    ...repo,
    pullNumber: pr.number,
    key: ctx.comment.key,
    ...(github.author ? { author: github.author } : {}),
  });
  const base = push.before ? await ctx.poolsAt(push.before) : undefined;
  const affected = findAffectedPools(base, ctx.set, base ? await ctx.changedModules(push.before) : []);
  if (affected.changed.length + affected.removed.length === 0) {
    const message = `Pull request #${pr.number} changed no pool: nothing to apply.`;
    return { results: [], report: `## nodepool apply: nothing to do\n\n${message}`, message };
  }
  if (!comment) {
    const message = `Pull request #${pr.number} changed pools but has no nodepool plan comment to apply: nothing was applied. Plan it in a pull request first.`;
    return {
      results: [],
      report: `## nodepool apply: refused\n\n${message}`,
      message,
      failureReason: "plan-changed",
    };
  }

  const untrusted =
    reviewProblem(comment.header, pr.headSha) ??
    foreignEditProblem(await readCommentEditors(github.client, comment), comment.author);
  if (untrusted) {
    const message = `Pull request #${pr.number}: ${untrusted}; nothing was applied. Plan it again in a pull request.`;
    return {
      results: [],
      report: `## nodepool apply: refused\n\n${message}`,
      message,
      failureReason: "plan-changed",
    };
  }

  const access = ctx.kamaji
    ? await connectControlPlanes(ctx.kamaji, [...affected.changed, ...affected.removed], ctx.registerSecret)
    : undefined;
  const request = {
    settings: ctx.set.settings,
    modules: ctx.modules,
    outDir: ctx.outDir,
    lock: true,
    runner: ctx.runner,
  };
  // First with the explicit join data, or a placeholder: a token is minted only for pools whose
  // reviewed plan is confirmed and creates machines.
  const versions = checkVersions(affected.changed, access);
  const planned = await planPools({
    ...request,
    pools: versions.allowed,
    removed: affected.removed,
    envForPool: envForPool(ctx, access, () => ctx.join ?? PLACEHOLDER_JOIN),
  });
  const reviewed = comment.header.hashes;
  const allowDestroy =
    ctx.allowDestroy ||
    (await hasLabel(github.client, { ...repo, number: pr.number, label: ALLOW_DESTROY_LABEL }));
  const lines: string[] = [];
  const refusals: FailureReason[] = [];
  const decisions = decideApply([...versions.refused, ...planned.map((p) => p.result)], reviewed, {
    allowDestroy,
    canJoin: ctx.join !== undefined || access !== undefined,
  });
  const toApply: PlannedPool[] = [];
  for (const decision of decisions) {
    const line = describeDecision(decision);
    if (line) lines.push(line);
    if (decision.action === "refuse") refusals.push(failureReasonOf(decision));
    if (decision.action === "apply") {
      const p = planned.find((q) => poolKey(q.result.pool) === decision.pool);
      if (p) toApply.push(p);
    }
  }

  const update = async (
    status: "applying" | "applied" | "apply-failed" | "apply-cancelled",
    statusLine: string,
  ) => {
    const header = { key: ctx.comment.key, hashes: reviewed, sha: comment.header.sha, status };
    const posted = await upsertPlanComment(github.client, {
      ...repo,
      pullNumber: pr.number,
      header,
      body: commentBody(
        planned.map((p) => p.result),
        header,
        statusLine,
        ctx.summaryUrl,
      ),
      mode: "update",
      ...(github.author ? { author: github.author } : {}),
    });
    return posted.action === "skipped" ? undefined : posted.comment.url;
  };

  const signal = ctx.runner.signal;
  const merge = push.sha.slice(0, 7);
  if (toApply.length > 0 && !signal?.aborted)
    await update("applying", `Applying ${toApply.length} pools from merge ${merge}…`);
  // GitHub kills a cancelled job about ten seconds after its first signal, while terraform may
  // still be finishing: the comment says so at once, and the tokens go (below) without waiting.
  const stopMarking = onCancel(signal, () =>
    update(
      "apply-cancelled",
      `Cancelled while applying merge ${merge}; terraform was interrupted. Re-run the job to go on.`,
    ),
  );
  let minted: MintedTokens | undefined;
  let stopDeleting: () => void = () => undefined;
  try {
    if (access && ctx.kamaji) {
      const creators = toApply.filter(
        (p) => p.result.status === "changes" && p.result.summary.nodes.create.length > 0,
      );
      if (creators.length > 0) {
        const tokens = await mintJoinData(
          ctx.kamaji,
          access,
          [...new Set(creators.map((p) => controlPlaneKey(p.result.pool)))],
          ctx.log,
          ctx.registerSecret,
        );
        minted = tokens;
        stopDeleting = onCancel(signal, tokens.cleanup);
        const again = await planPools({
          ...request,
          pools: creators.map((p) => p.result.pool),
          removed: [],
          envForPool: envForPool(ctx, access, (key) => tokens.join.get(key) ?? PLACEHOLDER_JOIN),
        });
        for (const p of again) {
          const index = toApply.findIndex((q) => poolKey(q.result.pool) === poolKey(p.result.pool));
          const r = p.result;
          if (r.status === "changes" && r.hash === reviewed[poolKey(r.pool)]) {
            toApply[index] = p;
          } else {
            toApply.splice(index, 1);
            lines.push(
              `- ⛔ \`${poolKey(r.pool)}\`: planning again with the new join token gave another plan; refused`,
            );
            refusals.push("plan-changed");
          }
        }
      }
    }
    for (const p of toApply) {
      if (signal?.aborted) {
        lines.push(`- ⏹ \`${poolKey(p.result.pool)}\`: not applied, the run was cancelled`);
        continue;
      }
      lines.push(...(await applyPool(ctx, p, access?.get(controlPlaneKey(p.result.pool)), refusals)));
    }
  } finally {
    stopDeleting();
    stopMarking();
    if (minted) for (const line of await minted.cleanup()) ctx.log(line);
  }
  const cancelled = signal?.aborted === true;
  const failureReason = cancelled ? "cancelled" : (refusals[0] ?? failureOf(planned.map((p) => p.result)));
  const statusLine = [
    `${cancelled ? "Cancelled" : failureReason ? "Apply failed or was refused" : "Applied"} from merge ${merge}:`,
    "",
    ...lines,
  ].join("\n");
  const commentUrl = await update(
    cancelled ? "apply-cancelled" : failureReason ? "apply-failed" : "applied",
    statusLine,
  );
  return {
    results: planned.map((p) => p.result),
    report: renderPlanReport(
      planned.map((p) => p.result),
      { title: "nodepool apply", status: statusLine },
    ),
    message: lines.join("\n"),
    ...(failureReason ? { failureReason } : {}),
    ...(commentUrl ? { commentUrl } : {}),
  };
}

/**
 * Why a plan comment cannot stand for what was merged, or undefined when it can: it must hold a
 * finished plan of the pull request's last head. A push after the last plan leaves the comment
 * describing an older commit, even when the pools' hashes would still agree.
 */
export function reviewProblem(
  header: Pick<PlanCommentHeader, "sha" | "status">,
  headSha: string,
): string | undefined {
  if (header.status === "plan-cancelled") return "the last plan was cancelled before it finished";
  if (header.sha !== headSha)
    return `the reviewed plan was made for commit ${header.sha.slice(0, 7) || "(none)"}, but the pull request's last head is ${headSha.slice(0, 7)}`;
  return undefined;
}

/** Drains what the plan removes, applies, removes Node objects of deleted machines, waits for new ones. */
async function applyPool(
  ctx: WorkflowContext,
  p: PlannedPool,
  cp: ControlPlaneAccess | undefined,
  refusals: FailureReason[],
): Promise<string[]> {
  const key = poolKey(p.result.pool);
  const nodes = p.result.status === "changes" ? p.result.summary.nodes : undefined;
  const lines: string[] = [];
  const leaving = [...(nodes?.delete ?? []), ...(nodes?.replace ?? [])];
  if (cp && ctx.kamaji && leaving.length > 0) {
    const reports = await drainNodes(cp.client, leaving, {
      timeoutMs: ctx.kamaji.drainTimeoutMs,
      onEvent: (e) => ctx.log(`${key}: ${e.type} ${e.node}`),
    });
    const details = reports.flatMap(describeDrain).map((line) => `  - ${line}`);
    if (reports.some((r) => r.blocking.length > 0)) {
      refusals.push("apply-failed");
      return [
        `- ⛔ \`${key}\`: drain did not finish within the drain timeout; nothing destroyed`,
        ...details,
      ];
    }
    lines.push(`- \`${key}\`: cordoned and drained ${leaving.join(", ")}`, ...details);
  }
  const outcome = await applyPlan(p.dir, ctx.runner);
  const seconds = (outcome.durationMs / 1000).toFixed(1);
  if (outcome.status !== "applied") {
    refusals.push(outcome.status === "locked" ? "state-locked" : "apply-failed");
    const why =
      outcome.status === "locked"
        ? `state locked by ${outcome.lock.who ?? outcome.lock.id}`
        : outcome.diagnostics.map((d) => d.summary).join("; ");
    return [...lines, `- ❌ \`${key}\`: apply failed after ${seconds} s: ${why}`];
  }
  const created = nodes?.create.length ? `; created ${nodes.create.join(", ")}` : "";
  const removed = nodes?.delete.length ? `; removed ${nodes.delete.join(", ")}` : "";
  lines.push(`- ✅ \`${key}\`: applied in ${seconds} s${created}${removed}`);
  if (cp && ctx.kamaji) {
    for (const node of nodes?.delete ?? [])
      lines.push(`  - ${node}: Node object ${await deleteNode(cp.client, node)}`);
    const joining = [...(nodes?.create ?? []), ...(nodes?.replace ?? [])];
    if (joining.length > 0) {
      const readiness = await waitForNodesReady(cp.client, joining, {
        timeoutMs: ctx.kamaji.readyTimeoutMs,
        intervalMs: 2_000,
      });
      lines.push(...readiness.map((r) => `  - ${describeReadiness(r)}`));
    }
  }
  return lines;
}
