import { foreignEditProblem, readCommentEditors } from "../github/comment-edits.js";
import { findComment, type PlanCommentHeader, upsertPlanComment } from "../github/plan-comment.js";
import { findMergedPullRequest, hasLabel } from "../github/pull-requests.js";
import { findAffectedPools } from "../plan/affected-pools.js";
import { decideApply, failureReasonOf } from "../plan/apply-decision.js";
import { failureReasonOfOutcome, heldLocks, type PoolApplyOutcome } from "../plan/apply-outcome.js";
import { type FailureReason, failureOf } from "../plan/failure-reason.js";
import { PLACEHOLDER_JOIN } from "../plan/join-placeholder.js";
import { type PlannedPool, planPools } from "../plan/plan-pools.js";
import { poolKey } from "../plan/pool-result.js";
import { ephemeralStateProblem } from "../pool-format/pool-rules.js";
import { ALLOW_DESTROY_LABEL, describeDecision } from "../report/apply-decisions.js";
import {
  appliedStatus,
  applyingStatus,
  cancelledWhileApplyingStatus,
  describeApplyOutcome,
  noPlanCommentLine,
} from "../report/apply-report.js";
import { commentBody } from "../report/plan-comment-body.js";
import { renderPlanReport } from "../report/plan-report.js";
import { stoppedReport } from "../report/stopped-report.js";
import { applyPool } from "./apply-pool.js";
import { envForPool, onCancel, type RunOutputs, type WorkflowContext } from "./context.js";
import {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  type MintedTokens,
  mintJoinData,
} from "./control-planes.js";

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
    return { results: [], report: stoppedReport("nodepool apply", "nothing to do", message), message };
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
    return { results: [], report: stoppedReport("nodepool apply", "nothing to do", message), message };
  }
  const lost = ephemeralStateProblem(ctx.set.settings);
  if (lost) {
    const message = `Pull request #${pr.number}: nothing was applied: ${lost}.`;
    return {
      results: [],
      report: stoppedReport("nodepool apply", "refused", message),
      message,
      failureReason: "invalid-pools",
    };
  }
  // Without a comment nothing was reviewed: only pools that plan no changes pass (`changes-only`
  // posts no comment for those), every other is refused below as not in the reviewed plan.
  const untrusted =
    comment &&
    (reviewProblem(comment.header, pr.headSha) ??
      foreignEditProblem(await readCommentEditors(github.client, comment), comment.author));
  if (untrusted) {
    const message = `Pull request #${pr.number}: ${untrusted}; nothing was applied. Plan it again in a pull request.`;
    return {
      results: [],
      report: stoppedReport("nodepool apply", "refused", message),
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
  const reviewed = comment?.header.hashes ?? {};
  const lines: string[] = [];
  if (!comment) lines.push(noPlanCommentLine(pr.number));
  const allowDestroy =
    ctx.allowDestroy ||
    (await hasLabel(github.client, { ...repo, number: pr.number, label: ALLOW_DESTROY_LABEL }));
  const refusals: FailureReason[] = [];
  const decisions = decideApply([...versions.refused, ...planned.map((p) => p.result)], reviewed, {
    allowDestroy,
    canJoin: ctx.join !== undefined || access !== undefined,
  });
  const toApply: PlannedPool[] = [];
  const outcomes: PoolApplyOutcome[] = [];
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
    // A pull request without a plan comment stays without one.
    if (!comment) return undefined;
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
  if (toApply.length > 0 && !signal?.aborted) await update("applying", applyingStatus(toApply.length, merge));
  // GitHub kills a cancelled job about ten seconds after its first signal, while terraform may
  // still be finishing: the comment says so at once, and the tokens go (below) without waiting.
  const stopMarking = onCancel(signal, () => update("apply-cancelled", cancelledWhileApplyingStatus(merge)));
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
            outcomes.push({ pool: poolKey(r.pool), result: "replanned-differently" });
          }
        }
      }
    }
    for (const p of toApply)
      outcomes.push(
        signal?.aborted
          ? { pool: poolKey(p.result.pool), result: "cancelled" }
          : await applyPool(ctx, p, access?.get(controlPlaneKey(p.result.pool))),
      );
  } finally {
    stopDeleting();
    stopMarking();
    if (minted) for (const line of await minted.cleanup()) ctx.log(line);
  }
  for (const outcome of outcomes) {
    lines.push(...describeApplyOutcome(outcome));
    const reason = failureReasonOfOutcome(outcome);
    if (reason) refusals.push(reason);
  }
  const cancelled = signal?.aborted === true;
  const failureReason = cancelled ? "cancelled" : (refusals[0] ?? failureOf(planned.map((p) => p.result)));
  const statusLine = appliedStatus(
    cancelled ? "cancelled" : failureReason ? "failed" : "applied",
    merge,
    lines,
  );
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
    ...(failureReason
      ? {
          failureReason,
          locks: heldLocks(
            planned.map((p) => p.result),
            outcomes,
          ),
        }
      : {}),
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
