import { readPoolStatus } from "../kamaji/index.js";
import type { NodeBehind } from "../kamaji/workers-behind.js";
import { poolKey } from "../plan/pool-result.js";
import type { PoolSet } from "../pool-format/types.js";
import type { ModuleFiles } from "../render/workspace.js";
import { renderWorkspace } from "../render/workspace.js";
import { writeWorkspaces } from "../render/write-workspaces.js";
import { type RunnerOptions, readStateNodeNames } from "../terraform/runner.js";
import { type ControlPlaneAccess, controlPlaneKey } from "./control-planes.js";

export interface PoolStatusLine {
  pool: string;
  machines: number;
  ready: string[];
  notReady: string[];
  missing: string[];
  orphans: string[];
  /** What new machines of the pool install: its own version, else the control plane's. */
  version?: string;
  /** Nodes whose kubelet is older than `version` (after a control plane upgrade). */
  behind: NodeBehind[];
}

/** Per pool: machines in Terraform state against Nodes in the tenant. */
export async function readPoolsStatus(
  set: PoolSet,
  modules: ModuleFiles,
  outDir: string,
  runner: RunnerOptions,
  access: ReadonlyMap<string, ControlPlaneAccess>,
): Promise<PoolStatusLine[]> {
  const lines: PoolStatusLine[] = [];
  for (const pool of set.pools) {
    const workspace = renderWorkspace(pool, set.settings, modules, { outDir });
    await writeWorkspaces(outDir, [workspace], { prune: false });
    const machines = await readStateNodeNames(`${outDir}/${workspace.dir}`, runner);
    const cp = access.get(controlPlaneKey(pool));
    if (!cp) continue;
    const controlPlane = cp.target.kubernetesVersion;
    const version = pool.spec.kubernetes?.version ?? controlPlane;
    const nodes = await readPoolStatus(cp.client, {
      controlPlane: pool.controlPlane,
      name: pool.name,
      machines,
      ...(version && controlPlane ? { versions: { wanted: version, controlPlane } } : {}),
    });
    lines.push({
      pool: poolKey(pool),
      machines: machines.length,
      ready: nodes.ready,
      notReady: nodes.notReady.map((n) => n.name),
      missing: nodes.missing,
      orphans: nodes.orphans,
      ...(version ? { version } : {}),
      behind: nodes.behind,
    });
  }
  return lines;
}

export function formatPoolsStatus(lines: readonly PoolStatusLine[]): string {
  const list = (names: string[]) => (names.length > 0 ? names.join(" ") : "-");
  return lines
    .map((l) =>
      [
        `${l.pool}: ${l.machines} machines, ${l.ready.length} Ready`,
        `  not ready: ${list(l.notReady)}`,
        `  missing (machine without a Node): ${list(l.missing)}`,
        `  orphans (Node without a machine): ${list(l.orphans)}`,
        ...(l.version
          ? [
              `  kubelet older than ${l.version} (what new machines install): ${list(l.behind.map((b) => `${b.node} (${b.kubelet}${b.outsideSkew ? ", outside the skew policy" : ""})`))}`,
            ]
          : []),
      ].join("\n"),
    )
    .join("\n");
}
