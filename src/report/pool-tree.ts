import type { NodePool } from "../pool-format/types.js";

/** One pool as `nodepool list --json` prints it. */
export interface PoolListing {
  tenant: string;
  controlPlane: string;
  pool: string;
  provider: string;
  replicas: number;
  nodes: string[];
  file: string;
  line: number;
}

export function listPools(pools: readonly NodePool[]): PoolListing[] {
  return [...pools]
    .sort(
      (a, b) =>
        a.tenant.localeCompare(b.tenant) ||
        a.controlPlane.localeCompare(b.controlPlane) ||
        a.name.localeCompare(b.name),
    )
    .map((p) => ({
      tenant: p.tenant,
      controlPlane: p.controlPlane,
      pool: p.name,
      provider: p.spec.provider,
      replicas: p.spec.replicas,
      nodes: p.nodeNames,
      file: p.source.file,
      line: p.source.line,
    }));
}

interface TreeNode {
  label: string;
  children: TreeNode[];
}

/** tenant -> control plane -> pool -> node names, drawn like `tree`. */
export function formatPoolTree(pools: readonly NodePool[]): string {
  const roots: TreeNode[] = [];
  const childNamed = (list: TreeNode[], label: string) => {
    const found = list.find((n) => n.label === label);
    if (found) return found;
    const node: TreeNode = { label, children: [] };
    list.push(node);
    return node;
  };
  for (const pool of listPools(pools)) {
    const controlPlane = childNamed(childNamed(roots, pool.tenant).children, pool.controlPlane);
    const replicas = `${pool.replicas} ${pool.replicas === 1 ? "replica" : "replicas"}`;
    controlPlane.children.push({
      label: `${pool.pool} (${pool.provider}, ${replicas})`,
      children: pool.nodes.map((label) => ({ label, children: [] })),
    });
  }
  const lines: string[] = [];
  const draw = (nodes: TreeNode[], prefix: string) => {
    for (const [i, node] of nodes.entries()) {
      const last = i === nodes.length - 1;
      lines.push(`${prefix}${last ? "└── " : "├── "}${node.label}`);
      draw(node.children, `${prefix}${last ? "    " : "│   "}`);
    }
  };
  for (const root of roots) {
    lines.push(root.label);
    draw(root.children, "");
  }
  return lines.join("\n");
}
