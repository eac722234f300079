import { findMergedPullRequest } from "../github/pull-requests.js";
import { shardMatrix } from "../plan/shards.js";
import { affectedSince } from "./affected-change.js";
import type { Push } from "./apply-mode.js";
import type { RunOutputs, WorkflowContext } from "./context.js";
import type { PullRequest } from "./plan-mode.js";

/**
 * The shards a plan or apply of this event splits into: from the pools it touches, which every
 * shard's job computes again the same way. Runs no terraform.
 */
export async function runShardsMode(
  ctx: WorkflowContext,
  event: { kind: "pull-request"; pr: PullRequest } | { kind: "push"; push: Push },
  limits: { maxShards: number; poolsPerShard: number },
): Promise<RunOutputs> {
  let ref: string;
  let pullNumber: number;
  if (event.kind === "pull-request") {
    ref = event.pr.baseSha;
    pullNumber = event.pr.number;
  } else {
    // The plan-all label is read from the merged pull request; without one, apply finds nothing.
    const merged = ctx.github
      ? await findMergedPullRequest(ctx.github.client, {
          owner: ctx.github.owner,
          repo: ctx.github.repo,
          sha: event.push.sha,
        })
      : undefined;
    ref = event.push.before;
    pullNumber = merged?.found ? merged.pullRequest.number : 0;
  }
  const { affected, summary } = await affectedSince(ctx, ref, pullNumber);
  const pools = affected.changed.length + affected.removed.length;
  const matrix = shardMatrix(pools, limits.maxShards, limits.poolsPerShard);
  const message = `${summary}: ${matrix.length} shards (${limits.poolsPerShard} pools a shard, at most ${limits.maxShards})`;
  return { results: [], report: `## nodepool shards\n\n${message}`, message, matrix };
}
