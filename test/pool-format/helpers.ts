import { parsePools } from "../../src/pool-format/parse-pools.js";
import type { NodePool, PoolSet } from "../../src/pool-format/types.js";

export const HEADER = "apiVersion: nodepool.kamaji.io/v1alpha1\n";

/** Parses YAML texts given inline, failing the test with the messages when they are invalid. */
export function parseValid(...texts: string[]): { value: PoolSet; warnings: string[] } {
  const result = parsePools(texts.map((text, i) => ({ path: `pools/${i}.yaml`, text })));
  if (!result.ok)
    throw new Error(result.issues.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`).join("\n"));
  return { value: result.value, warnings: result.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`) };
}

export function poolNamed(set: PoolSet, controlPlane: string, name: string): NodePool {
  const pool = set.pools.find((p) => p.controlPlane === controlPlane && p.name === name);
  if (!pool) throw new Error(`no pool ${controlPlane}/${name}`);
  return pool;
}
