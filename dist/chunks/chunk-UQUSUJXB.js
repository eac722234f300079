import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);

// src/plan/plan-hash.ts
import { createHash } from "node:crypto";
var MASKED = "(sensitive)";
function hashPlan(plan) {
  return hashChanges(
    (plan.resource_changes ?? []).filter((change) => !change.change.actions.every((action) => action === "no-op" || action === "read")).map((change) => ({
      address: change.address,
      actions: change.change.actions,
      before: mask(change.change.before, change.change.before_sensitive),
      after: mask(change.change.after, change.change.after_sensitive),
      after_unknown: change.change.after_unknown ?? {}
    })).sort((a, b) => a.address.localeCompare(b.address))
  );
}
function hashChanges(changes) {
  return `sha256:${createHash("sha256").update(canonicalJson(changes)).digest("hex")}`;
}
var NO_CHANGES_HASH = hashChanges([]);
function mask(value, sensitive) {
  if (sensitive === true) return MASKED;
  if (typeof sensitive !== "object" || sensitive === null) return value;
  if (Array.isArray(value)) return value.map((item, i) => mask(item, sensitive[i]));
  if (typeof value === "object" && value !== null) {
    const marks = sensitive;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mask(item, marks[key])]));
  }
  return value;
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export {
  hashPlan,
  NO_CHANGES_HASH,
  canonicalJson
};
