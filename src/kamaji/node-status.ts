import { KubeApiError, type KubeClient } from "../kube/kube-client.js";
import type { List, Node } from "../kube/kube-types.js";
import { absentNode, assessNode, type NodeReadiness } from "./node-readiness.js";
import { type PollOptions, pollUntil } from "./poll.js";
import { comparePoolNodes, type PoolNodes } from "./pool-nodes.js";

/**
 * After an apply: waits until every created node has registered and is Ready, or the time is up,
 * and returns where each one stands (in the order given).
 */
export async function waitForNodesReady(
  client: KubeClient,
  names: readonly string[],
  options: PollOptions,
): Promise<NodeReadiness[]> {
  let latest: NodeReadiness[] = [];
  await pollUntil(async () => {
    latest = await Promise.all(names.map((name) => readNode(client, name)));
    return latest.every((node) => node.state === "ready") ? true : undefined;
  }, options);
  return latest;
}

async function readNode(client: KubeClient, name: string): Promise<NodeReadiness> {
  try {
    return assessNode(await client.get<Node>(`/api/v1/nodes/${name}`));
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 404) return absentNode(name);
    throw error;
  }
}

/**
 * `nodepool status`: a pool's machines (node names from its Terraform state) against the Nodes in
 * the tenant.
 */
export async function readPoolStatus(
  client: KubeClient,
  pool: { controlPlane: string; name: string; machines: readonly string[] },
): Promise<PoolNodes> {
  const nodes = await client.get<List<Node>>("/api/v1/nodes");
  return comparePoolNodes(pool.machines, nodes.items, pool);
}
