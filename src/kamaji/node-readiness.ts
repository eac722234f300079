import type { Condition, Node } from "../kube/kube-types.js";

/** Where a machine writes its join output (modules/pool), for a node that never showed up. */
export const JOIN_LOG = "/var/log/nodepool-join.log";

export type NodeReadiness =
  | { name: string; state: "ready" }
  | { name: string; state: "not-ready"; conditions: Condition[] }
  | { name: string; state: "absent"; hint: string };

/** Ready, or NotReady with the conditions that say why (Ready itself first). */
export function assessNode(node: Node): NodeReadiness {
  const name = node.metadata.name;
  const conditions = node.status?.conditions ?? [];
  const ready = conditions.find((c) => c.type === "Ready");
  if (ready?.status === "True") return { name, state: "ready" };
  // Pressure conditions are healthy when False; only the unhealthy ones explain anything.
  const telling = conditions.filter((c) => (c.type === "Ready" ? true : c.status !== "False"));
  const sorted = [...telling].sort((a, b) => Number(b.type === "Ready") - Number(a.type === "Ready"));
  return {
    name,
    state: "not-ready",
    conditions: sorted.length > 0 ? sorted : [{ type: "Ready", status: "Unknown", reason: "NoStatusYet" }],
  };
}

export function absentNode(name: string): NodeReadiness {
  return {
    name,
    state: "absent",
    hint: `never registered: see ${JOIN_LOG} on the machine (and /var/log/cloud-init-output.log)`,
  };
}

export function describeReadiness(readiness: NodeReadiness): string {
  switch (readiness.state) {
    case "ready":
      return `${readiness.name}: Ready`;
    case "not-ready":
      return `${readiness.name}: NotReady (${readiness.conditions.map(describeCondition).join("; ")})`;
    case "absent":
      return `${readiness.name}: ${readiness.hint}`;
  }
}

/**
 * A condition as comments and summaries show it. Reason and message are the tenant's words: they
 * go in a code span (no backticks or line breaks of theirs, at most 300 characters), so that they
 * cannot become links, images or headings in a pull request comment.
 */
function describeCondition(condition: Condition): string {
  const why = [condition.reason, condition.message]
    .filter(Boolean)
    .join(": ")
    .replace(/[`\r\n]+/g, " ")
    .slice(0, 300);
  return `${condition.type}=${condition.status}${why ? ` \`${why}\`` : ""}`;
}
