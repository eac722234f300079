import type { PlanJson, PlanResourceChange } from "../terraform/plan-json.js";
import { type ModuleUpgrade, moduleUpgradeOf } from "./module-upgrade.js";

export type ResourceAction = "create" | "update" | "replace" | "delete";

export interface ResourceSummary {
  address: string;
  type: string;
  action: ResourceAction;
  /** Top-level attributes whose value changes (names only: values may be sensitive). */
  changedAttributes: string[];
  reason?: string;
}

/** A node's machine, by node name. */
export interface NodeChanges {
  create: string[];
  update: string[];
  replace: string[];
  delete: string[];
}

export interface PlanSummary {
  terraformVersion?: string;
  /** As Terraform's own headline counts: a replacement is one to add and one to destroy. */
  toAdd: number;
  toChange: number;
  toDestroy: number;
  toReplace: number;
  resources: ResourceSummary[];
  nodes: NodeChanges;
  /**
   * Changes made outside Terraform since the last apply (`resource_drift`). Empty for a plan
   * without changes: the runner does not read those (see emptySummary).
   */
  drift: ResourceSummary[];
  /** Set when the pool was last applied with other modules (an upgrade of the action). */
  moduleUpgrade?: ModuleUpgrade;
}

/**
 * Summarises a plan. `machineTypes` are the resource types that are one machine per node (their
 * `for_each` key is the node name), so that changes can be said per node.
 */
export function summarizePlan(plan: PlanJson, machineTypes: readonly string[] = []): PlanSummary {
  const resources = (plan.resource_changes ?? []).filter(isManaged).flatMap(summarizeChange);
  const nodes: NodeChanges = { create: [], update: [], replace: [], delete: [] };
  for (const change of plan.resource_changes ?? []) {
    const summary = summarizeChange(change)[0];
    if (!summary || !machineTypes.includes(change.type) || typeof change.index !== "string") continue;
    nodes[summary.action].push(change.index);
  }
  for (const list of Object.values(nodes)) list.sort();
  const count = (action: ResourceAction) => resources.filter((r) => r.action === action).length;
  const summary: PlanSummary = {
    toAdd: count("create") + count("replace"),
    toChange: count("update"),
    toDestroy: count("delete") + count("replace"),
    toReplace: count("replace"),
    resources,
    nodes,
    drift: (plan.resource_drift ?? []).filter(isManaged).flatMap(summarizeChange),
  };
  const moduleUpgrade = moduleUpgradeOf(plan);
  if (moduleUpgrade) summary.moduleUpgrade = moduleUpgrade;
  return plan.terraform_version ? { terraformVersion: plan.terraform_version, ...summary } : summary;
}

/** What a plan without changes says, with no need to read it: nothing to add, change or destroy. */
export function emptySummary(): PlanSummary {
  return {
    toAdd: 0,
    toChange: 0,
    toDestroy: 0,
    toReplace: 0,
    resources: [],
    nodes: { create: [], update: [], replace: [], delete: [] },
    drift: [],
  };
}

function isManaged(change: PlanResourceChange): boolean {
  return change.mode !== "data" && !change.address.startsWith("data.") && !change.address.includes(".data.");
}

function actionOf(actions: readonly string[]): ResourceAction | undefined {
  const key = actions.join(",");
  if (key === "create") return "create";
  if (key === "update") return "update";
  if (key === "delete") return "delete";
  if (key === "delete,create" || key === "create,delete") return "replace";
  return undefined; // no-op, read
}

function summarizeChange(change: PlanResourceChange): ResourceSummary[] {
  const action = actionOf(change.change.actions);
  if (!action) return [];
  const summary: ResourceSummary = {
    address: change.address,
    type: change.type,
    action,
    changedAttributes: action === "update" || action === "replace" ? changedAttributes(change) : [],
  };
  return [change.action_reason ? { ...summary, reason: change.action_reason } : summary];
}

function changedAttributes(change: PlanResourceChange): string[] {
  const before = asRecord(change.change.before);
  const after = asRecord(change.change.after);
  const unknown = asRecord(change.change.after_unknown);
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names]
    .filter((name) => unknown[name] === true || JSON.stringify(before[name]) !== JSON.stringify(after[name]))
    .sort();
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
