import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  poolKey
} from "./chunk-4MKPOM5Z.js";

// src/plan/shards.ts
var MAX_SHARDS = 256;
function parseShard(text) {
  const match = /^([1-9][0-9]*)\/([1-9][0-9]*)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index > count || count > MAX_SHARDS)
    return {
      ok: false,
      problem: `a shard is "i/n" with 1 <= i <= n <= ${MAX_SHARDS} (e.g. 2/4), got ${JSON.stringify(text)}`
    };
  return { ok: true, value: { index, count } };
}
function shardName(shard) {
  return `${shard.index}/${shard.count}`;
}
function shareOf(items, shard, key) {
  const sorted = [...items].sort((a, b) => key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const from = Math.floor((shard.index - 1) * sorted.length / shard.count);
  const to = Math.floor(shard.index * sorted.length / shard.count);
  return sorted.slice(from, to);
}
function shareOfChange(change, shard) {
  const share = new Set(shareOf([...change.changed, ...change.removed], shard, poolKey));
  return {
    ...change,
    changed: change.changed.filter((p) => share.has(p)),
    removed: change.removed.filter((p) => share.has(p))
  };
}

export {
  parseShard,
  shardName,
  shareOf,
  shareOfChange
};
