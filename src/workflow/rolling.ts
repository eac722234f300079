import { workersBehind } from "../kamaji/workers-behind.js";
import type { List, Node } from "../kube/kube-types.js";
import { poolKey } from "../plan/pool-result.js";
import { rollingReplacements } from "../plan/replacements.js";
import type { NodePool } from "../pool-format/types.js";
import type { WorkflowContext } from "./context.js";
import { type ControlPlaneAccess, controlPlaneKey } from "./control-planes.js";

/**
 * The change's replacements plus, in each pool that takes its control plane's version, the next
 * workers behind it (rollingReplacements): workers follow their control plane one batch per
 * reviewed change. The tenants' Nodes decide them, at plan and again at apply: the same Nodes give
 * the same list and so the same hash, a Node replaced in between gives another plan, refused.
 * Returns the lines that say why, for the report.
 */
export async function withWorkersBehind(
  ctx: WorkflowContext,
  access: ReadonlyMap<string, ControlPlaneAccess> | undefined,
  pools: readonly NodePool[],
  replace: ReadonlyMap<string, readonly string[]>,
): Promise<{ replace: Map<string, string[]>; lines: string[] }> {
  const all = new Map([...replace].map(([key, names]) => [key, [...names]]));
  const lines: string[] = [];
  if (!access) return { replace: all, lines };
  const nodesOf = new Map<string, Node[] | undefined>();
  for (const pool of pools) {
    const cp = access.get(controlPlaneKey(pool));
    const version = cp?.target.kubernetesVersion;
    if (!cp || !version || pool.spec.kubernetes?.version) continue;
    if (!nodesOf.has(cp.key))
      nodesOf.set(
        cp.key,
        await cp.client.get<List<Node>>("/api/v1/nodes").then(
          (list) => list.items,
          (error: Error) => {
            ctx.log(`${cp.key}: could not read its Nodes, so no worker is rolled: ${error.message}`);
            return undefined;
          },
        ),
      );
    const nodes = nodesOf.get(cp.key);
    if (!nodes) continue;
    const behind = workersBehind(nodes, pool, version, version);
    const key = poolKey(pool);
    const asked = all.get(key) ?? [];
    const rolled = rollingReplacements(
      pool,
      asked,
      behind.map((n) => n.node),
    );
    if (rolled.length === 0) continue;
    all.set(key, [...asked, ...rolled]);
    const later = behind.length - rolled.length;
    lines.push(
      `${key}: replaces ${behind
        .filter((n) => rolled.includes(n.node))
        .map((n) => `${n.node} (${n.kubelet} -> ${version})`)
        .join(", ")}, behind the control plane${later > 0 ? `; ${later} more in later changes` : ""}`,
    );
  }
  return { replace: all, lines };
}
