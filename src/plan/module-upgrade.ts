import { MODULES_OUTPUT, type ModulesRecord } from "../render/modules-record.js";
import type { PlanJson } from "../terraform/plan-json.js";

/** A pool last applied with other modules than this run renders: the action was upgraded since. */
export interface ModuleUpgrade {
  /** What the state records; undefined for state applied before releases recorded it. */
  from?: ModulesRecord;
  to: ModulesRecord;
}

/**
 * The module upgrade a plan carries, read from the change of the `nodepool_modules` output, or
 * undefined: the record is unchanged, or the pool is new (nothing was applied with other modules).
 */
export function moduleUpgradeOf(plan: PlanJson): ModuleUpgrade | undefined {
  const change = plan.output_changes?.[MODULES_OUTPUT];
  const to = asRecord(change?.after);
  if (!change || !to || !Array.isArray(change.actions) || change.actions.every((a) => a === "no-op"))
    return undefined;
  const from = asRecord(change.before);
  if (from?.digest === to.digest) return undefined;
  // No record and no existing machine: a new pool, not an upgrade.
  const existing = (plan.resource_changes ?? []).some((c) => c.change.actions.join() !== "create");
  if (!from && !existing) return undefined;
  return from ? { from, to } : { to };
}

/** The state's record when it has that shape; anything else counts as no record. */
function asRecord(value: unknown): ModulesRecord | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { release, digest } = value as Record<string, unknown>;
  return typeof release === "string" && typeof digest === "string" ? { release, digest } : undefined;
}
