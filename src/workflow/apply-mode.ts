import { foreignEditProblem, readCommentEditors } from "../github/comment-edits.js";
import { findComment, type PlanCommentHeader, upsertPlanComment } from "../github/plan-comment.js";
import { findMergedPullRequest, hasLabel } from "../github/pull-requests.js";
import { findAffectedPools } from "../plan/affected-pools.js";
import { heldLocks } from "../plan/apply-outcome.js";
import type { PoolResult } from "../plan/pool-result.js";
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
import { applyReviewed } from "./apply-reviewed.js";
import type { RunOutputs, WorkflowContext } from "./context.js";
import { planEveryPool } from "./plan-every-pool.js";

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
  const everyPool = base ? await planEveryPool(ctx, push.before, merged.pullRequest.number) : undefined;
  const affected = findAffectedPools(
    base,
    ctx.set,
    base ? await ctx.changedModules(push.before) : [],
    everyPool !== undefined,
  );
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

  const reviewed = comment?.header.hashes ?? {};
  const allowDestroy =
    ctx.allowDestroy ||
    (await hasLabel(github.client, { ...repo, number: pr.number, label: ALLOW_DESTROY_LABEL }));
  const merge = `merge ${push.sha.slice(0, 7)}`;
  const update = async (
    results: readonly PoolResult[],
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
      body: commentBody(results, header, statusLine, ctx.summaryUrl),
      mode: "update",
      ...(github.author ? { author: github.author } : {}),
    });
    return posted.action === "skipped" ? undefined : posted.comment.url;
  };
  const applied = await applyReviewed(
    ctx,
    { changed: affected.changed, removed: affected.removed, reviewed, allowDestroy },
    {
      applying: (results, pools) => update(results, "applying", applyingStatus(pools, merge)),
      cancelled: (results) => update(results, "apply-cancelled", cancelledWhileApplyingStatus(merge)),
    },
  );
  const { results, failureReason, cancelled } = applied;
  const lines = [...(comment ? [] : [noPlanCommentLine(pr.number)]), ...applied.lines];
  const ending = cancelled ? "cancelled" : failureReason ? "failed" : "applied";
  const statusLine = appliedStatus(ending, merge, lines);
  const commentUrl = await update(
    results,
    cancelled ? "apply-cancelled" : failureReason ? "apply-failed" : "applied",
    statusLine,
  );
  return {
    results,
    report: renderPlanReport(results, { title: "nodepool apply", status: statusLine }),
    message: lines.join("\n"),
    ...(failureReason ? { failureReason, locks: heldLocks(results, applied.outcomes) } : {}),
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
