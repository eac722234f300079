import { KubeApiError, type KubeClient } from "../kube/kube-client.js";
import type { List, Node } from "../kube/kube-types.js";
import { absentNode, assessNode, type NodeReadiness } from "./node-readiness.js";
import { type PollOptions, pollUntil } from "./poll.js";
import { comparePoolNodes, type PoolNodes } from "./pool-nodes.js";
import { type NodeBehind, workersBehind } from "./workers-behind.js";

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
 * the tenant, and, given the versions, its Nodes whose kubelet is older than what new machines of
 * the pool install.
 */
export async function readPoolStatus(
  client: KubeClient,
  pool: {
    controlPlane: string;
    name: string;
    machines: readonly string[];
    versions?: { wanted: string; controlPlane: string };
  },
): Promise<PoolNodes & { behind: NodeBehind[] }> {
  const nodes = (await client.get<List<Node>>("/api/v1/nodes")).items;
  return {
    ...comparePoolNodes(pool.machines, nodes, pool),
    behind: pool.versions ? workersBehind(nodes, pool, pool.versions.wanted, pool.versions.controlPlane) : [],
  };
}
