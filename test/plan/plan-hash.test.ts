import { describe, expect, it } from "vitest";
import { joinEnvironment } from "../../src/plan/join-placeholder.js";
import { hashPlan, type PlanInputs } from "../../src/plan/plan-hash.js";
import { readModuleFiles } from "../../src/render/module-files.js";
import { renderWorkspace } from "../../src/render/workspace.js";
import { HEADER, parseValid } from "../pool-format/helpers.js";

/**
 * The reviewed hash must move with every input of a machine, sensitive or not: user data is
 * sensitive (it carries the join token), so the plan's own values cannot show these changes.
 */
const POOL = `${HEADER}kind: NodePool
metadata: { name: workers, tenant: kamaji-tenant, controlPlane: tcp-charlie }
spec:
  provider: vsphere
  replicas: 2
  machine: { cpus: 2, memoryMiB: 4096, diskGiB: 40 }
  kubernetes:
    version: v1.33.2
    labels: { workload: general }
    taints: [{ key: dedicated, value: general, effect: NoSchedule }]
  sshAuthorizedKeys: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHcpmXHd2NGb4Ztc4GQOpb8EnFCAG4dDuXy3yGSdYdGD a@example.com"]
  bootstrap:
    yakiURL: https://raw.githubusercontent.com/clastix/yaki/b1db646/script/yaki
    yakiSHA256: ${"a".repeat(64)}
    extraPackages: [nfs-common]
  network: { domain: charlie.example.internal }
  vsphere: { datacenter: DC0, cluster: DC0_C0, datastore: LocalDS_0, network: VM Network, template: ubuntu-2404 }
`;

const modules = await readModuleFiles("modules");
const SETTINGS = { backend: { local: { directory: ".state" } }, terraform: { tool: "terraform" as const } };

function inputsOf(yaml: string, overrides: Partial<PlanInputs> = {}): PlanInputs {
  const pool = parseValid(yaml).value.pools[0];
  if (!pool) throw new Error("no pool");
  const workspace = renderWorkspace(pool, SETTINGS, modules, { outDir: ".nodepool" });
  return { files: workspace.files, variables: {}, tool: "terraform 1.8.5", ...overrides };
}

const base = hashPlan(undefined, inputsOf(POOL));

describe("the reviewed hash", () => {
  it.each([
    ["an SSH key", "a@example.com", "attacker@example.com"],
    ["the yaki URL", "yaki/b1db646/", "yaki/0000000/"],
    ["the yaki checksum", "a".repeat(64), "b".repeat(64)],
    ["an extra package", "nfs-common", "netcat-openbsd"],
    ["a label (JoinConfiguration)", "workload: general", "workload: special"],
    ["a taint", "value: general", "value: other"],
    ["the machine size", "memoryMiB: 4096", "memoryMiB: 8192"],
    ["the disk", "diskGiB: 40", "diskGiB: 50"],
    ["the template", "template: ubuntu-2404", "template: ubuntu-2604"],
    ["the domain", "charlie.example.internal", "evil.example.internal"],
    ["the Kubernetes version", "v1.33.2", "v1.33.3"],
    ["the replicas", "replicas: 2", "replicas: 3"],
  ])("changes with %s", (_what, from, to) => {
    expect(POOL).toContain(from);
    expect(hashPlan(undefined, inputsOf(POOL.replace(from, to)))).not.toBe(base);
  });

  it("changes with a module file (another action version), the tool and a plan-time variable", () => {
    const inputs = inputsOf(POOL);
    const files = inputs.files.map((f) =>
      f.path.endsWith("modules/pool/main.tf") ? { ...f, contents: `${f.contents}\n# changed\n` } : f,
    );
    expect(hashPlan(undefined, { ...inputs, files })).not.toBe(base);
    expect(hashPlan(undefined, { ...inputs, tool: "tofu 1.6.3" })).not.toBe(base);
    expect(hashPlan(undefined, { ...inputs, variables: { kubernetes_version: "v1.34.0" } })).not.toBe(base);
  });

  it("does not change with the join data, which never reaches a rendered file", () => {
    const inputs = inputsOf(POOL);
    for (const file of inputs.files) expect(file.contents).not.toContain("t5x8w3v6b1n4p0z2");
    const env = joinEnvironment({
      url: "10.0.0.1:6443",
      token: "abcdef.t5x8w3v6b1n4p0z2",
      caCertHash: "sha256:00",
    });
    expect(Object.keys(env).every((name) => name.startsWith("TF_VAR_join_"))).toBe(true);
    expect(hashPlan(undefined, inputs)).toBe(base);
  });

  it("does not change when lines move in the pool file", () => {
    expect(hashPlan(undefined, inputsOf(`# a comment added on top\n${POOL}`))).toBe(base);
  });
});
