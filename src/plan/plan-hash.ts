import { createHash } from "node:crypto";
import type { PlanJson } from "./plan-json.js";

const MASKED = "(sensitive)";

/**
 * A hash of what a plan would do, stable across runs: only resource changes count, and sensitive
 * values (a fresh join token every run) and volatile top-level fields (timestamp, versions,
 * variables) are left out, so that re-planning the same reviewed change gives the same hash.
 */
export function hashPlan(plan: PlanJson): string {
  return hashChanges(
    (plan.resource_changes ?? [])
      .filter((change) => !change.change.actions.every((action) => action === "no-op" || action === "read"))
      .map((change) => ({
        address: change.address,
        actions: change.change.actions,
        before: mask(change.change.before, change.change.before_sensitive),
        after: mask(change.change.after, change.change.after_sensitive),
        after_unknown: change.change.after_unknown ?? {},
      }))
      .sort((a, b) => a.address.localeCompare(b.address)),
  );
}

function hashChanges(changes: readonly unknown[]): string {
  return `sha256:${createHash("sha256").update(canonicalJson(changes)).digest("hex")}`;
}

/** The hash of every plan without changes (only no-ops and reads), with no need to read it. */
export const NO_CHANGES_HASH = hashChanges([]);

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
