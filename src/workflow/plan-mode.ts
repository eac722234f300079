import { posix } from "node:path";
import { type PlanCommentStatus, upsertPlanComment } from "../github/plan-comment.js";
import { listOpenPullRequests } from "../github/pull-requests.js";
import { heldLocks } from "../plan/apply-outcome.js";
import { failureOf } from "../plan/failure-reason.js";
import { PLACEHOLDER_JOIN } from "../plan/join-placeholder.js";
import { planPools } from "../plan/plan-pools.js";
import { type PoolResult, poolKey } from "../plan/pool-result.js";
import { findOverlaps, type PullRequestOverlap } from "../plan/pull-request-overlaps.js";
import { checkReplacements } from "../plan/replacements.js";
import { type Shard, shardName, shareOfChange } from "../plan/shards.js";
import type { NodePool } from "../pool-format/types.js";
import { commentBody, PLAN_TITLE } from "../report/plan-comment-body.js";
import { renderPlanReport } from "../report/plan-report.js";
import { describeOverlaps } from "../report/pull-request-overlaps.js";
import { stoppedReport } from "../report/stopped-report.js";
import { affectedSince } from "./affected-change.js";
import { envForPool, type RunOutputs, type WorkflowContext } from "./context.js";
import { checkVersions, connectControlPlanes } from "./control-planes.js";
import { withWorkersBehind } from "./rolling.js";
import { gatherReport, type ShardFile, shardOutputs } from "./shard-report.js";

export interface PullRequest {
  number: number;
  headSha: string;
  baseSha: string;
  fromFork: boolean;
}

/**
 * Plans the pools a pull request changes and posts the report as one comment, updated on every
 * push. Reviewed plans use placeholder join data: no token is minted for a plan nobody applies.
 * With a shard, only its share is planned and no comment is posted: the results go to the report
 * job (runPlanReport), which posts the one comment for every share.
 */
export async function runPlanMode(ctx: WorkflowContext, pr: PullRequest, shard?: Shard): Promise<RunOutputs> {
  if (pr.fromFork) return forkStop();
  const { affected, summary, replace } = await affectedSince(ctx, pr.baseSha, pr.number);
  const share = shard ? shareOfChange(affected, shard) : affected;
  ctx.log(
    shard
      ? `${summary}; share ${shardName(shard)}: ${share.changed.length + share.removed.length} of them`
      : summary,
  );
  // The control planes' versions, read-only: the reviewed plan must match the applied one.
  const access = ctx.kamaji
    ? await connectControlPlanes(ctx.kamaji, [...share.changed, ...share.removed], ctx.registerSecret)
    : undefined;
  const versions = checkVersions(share.changed, access);
  const rolling = await withWorkersBehind(ctx, access, versions.allowed, replace);
  for (const line of rolling.lines) ctx.log(line);
  const replacements = checkReplacements(versions.allowed, rolling.replace);
  const planned = await planPools({
    pools: replacements.allowed,
    removed: share.removed,
    settings: ctx.set.settings,
    modules: ctx.modules,
    outDir: ctx.outDir,
    lock: true,
    runner: ctx.runner,
    envForPool: envForPool(ctx, access, () => PLACEHOLDER_JOIN),
    replace: rolling.replace,
  });
  const results = [...versions.refused, ...replacements.refused, ...planned.map((p) => p.result)];
  // A cancelled plan records no hash: merging it applies nothing.
  const cancelled = ctx.runner.signal?.aborted === true;
  if (shard)
    return shardOutputs(ctx, {
      mode: "plan",
      shard,
      sha: pr.headSha,
      results,
      cancelled,
      lines: rolling.lines,
    });
  return postPlanReport(
    ctx,
    pr,
    results,
    [...affected.changed, ...affected.removed],
    cancelled,
    rolling.lines,
  );
}

/**
 * The report job of a split plan: the shares' results (from `files`) for the pools this job
 * computes the pull request touches, posted as the one comment a plan without shards posts.
 */
export async function runPlanReport(
  ctx: WorkflowContext,
  pr: PullRequest,
  files: readonly ShardFile[],
): Promise<RunOutputs> {
  if (pr.fromFork) return forkStop();
  const { affected, summary } = await affectedSince(ctx, pr.baseSha, pr.number);
  ctx.log(`${summary}; reading ${files.length} shares' results`);
  const gathered = gatherReport(ctx, files, { mode: "plan", sha: pr.headSha }, affected);
  return postPlanReport(
    ctx,
    pr,
    gathered.results,
    [...affected.changed, ...affected.removed],
    gathered.cancelled,
    gathered.lines,
  );
}

function forkStop(): RunOutputs {
  const message =
    "Pull request from a fork: it gets no secrets and a read-only token, so nodepool-action does not plan it. Plan it from a branch of this repository.";
  return { results: [], report: stoppedReport(PLAN_TITLE, "skipped", message), message };
}

/** The report and comment of a plan, from every pool's result. */
async function postPlanReport(
  ctx: WorkflowContext,
  pr: PullRequest,
  results: PoolResult[],
  touched: readonly NodePool[],
  cancelled: boolean,
  /** Why nodes nobody listed are replaced (workers behind their control plane). */
  rolling: readonly string[] = [],
): Promise<RunOutputs> {
  const failureReason = cancelled ? "cancelled" : failureOf(results);
  const status: PlanCommentStatus = cancelled
    ? "plan-cancelled"
    : failureReason
      ? "plan-failed"
      : results.some((r) => r.status === "changes")
        ? "planned"
        : "no-changes";
  const overlaps = pr.number > 0 ? await overlappingPullRequests(ctx, pr.number, touched) : [];
  // Outside a pull request (the CLI, a manual run) there is nothing to merge.
  const statusLine =
    pr.number === 0
      ? undefined
      : cancelled
        ? `Planning ${pr.headSha.slice(0, 7)} was cancelled: nothing here is reviewed, and merging applies nothing. Push again or re-run the job to plan.`
        : [
            `Planned for ${pr.headSha.slice(0, 7)}. Merging applies exactly these plans; a pool whose plan differs by then is refused.`,
            ...rolling.map((line) => `- ${line}`),
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
