import { describe, expect, it } from "vitest";
import { moduleUpgradeOf } from "../../src/plan/module-upgrade.js";
import type { PlanJson, PlanResourceChange } from "../../src/terraform/plan-json.js";

const A = { release: "0.1.0", digest: `sha256:${"a".repeat(64)}` };
const B = { release: "0.2.0", digest: `sha256:${"b".repeat(64)}` };

const machine = (actions: PlanResourceChange["change"]["actions"]): PlanResourceChange => ({
  address: 'module.nodes.vsphere_virtual_machine.this["n-00"]',
  type: "vsphere_virtual_machine",
  name: "this",
  change: { actions, before: null, after: null },
});

const plan = (
  before: unknown,
  after: unknown,
  actions: PlanResourceChange["change"]["actions"][],
): PlanJson => ({
  format_version: "1.2",
  resource_changes: actions.map(machine),
  output_changes: {
    nodepool_modules: { actions: before === null ? ["create"] : ["update"], before, after },
  },
});

describe("moduleUpgradeOf: a pool last applied with other modules", () => {
  it.each([
    ["the state records other modules", plan(A, B, [["no-op"]]), { from: A, to: B }],
    [
      "same record: nothing to say",
      {
        ...plan(A, A, [["update"]]),
        output_changes: { nodepool_modules: { actions: ["no-op"], before: A, after: A } },
      },
      undefined,
    ],
    ["a new pool: nothing was applied before", plan(null, B, [["create"]]), undefined],
    ["machines applied before releases recorded their modules", plan(null, B, [["no-op"]]), { to: B }],
    ["a record of another shape counts as none", plan({ release: 1 }, B, [["no-op"]]), { to: B }],
    ["a plan without the output (another tool's workspace)", { format_version: "1.2" }, undefined],
  ] as const)("%s", (_what, json, expected) => {
    expect(moduleUpgradeOf(json as PlanJson)).toEqual(expected);
  });
});
