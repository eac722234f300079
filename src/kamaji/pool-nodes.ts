import type { Node } from "../kube/kube-types.js";
import { assessNode, type NodeReadiness } from "./node-readiness.js";

/** A pool's machines (node names in its Terraform state) against the tenant's Node objects. */
export interface PoolNodes {
  ready: string[];
  notReady: NodeReadiness[];
  /** In Terraform state, no Node: never joined, or its Node was deleted. */
  missing: string[];
  /** A Node with the pool's name pattern and no machine: left behind by a scale-down or a lost VM. */
  orphans: string[];
}

/** `<controlPlane>-<pool>-node-NN`, the names the pool's machines get (src/pool-format/node-names.ts). */
export function poolNodePattern(controlPlane: string, pool: string): RegExp {
  return new RegExp(`^${escapeRegExp(controlPlane)}-${escapeRegExp(pool)}-node-\\d{2,}$`);
}

export function comparePoolNodes(
  machines: readonly string[],
  nodes: readonly Node[],
  pool: { controlPlane: string; name: string },
): PoolNodes {
  const byName = new Map(nodes.map((node) => [node.metadata.name, node]));
  const result: PoolNodes = { ready: [], notReady: [], missing: [], orphans: [] };
  for (const machine of [...machines].sort()) {
    const node = byName.get(machine);
    if (!node) {
      result.missing.push(machine);
      continue;
    }
    const readiness = assessNode(node);
    if (readiness.state === "ready") result.ready.push(machine);
    else result.notReady.push(readiness);
  }
  const pattern = poolNodePattern(pool.controlPlane, pool.name);
  const known = new Set(machines);
  result.orphans = [...byName.keys()].filter((name) => pattern.test(name) && !known.has(name)).sort();
  return result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
