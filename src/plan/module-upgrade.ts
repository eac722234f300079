import { MODULES_OUTPUT, type ModulesRecord } from "../render/modules-record.js";

/** A pool last applied with other modules than this run renders: the action was upgraded since. */
export interface ModuleUpgrade {
  /** What the state records; undefined for state applied before releases recorded it. */
  from?: ModulesRecord;
  to: ModulesRecord;
}

/**
 * The module upgrade a plan carries, read from the change of the `nodepool_modules` output in its
 * text ("Changes to Outputs"), or undefined: the record is unchanged, or the pool is new.
 * `current` is what this run rendered; `existingMachines`, how many the state holds.
 */
export function moduleUpgradeOf(
  text: string,
  current: ModulesRecord,
  existingMachines: number,
): ModuleUpgrade | undefined {
  const block = new RegExp(`^  ([~+]) ${MODULES_OUTPUT} = \\{\\n([\\s\\S]*?)\\n    \\}$`, "m").exec(text);
  if (!block) return undefined;
  const [, sign, body = ""] = block;
  // No record and no existing machine: a new pool, not an upgrade.
  if (sign === "+") return existingMachines > 0 ? { to: current } : undefined;
  // Terraform hides the attributes that stay the same.
  const before = (key: string) => new RegExp(`^ +~ ${key} += "([^"]*)" -> `, "m").exec(body)?.[1];
  const digest = before("digest");
  if (digest === undefined) return undefined;
  return { from: { release: before("release") ?? current.release, digest }, to: current };
}
