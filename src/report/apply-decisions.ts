import type { ApplyDecision } from "../plan/apply-decision.js";

export const ALLOW_DESTROY_LABEL = "nodepool/allow-destroy";

/** One line of the apply report for a pool that is not applied; undefined for one that is. */
export function describeDecision(decision: ApplyDecision): string | undefined {
  const key = `\`${decision.pool}\``;
  if (decision.action === "apply") return undefined;
  if (decision.action === "nothing-to-do") return `- ✅ ${key}: no changes`;
  switch (decision.reason) {
    case "plan-failed":
      return `- ❌ ${key}: ${decision.detail || "plan failed"}; nothing applied`;
    case "state-locked":
      return `- ❌ ${key}: state locked; nothing applied`;
    case "plan-changed": {
      const was = decision.reviewedHash
        ? `the reviewed plan was ${decision.reviewedHash.slice(0, 19)}…`
        : "it was not in the reviewed plan";
      const { toAdd, toChange, toDestroy } = decision.now;
      return `- ⛔ ${key}: the plan changed since review (${was}, now ${decision.hash.slice(0, 19)}…: ${toAdd} to add, ${toChange} to change, ${toDestroy} to destroy); refused; plan it again and have the new plan reviewed`;
    }
    case "destroy-not-allowed":
      return `- ⛔ ${key}: destroys ${decision.nodes.join(", ")}; refused without \`allow-destroy\` or the \`${ALLOW_DESTROY_LABEL}\` label`;
    case "no-join-data":
      return `- ⛔ ${key}: creates nodes but there is no join data (a management kubeconfig, or join-url, join-token and join-ca-cert-hash); refused`;
  }
}
