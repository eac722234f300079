import { describe, expect, it } from "vitest";
import { checkReplacements, findReplacements, rollingReplacements } from "../../src/plan/replacements.js";
import type { NodePool, PoolSet } from "../../src/pool-format/types.js";

const pool = (name: string, replace?: string[], maxUnavailable?: number) =>
  ({
    tenant: "acme",
    controlPlane: "cp",
    name,
    spec: {
      replicas: 3,
      ...(replace ? { replace } : {}),
      ...(maxUnavailable ? { rollout: { maxUnavailable } } : {}),
    },
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

describe("checkReplacements: never more nodes down at once than maxUnavailable", () => {
  const asked = (n: number) =>
    new Map([["acme/cp/w", ["cp-w-node-00", "cp-w-node-01", "cp-w-node-02"].slice(0, n)]]);
  it.each([
    ["one node, the default allows one", pool("w"), 1, "allowed"],
    ["two nodes, the default allows one: refused", pool("w"), 2, "refused"],
    ["two nodes with maxUnavailable 2", pool("w", undefined, 2), 2, "allowed"],
    ["three nodes with maxUnavailable 2: refused", pool("w", undefined, 2), 3, "refused"],
    ["nothing asked", pool("w"), 0, "allowed"],
  ] as const)("%s", (_what, p, n, verdict) => {
    const checked = checkReplacements([p], asked(n));
    expect(checked.allowed.length === 1 ? "allowed" : "refused").toBe(verdict);
  });

  it("says how many were asked, which, and what to do", () => {
    const [refused] = checkReplacements([pool("w")], asked(2)).refused;
    expect(refused?.status === "error" && refused.diagnostics[0]?.summary).toBe(
      "acme/cp/w: spec.replace newly lists 2 nodes (cp-w-node-00, cp-w-node-01), but spec.rollout.maxUnavailable allows 1 at once: list at most 1 per pull request, or raise it",
    );
  });
});

describe("rollingReplacements: the next workers behind their control plane", () => {
  const rolling = (spec: Record<string, unknown>) =>
    ({
      tenant: "acme",
      controlPlane: "cp",
      name: "w",
      spec: { replicas: 3, kubernetes: {}, ...spec },
      nodeNames: ["cp-w-node-00", "cp-w-node-01", "cp-w-node-02"],
    }) as unknown as NodePool;
  const behind = ["cp-w-node-00", "cp-w-node-01", "cp-w-node-02"];
  it.each([
    ["one at a time by default, in name order", rolling({}), [], behind, ["cp-w-node-00"]],
    [
      "maxUnavailable 2: two",
      rolling({ rollout: { maxUnavailable: 2 } }),
      [],
      behind,
      ["cp-w-node-00", "cp-w-node-01"],
    ],
    ["a node the change lists itself takes the room", rolling({}), ["cp-w-node-02"], behind, []],
    [
      "the listed node is not taken twice",
      rolling({ rollout: { maxUnavailable: 2 } }),
      ["cp-w-node-00"],
      behind,
      ["cp-w-node-01"],
    ],
    [
      "a pool with its own version does not follow the control plane",
      rolling({ kubernetes: { version: "v1.35.2" } }),
      [],
      behind,
      [],
    ],
    ["a node being scaled away is not rebuilt", rolling({}), [], ["cp-w-node-05"], []],
    ["none behind: nothing", rolling({}), [], [], []],
  ] as const)("%s", (_what, pool, asked, nodes, expected) => {
    expect(rollingReplacements(pool, asked, nodes)).toEqual(expected);
  });
});
