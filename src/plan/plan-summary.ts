import type { ModuleUpgrade } from "./module-upgrade.js";

export type ResourceAction = "create" | "update" | "replace" | "delete";

export interface ResourceSummary {
  address: string;
  type: string;
  action: ResourceAction;
  /** Why, as the plan says it (`because key ["n0"] is not in for_each map`). */
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
  /** As Terraform's own headline counts: a replacement is one to add and one to destroy. */
  toAdd: number;
  toChange: number;
  toDestroy: number;
  toReplace: number;
  resources: ResourceSummary[];
  nodes: NodeChanges;
  /** Set when the pool was last applied with other modules (an upgrade of the action). */
  moduleUpgrade?: ModuleUpgrade;
}

/** What a plan without changes says: nothing to add, change or destroy. */
export function emptySummary(): PlanSummary {
  return {
    toAdd: 0,
    toChange: 0,
    toDestroy: 0,
    toReplace: 0,
    resources: [],
    nodes: { create: [], update: [], replace: [], delete: [] },
  };
}
