import type { AffectedPools } from "../plan/affected-pools.js";
import { heldLocks } from "../plan/apply-outcome.js";
import { failureOf } from "../plan/failure-reason.js";
import { resultOfPlanText } from "../plan/plan-pools.js";
import { type PoolResult, poolKey } from "../plan/pool-result.js";
import {
  type GatheredShards,
  gatherShards,
  type ShardResults,
  shardResultOf,
} from "../plan/shard-results.js";
import { shardName } from "../plan/shards.js";
import type { NodePool } from "../pool-format/types.js";
import { renderWorkspace } from "../render/workspace.js";
import { renderPlanReport } from "../report/plan-report.js";
import type { RunOutputs, WorkflowContext } from "./context.js";

/** A share's results file as the report job found it. */
export interface ShardFile {
  name: string;
  text: string;
}

/**
 * What a shard's job ends with: its own job summary, and its results for the report job (the
 * adapter writes them). Its failure fails the job, so the run shows which share went wrong.
 */
export function shardOutputs(
  ctx: WorkflowContext,
  run: Omit<ShardResults, "results" | "lines" | "locks"> & {
    results: PoolResult[];
    lines?: string[];
    locks?: ShardResults["locks"];
  },
): RunOutputs {
  const failureReason = run.cancelled ? "cancelled" : (run.failureReason ?? failureOf(run.results));
  const locks = run.locks ?? heldLocks(run.results);
  const name = shardName(run.shard);
  const lines = run.lines ?? [];
  ctx.log(`share ${name}: results for ${run.results.length} pools, for the report job`);
  return {
    results: run.results,
    report: renderPlanReport(run.results, {
      title: `nodepool ${run.mode}, share ${name}`,
      status: [
        `This share's results go to the report job, which updates the pull request's comment.`,
        ...lines,
      ].join("\n"),
    }),
    message:
      run.mode === "apply" && lines.length > 0
        ? lines.join("\n")
        : [`share ${name}: ${run.results.length} pools planned`, ...lines].join("\n"),
    shardResults: {
      mode: run.mode,
      shard: run.shard,
      sha: run.sha,
      results: run.results.map((r) => shardResultOf(poolKey(r.pool), r)),
      lines,
      locks,
      cancelled: run.cancelled,
      ...(failureReason ? { failureReason } : {}),
    },
    ...(failureReason ? { failureReason, locks } : {}),
  };
}

/**
 * Every share's results for the pools this job computes the change touches, as pool results: the
 * summaries are read again from each plan's text. Files set aside are logged.
 */
export function gatherReport(
  ctx: WorkflowContext,
  files: readonly ShardFile[],
  run: { mode: "plan" | "apply"; sha: string },
  affected: Pick<AffectedPools, "changed" | "removed">,
): Omit<GatheredShards, "results"> & { results: PoolResult[] } {
  const pools = new Map<string, { pool: NodePool; removed: boolean }>();
  for (const pool of affected.changed) pools.set(poolKey(pool), { pool, removed: false });
  for (const pool of affected.removed) pools.set(poolKey(pool), { pool, removed: true });
  const gathered = gatherShards(files, { ...run, pools: [...pools.keys()] });
  for (const problem of gathered.problems) ctx.log(problem);
  const results = gathered.results.map((r): PoolResult => {
    const { pool, removed } = pools.get(r.pool) as { pool: NodePool; removed: boolean };
    if (r.status === "error") return { pool, status: "error", diagnostics: r.diagnostics };
    if (r.status === "locked") return { pool, status: "locked", lock: r.lock };
    const { modules } = renderWorkspace(pool, ctx.set.settings, ctx.modules, { outDir: ctx.outDir, removed });
    return resultOfPlanText(pool, r, removed, modules);
  });
  return { ...gathered, results };
}
