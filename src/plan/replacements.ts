import type { NodePool, PoolSet } from "../pool-format/types.js";
import { type PoolResult, poolKey } from "./pool-result.js";

/**
 * The nodes a change replaces, per pool key: names a pool's `spec.replace` lists now and did not
 * at the base. A list that stays, or is emptied, replaces nothing again. Without a base (a plan of
 * everything, a drift check) nothing is replaced: only a change says what is newly asked for; nor
 * in a pool new since the base, whose machines do not exist yet.
 */
export function findReplacements(
  base: PoolSet | undefined,
  changed: readonly NodePool[],
): Map<string, string[]> {
  const replacements = new Map<string, string[]>();
  if (!base) return replacements;
  const before = new Map(base.pools.map((pool) => [poolKey(pool), pool]));
  for (const pool of changed) {
    const old = before.get(poolKey(pool));
    if (!old) continue;
    const listed = new Set(old.spec.replace ?? []);
    const added = (pool.spec.replace ?? []).filter((name) => !listed.has(name));
    if (added.length > 0) replacements.set(poolKey(pool), added);
  }
  return replacements;
}

/**
 * Pools whose change asks to replace more nodes at once than `spec.rollout.maxUnavailable`
 * (default 1) allows are refused before anything is planned: a slip of the list must not take a
 * whole pool down in one apply.
 */
export function checkReplacements(
  pools: readonly NodePool[],
  replace: ReadonlyMap<string, readonly string[]>,
): { allowed: NodePool[]; refused: PoolResult[] } {
  const allowed: NodePool[] = [];
  const refused: PoolResult[] = [];
  for (const pool of pools) {
    const asked = replace.get(poolKey(pool)) ?? [];
    const most = pool.spec.rollout?.maxUnavailable ?? 1;
    if (asked.length <= most) allowed.push(pool);
    else
      refused.push({
        pool,
        status: "error",
        diagnostics: [
          {
            severity: "error",
            summary: `${poolKey(pool)}: spec.replace newly lists ${asked.length} nodes (${asked.join(", ")}), but spec.rollout.maxUnavailable allows ${most} at once: list at most ${most} per pull request, or raise it`,
          },
        ],
      });
  }
  return { allowed, refused };
}

/**
 * Nodes of a pool that takes its control plane's version to roll in this change: those whose
 * kubelet is behind it (`behind`, in name order), within the pool's current node names, as many
 * as `spec.rollout.maxUnavailable` leaves room for after the names the change lists itself.
 */
export function rollingReplacements(
  pool: NodePool,
  asked: readonly string[],
  behind: readonly string[],
): string[] {
  if (pool.spec.kubernetes?.version) return [];
  const room = (pool.spec.rollout?.maxUnavailable ?? 1) - asked.length;
  const current = new Set(pool.nodeNames);
  return behind.filter((node) => current.has(node) && !asked.includes(node)).slice(0, Math.max(0, room));
}
