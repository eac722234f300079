import { foreignEditProblem, readCommentEditors } from "../github/comment-edits.js";
import { findComment, type PlanCommentHeader, upsertPlanComment } from "../github/plan-comment.js";
import { findMergedPullRequest, hasLabel } from "../github/pull-requests.js";
import type { AffectedPools } from "../plan/affected-pools.js";
import { type HeldLock, heldLocks } from "../plan/apply-outcome.js";
import { type FailureReason, failureOf } from "../plan/failure-reason.js";
import type { PoolResult } from "../plan/pool-result.js";
import { type Shard, shardName, shareOfChange } from "../plan/shards.js";
import { ephemeralStateProblem } from "../pool-format/pool-rules.js";
import { ALLOW_DESTROY_LABEL } from "../report/apply-decisions.js";
import {
  appliedStatus,
  applyingStatus,
  cancelledWhileApplyingStatus,
  noPlanCommentLine,
} from "../report/apply-report.js";
import { commentBody } from "../report/plan-comment-body.js";
import { renderPlanReport } from "../report/plan-report.js";
import { stoppedReport } from "../report/stopped-report.js";
import { affectedSince } from "./affected-change.js";
import { applyReviewed } from "./apply-reviewed.js";
import type { RunOutputs, WorkflowContext } from "./context.js";
import { gatherReport, type ShardFile, shardOutputs } from "./shard-report.js";

export interface Push {
  sha: string;
  before: string;
}

/**
 * Applies what the merged pull request's comment showed: the pools are planned again with the
 * same inputs, and only plans whose hash equals the reviewed one are applied. With a shard, only
 * its share is applied and the comment is left to the report job (runApplyReport).
 */
export async function runApplyMode(ctx: WorkflowContext, push: Push, shard?: Shard): Promise<RunOutputs> {
  const found = await findReviewedMerge(ctx, push);
  if ("stop" in found) return found.stop;
  const merge = found.merge;
  const change = {
    ...(shard ? shareOfChange(merge.affected, shard) : merge.affected),
    reviewed: merge.reviewed,
    allowDestroy: merge.allowDestroy,
    replace: merge.replace,
  };
  if (shard) {
    ctx.log(`share ${shardName(shard)}: ${change.changed.length + change.removed.length} pools`);
    const applied = await applyReviewed(ctx, change);
    return shardOutputs(ctx, {
      mode: "apply",
      shard,
      sha: push.sha,
      ...applied,
      locks: heldLocks(applied.results, applied.outcomes),
    });
  }
  const applied = await applyReviewed(ctx, change, {
    applying: (results, pools) => merge.update(results, "applying", applyingStatus(pools, merge.label)),
    cancelled: (results) =>
      merge.update(results, "apply-cancelled", cancelledWhileApplyingStatus(merge.label)),
  });
  return finishApply(merge, { ...applied, locks: heldLocks(applied.results, applied.outcomes) });
}

/**
 * The report job of a split apply: the shares' results (from `files`), checked against the pools
 * this job computes the merge touches, reported and shown in the pull request's comment.
 */
export async function runApplyReport(
  ctx: WorkflowContext,
  push: Push,
  files: readonly ShardFile[],
): Promise<RunOutputs> {
  const found = await findReviewedMerge(ctx, push);
  if ("stop" in found) return found.stop;
  const merge = found.merge;
  const gathered = gatherReport(ctx, files, { mode: "apply", sha: push.sha }, merge.affected);
  const failureReason = gathered.cancelled
    ? "cancelled"
    : (gathered.failureReason ?? failureOf(gathered.results));
  return finishApply(merge, { ...gathered, ...(failureReason ? { failureReason } : {}) });
}

interface ReviewedMerge {
  pullNumber: number;
  hasComment: boolean;
  affected: AffectedPools;
  /** Nodes the merge asks to replace, by pool key. */
  replace: Map<string, string[]>;
  /** Pool key -> reviewed hash. */
  reviewed: Record<string, string>;
  allowDestroy: boolean;
  /** `merge abc1234`, as the comment names this apply. */
  label: string;
  /** Shows the apply's state in the pull request's comment, when it has one; its URL. */
  update(
    results: readonly PoolResult[],
    status: "applying" | "applied" | "apply-failed" | "apply-cancelled",
    statusLine: string,
  ): Promise<string | undefined>;
}

/**
 * The merged pull request, its reviewed hashes and the pools the merge touches, or why nothing
 * is applied: the same for every shard of an apply and its report job.
 */
async function findReviewedMerge(
  ctx: WorkflowContext,
  push: Push,
): Promise<{ stop: RunOutputs } | { merge: ReviewedMerge }> {
  const github = ctx.github;
  if (!github) throw new Error("apply mode needs a GitHub token to find the reviewed plan");
  const stop = (verdict: "nothing to do" | "refused", message: string, failureReason?: FailureReason) => ({
    stop: {
      results: [],
      report: stoppedReport("nodepool apply", verdict, message),
      message,
      ...(failureReason ? { failureReason } : {}),
    },
  });
  const repo = { owner: github.owner, repo: github.repo };
  const merged = await findMergedPullRequest(github.client, { ...repo, sha: push.sha });
  if (!merged.found) return stop("nothing to do", `Nothing to apply: ${merged.reason}`);
  const pr = merged.pullRequest;
  const comment = await findComment(github.client, {
    ...repo,
    pullNumber: pr.number,
    key: ctx.comment.key,
    ...(github.author ? { author: github.author } : {}),
  });
  const { affected, summary, replace } = await affectedSince(ctx, push.before, pr.number);
  ctx.log(summary);
  if (affected.changed.length + affected.removed.length === 0)
    return stop("nothing to do", `Pull request #${pr.number} changed no pool: nothing to apply.`);
  const lost = ephemeralStateProblem(ctx.set.settings);
  if (lost)
    return stop("refused", `Pull request #${pr.number}: nothing was applied: ${lost}.`, "invalid-pools");
  // Without a comment nothing was reviewed: only pools that plan no changes pass (`changes-only`
  // posts no comment for those), every other is refused as not in the reviewed plan.
  const untrusted =
    comment &&
    (reviewProblem(comment.header, pr.headSha) ??
      foreignEditProblem(await readCommentEditors(github.client, comment), comment.author));
  if (untrusted)
    return stop(
      "refused",
      `Pull request #${pr.number}: ${untrusted}; nothing was applied. Plan it again in a pull request.`,
      "plan-changed",
    );
  const reviewed = comment?.header.hashes ?? {};
  const allowDestroy =
    ctx.allowDestroy ||
    (await hasLabel(github.client, { ...repo, number: pr.number, label: ALLOW_DESTROY_LABEL }));
  return {
    merge: {
      pullNumber: pr.number,
      hasComment: comment !== undefined,
      affected,
      replace,
      reviewed,
      allowDestroy,
      label: `merge ${push.sha.slice(0, 7)}`,
      update: async (results, status, statusLine) => {
        // A pull request without a plan comment stays without one.
        if (!comment) return undefined;
        const header = { key: ctx.comment.key, hashes: reviewed, sha: comment.header.sha, status };
        const posted = await upsertPlanComment(github.client, {
          ...repo,
          pullNumber: pr.number,
          header,
          body: commentBody(results, header, statusLine, ctx.summaryUrl),
          mode: "update",
          ...(github.author ? { author: github.author } : {}),
        });
        return posted.action === "skipped" ? undefined : posted.comment.url;
      },
    },
  };
}

/** The apply's report, and its final state in the pull request's comment. */
async function finishApply(
  merge: ReviewedMerge,
  applied: {
    results: PoolResult[];
    lines: string[];
    locks: HeldLock[];
    failureReason?: FailureReason;
    cancelled: boolean;
  },
): Promise<RunOutputs> {
  const { results, failureReason, cancelled } = applied;
  const lines = [...(merge.hasComment ? [] : [noPlanCommentLine(merge.pullNumber)]), ...applied.lines];
  const ending = cancelled ? "cancelled" : failureReason ? "failed" : "applied";
  const statusLine = appliedStatus(ending, merge.label, lines);
  const commentUrl = await merge.update(
    results,
    cancelled ? "apply-cancelled" : failureReason ? "apply-failed" : "applied",
    statusLine,
  );
  return {
    results,
    report: renderPlanReport(results, { title: "nodepool apply", status: statusLine }),
    message: lines.join("\n"),
    ...(failureReason ? { failureReason, locks: applied.locks } : {}),
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
