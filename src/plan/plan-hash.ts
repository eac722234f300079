import { createHash } from "node:crypto";

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
  /** Nodes planned as replacements (`-replace`), when any. */
  replace?: readonly string[];
}

/**
 * The hash a reviewer approves and apply compares: the plan inputs plus what the plan would do,
 * as its text says it (readPlanText: no refresh progress, no saved-plan path). Terraform prints
 * sensitive values as `(sensitive value)`; they follow from the inputs (user data from the pool's
 * keys, packages, labels, ...), which are hashed whole, or from the join data, which must differ
 * between review and apply. Re-planning the same inputs against the same state gives the same hash.
 */
export function hashPlan(planText: string | undefined, inputs: PlanInputs): string {
  const files = [...inputs.files]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((file) => ({ path: file.path, sha256: sha256(file.contents) }));
  const replace = inputs.replace?.length ? { replace: inputs.replace } : {};
  return `sha256:${sha256(canonicalJson({ plan: planText, files, variables: inputs.variables, tool: inputs.tool, ...replace }))}`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
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
