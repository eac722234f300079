import { posix } from "node:path";
import { type PlanCommentStatus, upsertPlanComment } from "../github/plan-comment.js";
import { listOpenPullRequests } from "../github/pull-requests.js";
import { findAffectedPools } from "../plan/affected-pools.js";
import { heldLocks } from "../plan/apply-outcome.js";
import { failureOf } from "../plan/failure-reason.js";
import { PLACEHOLDER_JOIN } from "../plan/join-placeholder.js";
import { planPools } from "../plan/plan-pools.js";
import { type PoolResult, poolKey } from "../plan/pool-result.js";
import { findOverlaps, type PullRequestOverlap } from "../plan/pull-request-overlaps.js";
import type { NodePool } from "../pool-format/types.js";
import { commentBody, PLAN_TITLE } from "../report/plan-comment-body.js";
import { renderPlanReport } from "../report/plan-report.js";
import { describeOverlaps } from "../report/pull-request-overlaps.js";
import { stoppedReport } from "../report/stopped-report.js";
import { envForPool, type RunOutputs, type WorkflowContext } from "./context.js";
import { checkVersions, connectControlPlanes } from "./control-planes.js";
import { planEveryPool } from "./plan-every-pool.js";

export interface PullRequest {
  number: number;
  headSha: string;
  baseSha: string;
  fromFork: boolean;
}

/**
 * Plans the pools a pull request changes and posts the report as one comment, updated on every
 * push. Reviewed plans use placeholder join data: no token is minted for a plan nobody applies.
 */
export async function runPlanMode(ctx: WorkflowContext, pr: PullRequest): Promise<RunOutputs> {
  if (pr.fromFork) {
    const message =
      "Pull request from a fork: it gets no secrets and a read-only token, so nodepool-action does not plan it. Plan it from a branch of this repository.";
    return { results: [], report: stoppedReport(PLAN_TITLE, "skipped", message), message };
  }
  const base = pr.baseSha ? await ctx.poolsAt(pr.baseSha) : undefined;
  const everyPool = base ? await planEveryPool(ctx, pr.baseSha, pr.number) : undefined;
  const affected = findAffectedPools(
    base,
    ctx.set,
    base ? await ctx.changedModules(pr.baseSha) : [],
    everyPool !== undefined,
  );
  ctx.log(
    !base
      ? `planning all ${affected.changed.length} pools: no base to compare with`
      : everyPool
        ? `planning all ${affected.changed.length} pools (${everyPool}), ${affected.removed.length} removed since ${pr.baseSha}`
        : `${affected.changed.length} changed, ${affected.removed.length} removed, ${affected.unchanged.length} unchanged since ${pr.baseSha}`,
  );
  // The control planes' versions, read-only: the reviewed plan must match the applied one.
  const access = ctx.kamaji
    ? await connectControlPlanes(ctx.kamaji, [...affected.changed, ...affected.removed], ctx.registerSecret)
    : undefined;
  const versions = checkVersions(affected.changed, access);
  const planned = await planPools({
    pools: versions.allowed,
    removed: affected.removed,
    settings: ctx.set.settings,
    modules: ctx.modules,
    outDir: ctx.outDir,
    lock: true,
    runner: ctx.runner,
    envForPool: envForPool(ctx, access, () => PLACEHOLDER_JOIN),
  });
  const results = [...versions.refused, ...planned.map((p) => p.result)];
  // A cancelled plan records no hash: merging it applies nothing.
  const cancelled = ctx.runner.signal?.aborted === true;
  const failureReason = cancelled ? "cancelled" : failureOf(results);
  const status: PlanCommentStatus = cancelled
    ? "plan-cancelled"
    : failureReason
      ? "plan-failed"
      : results.some((r) => r.status === "changes")
        ? "planned"
        : "no-changes";
  const overlaps =
    pr.number > 0
      ? await overlappingPullRequests(ctx, pr.number, [...affected.changed, ...affected.removed])
      : [];
  // Outside a pull request (the CLI, a manual run) there is nothing to merge.
  const statusLine =
    pr.number === 0
      ? undefined
      : cancelled
        ? `Planning ${pr.headSha.slice(0, 7)} was cancelled: nothing here is reviewed, and merging applies nothing. Push again or re-run the job to plan.`
        : [
            `Planned for ${pr.headSha.slice(0, 7)}. Merging applies exactly these plans; a pool whose plan differs by then is refused.`,
            ...describeOverlaps(overlaps),
          ].join("\n");
  const outputs: RunOutputs = {
    results,
    report: renderPlanReport(results, { title: PLAN_TITLE, ...(statusLine ? { status: statusLine } : {}) }),
    message: `${results.length} pools planned`,
    ...(failureReason ? { failureReason, locks: heldLocks(results) } : {}),
  };
  if (ctx.github && ctx.comment.mode !== "off" && pr.number > 0) {
    const header = {
      key: ctx.comment.key,
      hashes: cancelled ? {} : planHashes(results),
      sha: pr.headSha,
      status,
    };
    const posted = await upsertPlanComment(ctx.github.client, {
      owner: ctx.github.owner,
      repo: ctx.github.repo,
      pullNumber: pr.number,
      header,
      body: commentBody(results, header, statusLine, ctx.summaryUrl),
      mode: ctx.comment.mode,
      ...(ctx.github.author ? { author: ctx.github.author } : {}),
    });
    if (posted.action !== "skipped") outputs.commentUrl = posted.comment.url;
  }
  return outputs;
}

/**
 * Other open pull requests that change the files of these pools. Advice, not a gate: when GitHub
 * cannot say, the plan goes on and the log says why.
 */
async function overlappingPullRequests(
  ctx: WorkflowContext,
  number: number,
  pools: readonly NodePool[],
): Promise<PullRequestOverlap[]> {
  if (!ctx.github) return [];
  try {
    const others = await listOpenPullRequests(ctx.github.client, {
      owner: ctx.github.owner,
      repo: ctx.github.repo,
      except: number,
    });
    return findOverlaps(
      pools.map((pool) => posix.join(ctx.poolsRoot ?? "", pool.source.file)),
      others,
    );
  } catch (error) {
    ctx.log(`could not compare with other open pull requests: ${(error as Error).message}`);
    return [];
  }
}

/** Pool key -> hash of its full plan, for every pool that planned. */
export function planHashes(results: readonly PoolResult[]): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const r of results)
    if (r.status === "changes" || r.status === "no-changes") hashes[poolKey(r.pool)] = r.hash;
  return hashes;
}
