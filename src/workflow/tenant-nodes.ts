import type { List, Node } from "../kube/kube-types.js";
import type { WorkflowContext } from "./context.js";
import type { ControlPlaneAccess } from "./control-planes.js";

/**
 * The Nodes of each named control plane's tenant, listed once per run step. A tenant that cannot
 * be read is said in the log and left out: what depends on its Nodes is then skipped, not failed.
 */
export async function readTenantNodes(
  ctx: Pick<WorkflowContext, "log">,
  access: ReadonlyMap<string, ControlPlaneAccess>,
  keys: Iterable<string>,
): Promise<Map<string, Node[]>> {
  const nodes = new Map<string, Node[]>();
  for (const key of new Set(keys)) {
    const cp = access.get(key);
    if (!cp) continue;
    try {
      nodes.set(key, (await cp.client.get<List<Node>>("/api/v1/nodes")).items);
    } catch (error) {
      ctx.log(`${key}: could not read its Nodes: ${(error as Error).message}`);
    }
  }
  return nodes;
}
