import type { NodePool } from "../pool-format/types.js";
import { poolKey } from "./pool-result.js";

/**
 * Splitting a run's pools across GitHub Actions jobs. Every job computes the same pools from the
 * same commits and takes its own share, so nothing but the shard's name passes between them.
 */

/** The i-th (1-based) of n shares. */
export interface Shard {
  index: number;
  count: number;
}

/** Jobs a workflow may fan out to: GitHub's matrix limit. */
const MAX_SHARDS = 256;

export function parseShard(text: string): { ok: true; value: Shard } | { ok: false; problem: string } {
  const match = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index > count || count > MAX_SHARDS)
    return {
      ok: false,
      problem: `a shard is "i/n" with 1 <= i <= n <= ${MAX_SHARDS} (e.g. 2/4), got ${JSON.stringify(text)}`,
    };
  return { ok: true, value: { index, count } };
}

export function shardName(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/**
 * The shard's share of `items`: a contiguous run of them sorted by `key`, so that the pools of one
 * control plane (keys tenant/controlPlane/pool) mostly land in one job and share its token and
 * connection. Shares differ in size by at most one.
 */
export function shareOf<T>(items: readonly T[], shard: Shard, key: (item: T) => string): T[] {
  const sorted = [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const from = Math.floor(((shard.index - 1) * sorted.length) / shard.count);
  const to = Math.floor((shard.index * sorted.length) / shard.count);
  return sorted.slice(from, to);
}

/**
 * The shards for `pools` pools: as few as give each about `perShard` pools, at most `maxShards`,
 * and always one, so that the report job has a share to read even when no pool changed.
 */
export function shardMatrix(pools: number, maxShards: number, perShard: number): string[] {
  const count = Math.max(1, Math.min(maxShards, MAX_SHARDS, Math.ceil(pools / perShard)));
  return Array.from({ length: count }, (_, i) => shardName({ index: i + 1, count }));
}

/** The shard's share of a change: its run of the changed and removed pools together. */
export function shareOfChange<T extends { changed: NodePool[]; removed: NodePool[] }>(
  change: T,
  shard: Shard,
): T {
  const share = new Set(shareOf([...change.changed, ...change.removed], shard, poolKey));
  return {
    ...change,
    changed: change.changed.filter((p) => share.has(p)),
    removed: change.removed.filter((p) => share.has(p)),
  };
}
