import { createHash } from "node:crypto";
import type { PlanJson } from "../terraform/plan-json.js";

const MASKED = "(sensitive)";

/**
 * Everything of one pool that decides what its apply does, other than the state: the rendered
 * workspace (pool values, module sources, backend), the variables given at plan time and the tool.
 * Join data is not in it: it reaches terraform only as `TF_VAR_join_*`, minted fresh at apply.
 */
export interface PlanInputs {
  files: readonly { path: string; contents: string }[];
  /** Plan-time variables other than join data, by name (`kubernetes_version`). */
  variables: Readonly<Record<string, string>>;
  /** `terraform 1.8.5`, `tofu 1.6.3`: another binary may plan the same files differently. */
  tool: string;
}

/**
 * The hash a reviewer approves and apply compares: the plan inputs plus what the plan would do.
 * Sensitive attribute values are masked in the plan part only; they follow from the inputs (user
 * data from the pool's keys, packages, labels, ...), which are hashed whole, or from the join data,
 * which must differ between review and apply. Re-planning the same inputs gives the same hash.
 */
export function hashPlan(plan: PlanJson | undefined, inputs: PlanInputs): string {
  const changes = (plan?.resource_changes ?? [])
    .filter((change) => !change.change.actions.every((action) => action === "no-op" || action === "read"))
    .map((change) => ({
      address: change.address,
      actions: change.change.actions,
      before: mask(change.change.before, change.change.before_sensitive),
      after: mask(change.change.after, change.change.after_sensitive),
      after_unknown: change.change.after_unknown ?? {},
    }))
    .sort((a, b) => a.address.localeCompare(b.address));
  const files = [...inputs.files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((file) => ({ path: file.path, sha256: sha256(file.contents) }));
  return `sha256:${sha256(canonicalJson({ changes, files, variables: inputs.variables, tool: inputs.tool }))}`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Replaces every value its sensitivity mirror marks `true`. */
function mask(value: unknown, sensitive: unknown): unknown {
  if (sensitive === true) return MASKED;
  if (typeof sensitive !== "object" || sensitive === null) return value;
  if (Array.isArray(value)) return value.map((item, i) => mask(item, (sensitive as unknown[])[i]));
  if (typeof value === "object" && value !== null) {
    const marks = sensitive as Record<string, unknown>;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mask(item, marks[key])]));
  }
  return value;
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
