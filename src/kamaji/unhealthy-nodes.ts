import type { Node } from "../kube/kube-types.js";
import { absentNode, assessNode, type NodeReadiness } from "./node-readiness.js";

/**
 * A pool's machines that are not healthy nodes, in the machines' order: those without a Node
 * (never registered: the join log on the machine says why) and those NotReady for at least
 * `notReadyAfterMs` (since the Ready condition last changed, or since the Node was created when
 * it has none yet).
 */
export function unhealthyNodes(
  machines: readonly string[],
  nodes: readonly Node[],
  now: number,
  /** How long a node may be NotReady (a reboot, a kubelet restart): `spec.health.notReadyAfter`. */
  notReadyAfterMs: number,
): { readiness: NodeReadiness; forMs?: number }[] {
  const byName = new Map(nodes.map((node) => [node.metadata.name, node]));
  const unhealthy: { readiness: NodeReadiness; forMs?: number }[] = [];
  for (const machine of machines) {
    const node = byName.get(machine);
    if (!node) {
      unhealthy.push({ readiness: absentNode(machine) });
      continue;
    }
    const readiness = assessNode(node);
    if (readiness.state === "ready") continue;
    const ready = node.status?.conditions?.find((c) => c.type === "Ready");
    const since = Date.parse(ready?.lastTransitionTime ?? node.metadata.creationTimestamp ?? "");
    const forMs = Number.isNaN(since) ? undefined : now - since;
    if (forMs === undefined || forMs >= notReadyAfterMs)
      unhealthy.push({ readiness, ...(forMs !== undefined ? { forMs } : {}) });
  }
  return unhealthy;
}
