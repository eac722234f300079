import { describe, expect, it } from "vitest";
import { decideDrift } from "../../src/plan/drift-decision.js";
import type { PoolResult } from "../../src/plan/pool-result.js";
import type { NodePool } from "../../src/pool-format/types.js";

const UPGRADE = { to: { release: "0.2.0", digest: `sha256:${"b".repeat(64)}` } };

/** A pool's result; `upgrade`: its changes carry a module upgrade. */
const result = (
  controlPlane: string,
  name: string,
  status: PoolResult["status"],
  { upgrade = false } = {},
): PoolResult =>
  ({
    pool: { tenant: "acme", controlPlane, name } as NodePool,
    status,
    summary: upgrade ? { moduleUpgrade: UPGRADE } : {},
  }) as unknown as PoolResult;

describe("decideDrift, per control plane", () => {
  it.each([
    ["every pool planned without changes", ["no-changes", "no-changes"], "clean"],
    ["one pool with changes", ["no-changes", "changes"], "drift"],
    ["a failed plan, even next to changes: the issue is left as it is", ["changes", "error"], "unknown"],
    ["a locked state", ["no-changes", "locked"], "unknown"],
  ] as const)("%s", (_what, statuses, verdict) => {
    const [decision] = decideDrift(statuses.map((s, i) => result("tcp-a", `pool-${i}`, s)));
    expect(decision?.verdict).toBe(verdict);
  });

  it.each([
    [
      "changes only in pools last applied with other modules",
      [{ upgrade: true }, { upgrade: true }],
      "module-upgrade",
    ],
    ["a module upgrade next to a pool that drifted", [{ upgrade: true }, {}], "drift"],
  ] as const)("%s", (_what, pools, verdict) => {
    const [decision] = decideDrift(pools.map((p, i) => result("tcp-a", `pool-${i}`, "changes", p)));
    expect(decision?.verdict).toBe(verdict);
  });

  it("judges each control plane on its own pools", () => {
    const decisions = decideDrift([
      result("tcp-a", "one", "changes"),
      result("tcp-b", "one", "no-changes"),
      result("tcp-a", "two", "no-changes"),
    ]);
    expect(decisions.map((d) => [d.controlPlane, d.verdict, d.results.length])).toEqual([
      ["acme/tcp-a", "drift", 2],
      ["acme/tcp-b", "clean", 1],
    ]);
  });
});
