import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  PLACEHOLDER_JOIN,
  checkReplacements,
  envForPool,
  failureOf,
  failureReasonOfOutcome,
  findAffectedPools,
  findReplacements,
  heldLocks,
  onCancel,
  planPools,
  renderPlanReport,
  stoppedReport,
  withWorkersBehind
} from "./chunk-6FWHOUDM.js";
import {
  applyPlan
} from "./chunk-F2ZDDOU6.js";
import {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  mintJoinData
} from "./chunk-NJTVFJ6W.js";
import {
  destroyedNodes,
  poolKey
} from "./chunk-4MKPOM5Z.js";
import {
  deleteNode,
  describeDrain,
  describeReadiness,
  drainNodes,
  waitForNodesReady
} from "./chunk-LUOMSCS6.js";
import "./chunk-LDKM7FQ4.js";
import "./chunk-5G2HMSQB.js";
import "./chunk-QKUM64YT.js";
import {
  ephemeralStateProblem
} from "./chunk-6GCPEI3D.js";
import "./chunk-APHRNYB4.js";
import "./chunk-6GXVDID7.js";
import "./chunk-JPCZZHJ4.js";
import "./chunk-ORUZ7EY6.js";

// src/report/apply-report.ts
function applyingStatus(pools, source) {
  return `Applying ${pools} pools from ${source}\u2026`;
}
function appliedStatus(ending, source, lines) {
  const head = { cancelled: "Cancelled", failed: "Apply failed or was refused", applied: "Applied" }[ending];
  return [`${head} from ${source}:`, "", ...lines].join("\n");
}
function describeApplyOutcome(outcome) {
  const key = `\`${outcome.pool}\``;
  const details = (lines) => lines.map((line) => `  - ${line}`);
  switch (outcome.result) {
    case "cancelled":
      return [`- \u23F9 ${key}: not applied, the run was cancelled`];
    case "replanned-differently":
      return [`- \u26D4 ${key}: planning again with the new join token gave another plan; refused`];
    case "drain-blocked":
      return [
        `- \u26D4 ${key}: drain did not finish within the drain timeout; nothing destroyed`,
        ...details(outcome.drains.flatMap(describeDrain))
      ];
  }
  const drained = outcome.drains.length > 0 ? [
    `- ${key}: cordoned and drained ${outcome.drains.map((r) => r.node).join(", ")}`,
    ...details(outcome.drains.flatMap(describeDrain))
  ] : [];
  const seconds = outcome.seconds.toFixed(1);
  if (outcome.result === "apply-failed")
    return [...drained, `- \u274C ${key}: apply failed after ${seconds} s: ${outcome.why}`];
  const created = outcome.created.length ? `; created ${outcome.created.join(", ")}` : "";
  const replaced = outcome.replaced.length ? `; replaced ${outcome.replaced.join(", ")}` : "";
  const removed = outcome.removed.length ? `; removed ${outcome.removed.join(", ")}` : "";
  return [
    ...drained,
    `- \u2705 ${key}: applied in ${seconds} s${created}${replaced}${removed}`,
    ...details(outcome.nodeObjects.map(({ node, result }) => `${node}: Node object ${result}`)),
    ...details(outcome.readiness.map(describeReadiness))
  ];
}
function notInPoolsLine(pool) {
  return `- **${pool}**: in the plan, but not in the pool files now (nor removed since its base): not applied.`;
}

// src/plan/apply-decision.ts
function decideApply(planned, reviewed, options) {
  return planned.map((result) => {
    const pool = poolKey(result.pool);
    if (result.status === "error")
      return {
        pool,
        action: "refuse",
        reason: "plan-failed",
        detail: result.diagnostics.map((d) => d.summary).join("; ")
      };
    if (result.status === "locked") return { pool, action: "refuse", reason: "state-locked" };
    if (result.status === "no-changes") return { pool, action: "nothing-to-do" };
    if (reviewed[pool] !== result.hash) {
      const { toAdd, toChange, toDestroy } = result.summary;
      return {
        pool,
        action: "refuse",
        reason: "plan-changed",
        reviewedHash: reviewed[pool],
        hash: result.hash,
        now: { toAdd, toChange, toDestroy }
      };
    }
    const destroyed = destroyedNodes(result);
    if (destroyed.length > 0 && !options.allowDestroy)
      return { pool, action: "refuse", reason: "destroy-not-allowed", nodes: destroyed };
    if (result.summary.nodes.create.length > 0 && !options.canJoin)
      return { pool, action: "refuse", reason: "no-join-data" };
    return { pool, action: "apply" };
  });
}
function failureReasonOf(refusal) {
  return refusal.reason === "no-join-data" ? "apply-failed" : refusal.reason;
}

// src/report/apply-decisions.ts
var ALLOW_DESTROY_LABEL = "nodepool/allow-destroy";
function describeDecision(decision) {
  const key = `\`${decision.pool}\``;
  if (decision.action === "apply") return void 0;
  if (decision.action === "nothing-to-do") return `- \u2705 ${key}: no changes`;
  switch (decision.reason) {
    case "plan-failed":
      return `- \u274C ${key}: ${decision.detail || "plan failed"}; nothing applied`;
    case "state-locked":
      return `- \u274C ${key}: state locked; nothing applied`;
    case "plan-changed": {
      const was = decision.reviewedHash ? `the reviewed plan was ${decision.reviewedHash.slice(0, 19)}\u2026` : "it was not in the reviewed plan";
      const { toAdd, toChange, toDestroy } = decision.now;
      return `- \u26D4 ${key}: the plan changed since review (${was}, now ${decision.hash.slice(0, 19)}\u2026: ${toAdd} to add, ${toChange} to change, ${toDestroy} to destroy); refused; plan it again and have the new plan reviewed`;
    }
    case "destroy-not-allowed":
      return `- \u26D4 ${key}: destroys ${decision.nodes.join(", ")}; refused without \`allow-destroy\` or the \`${ALLOW_DESTROY_LABEL}\` label`;
    case "no-join-data":
      return `- \u26D4 ${key}: creates nodes but there is no join data (a management kubeconfig, or join-url, join-token and join-ca-cert-hash); refused`;
  }
}

// src/workflow/apply-pool.ts
async function applyPool(ctx, p, cp) {
  const pool = poolKey(p.result.pool);
  const nodes = p.result.status === "changes" ? p.result.summary.nodes : void 0;
  const leaving = [...nodes?.delete ?? [], ...nodes?.replace ?? []];
  let drains = [];
  if (cp && ctx.kamaji && leaving.length > 0) {
    drains = await drainNodes(cp.client, leaving, {
      timeoutMs: ctx.kamaji.drainTimeoutMs,
      onEvent: (e) => ctx.log(`${pool}: ${e.type} ${e.node}`)
    });
    if (drains.some((r) => r.blocking.length > 0)) return { pool, result: "drain-blocked", drains };
  }
  const nodeObjects = [];
  if (cp && ctx.kamaji)
    for (const node of nodes?.replace ?? [])
      nodeObjects.push({ node, result: await deleteNode(cp.client, node) });
  const outcome = await applyPlan(p.dir, ctx.runner);
  const seconds = outcome.durationMs / 1e3;
  if (outcome.status !== "applied") {
    const locked = outcome.status === "locked";
    return {
      pool,
      result: "apply-failed",
      drains,
      seconds,
      reason: locked ? "state-locked" : "apply-failed",
      ...locked ? { lock: outcome.lock } : {},
      why: locked ? `state locked by ${outcome.lock.who ?? outcome.lock.id}` : outcome.diagnostics.map((d) => d.summary).join("; ")
    };
  }
  const applied = {
    pool,
    result: "applied",
    drains,
    seconds,
    created: nodes?.create ?? [],
    replaced: nodes?.replace ?? [],
    removed: nodes?.delete ?? [],
    nodeObjects,
    readiness: []
  };
  if (cp && ctx.kamaji) {
    for (const node of nodes?.delete ?? [])
      applied.nodeObjects.push({ node, result: await deleteNode(cp.client, node) });
    const joining = [...nodes?.create ?? [], ...nodes?.replace ?? []];
    if (joining.length > 0)
      applied.readiness = await waitForNodesReady(cp.client, joining, {
        timeoutMs: ctx.kamaji.readyTimeoutMs,
        intervalMs: 2e3
      });
  }
  return applied;
}

// src/workflow/apply-reviewed.ts
async function applyReviewed(ctx, change, progress = {}) {
  const access = ctx.kamaji ? await connectControlPlanes(ctx.kamaji, [...change.changed, ...change.removed], ctx.registerSecret) : void 0;
  const versions = checkVersions(change.changed, access);
  const rolling = await withWorkersBehind(ctx, access, versions.allowed, change.replace ?? /* @__PURE__ */ new Map());
  for (const line of rolling.lines) ctx.log(line);
  const replacements = checkReplacements(versions.allowed, rolling.replace);
  const request = {
    settings: ctx.set.settings,
    modules: ctx.modules,
    outDir: ctx.outDir,
    lock: true,
    runner: ctx.runner,
    replace: rolling.replace
  };
  const planned = await planPools({
    ...request,
    pools: replacements.allowed,
    removed: change.removed,
    envForPool: envForPool(ctx, access, () => ctx.join ?? PLACEHOLDER_JOIN)
  });
  const results = planned.map((p) => p.result);
  const lines = [];
  const refusals = [];
  const toApply = [];
  const outcomes = [];
  const decisions = decideApply([...versions.refused, ...replacements.refused, ...results], change.reviewed, {
    allowDestroy: change.allowDestroy,
    canJoin: ctx.join !== void 0 || access !== void 0
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
  const stopMarking = onCancel(signal, async () => progress.cancelled?.(results));
  let minted;
  let stopDeleting = () => void 0;
  try {
    const creators = toApply.filter(
      (p) => p.result.status === "changes" && p.result.summary.nodes.create.length + p.result.summary.nodes.replace.length > 0
    );
    if (access && ctx.kamaji && creators.length > 0) {
      const tokens = await mintJoinData(
        ctx.kamaji,
        access,
        [...new Set(creators.map((p) => controlPlaneKey(p.result.pool)))],
        ctx.log,
        ctx.registerSecret
      );
      minted = tokens;
      stopDeleting = onCancel(signal, tokens.cleanup);
      const again = await planPools({
        ...request,
        pools: creators.map((p) => p.result.pool),
        removed: [],
        envForPool: envForPool(ctx, access, (key) => tokens.join.get(key) ?? PLACEHOLDER_JOIN)
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
        signal?.aborted ? { pool: poolKey(p.result.pool), result: "cancelled" } : await applyPool(ctx, p, access?.get(controlPlaneKey(p.result.pool)))
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
  const failureReason = cancelled ? "cancelled" : refusals[0] ?? failureOf(results);
  return { results, lines, outcomes, cancelled, ...failureReason ? { failureReason } : {} };
}

// src/workflow/plan-file-apply.ts
async function runPlanFileApply(ctx, plan, name) {
  const refused = (message, failureReason2) => ({
    results: [],
    report: stoppedReport("nodepool apply", "refused", message),
    message,
    failureReason: failureReason2
  });
  const lost = ephemeralStateProblem(ctx.set.settings);
  if (lost) return refused(`nothing was applied: ${lost}.`, "invalid-pools");
  const base = plan.base === void 0 ? void 0 : await ctx.poolsAt(plan.base);
  if (plan.base !== void 0 && !base)
    return refused(
      `nothing was applied: the pools at ${plan.base}, which ${name} was planned against, cannot be read.`,
      "plan-changed"
    );
  const affected = findAffectedPools(
    base,
    ctx.set,
    plan.base !== void 0 ? await ctx.changedModules(plan.base) : [],
    plan.base !== void 0 && await ctx.actionPinChanged(plan.base)
  );
  const covered = new Set([...affected.changed, ...affected.removed].map(poolKey));
  const vanished = Object.keys(plan.hashes).filter((pool) => !covered.has(pool));
  const applied = await applyReviewed(
    ctx,
    {
      changed: affected.changed,
      removed: affected.removed,
      reviewed: plan.hashes,
      allowDestroy: ctx.allowDestroy,
      replace: findReplacements(base, affected.changed)
    },
    { applying: async (_results, pools) => ctx.log(applyingStatus(pools, name)) }
  );
  const lines = [...vanished.map(notInPoolsLine), ...applied.lines];
  const failureReason = applied.failureReason ?? (vanished.length > 0 ? "plan-changed" : void 0);
  const ending = applied.cancelled ? "cancelled" : failureReason ? "failed" : "applied";
  const statusLine = appliedStatus(ending, name, lines);
  return {
    results: applied.results,
    report: renderPlanReport(applied.results, { title: "nodepool apply", status: statusLine }),
    message: lines.join("\n"),
    ...failureReason ? { failureReason, locks: heldLocks(applied.results, applied.outcomes) } : {}
  };
}
export {
  runPlanFileApply
};
