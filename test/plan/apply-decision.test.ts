import { describe, expect, it } from "vitest";
import { type ApplyOptions, decideApply, failureReasonOf } from "../../src/plan/apply-decision.js";
import type { PoolResult } from "../../src/plan/pool-result.js";
import type { NodePool } from "../../src/pool-format/types.js";
import { describeDecision } from "../../src/report/apply-decisions.js";

const POOL = { tenant: "acme", controlPlane: "tcp", name: "workers" } as NodePool;
const KEY = "acme/tcp/workers";
const HASH = `sha256:${"a".repeat(64)}`;

function changes(nodes: Partial<Record<"create" | "replace" | "delete", string[]>>, hash = HASH): PoolResult {
  const all = { create: [], update: [], replace: [], delete: [], ...nodes };
  return {
    pool: POOL,
    status: "changes",
    summary: {
      toAdd: all.create.length + all.replace.length,
      toChange: 0,
      toDestroy: all.delete.length + all.replace.length,
      toReplace: all.replace.length,
      nodes: all,
      resources: [],
    },
    text: "",
    hash,
    nodesBefore: 0,
  } as unknown as PoolResult;
}

const noChanges = { ...changes({}), status: "no-changes" } as PoolResult;
const failed: PoolResult = {
  pool: POOL,
  status: "error",
  diagnostics: [{ severity: "error", summary: "boom" }],
};
const locked = { pool: POOL, status: "locked", lock: { id: "1" } } as PoolResult;
const open: ApplyOptions = { allowDestroy: false, canJoin: true };

describe("decideApply", () => {
  it.each([
    [
      "a reviewed plan that creates nodes",
      changes({ create: ["n-00"] }),
      { [KEY]: HASH },
      open,
      "apply",
      undefined,
    ],
    ["a reviewed plan without changes", noChanges, { [KEY]: HASH }, open, "nothing-to-do", undefined],
    ["a plan without changes nobody reviewed (no comment)", noChanges, {}, open, "nothing-to-do", undefined],
    [
      "a plan without changes whose reviewed plan had some",
      noChanges,
      { [KEY]: `sha256:${"b".repeat(64)}` },
      open,
      "nothing-to-do",
      undefined,
    ],
    ["a failed plan", failed, { [KEY]: HASH }, open, "refuse", "plan-failed"],
    ["a locked state", locked, { [KEY]: HASH }, open, "refuse", "state-locked"],
    [
      "a plan whose hash differs",
      changes({ create: ["n-00"] }, `sha256:${"b".repeat(64)}`),
      { [KEY]: HASH },
      open,
      "refuse",
      "plan-changed",
    ],
    ["a pool nobody reviewed", changes({ create: ["n-00"] }), {}, open, "refuse", "plan-changed"],
    [
      "a removal without permission",
      changes({ delete: ["n-01"] }),
      { [KEY]: HASH },
      open,
      "refuse",
      "destroy-not-allowed",
    ],
    [
      "a replacement without permission",
      changes({ replace: ["n-00"] }),
      { [KEY]: HASH },
      open,
      "refuse",
      "destroy-not-allowed",
    ],
    [
      "a removal with permission",
      changes({ delete: ["n-01"] }),
      { [KEY]: HASH },
      { ...open, allowDestroy: true },
      "apply",
      undefined,
    ],
    [
      "new nodes without join data",
      changes({ create: ["n-00"] }),
      { [KEY]: HASH },
      { ...open, canJoin: false },
      "refuse",
      "no-join-data",
    ],
    [
      "a removal without join data",
      changes({ delete: ["n-01"] }),
      { [KEY]: HASH },
      { allowDestroy: true, canJoin: false },
      "apply",
      undefined,
    ],
    // A changed plan is refused as changed, whatever else it does: re-planning is the answer.
    [
      "a changed plan that also destroys",
      changes({ delete: ["n-01"] }, `sha256:${"c".repeat(64)}`),
      { [KEY]: HASH },
      open,
      "refuse",
      "plan-changed",
    ],
  ] as const)("%s", (_what, result, reviewed, options, action, reason) => {
    const [decision] = decideApply([result], reviewed, options);
    expect(decision?.action).toBe(action);
    if (decision?.action === "refuse") expect(decision.reason).toBe(reason);
  });

  it("maps every refusal to a failure-reason, and words it for the comment", () => {
    const decisions = decideApply(
      [
        failed,
        locked,
        changes({ create: ["n"] }, "sha256:x"),
        changes({ delete: ["n-01"] }),
        changes({ create: ["n"] }),
      ],
      { [KEY]: HASH },
      { allowDestroy: false, canJoin: false },
    );
    const refusals = decisions.flatMap((d) => (d.action === "refuse" ? [failureReasonOf(d)] : []));
    expect(refusals).toEqual([
      "plan-failed",
      "state-locked",
      "plan-changed",
      "destroy-not-allowed",
      "apply-failed",
    ]);
    expect(decisions.map(describeDecision)).toEqual([
      "- ❌ `acme/tcp/workers`: boom; nothing applied",
      "- ❌ `acme/tcp/workers`: state locked; nothing applied",
      "- ⛔ `acme/tcp/workers`: the plan changed since review (the reviewed plan was sha256:aaaaaaaaaaaa…, now sha256:x…: 1 to add, 0 to change, 0 to destroy); refused; plan it again and have the new plan reviewed",
      "- ⛔ `acme/tcp/workers`: destroys n-01; refused without `allow-destroy` or the `nodepool/allow-destroy` label",
      "- ⛔ `acme/tcp/workers`: creates nodes but there is no join data (a management kubeconfig, or join-url, join-token and join-ca-cert-hash); refused",
    ]);
  });
});
