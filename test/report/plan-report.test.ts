import { beforeAll, describe, expect, it } from "vitest";
import { GITHUB_BODY_LIMIT } from "../../src/github/errors.js";
import type { PlanSummary } from "../../src/plan/plan-summary.js";
import type { PoolResult } from "../../src/plan/pool-result.js";
import { loadPools } from "../../src/pool-format/load-pools.js";
import type { NodePool } from "../../src/pool-format/types.js";
import { headline, renderPlanReport } from "../../src/report/plan-report.js";

let pools: NodePool[];
beforeAll(async () => {
  const result = await loadPools(["pools"], process.cwd());
  if (!result.ok) throw new Error("examples invalid");
  pools = result.value.pools;
});

const pool = (name: string) => pools.find((p) => `${p.controlPlane}/${p.name}` === name) as NodePool;

function summary(nodes: Partial<PlanSummary["nodes"]>): PlanSummary {
  const full = { create: [], update: [], replace: [], delete: [], ...nodes };
  const resources = Object.entries(full).flatMap(([action, list]) =>
    list.map((node) => ({
      address: `module.nodes.x.this["${node}"]`,
      type: "x",
      action: action as "create",
    })),
  );
  return {
    toAdd: full.create.length + full.replace.length,
    toChange: full.update.length,
    toDestroy: full.delete.length + full.replace.length,
    toReplace: full.replace.length,
    resources,
    nodes: full,
  };
}

function planned(
  name: string,
  nodes: Partial<PlanSummary["nodes"]>,
  nodesBefore: number,
  text = "Terraform will perform the following actions:\n\nPlan: 1 to add",
): PoolResult {
  const s = summary(nodes);
  return {
    pool: pool(name),
    status: s.resources.length > 0 ? "changes" : "no-changes",
    summary: s,
    text,
    hash: "sha256:00",
    nodesBefore,
  };
}

describe("the plan report", () => {
  it("leads with a headline of node changes across pools", () => {
    expect(
      headline([
        planned(
          "tcp-charlie/default-pool",
          { create: ["tcp-charlie-default-pool-node-03", "tcp-charlie-default-pool-node-04"] },
          3,
        ),
        planned("tcp-charlie/system-pool", { update: ["tcp-charlie-system-pool-node-00"] }, 2),
        planned("tcp-alpha/default-pool", { delete: ["tcp-alpha-default-pool-node-01"] }, 2),
      ]),
    ).toBe("3 pools: +2 nodes, ~1, -1");
    expect(headline([planned("tcp-beta/default-pool", {}, 2)])).toBe("1 pool: no node changes");
    expect(headline([{ pool: pool("tcp-beta/default-pool"), status: "error", diagnostics: [] }])).toBe(
      "1 pool: no node changes, 1 failed",
    );
  });

  it("warns loudly about every node destroyed or replaced, and tabulates each pool", () => {
    const report = renderPlanReport(
      [
        planned("tcp-alpha/default-pool", { delete: ["tcp-alpha-default-pool-node-01"] }, 2),
        planned("tcp-charlie/default-pool", { replace: ["tcp-charlie-default-pool-node-00"] }, 3),
        planned("tcp-beta/default-pool", {}, 2),
      ],
      { title: "nodepool plan" },
    );
    expect(report).toContain(
      "> [!WARNING]\n> **2 nodes are destroyed or replaced by this plan:** `tcp-alpha-default-pool-node-01` (kamaji-tenant/tcp-alpha/default-pool), `tcp-charlie-default-pool-node-00` (kamaji-tenant/tcp-charlie/default-pool).",
    );
    expect(report).toContain(
      "| `kamaji-tenant/tcp-alpha/default-pool` | proxmox | 2 → 1 |  |  |  | `node-01` | 0 to add, 0 to change, 1 to destroy |",
    );
    expect(report).toContain("| `kamaji-tenant/tcp-beta/default-pool` | maas | 2 |  |  |  |  | no changes |");
  });

  it("has no warning when nothing is destroyed", () => {
    const report = renderPlanReport(
      [planned("tcp-charlie/default-pool", { create: ["tcp-charlie-default-pool-node-03"] }, 3)],
      { title: "nodepool plan" },
    );
    expect(report).not.toContain("[!WARNING]");
    expect(report).toContain("3 → 4");
  });

  it("shows Terraform's diagnostics of a failed pool and who holds a lock", () => {
    const report = renderPlanReport(
      [
        {
          pool: pool("tcp-beta/default-pool"),
          status: "error",
          diagnostics: [
            {
              severity: "error",
              summary: "Unsupported argument",
              detail: 'An argument named "cpu" is not expected here.',
              location: "main.tf.json:12",
            },
          ],
        },
        {
          pool: pool("tcp-alpha/default-pool"),
          status: "locked",
          lock: { id: "4b1c", who: "runner@ci", operation: "OperationTypeApply" },
        },
      ],
      { title: "nodepool plan" },
    );
    expect(report).toContain("- **Error: Unsupported argument** (main.tf.json:12)");
    expect(report).toContain('  An argument named "cpu" is not expected here.');
    expect(report).toContain("🔒 The state is locked by runner@ci for OperationTypeApply (lock ID `4b1c`)");
  });

  it("fits GitHub's limit by cutting whole plan lines, keeping headline, warning and table", () => {
    const huge = Array.from({ length: 20_000 }, (_, i) => `  + resource line ${i} ${"x".repeat(20)}`).join(
      "\n",
    );
    const results = [
      planned("tcp-alpha/default-pool", { delete: ["tcp-alpha-default-pool-node-01"] }, 2, huge),
      planned("tcp-charlie/default-pool", { create: ["tcp-charlie-default-pool-node-03"] }, 3, huge),
    ];
    const full = renderPlanReport(results, { title: "nodepool plan" });
    const cut = renderPlanReport(results, {
      title: "nodepool plan",
      maxLength: GITHUB_BODY_LIMIT,
      fullReportUrl: "https://github.com/o/r/actions/runs/1",
    });
    expect(full.length).toBeGreaterThan(GITHUB_BODY_LIMIT);
    expect(cut.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(cut).toContain("## nodepool plan: 2 pools: +1 node, -1");
    expect(cut).toContain("[!WARNING]");
    expect(cut).toContain("| `kamaji-tenant/tcp-charlie/default-pool` | vsphere | 3 → 4 |");
    expect(cut).toMatch(
      /The plans are cut here \(\d+ more lines\): the full report is in \[the job summary\]\(https:\/\/github.com\/o\/r\/actions\/runs\/1\)/,
    );
    // Every kept line is a whole line of the full report, and code fences stay balanced.
    for (const line of cut.split("\n"))
      if (line.startsWith("  + resource")) expect(full).toContain(`${line}\n`);
    expect((cut.match(/^```/gm) ?? []).length % 2).toBe(0);
  });
});
