import { describe, expect, it } from "vitest";
import { findReplacements } from "../../src/plan/replacements.js";
import type { NodePool, PoolSet } from "../../src/pool-format/types.js";

const pool = (name: string, replace?: string[]) =>
  ({
    tenant: "acme",
    controlPlane: "cp",
    name,
    spec: { replicas: 3, ...(replace ? { replace } : {}) },
  }) as unknown as NodePool;
const set = (...pools: NodePool[]) => ({ pools }) as unknown as PoolSet;

describe("findReplacements: nodes a change newly asks to replace", () => {
  it.each([
    ["newly listed", set(pool("w")), [pool("w", ["cp-w-node-01"])], { "acme/cp/w": ["cp-w-node-01"] }],
    [
      "one more added to a list: only the new one",
      set(pool("w", ["cp-w-node-01"])),
      [pool("w", ["cp-w-node-01", "cp-w-node-02"])],
      { "acme/cp/w": ["cp-w-node-02"] },
    ],
    [
      "a list kept as it was: nothing again",
      set(pool("w", ["cp-w-node-01"])),
      [pool("w", ["cp-w-node-01"])],
      {},
    ],
    ["a list emptied: nothing", set(pool("w", ["cp-w-node-01"])), [pool("w", [])], {}],
    ["a pool new since the base: its machines do not exist yet", set(), [pool("w", ["cp-w-node-00"])], {}],
    ["no base (a plan of everything, a drift check): nothing", undefined, [pool("w", ["cp-w-node-00"])], {}],
  ] as const)("%s", (_what, base, changed, expected) => {
    expect(Object.fromEntries(findReplacements(base, changed))).toEqual(expected);
  });
});
