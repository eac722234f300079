import { type AffectedPools, findAffectedPools } from "../plan/affected-pools.js";
import { findReplacements } from "../plan/replacements.js";
import type { WorkflowContext } from "./context.js";
import { planEveryPool } from "./plan-every-pool.js";

export interface AffectedChange {
  affected: AffectedPools;
  /** Nodes newly listed in a pool's `spec.replace`, by pool key. */
  replace: Map<string, string[]>;
  /** One line for the log: how many pools and why. */
  summary: string;
}

/**
 * The pools a change since `ref` touches, as plan, apply, shards and report modes all compute
 * them: every job of a run, given the same commits, gets the same pools.
 */
export async function affectedSince(
  ctx: WorkflowContext,
  ref: string,
  pullNumber: number,
): Promise<AffectedChange> {
  const base = ref ? await ctx.poolsAt(ref) : undefined;
  const everyPool = base ? await planEveryPool(ctx, ref, pullNumber) : undefined;
  const affected = findAffectedPools(
    base,
    ctx.set,
    base ? await ctx.changedModules(ref) : [],
    everyPool !== undefined,
  );
  const summary = !base
    ? `planning all ${affected.changed.length} pools: no base to compare with`
    : everyPool
      ? `planning all ${affected.changed.length} pools (${everyPool}), ${affected.removed.length} removed since ${ref}`
      : `${affected.changed.length} changed, ${affected.removed.length} removed, ${affected.unchanged.length} unchanged since ${ref}`;
  return { affected, summary, replace: findReplacements(base, affected.changed) };
}
