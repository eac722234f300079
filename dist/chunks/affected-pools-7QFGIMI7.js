import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  canonicalJson
} from "./chunk-GJ2TJWHW.js";
import {
  poolKey
} from "./chunk-4MKPOM5Z.js";
import "./chunk-ORUZ7EY6.js";

// src/plan/affected-pools.ts
function findAffectedPools(base, head, changedModules) {
  if (!base) return { changed: [...head.pools], removed: [], unchanged: [] };
  const before = new Map(base.pools.map((pool) => [poolKey(pool), pool]));
  const settingsChanged = canonicalJson(base.settings.backend) !== canonicalJson(head.settings.backend);
  const result = { changed: [], removed: [], unchanged: [] };
  for (const pool of head.pools) {
    const old = before.get(poolKey(pool));
    const modulesChanged = changedModules.includes("cloud-init") || changedModules.includes(pool.spec.provider);
    const same = old !== void 0 && canonicalJson(old.spec) === canonicalJson(pool.spec);
    (same && !modulesChanged && !settingsChanged ? result.unchanged : result.changed).push(pool);
  }
  const after = new Set(head.pools.map(poolKey));
  result.removed = base.pools.filter((pool) => !after.has(poolKey(pool)));
  return result;
}
export {
  findAffectedPools
};
