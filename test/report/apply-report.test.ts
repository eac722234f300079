import { describe, expect, it } from "vitest";
import type { DrainReport } from "../../src/kamaji/index.js";
import { failureReasonOfOutcome, heldLocks, type PoolApplyOutcome } from "../../src/plan/apply-outcome.js";
import type { PoolResult } from "../../src/plan/pool-result.js";
import { appliedStatus, describeApplyOutcome } from "../../src/report/apply-report.js";

const pool = "acme/tcp/workers";
const drained: DrainReport = {
  node: "tcp-workers-node-02",
  drained: true,
  absent: false,
  evicted: [{ namespace: "apps", name: "web-1" }],
  skipped: [],
  blocking: [],
  elapsedMs: 4_200,
};
const blocked: DrainReport = {
  ...drained,
  drained: false,
  evicted: [],
  blocking: [
    { pod: { namespace: "apps", name: "db-0" }, reason: "PodDisruptionBudget apps/db allows 0 disruptions" },
  ],
  elapsedMs: 300_000,
};

// Every outcome of one pool's apply step: the lines its report gets and the run's failure reason.
const cases: { name: string; outcome: PoolApplyOutcome; lines: string[]; failure: string | undefined }[] = [
  {
    name: "cancelled before its turn",
    outcome: { pool, result: "cancelled" },
    lines: ["- ⏹ `acme/tcp/workers`: not applied, the run was cancelled"],
    failure: undefined,
  },
  {
    name: "another plan with the minted token",
    outcome: { pool, result: "replanned-differently" },
    lines: ["- ⛔ `acme/tcp/workers`: planning again with the new join token gave another plan; refused"],
    failure: "plan-changed",
  },
  {
    name: "a drain that did not finish",
    outcome: { pool, result: "drain-blocked", drains: [blocked] },
    lines: [
      "- ⛔ `acme/tcp/workers`: drain did not finish within the drain timeout; nothing destroyed",
      "  - tcp-workers-node-02: NOT drained after 300.0s; blocked by:",
      "  -   apps/db-0: PodDisruptionBudget apps/db allows 0 disruptions",
    ],
    failure: "apply-failed",
  },
  {
    name: "a locked state",
    outcome: {
      pool,
      result: "apply-failed",
      drains: [],
      seconds: 1.25,
      reason: "state-locked",
      why: "state locked by ci@runner",
    },
    lines: ["- ❌ `acme/tcp/workers`: apply failed after 1.3 s: state locked by ci@runner"],
    failure: "state-locked",
  },
  {
    name: "an apply terraform refused after a drain",
    outcome: {
      pool,
      result: "apply-failed",
      drains: [drained],
      seconds: 12,
      reason: "apply-failed",
      why: "Error: timeout",
    },
    lines: [
      "- `acme/tcp/workers`: cordoned and drained tcp-workers-node-02",
      "  - tcp-workers-node-02: drained in 4.2s (1 evicted, 0 skipped)",
      "- ❌ `acme/tcp/workers`: apply failed after 12.0 s: Error: timeout",
    ],
    failure: "apply-failed",
  },
  {
    name: "applied: one node created and Ready, one removed with its Node object",
    outcome: {
      pool,
      result: "applied",
      drains: [drained],
      seconds: 61.04,
      created: ["tcp-workers-node-03"],
      replaced: [],
      removed: ["tcp-workers-node-02"],
      nodeObjects: [{ node: "tcp-workers-node-02", result: "deleted" }],
      readiness: [{ name: "tcp-workers-node-03", state: "ready" }],
    },
    lines: [
      "- `acme/tcp/workers`: cordoned and drained tcp-workers-node-02",
      "  - tcp-workers-node-02: drained in 4.2s (1 evicted, 0 skipped)",
      "- ✅ `acme/tcp/workers`: applied in 61.0 s; created tcp-workers-node-03; removed tcp-workers-node-02",
      "  - tcp-workers-node-02: Node object deleted",
      "  - tcp-workers-node-03: Ready",
    ],
    failure: undefined,
  },
  {
    name: "applied: one node replaced under its name, Ready again",
    outcome: {
      pool,
      result: "applied",
      drains: [drained],
      seconds: 48,
      created: [],
      replaced: ["tcp-workers-node-02"],
      removed: [],
      nodeObjects: [{ node: "tcp-workers-node-02", result: "deleted" }],
      readiness: [{ name: "tcp-workers-node-02", state: "ready" }],
    },
    lines: [
      "- `acme/tcp/workers`: cordoned and drained tcp-workers-node-02",
      "  - tcp-workers-node-02: drained in 4.2s (1 evicted, 0 skipped)",
      "- ✅ `acme/tcp/workers`: applied in 48.0 s; replaced tcp-workers-node-02",
      "  - tcp-workers-node-02: Node object deleted",
      "  - tcp-workers-node-02: Ready",
    ],
    failure: undefined,
  },
];

describe("the apply report of one pool", () => {
  it.each(cases)("$name", ({ outcome, lines, failure }) => {
    expect(describeApplyOutcome(outcome)).toEqual(lines);
    expect(failureReasonOfOutcome(outcome)).toBe(failure);
  });

  it("heads the comment's status with how the run ended", () => {
    expect(appliedStatus("failed", "merge abc1234", ["- x"])).toBe(
      "Apply failed or was refused from merge abc1234:\n\n- x",
    );
    expect(appliedStatus("applied", "merge abc1234", []).startsWith("Applied from merge abc1234:")).toBe(
      true,
    );
    expect(appliedStatus("cancelled", "merge abc1234", []).startsWith("Cancelled from merge abc1234:")).toBe(
      true,
    );
  });
});

describe("the lock-info output", () => {
  it("lists every lock that refused a pool, at plan time and at apply time", () => {
    const planned = [
      {
        pool: { tenant: "acme", controlPlane: "tcp", name: "a" },
        status: "locked",
        lock: { id: "1", who: "ci@runner-1" },
      },
      { pool: { tenant: "acme", controlPlane: "tcp", name: "b" }, status: "no-changes" },
    ] as unknown as PoolResult[];
    const outcomes: PoolApplyOutcome[] = [
      {
        pool: "acme/tcp/c",
        result: "apply-failed",
        drains: [],
        seconds: 1,
        reason: "state-locked",
        why: "x",
        lock: { id: "2", operation: "OperationTypeApply" },
      },
      {
        pool: "acme/tcp/d",
        result: "apply-failed",
        drains: [],
        seconds: 1,
        reason: "apply-failed",
        why: "Error",
      },
    ];
    expect(heldLocks(planned, outcomes)).toEqual([
      { pool: "acme/tcp/a", id: "1", who: "ci@runner-1" },
      { pool: "acme/tcp/c", id: "2", operation: "OperationTypeApply" },
    ]);
  });
});
