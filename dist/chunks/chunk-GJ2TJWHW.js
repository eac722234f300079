import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);

// src/plan/plan-hash.ts
import { createHash } from "node:crypto";
var MASKED = "(sensitive)";
function hashPlan(plan, inputs) {
  const changes = (plan?.resource_changes ?? []).filter((change) => !change.change.actions.every((action) => action === "no-op" || action === "read")).map((change) => ({
    address: change.address,
    actions: change.change.actions,
    before: mask(change.change.before, change.change.before_sensitive),
    after: mask(change.change.after, change.change.after_sensitive),
    after_unknown: change.change.after_unknown ?? {}
  })).sort((a, b) => a.address.localeCompare(b.address));
  const files = [...inputs.files].sort((a, b) => a.path.localeCompare(b.path)).map((file) => ({ path: file.path, sha256: sha256(file.contents) }));
  return `sha256:${sha256(canonicalJson({ changes, files, variables: inputs.variables, tool: inputs.tool }))}`;
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
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
  canonicalJson
};
