import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  hashPlan
} from "./chunk-GJ2TJWHW.js";
import {
  JOIN_VARIABLES,
  PROVIDER_MODULES,
  renderWorkspace
} from "./chunk-LUCOYWNU.js";
import "./chunk-L5FWEXY2.js";
import {
  writeWorkspaces
} from "./chunk-APHRNYB4.js";
import {
  planWorkspaces
} from "./chunk-PLBBUCD6.js";
import "./chunk-6GXVDID7.js";
import "./chunk-ORUZ7EY6.js";

// src/plan/plan-pools.ts
import { join } from "node:path";

// src/plan/plan-summary.ts
function summarizePlan(plan, machineTypes = []) {
  const resources = (plan.resource_changes ?? []).filter(isManaged).flatMap(summarizeChange);
  const nodes = { create: [], update: [], replace: [], delete: [] };
  for (const change of plan.resource_changes ?? []) {
    const summary2 = summarizeChange(change)[0];
    if (!summary2 || !machineTypes.includes(change.type) || typeof change.index !== "string") continue;
    nodes[summary2.action].push(change.index);
  }
  for (const list of Object.values(nodes)) list.sort();
  const count = (action) => resources.filter((r) => r.action === action).length;
  const summary = {
    toAdd: count("create") + count("replace"),
    toChange: count("update"),
    toDestroy: count("delete") + count("replace"),
    toReplace: count("replace"),
    resources,
    nodes,
    drift: (plan.resource_drift ?? []).filter(isManaged).flatMap(summarizeChange)
  };
  return plan.terraform_version ? { terraformVersion: plan.terraform_version, ...summary } : summary;
}
function emptySummary() {
  return {
    toAdd: 0,
    toChange: 0,
    toDestroy: 0,
    toReplace: 0,
    resources: [],
    nodes: { create: [], update: [], replace: [], delete: [] },
    drift: []
  };
}
function isManaged(change) {
  return change.mode !== "data" && !change.address.startsWith("data.") && !change.address.includes(".data.");
}
function actionOf(actions) {
  const key = actions.join(",");
  if (key === "create") return "create";
  if (key === "update") return "update";
  if (key === "delete") return "delete";
  if (key === "delete,create" || key === "create,delete") return "replace";
  return void 0;
}
function summarizeChange(change) {
  const action = actionOf(change.change.actions);
  if (!action) return [];
  const summary = {
    address: change.address,
    type: change.type,
    action,
    changedAttributes: action === "update" || action === "replace" ? changedAttributes(change) : []
  };
  return [change.action_reason ? { ...summary, reason: change.action_reason } : summary];
}
function changedAttributes(change) {
  const before = asRecord(change.change.before);
  const after = asRecord(change.change.after);
  const unknown = asRecord(change.change.after_unknown);
  const names = /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => unknown[name] === true || JSON.stringify(before[name]) !== JSON.stringify(after[name])).sort();
}
function asRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}

// src/plan/plan-pools.ts
async function planPools(request) {
  const workspaces = [
    ...request.pools.map(
      (pool) => renderWorkspace(pool, request.settings, request.modules, { outDir: request.outDir })
    ),
    ...request.removed.map(
      (pool) => renderWorkspace(pool, request.settings, request.modules, { outDir: request.outDir, removed: true })
    )
  ];
  const written = await writeWorkspaces(request.outDir, workspaces, { prune: false });
  for (const path of written.removedUnexpected)
    request.runner.log?.(join(request.outDir, path), "removed: render did not write it");
  const dirs = workspaces.map((w) => join(request.outDir, w.dir));
  const outcomes = await planWorkspaces(
    workspaces.map((workspace, i) => ({
      dir: dirs[i],
      providers: workspace.providers,
      env: request.envForPool?.(workspace.pool) ?? {}
    })),
    request.runner,
    { lock: request.lock }
  );
  const tool = [request.runner.binary.tool, request.runner.binary.version].filter(Boolean).join(" ");
  return workspaces.map((workspace, i) => {
    const inputs = {
      files: workspace.files,
      variables: reviewedVariables(request.envForPool?.(workspace.pool) ?? {}),
      tool
    };
    return {
      workspace,
      dir: dirs[i],
      // Workspaces of removed pools come after those of the pools in the files.
      result: toPoolResult(workspace.pool, outcomes[i], inputs, i >= request.pools.length)
    };
  });
}
function reviewedVariables(env) {
  const variables = {};
  for (const [name, value] of Object.entries(env))
    if (name.startsWith("TF_VAR_") && !(name.slice("TF_VAR_".length) in JOIN_VARIABLES))
      variables[name.slice("TF_VAR_".length)] = value;
  return variables;
}
function toPoolResult(pool, outcome, inputs, removed) {
  switch (outcome.status) {
    case "error":
      return { pool, status: "error", diagnostics: outcome.diagnostics };
    case "locked":
      return { pool, status: "locked", lock: outcome.lock };
    case "no-changes":
      return {
        pool,
        status: "no-changes",
        summary: emptySummary(),
        text: outcome.text,
        hash: hashPlan(void 0, inputs),
        nodesBefore: removed ? 0 : pool.spec.replicas
      };
    case "changes": {
      const machine = PROVIDER_MODULES[pool.spec.provider].machineResource;
      return {
        pool,
        status: "changes",
        summary: summarizePlan(outcome.plan, [machine]),
        text: outcome.text,
        hash: hashPlan(outcome.plan, inputs),
        nodesBefore: countExistingMachines(outcome.plan, machine)
      };
    }
  }
}
function countExistingMachines(plan, machine) {
  return (plan.resource_changes ?? []).filter(
    (c) => c.type === machine && c.change.actions.join() !== "create"
  ).length;
}
export {
  planPools
};
