import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hashPlan, type PlanInputs } from "../../src/plan/plan-hash.js";
import { summarizePlan } from "../../src/plan/plan-summary.js";
import { PlanFormatError, parsePlanJson } from "../../src/terraform/plan-json.js";

const INPUTS: PlanInputs = { files: [], variables: {}, tool: "terraform 1.8.5" };

const fixture = (name: string) => parsePlanJson(readFileSync(`test/fixtures/plans/${name}.json`, "utf8"));

describe("plan summaries of real plans (test/fixtures/plans)", () => {
  it("counts creations, with machines by name when their type is a machine", () => {
    const summary = summarizePlan(fixture("infracost-aws-instance-create"), ["aws_instance"]);
    expect(summary).toMatchObject({
      terraformVersion: "1.0.2",
      toAdd: 2,
      toChange: 0,
      toDestroy: 0,
      toReplace: 0,
    });
    expect(summary.resources.map((r) => `${r.action} ${r.address}`)).toEqual([
      "create aws_instance.web_app",
      "create aws_lambda_function.hello_world",
    ]);
    // Not for_each'd by node name: no node list, but still counted as resources.
    expect(summary.nodes.create).toEqual([]);
  });

  it("names the attributes an update changes, and reads drift", () => {
    const summary = summarizePlan(fixture("infracost-aws-instance-update"));
    expect(summary).toMatchObject({ toAdd: 0, toChange: 1, toDestroy: 0 });
    expect(summary.resources[0]?.changedAttributes).toContain("instance_type");
    expect(summary.drift.map((d) => d.address)).toEqual(["aws_instance.web_app_1"]);
  });

  it("counts a replacement both ways, whichever order Terraform replaces in", () => {
    for (const name of [
      "checkov-create-before-destroy",
      "terraform-local-file-replace",
      "terraform-requires-replace",
    ]) {
      const summary = summarizePlan(fixture(name));
      expect(summary, name).toMatchObject({ toAdd: 1, toChange: 0, toDestroy: 1, toReplace: 1 });
      expect(summary.resources[0]?.action).toBe("replace");
    }
    expect(summarizePlan(fixture("terraform-local-file-replace")).resources[0]).toMatchObject({
      reason: "replace_because_cannot_update",
      changedAttributes: expect.arrayContaining(["content"]),
    });
  });

  it("reads update and delete in one plan without a terraform_version", () => {
    const summary = summarizePlan(fixture("terraform-update-and-delete"));
    expect(summary.terraformVersion).toBeUndefined();
    expect(summary.resources.map((r) => `${r.action} ${r.address}`)).toEqual([
      "update test_instance.test",
      "delete test_instance.test-delete",
    ]);
    expect(summary).toMatchObject({ toChange: 1, toDestroy: 1 });
  });

  it("groups machines by node name from their for_each key", () => {
    const machine = (index: string, actions: string[]) => ({
      address: `module.nodes.vsphere_virtual_machine.this["${index}"]`,
      type: "vsphere_virtual_machine",
      name: "this",
      index,
      change: { actions, before: {}, after: {} },
    });
    const plan = parsePlanJson(
      JSON.stringify({
        format_version: "1.2",
        resource_changes: [
          machine("tcp-a-p-node-02", ["create"]),
          machine("tcp-a-p-node-00", ["no-op"]),
          machine("tcp-a-p-node-01", ["delete", "create"]),
          machine("tcp-a-p-node-03", ["delete"]),
        ],
      }),
    );
    expect(summarizePlan(plan, ["vsphere_virtual_machine"]).nodes).toEqual({
      create: ["tcp-a-p-node-02"],
      update: [],
      replace: ["tcp-a-p-node-01"],
      delete: ["tcp-a-p-node-03"],
    });
  });

  it("refuses what is not plan JSON, saying why", () => {
    expect(() => parsePlanJson("{")).toThrow(PlanFormatError);
    expect(() => parsePlanJson('{"values": {}}')).toThrow(/no format_version/);
    expect(() => parsePlanJson('{"format_version": "2.0"}')).toThrow(/not supported/);
  });
});

describe("plan hashes", () => {
  const plan = (token: string, cpus: number) =>
    parsePlanJson(
      JSON.stringify({
        format_version: "1.2",
        timestamp: new Date().toISOString(),
        variables: { join_token: { value: token } },
        resource_changes: [
          {
            address: 'module.nodes.vsphere_virtual_machine.this["n-00"]',
            type: "vsphere_virtual_machine",
            name: "this",
            index: "n-00",
            change: {
              actions: ["create"],
              before: null,
              after: {
                num_cpus: cpus,
                extra_config: { "guestinfo.userdata": Buffer.from(token).toString("base64") },
              },
              after_sensitive: { extra_config: true },
              after_unknown: { id: true },
            },
          },
        ],
      }),
    );

  it("are equal for the same change planned with another join token at another time", () => {
    expect(hashPlan(plan("abcdef.0123456789abcdef", 2), INPUTS)).toBe(
      hashPlan(plan("ghijkl.0123456789abcdef", 2), INPUTS),
    );
  });

  it("differ when what the plan does differs", () => {
    expect(hashPlan(plan("abcdef.0123456789abcdef", 2), INPUTS)).not.toBe(
      hashPlan(plan("abcdef.0123456789abcdef", 4), INPUTS),
    );
  });

  it("ignore key order and no-op resources", () => {
    const a = fixture("terraform-update-and-delete");
    const reversed = (value: object) => Object.fromEntries(Object.entries(value).reverse());
    const b = reversed(a) as typeof a;
    b.resource_changes = (a.resource_changes ?? []).map(
      (change) => ({ ...reversed(change), change: reversed(change.change) }) as typeof change,
    );
    b.resource_changes.push({
      address: "x.y",
      type: "x",
      name: "y",
      change: { actions: ["no-op"], before: {}, after: {} },
    });
    expect(hashPlan(b, INPUTS)).toBe(hashPlan(a, INPUTS));
  });
});
