import { describe, expect, it } from "vitest";
import { loadPools } from "../../src/pool-format/load-pools.js";
import { HEADER, parseValid, poolNamed } from "./helpers.js";

const vspherePool = (name: string, extra = "") => `${HEADER}kind: NodePool
metadata: { name: ${name}, tenant: acme, controlPlane: tcp-one }
spec:
  provider: vsphere
  replicas: 1
${extra}`;

describe("the example pools", () => {
  it("are valid and reproduce the origin's tree with all four providers", async () => {
    const result = await loadPools(["pools"], process.cwd());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const names = result.value.pools
      .map((p) => `${p.tenant}/${p.controlPlane}/${p.name}:${p.spec.provider}`)
      .sort();
    expect(names).toEqual([
      "kamaji-tenant/tcp-alpha/default-pool:proxmox",
      "kamaji-tenant/tcp-beta/default-pool:maas",
      "kamaji-tenant/tcp-charlie/application-pool:vcd",
      "kamaji-tenant/tcp-charlie/default-pool:vsphere",
      "kamaji-tenant/tcp-charlie/system-pool:vsphere",
    ]);
    expect(result.warnings).toEqual([]);
    const charlie = poolNamed(result.value, "tcp-charlie", "default-pool");
    expect(charlie.nodeNames).toEqual([
      "tcp-charlie-default-pool-node-00",
      "tcp-charlie-default-pool-node-01",
      "tcp-charlie-default-pool-node-02",
    ]);
    // Placement from the control plane's defaults, size from the pool, disk from the tenant's defaults.
    expect(charlie.spec.vsphere?.datacenter).toBe("DC0");
    expect(charlie.spec.machine).toEqual({ cpus: 4, memoryMiB: 8192, diskGiB: 40 });
    expect(result.value.settings.backend).toEqual({
      kubernetes: { namespace: "nodepool-state", inClusterConfig: false },
    });
  });
});

describe("defaults", () => {
  const defaults = (name: string, selector: string, values: string) =>
    `${HEADER}kind: NodePoolDefaults\nmetadata: { name: ${name} }\nspec:\n  selector: ${selector}\n  values:\n${values}`;
  const vsphere =
    "    vsphere: { datacenter: DC0, cluster: C0, datastore: DS0, network: VM Network, template: ubuntu }\n";

  it("merge from least to most specific, and the pool wins", () => {
    const { value } = parseValid(
      defaults(
        "tenant",
        "{ tenant: acme }",
        `${vsphere}    machine: { cpus: 2, memoryMiB: 4096 }\n    kubernetes: { labels: { a: tenant, b: tenant }, taints: [{ key: t, effect: NoSchedule }] }\n`,
      ),
      defaults("everyone", "{}", "    machine: { cpus: 1, memoryMiB: 2048, diskGiB: 30 }\n"),
      defaults(
        "control-plane",
        "{ tenant: acme, controlPlane: tcp-one }",
        "    machine: { cpus: 3 }\n    kubernetes: { labels: { b: cp } }\n",
      ),
      vspherePool(
        "pool",
        "  kubernetes: { labels: { c: pool }, taints: [] }\n  vsphere: { template: ubuntu-24 }\n",
      ),
    );
    const pool = poolNamed(value, "tcp-one", "pool");
    expect(pool.spec.machine).toEqual({ cpus: 3, memoryMiB: 4096, diskGiB: 30 });
    // Maps merge key by key; lists are replaced as a whole.
    expect(pool.spec.kubernetes.labels).toEqual({ a: "tenant", b: "cp", c: "pool" });
    expect(pool.spec.kubernetes.taints).toEqual([]);
    expect(pool.spec.vsphere).toEqual({
      datacenter: "DC0",
      cluster: "C0",
      datastore: "DS0",
      network: "VM Network",
      template: "ubuntu-24",
    });
  });

  it("fill the schema's defaults into what the pool leaves out", () => {
    const { value } = parseValid(
      vspherePool("pool", `  machine: { cpus: 2, memoryMiB: 4096 }\n${vsphere.replace("    ", "  ")}`),
    );
    const pool = poolNamed(value, "tcp-one", "pool");
    expect(pool.spec.machine.diskGiB).toBe(40);
    expect(pool.spec.bootstrap.yakiURL).toBe("https://goyaki.clastix.io");
    expect(value.settings).toEqual({
      backend: { local: { directory: ".nodepool-state", persistent: false } },
      terraform: { tool: "terraform" },
    });
  });

  it("drop another provider's block that comes from defaults", () => {
    const { value } = parseValid(
      defaults("tenant", "{ tenant: acme }", `${vsphere}    machine: { cpus: 2, memoryMiB: 4096 }\n`),
      `${HEADER}kind: NodePool\nmetadata: { name: metal, tenant: acme, controlPlane: tcp-one }\nspec:\n  provider: maas\n  replicas: 0\n`,
    );
    const pool = poolNamed(value, "tcp-one", "metal");
    expect(pool.spec.vsphere).toBeUndefined();
    expect(pool.spec.maas).toEqual({ distroSeries: "jammy" });
    expect(pool.nodeNames).toEqual([]);
  });

  it("that select no pool are a warning, not an error", () => {
    const { warnings } = parseValid(
      defaults("other-tenant", "{ tenant: other }", "    replicas: 1\n"),
      vspherePool("pool", `  machine: { cpus: 2, memoryMiB: 4096 }\n${vsphere.replace("    ", "  ")}`),
    );
    expect(warnings).toContain("pools/0.yaml:5: NodePoolDefaults `other-tenant` selects no pool");
  });
});

describe("state kept on the runner", () => {
  const pool = () =>
    vspherePool(
      "pool",
      "  machine: { cpus: 2, memoryMiB: 4096 }\n  vsphere: { datacenter: D, cluster: C, datastore: S, network: N, template: T }\n",
    );
  const settings = (backend: string) =>
    `${HEADER}kind: NodePoolSettings\nmetadata: { name: settings }\nspec:\n  backend:\n    ${backend}\n`;
  const stateWarnings = (...files: string[]) =>
    parseValid(...files).warnings.filter((w) => w.includes("apply and drift will refuse"));

  it.each([
    ["no settings document", [pool()], 1],
    ["a local folder", [settings("local: { directory: state }"), pool()], 1],
    [
      "a local folder declared persistent",
      [settings("local: { directory: state, persistent: true }"), pool()],
      0,
    ],
    ["a kubernetes backend", [settings("kubernetes: { namespace: nodepool-state }"), pool()], 0],
  ] as const)("with %s: %i warning", (_, files, count) => {
    expect(stateWarnings(...files)).toHaveLength(count);
  });

  it("says where the state would go and how to keep it", () => {
    const [warning] = stateWarnings(settings("local: { directory: state }"), pool());
    expect(warning).toMatch(
      /^pools\/0\.yaml:\d+: apply and drift will refuse: state would be kept in state\/ on this runner/,
    );
    expect(warning).toContain("spec.backend.local.persistent: true");
  });
});

describe("static addressing", () => {
  it("allows pools of different control planes to reuse addresses", () => {
    const range =
      "  network: { static: { first: 10.0.0.10, last: 10.0.0.20, prefixLength: 24, gateway: 10.0.0.1 } }\n";
    const placement =
      "  machine: { cpus: 2, memoryMiB: 4096 }\n  vsphere: { datacenter: D, cluster: C, datastore: S, network: N, template: T }\n";
    const { value } = parseValid(
      vspherePool("a", range + placement),
      vspherePool("a", range + placement).replace("tcp-one", "tcp-two"),
    );
    expect(value.pools).toHaveLength(2);
  });
});

describe("YAML features beyond plain mappings", () => {
  it("resolves anchors and aliases, tags, and flow collections over several lines", () => {
    const text = `${HEADER}kind: NodePool
metadata: { name: &name anchored, tenant: acme, controlPlane: tcp-one }
spec:
  provider: vsphere
  replicas: !!int "2"
  machine: { cpus: 2, memoryMiB: 4096 }
  kubernetes:
    labels: { example.com/pool: *name }
    taints: [
      { key: dedicated, value: *name, effect: NoSchedule },
    ]
  vsphere: { datacenter: DC0, cluster: C0, datastore: DS0, network: VM Network, template: ubuntu }
`;
    const { value } = parseValid(text);
    const pool = poolNamed(value, "tcp-one", "anchored");
    expect(pool.spec.replicas).toBe(2);
    expect(pool.spec.kubernetes.labels).toEqual({ "example.com/pool": "anchored" });
    expect(pool.spec.kubernetes.taints).toEqual([
      { key: "dedicated", value: "anchored", effect: "NoSchedule" },
    ]);
  });
});
