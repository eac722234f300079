import { join } from "node:path";
import type { NodePool, RepositorySettings } from "../pool-format/types.js";
import type { ModulesRecord } from "../render/modules-record.js";
import { PROVIDER_MODULES } from "../render/providers.js";
import {
  JOIN_VARIABLES,
  type ModuleFiles,
  machineAddress,
  renderWorkspace,
  type Workspace,
} from "../render/workspace.js";
import { writeWorkspaces } from "../render/write-workspaces.js";
import { type PlanOutcome, planWorkspaces, type RunnerOptions } from "../terraform/runner.js";
import { moduleUpgradeOf } from "./module-upgrade.js";
import { hashPlan, type PlanInputs } from "./plan-hash.js";
import { emptySummary } from "./plan-summary.js";
import { summarizePlanText, unreadPlanProblem } from "./plan-text-summary.js";
import { type PoolResult, poolKey } from "./pool-result.js";

export interface PlanPoolsRequest {
  pools: readonly NodePool[];
  /** Pools gone from the files: planned with zero replicas, so that their machines are destroyed. */
  removed: readonly NodePool[];
  settings: RepositorySettings;
  modules: ModuleFiles;
  /** Where workspaces are rendered, relative to the working directory. */
  outDir: string;
  runner: RunnerOptions;
  /** false for drift checks: read the state without locking it. */
  lock: boolean;
  /** Extra environment per pool (join data of its control plane). */
  envForPool?: (pool: NodePool) => Readonly<Record<string, string>>;
  /** Nodes to replace, by pool key (findReplacements): part of what is reviewed. */
  replace?: ReadonlyMap<string, readonly string[]>;
}

export interface PlannedPool {
  result: PoolResult;
  workspace: Workspace;
  /** Folder of the workspace, where its saved plan is. */
  dir: string;
}

/** Renders, writes and plans the given pools; every pool gets a result, failed or not. */
export async function planPools(request: PlanPoolsRequest): Promise<PlannedPool[]> {
  const workspaces = [
    ...request.pools.map((pool) =>
      renderWorkspace(pool, request.settings, request.modules, { outDir: request.outDir }),
    ),
    ...request.removed.map((pool) =>
      renderWorkspace(pool, request.settings, request.modules, { outDir: request.outDir, removed: true }),
    ),
  ];
  const written = await writeWorkspaces(request.outDir, workspaces, { prune: false });
  // Terraform would have read them as configuration: said where the run's log shows it.
  for (const path of written.removedUnexpected)
    request.runner.log?.(join(request.outDir, path), "removed: render did not write it");
  const dirs = workspaces.map((w) => join(request.outDir, w.dir));
  const replaceOf = (pool: NodePool, removed: boolean) =>
    removed ? [] : (request.replace?.get(poolKey(pool)) ?? []);
  const outcomes = await planWorkspaces(
    workspaces.map((workspace, i) => ({
      dir: dirs[i] as string,
      providers: workspace.providers,
      env: request.envForPool?.(workspace.pool) ?? {},
      ...(workspace.backendConfig ? { backendConfig: workspace.backendConfig } : {}),
      replace: replaceOf(workspace.pool, i >= request.pools.length).map((node) =>
        machineAddress(workspace.pool, node),
      ),
    })),
    request.runner,
    { lock: request.lock },
  );
  const tool = [request.runner.binary.tool, request.runner.binary.version].filter(Boolean).join(" ");
  return workspaces.map((workspace, i) => {
    const replace = replaceOf(workspace.pool, i >= request.pools.length);
    const inputs: PlanInputs = {
      files: workspace.files,
      variables: reviewedVariables(request.envForPool?.(workspace.pool) ?? {}),
      tool,
      ...(replace.length > 0 ? { replace } : {}),
    };
    return {
      workspace,
      dir: dirs[i] as string,
      // Workspaces of removed pools come after those of the pools in the files.
      result: toPoolResult(
        workspace.pool,
        outcomes[i] as PlanOutcome,
        inputs,
        i >= request.pools.length,
        workspace.modules,
      ),
    };
  });
}

/** The `TF_VAR_*` values a reviewer's plan depends on: all but the join data, minted anew at apply. */
function reviewedVariables(env: Readonly<Record<string, string>>): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(env))
    if (name.startsWith("TF_VAR_") && !(name.slice("TF_VAR_".length) in JOIN_VARIABLES))
      variables[name.slice("TF_VAR_".length)] = value;
  return variables;
}

function toPoolResult(
  pool: NodePool,
  outcome: PlanOutcome,
  inputs: PlanInputs,
  removed: boolean,
  modules: ModulesRecord,
): PoolResult {
  switch (outcome.status) {
    case "error":
      return { pool, status: "error", diagnostics: outcome.diagnostics };
    case "locked":
      return { pool, status: "locked", lock: outcome.lock };
    default:
      return resultOfPlanText(
        pool,
        {
          status: outcome.status,
          text: outcome.text,
          hash: hashPlan(outcome.status === "changes" ? outcome.text : undefined, inputs),
        },
        removed,
        modules,
      );
  }
}

/**
 * A planned pool's result, read from its plan's text: the summary, node lists and module upgrade
 * come from the text the hash covers, whether it was planned here or in another job (a shard).
 */
export function resultOfPlanText(
  pool: NodePool,
  plan: { status: "changes" | "no-changes"; text: string; hash: string },
  removed: boolean,
  modules: ModulesRecord,
): PoolResult {
  // The state holds what the workspace asks for once applied: the pool's machines, none for a removed pool.
  const wanted = removed ? 0 : pool.spec.replicas;
  const { text, hash } = plan;
  if (plan.status === "no-changes")
    return { pool, status: "no-changes", text, hash, summary: emptySummary(), nodesBefore: wanted };
  const summary = summarizePlanText(text, [PROVIDER_MODULES[pool.spec.provider].machineResource]);
  const unread = unreadPlanProblem(text, summary);
  if (unread) return { pool, status: "error", diagnostics: [{ severity: "error", summary: unread }] };
  // Machines now: those wanted, plus the ones the plan removes, less the ones it creates.
  const nodesBefore = wanted + summary.nodes.delete.length - summary.nodes.create.length;
  const moduleUpgrade = moduleUpgradeOf(text, modules, nodesBefore);
  return {
    pool,
    status: "changes",
    text,
    hash,
    summary: moduleUpgrade ? { ...summary, moduleUpgrade } : summary,
    nodesBefore,
  };
}
