import { decideApply, failureReasonOf } from "../plan/apply-decision.js";
import { failureReasonOfOutcome, type PoolApplyOutcome } from "../plan/apply-outcome.js";
import { type FailureReason, failureOf } from "../plan/failure-reason.js";
import { PLACEHOLDER_JOIN } from "../plan/join-placeholder.js";
import { type PlannedPool, planPools } from "../plan/plan-pools.js";
import { type PoolResult, poolKey } from "../plan/pool-result.js";
import { checkReplacements } from "../plan/replacements.js";
import type { NodePool } from "../pool-format/types.js";
import { describeDecision } from "../report/apply-decisions.js";
import { describeApplyOutcome } from "../report/apply-report.js";
import { applyPool } from "./apply-pool.js";
import { envForPool, onCancel, type WorkflowContext } from "./context.js";
import {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  type MintedTokens,
  mintJoinData,
} from "./control-planes.js";
import { withWorkersBehind } from "./rolling.js";

/** What a reviewer saw: the pools it covers and the hash of each one's plan. */
export interface ReviewedChange {
  changed: readonly NodePool[];
  removed: readonly NodePool[];
  /** Pool key -> the hash of the plan that was reviewed. */
  reviewed: Readonly<Record<string, string>>;
  allowDestroy: boolean;
  /** Nodes the change asks to replace, by pool key (findReplacements), as when it was reviewed. */
  replace?: ReadonlyMap<string, readonly string[]>;
}

/** Where the adapter shows progress: the action's comment, or nothing for the CLI. */
export interface ApplyProgress {
  /** Once the decisions are made and pools are about to be applied. */
  applying?(results: readonly PoolResult[], pools: number): Promise<unknown>;
  /** The moment the run is cancelled while applying. */
  cancelled?(results: readonly PoolResult[]): Promise<unknown>;
}

export interface ReviewedApplyResult {
  results: PoolResult[];
  /** One line per decision and one block per applied pool, for the report. */
  lines: string[];
  outcomes: PoolApplyOutcome[];
  failureReason?: FailureReason;
  cancelled: boolean;
}

/**
 * Applies exactly what was reviewed, the one apply pipeline of the action and the CLI: the pools
 * are planned again with the reviewed inputs and placeholder join data, and only plans whose hash
 * equals the reviewed one go on. A token is then minted only for pools that create machines, whose
 * plan is made again with it and must keep its hash; each pool is drained, applied and waited for.
 */
export async function applyReviewed(
  ctx: WorkflowContext,
  change: ReviewedChange,
  progress: ApplyProgress = {},
): Promise<ReviewedApplyResult> {
  const access = ctx.kamaji
    ? await connectControlPlanes(ctx.kamaji, [...change.changed, ...change.removed], ctx.registerSecret)
    : undefined;
  const versions = checkVersions(change.changed, access);
  // The same replacements as the review: the change's own and the workers then behind.
  const rolling = await withWorkersBehind(ctx, access, versions.allowed, change.replace ?? new Map());
  for (const line of rolling.lines) ctx.log(line);
  const replacements = checkReplacements(versions.allowed, rolling.replace);
  const request = {
    settings: ctx.set.settings,
    modules: ctx.modules,
    outDir: ctx.outDir,
    lock: true,
    runner: ctx.runner,
    replace: rolling.replace,
  };
  const planned = await planPools({
    ...request,
    pools: replacements.allowed,
    removed: change.removed,
    envForPool: envForPool(ctx, access, () => ctx.join ?? PLACEHOLDER_JOIN),
  });
  const results = planned.map((p) => p.result);
  const lines: string[] = [];
  const refusals: FailureReason[] = [];
  const toApply: PlannedPool[] = [];
  const outcomes: PoolApplyOutcome[] = [];
  const decisions = decideApply([...versions.refused, ...replacements.refused, ...results], change.reviewed, {
    allowDestroy: change.allowDestroy,
    canJoin: ctx.join !== undefined || access !== undefined,
  });
  for (const decision of decisions) {
    const line = describeDecision(decision);
    if (line) lines.push(line);
    if (decision.action === "refuse") refusals.push(failureReasonOf(decision));
    if (decision.action === "apply") {
      const p = planned.find((q) => poolKey(q.result.pool) === decision.pool);
      if (p) toApply.push(p);
    }
  }

  const signal = ctx.runner.signal;
  if (toApply.length > 0 && !signal?.aborted) await progress.applying?.(results, toApply.length);
  // GitHub kills a cancelled job about ten seconds after its first signal, while terraform may
  // still be finishing: progress says so at once, and the tokens go (below) without waiting.
  const stopMarking = onCancel(signal, async () => progress.cancelled?.(results));
  let minted: MintedTokens | undefined;
  let stopDeleting: () => void = () => undefined;
  try {
    // A replaced machine boots with new user data too: it needs a token as a new one does.
    const creators = toApply.filter(
      (p) =>
        p.result.status === "changes" &&
        p.result.summary.nodes.create.length + p.result.summary.nodes.replace.length > 0,
    );
    if (access && ctx.kamaji && creators.length > 0) {
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
        if (r.status === "changes" && r.hash === change.reviewed[poolKey(r.pool)]) {
          toApply[index] = p;
        } else {
          toApply.splice(index, 1);
          outcomes.push({ pool: poolKey(r.pool), result: "replanned-differently" });
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
  const failureReason = cancelled ? "cancelled" : (refusals[0] ?? failureOf(results));
  return { results, lines, outcomes, cancelled, ...(failureReason ? { failureReason } : {}) };
}
