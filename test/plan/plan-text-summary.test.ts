import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { moduleUpgradeOf } from "../../src/plan/module-upgrade.js";
import { hashPlan, type PlanInputs } from "../../src/plan/plan-hash.js";
import { parseAddress, summarizePlanText, unreadPlanProblem } from "../../src/plan/plan-text-summary.js";
import { readPlanText } from "../../src/terraform/plan-text.js";

/** Real `plan` output of each tool we run (test/fixtures/plan-texts/README.md). */
const TOOLS = ["terraform-1.8.5", "tofu-1.6.3", "tofu-1.12.6"] as const;
const stdout = (tool: string, plan: string) =>
  readFileSync(`test/fixtures/plan-texts/${tool}-${plan}.txt`, "utf8");
const text = (tool: string, plan: string) => readPlanText(stdout(tool, plan));
const MACHINES = ["terraform_data"];

describe.each(TOOLS)("plans as %s prints them", (tool) => {
  it("keep the plan, not the refresh progress before it or the saved plan's path after it", () => {
    for (const plan of ["create", "mixed", "outputs-only", "replace-requested", "no-changes"]) {
      const kept = text(tool, plan);
      expect(kept, plan).not.toContain("Refreshing state");
      expect(kept, plan).not.toContain("Saved the plan");
      expect(kept, plan).not.toContain("─");
      expect(kept, plan).toMatch(/^(Terraform used|OpenTofu used|Changes to Outputs:|No changes\.)/);
    }
  });

  it("name each node's change, with the counts the Plan: line says", () => {
    const mixed = summarizePlanText(text(tool, "mixed"), MACHINES);
    expect(mixed.nodes).toEqual({ create: ["n3"], update: ["n1"], replace: ["n2"], delete: ["n0"] });
    expect(mixed).toMatchObject({ toAdd: 2, toChange: 1, toDestroy: 2, toReplace: 1 });
    expect(text(tool, "mixed")).toContain("Plan: 2 to add, 1 to change, 2 to destroy.");
    expect(mixed.resources.find((r) => r.action === "delete")?.reason).toBe(
      'because key ["n0"] is not in for_each map',
    );
    expect(summarizePlanText(text(tool, "create"), MACHINES).nodes.create).toEqual(["n0", "n1", "n2"]);
    expect(summarizePlanText(text(tool, "replace-requested"), MACHINES).nodes.replace).toEqual(["n1"]);
    // Not a machine type: counted as resources, no node names.
    expect(summarizePlanText(text(tool, "mixed")).nodes.create).toEqual([]);
    expect(summarizePlanText(text(tool, "mixed")).resources).toHaveLength(4);
  });

  it("agree with the Plan: line, and say so when a header's wording is unknown", () => {
    for (const plan of ["create", "mixed", "outputs-only", "replace-requested", "no-changes"]) {
      const kept = text(tool, plan);
      expect(unreadPlanProblem(kept, summarizePlanText(kept, MACHINES)), plan).toBeUndefined();
    }
    // A release that words deletion otherwise: the destroy would be missed, so the plan is refused.
    const reworded = text(tool, "mixed").replace("will be destroyed", "will be removed for good");
    expect(unreadPlanProblem(reworded, summarizePlanText(reworded, MACHINES))).toMatch(
      /^the plan says 2 to add, 1 to change, 2 to destroy, but nodepool read 2, 1, 1/,
    );
  });

  it("read a module upgrade from the output's change, and none for a new pool", () => {
    const current = { release: "0.1.0", digest: "sha256:b" };
    expect(moduleUpgradeOf(text(tool, "outputs-only"), current, 3)).toEqual({
      from: { release: "0.1.0", digest: "sha256:a" },
      to: current,
    });
    expect(summarizePlanText(text(tool, "outputs-only"), MACHINES).resources).toEqual([]);
    // The record appears with the first machines: a new pool.
    expect(moduleUpgradeOf(text(tool, "create"), current, 0)).toBeUndefined();
    // It appears where machines exist already: state applied before releases recorded it.
    expect(moduleUpgradeOf(text(tool, "create"), current, 3)).toEqual({ to: current });
    expect(moduleUpgradeOf(text(tool, "replace-requested"), current, 3)).toBeUndefined();
  });
});

describe("the reviewed hash of a plan's text", () => {
  const inputs: PlanInputs = { files: [], variables: {}, tool: "terraform 1.8.5" };
  const mixed = stdout("terraform-1.8.5", "mixed");

  it("is the same for the same plan refreshed in another order and saved elsewhere", () => {
    const lines = mixed.split("\n");
    const refresh = lines.filter((line) => line.includes("Refreshing state"));
    const again = [...refresh.reverse(), ...lines.filter((line) => !line.includes("Refreshing state"))]
      .join("\n")
      .replaceAll("/tmp/pt-terraform/p.tfplan", "/runner/temp/nodepool-plans-x/other.tfplan");
    expect(hashPlan(readPlanText(again), inputs)).toBe(hashPlan(readPlanText(mixed), inputs));
  });

  it("differs when any shown value or action differs", () => {
    const base = hashPlan(readPlanText(mixed), inputs);
    for (const [from, to] of [
      ['~ input            = "x" -> "y"', '~ input            = "x" -> "w"'],
      ["will be updated in-place", "must be replaced"],
      ['"sha256:a" -> "sha256:b"', '"sha256:a" -> "sha256:c"'],
    ] as const) {
      expect(mixed).toContain(from);
      expect(hashPlan(readPlanText(mixed.replace(from, to)), inputs), to).not.toBe(base);
    }
  });
});

describe("resource addresses", () => {
  it.each([
    [
      'module.nodes.vsphere_virtual_machine.this["tcp-a-workers-node-00"]',
      { type: "vsphere_virtual_machine", key: "tcp-a-workers-node-00" },
    ],
    ['module.pool.module.x["a.b"].terraform_data.this[0]', { type: "terraform_data", key: 0 }],
    ["module.nodes.data.vsphere_datastore.this", { type: "vsphere_datastore", data: true }],
    [
      'terraform_data.this["with \\"quotes\\" and ] bracket"]',
      { type: "terraform_data", key: 'with "quotes" and ] bracket' },
    ],
  ] as const)("%s", (address, expected) => {
    expect(parseAddress(address)).toMatchObject(expected);
  });

  it("are not read from anything else", () => {
    expect(parseAddress("Plan: 1 to add")).toBeUndefined();
    expect(parseAddress('terraform_data.this["unterminated]')).toBeUndefined();
  });
});
