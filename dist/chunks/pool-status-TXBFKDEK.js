import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  readStateNodeNames
} from "./chunk-F2ZDDOU6.js";
import {
  controlPlaneKey
} from "./chunk-NJTVFJ6W.js";
import {
  poolKey
} from "./chunk-4MKPOM5Z.js";
import {
  readPoolStatus
} from "./chunk-LUOMSCS6.js";
import "./chunk-LDKM7FQ4.js";
import {
  renderWorkspace
} from "./chunk-5G2HMSQB.js";
import "./chunk-QKUM64YT.js";
import "./chunk-6GCPEI3D.js";
import {
  writeWorkspaces
} from "./chunk-APHRNYB4.js";
import "./chunk-6GXVDID7.js";
import "./chunk-JPCZZHJ4.js";
import "./chunk-ORUZ7EY6.js";

// src/workflow/pool-status.ts
async function readPoolsStatus(set, modules, outDir, runner, access) {
  const lines = [];
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
      ...version && controlPlane ? { versions: { wanted: version, controlPlane } } : {}
    });
    lines.push({
      pool: poolKey(pool),
      machines: machines.length,
      ready: nodes.ready,
      notReady: nodes.notReady.map((n) => n.name),
      missing: nodes.missing,
      orphans: nodes.orphans,
      ...version ? { version } : {},
      behind: nodes.behind
    });
  }
  return lines;
}
function formatPoolsStatus(lines) {
  const list = (names) => names.length > 0 ? names.join(" ") : "-";
  return lines.map(
    (l) => [
      `${l.pool}: ${l.machines} machines, ${l.ready.length} Ready`,
      `  not ready: ${list(l.notReady)}`,
      `  missing (machine without a Node): ${list(l.missing)}`,
      `  orphans (Node without a machine): ${list(l.orphans)}`,
      ...l.version ? [
        `  kubelet older than ${l.version} (what new machines install): ${list(l.behind.map((b) => `${b.node} (${b.kubelet}${b.outsideSkew ? ", outside the skew policy" : ""})`))}`
      ] : []
    ].join("\n")
  ).join("\n");
}
export {
  formatPoolsStatus,
  readPoolsStatus
};
