import { workersBehind } from "../kamaji/workers-behind.js";
import { poolKey } from "../plan/pool-result.js";
import { rollingReplacements } from "../plan/replacements.js";
import type { NodePool } from "../pool-format/types.js";
import type { WorkflowContext } from "./context.js";
import { type ControlPlaneAccess, controlPlaneKey } from "./control-planes.js";
import { readTenantNodes } from "./tenant-nodes.js";

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
  // Only pools that take their control plane's version follow it.
  const following = pools.filter(
    (pool) => !pool.spec.kubernetes.version && access.get(controlPlaneKey(pool))?.target.kubernetesVersion,
  );
  const tenants = await readTenantNodes(ctx, access, following.map(controlPlaneKey));
  for (const pool of following) {
    const version = access.get(controlPlaneKey(pool))?.target.kubernetesVersion as string;
    const nodes = tenants.get(controlPlaneKey(pool));
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
