import type { NodePool, PoolSet } from "../pool-format/types.js";
import { POOL_MODULE } from "../render/workspace.js";
import { canonicalJson } from "./plan-hash.js";
import { poolKey } from "./pool-result.js";

/** A pull request with this label plans (and on merge applies) every pool: a module upgrade. */
export const PLAN_ALL_LABEL = "nodepool/plan-all";

export interface AffectedPools {
  /** New pools, and pools whose merged spec, modules or state settings changed. */
  changed: NodePool[];
  /** Pools at the base that are gone: planned as a destroy of what they had. */
  removed: NodePool[];
  unchanged: NodePool[];
}

/**
 * Which pools a change touches. Pools are compared after defaults are merged in, so an edit of a
 * NodePoolDefaults document affects exactly the pools it selects. `changedModules` are the module
 * folders (`pool`, `vsphere`, ...) that differ from the base. Without a readable base, or with
 * `everyPool` (an upgrade of the action, whose modules every pool uses), every pool counts as
 * changed.
 */
export function findAffectedPools(
  base: PoolSet | undefined,
  head: PoolSet,
  changedModules: readonly string[],
  everyPool = false,
): AffectedPools {
  if (!base) return { changed: [...head.pools], removed: [], unchanged: [] };
  const before = new Map(base.pools.map((pool) => [poolKey(pool), pool]));
  const settingsChanged = canonicalJson(base.settings.backend) !== canonicalJson(head.settings.backend);
  const result: AffectedPools = { changed: [], removed: [], unchanged: [] };
  for (const pool of head.pools) {
    const old = before.get(poolKey(pool));
    const modulesChanged =
      changedModules.includes(POOL_MODULE) || changedModules.includes(pool.spec.provider);
    const same = old !== undefined && canonicalJson(old.spec) === canonicalJson(pool.spec);
    (same && !modulesChanged && !settingsChanged && !everyPool ? result.unchanged : result.changed).push(
      pool,
    );
  }
  const after = new Set(head.pools.map(poolKey));
  result.removed = base.pools.filter((pool) => !after.has(poolKey(pool)));
  return result;
}
