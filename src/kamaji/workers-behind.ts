import type { Node } from "../kube/kube-types.js";
import { poolNodePattern } from "./pool-nodes.js";
import { allowedKubeletSkew, type KubernetesVersion, parseKubernetesVersion } from "./version-skew.js";

/** A pool's node whose kubelet is older than what the pool's new machines install. */
export interface NodeBehind {
  node: string;
  /** The kubelet's version as `vMAJOR.MINOR.PATCH`: what the tenant reports beyond it is dropped. */
  kubelet: string;
  /** Older than the control plane allows (kubernetes.io/releases/version-skew-policy). */
  outsideSkew: boolean;
}

/**
 * The pool's Nodes (by the pool's name pattern) whose kubelet is older than `wanted`, the version
 * new machines of the pool get (its own, else the control plane's). Nodes that report no version
 * are left out: they are not Ready either, which the status says apart.
 */
export function workersBehind(
  nodes: readonly Node[],
  pool: { controlPlane: string; name: string },
  wanted: string,
  controlPlane: string,
): NodeBehind[] {
  const target = parseKubernetesVersion(wanted);
  const apiServer = parseKubernetesVersion(controlPlane);
  if (!target || !apiServer) return [];
  const pattern = poolNodePattern(pool.controlPlane, pool.name);
  const behind: NodeBehind[] = [];
  for (const node of nodes) {
    const version = parseKubernetesVersion(node.status?.nodeInfo?.kubeletVersion ?? "");
    if (!pattern.test(node.metadata.name) || !version || compare(version, target) >= 0) continue;
    behind.push({
      node: node.metadata.name,
      kubelet: `v${version.major}.${version.minor}.${version.patch}`,
      outsideSkew:
        version.major !== apiServer.major || apiServer.minor - version.minor > allowedKubeletSkew(apiServer),
    });
  }
  return behind.sort((a, b) => (a.node < b.node ? -1 : 1));
}

function compare(a: KubernetesVersion, b: KubernetesVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}
