import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadPools } from "../../src/pool-format/load-pools.js";
import type { BackendSettings, PoolSet } from "../../src/pool-format/types.js";
import { renderBackend } from "../../src/render/backend.js";
import { readModuleFiles } from "../../src/render/module-files.js";
import {
  type ModuleFiles,
  renderWorkspace,
  renderWorkspaces,
  type Workspace,
} from "../../src/render/workspace.js";
import { writeWorkspaces } from "../../src/render/write-workspaces.js";
import { HEADER, parseValid } from "../pool-format/helpers.js";
import { readModuleVariables } from "./module-variables.js";
import { checkValue } from "./terraform-types.js";

let modules: ModuleFiles;
let examples: PoolSet;
beforeAll(async () => {
  modules = await readModuleFiles("modules");
  const result = await loadPools(["pools"], process.cwd());
  if (!result.ok) throw new Error("the example pools are invalid");
  examples = result.value;
});

function fileOf(workspace: Workspace, path: string): string {
  const file = workspace.files.find((f) => f.path === path);
  if (!file) throw new Error(`${workspace.dir} has no ${path}`);
  return file.contents;
}

/** A whole-string reference such as `${module.pool.machines}`: its type is Terraform's to check. */
const isReference = (value: unknown) => typeof value === "string" && /^\$\{[a-z_.]+\}$/.test(value);

/** Every module argument against the module's declared variables, as Terraform would check them. */
async function argumentProblems(workspace: Workspace): Promise<string[]> {
  const main = JSON.parse(fileOf(workspace, "main.tf.json")) as {
    module: Record<string, Record<string, unknown>>;
  };
  const problems: string[] = [];
  for (const [block, { source, ...args }] of Object.entries(main.module)) {
    const variables = await readModuleVariables(join("modules", String(source).replace("./modules/", "")));
    for (const name of Object.keys(args))
      if (!(name in variables)) problems.push(`${block}.${name}: the module has no such variable`);
    for (const [name, variable] of Object.entries(variables)) {
      if (args[name] === undefined) {
        if (variable.required) problems.push(`${block}.${name}: required by the module, not set`);
      } else if (!isReference(args[name])) {
        problems.push(...checkValue(args[name], variable.type, `${block}.${name}`));
      }
    }
  }
  return problems;
}

describe("rendered workspaces of the example pools", () => {
  it("match the golden files", async () => {
    for (const workspace of renderWorkspaces(examples, modules, ".nodepool")) {
      const name = workspace.dir.replaceAll("/", "__");
      await expect(fileOf(workspace, "main.tf.json")).toMatchFileSnapshot(
        `__snapshots__/${name}/main.tf.json`,
      );
      await expect(fileOf(workspace, "backend.tf.json")).toMatchFileSnapshot(
        `__snapshots__/${name}/backend.tf.json`,
      );
      await expect(fileOf(workspace, "backend.tfbackend")).toMatchFileSnapshot(
        `__snapshots__/${name}/backend.tfbackend`,
      );
    }
  });

  it("set every required module variable, no unknown one, each with a compatible type", async () => {
    const workspaces = renderWorkspaces(examples, modules, ".nodepool");
    expect(new Set(workspaces.map((w) => w.pool.spec.provider))).toEqual(
      new Set(["vsphere", "vcd", "proxmox", "maas"]),
    );
    for (const workspace of workspaces) expect(await argumentProblems(workspace), workspace.dir).toEqual([]);
  });

  it("would be refused by that check when an argument is unknown, missing or of the wrong type", async () => {
    const [workspace] = renderWorkspaces(examples, modules, ".nodepool").filter(
      (w) => w.pool.spec.provider === "vsphere",
    );
    if (!workspace) throw new Error("no vsphere pool");
    const main = JSON.parse(fileOf(workspace, "main.tf.json"));
    main.module.pool.cpu = 2;
    delete main.module.pool.pool_name;
    main.module.pool.replicas = "three";
    main.module.nodes.vsphere.datastor = "x";
    delete main.module.nodes.machines;
    const broken = { ...workspace, files: [{ path: "main.tf.json", contents: JSON.stringify(main) }] };
    expect((await argumentProblems(broken)).sort()).toEqual([
      "nodes.machines: required by the module, not set",
      "nodes.vsphere.datastor: not an attribute of the module's type",
      "pool.cpu: the module has no such variable",
      "pool.pool_name: required by the module, not set",
      'pool.replicas: expected number, got "three"',
    ]);
  });

  it("carry the provider module and the shared pool module, without their tests and examples", () => {
    const [workspace] = renderWorkspaces(examples, modules, ".nodepool").filter(
      (w) => w.pool.spec.provider === "proxmox",
    );
    const paths = workspace?.files.map((f) => f.path) ?? [];
    expect(paths).toContain("modules/proxmox/main.tf");
    expect(paths).toContain("modules/pool/variables.tf");
    expect(paths).toContain("modules/pool/templates/join.sh.tftpl");
    expect(
      paths.some((p) => p.includes("/tests/") || p.includes("/examples/") || p.endsWith("README.md")),
    ).toBe(false);
    expect(paths.some((p) => p.startsWith("modules/vsphere/"))).toBe(false);
  });

  it("are byte-identical from one render to the next, whatever the order of the pools", () => {
    const first = renderWorkspaces(examples, modules, ".nodepool");
    const reversed = renderWorkspaces(
      { ...examples, pools: [...examples.pools].reverse() },
      modules,
      ".nodepool",
    );
    const byDir = (list: Workspace[]) => Object.fromEntries(list.map((w) => [w.dir, w.files]));
    expect(byDir(reversed)).toEqual(byDir(first));
  });

  it("feed join data through variables only: sensitive, with no value in any file", () => {
    for (const workspace of renderWorkspaces(examples, modules, ".nodepool")) {
      const main = JSON.parse(fileOf(workspace, "main.tf.json"));
      expect(main.variable.join_token).toMatchObject({ type: "string", sensitive: true });
      expect(main.variable.join_ca_cert_hash).toMatchObject({ sensitive: true });
      expect(main.variable.join_token.default).toBeUndefined();
      expect(main.module.pool.join_token).toBe("${var.join_token}");
      expect(JSON.stringify(main.module.nodes)).not.toContain("join");
    }
  });
});

describe("rendering a pool", () => {
  const pool = (spec: string) =>
    parseValid(
      `${HEADER}kind: NodePool\nmetadata: { name: gpu, tenant: acme, controlPlane: tcp-one }\nspec:\n  provider: proxmox\n  replicas: 2\n  machine: { cpus: 2, memoryMiB: 4096 }\n  proxmox: { node: pve, templateVmId: 9000 }\n${spec}`,
    ).value;

  it("without a Kubernetes version asks for the control plane's at plan time", async () => {
    const set = pool("");
    const [workspace] = renderWorkspaces(set, modules, ".nodepool");
    if (!workspace) throw new Error("nothing rendered");
    const main = JSON.parse(fileOf(workspace, "main.tf.json"));
    expect(main.module.pool.kubernetes_version).toBe("${var.kubernetes_version}");
    expect(main.variable.kubernetes_version).toMatchObject({ type: "string" });
    expect(await argumentProblems(workspace)).toEqual([]);
  });

  it("that was removed plans zero replicas, keeping its provider and state", () => {
    const set = pool("");
    const [removed] = set.pools;
    if (!removed) throw new Error("no pool");
    const workspace = renderWorkspace(removed, set.settings, modules, { outDir: ".nodepool", removed: true });
    const main = JSON.parse(fileOf(workspace, "main.tf.json"));
    expect(main.module.pool.replicas).toBe(0);
    expect(main["//"]).toContain("was removed");
    expect(fileOf(workspace, "backend.tfbackend")).toContain(
      'path = "../../../../.nodepool-state/acme/tcp-one/gpu.tfstate"',
    );
  });

  it("puts what names its state in backend.tfbackend: every pool's backend block is the same", () => {
    const set = pool("");
    const [one] = set.pools;
    if (!one) throw new Error("no pool");
    const other = { ...one, name: "other" };
    const [a, b] = [one, other].map((p) =>
      renderWorkspace(p, set.settings, modules, { outDir: ".nodepool" }),
    );
    if (!a || !b) throw new Error("not rendered");
    expect(fileOf(a, "backend.tf.json")).toBe(fileOf(b, "backend.tf.json"));
    expect(JSON.parse(fileOf(a, "backend.tf.json")).terraform.backend).toEqual({ local: {} });
    expect(a.backendConfig).toEqual({ path: "../../../../.nodepool-state/acme/tcp-one/gpu.tfstate" });
    expect(b.backendConfig).toEqual({ path: "../../../../.nodepool-state/acme/tcp-one/other.tfstate" });
  });
});

describe("one state per pool", () => {
  const key = { tenant: "kamaji-tenant", controlPlane: "tcp-charlie", pool: "default-pool" };
  const cases: [BackendSettings, Record<string, unknown>][] = [
    [
      { local: { directory: "state" } },
      { path: "../../../../state/kamaji-tenant/tcp-charlie/default-pool.tfstate" },
    ],
    [
      {
        s3: {
          bucket: "b",
          region: "eu-west-1",
          keyPrefix: "np/",
          endpoint: "https://minio.local",
          usePathStyle: true,
          encrypt: true,
        },
      },
      {
        bucket: "b",
        key: "np/kamaji-tenant/tcp-charlie/default-pool.tfstate",
        region: "eu-west-1",
        endpoints: { s3: "https://minio.local" },
        use_path_style: true,
        encrypt: true,
      },
    ],
    [
      { gcs: { bucket: "b", prefix: "np/" } },
      { bucket: "b", prefix: "np/kamaji-tenant/tcp-charlie/default-pool" },
    ],
    [
      {
        azurerm: {
          resourceGroupName: "rg",
          storageAccountName: "sa",
          containerName: "tfstate",
          keyPrefix: "np/",
        },
      },
      {
        resource_group_name: "rg",
        storage_account_name: "sa",
        container_name: "tfstate",
        key: "np/kamaji-tenant/tcp-charlie/default-pool.tfstate",
      },
    ],
    [
      { http: { address: "https://state.example.com/np/", lock: true } },
      {
        address: "https://state.example.com/np/kamaji-tenant/tcp-charlie/default-pool",
        lock_address: "https://state.example.com/np/kamaji-tenant/tcp-charlie/default-pool",
        unlock_address: "https://state.example.com/np/kamaji-tenant/tcp-charlie/default-pool",
      },
    ],
    [
      { kubernetes: { namespace: "nodepool-state", inClusterConfig: false } },
      {
        secret_suffix: "kamaji-tenant-tcp-charlie-default-pool",
        namespace: "nodepool-state",
        in_cluster_config: false,
      },
    ],
    [
      { pg: { schemaPrefix: "nodepool_" } },
      { schema_name: "nodepool_kamaji_tenant_tcp_charlie_default_pool" },
    ],
    [
      { remote: { hostname: "app.terraform.io", organization: "acme", workspacePrefix: "np-" } },
      {
        hostname: "app.terraform.io",
        organization: "acme",
        workspaces: { name: "np-kamaji-tenant-tcp-charlie-default-pool" },
      },
    ],
  ];
  it.each(cases)("%j", (backend, config) => {
    expect(renderBackend(backend, key, ".nodepool/kamaji-tenant/tcp-charlie/default-pool").config).toEqual(
      config,
    );
  });

  it("keeps PostgreSQL schema names within 63 characters and distinct", () => {
    const long = (pool: string) =>
      renderBackend(
        { pg: { schemaPrefix: "nodepool_" } },
        { tenant: "a-rather-long-tenant-name", controlPlane: "a-long-control-plane", pool },
        "x",
      ).config.schema_name as string;
    const [a, b] = [long("application-pool-one"), long("application-pool-two")];
    expect(a.length).toBeLessThanOrEqual(63);
    expect(a).not.toBe(b);
  });
});

describe("writing workspaces", () => {
  it("replaces an earlier render, keeps .terraform, and prunes removed pools only when asked", async () => {
    const out = mkdtempSync(join(tmpdir(), "nodepool-render-"));
    const workspaces = renderWorkspaces(examples, modules, out);
    await writeWorkspaces(out, workspaces, { prune: false });
    const charlie = join(out, "kamaji-tenant/tcp-charlie/default-pool");
    writeFileSync(join(charlie, "modules/vsphere/leftover.tf"), "# from an older render");
    mkdirSync(join(charlie, ".terraform"));
    const fewer = workspaces.filter((w) => !w.dir.endsWith("system-pool"));
    const kept = await writeWorkspaces(out, fewer, { prune: false });
    expect(existsSync(join(charlie, "modules/vsphere/leftover.tf"))).toBe(false);
    expect(existsSync(join(charlie, ".terraform"))).toBe(true);
    expect(readFileSync(join(charlie, "main.tf.json"), "utf8")).toBe(
      fileOf(workspaces.find((w) => w.dir.endsWith("tcp-charlie/default-pool")) as Workspace, "main.tf.json"),
    );
    expect(kept.stale).toEqual(["kamaji-tenant/tcp-charlie/system-pool"]);
    const pruned = await writeWorkspaces(out, fewer, { prune: true });
    expect(pruned).toMatchObject({ stale: [], pruned: ["kamaji-tenant/tcp-charlie/system-pool"] });
    expect(existsSync(join(out, "kamaji-tenant/tcp-charlie/system-pool"))).toBe(false);
  });
});

describe("the modules record in each workspace's state", () => {
  const recordOf = (workspace: Workspace) =>
    (
      JSON.parse(fileOf(workspace, "main.tf.json")) as {
        output: { nodepool_modules: { value: { release: string; digest: string } } };
      }
    ).output.nodepool_modules.value;
  const render = (files: ModuleFiles) =>
    new Map(
      renderWorkspaces(examples, files, ".nodepool").map((w) => [
        w.dir,
        { provider: w.pool.spec.provider, record: recordOf(w) },
      ]),
    );
  const edited = (name: string): ModuleFiles => ({
    ...modules,
    [name]: (modules[name] ?? []).map((file) =>
      file.path === "main.tf" ? { ...file, contents: `${file.contents}\n# a new release\n` } : file,
    ),
  });

  it("names the release and changes its digest exactly for the pools whose modules changed", () => {
    const before = render(modules);
    const version = JSON.parse(readFileSync("package.json", "utf8")).version as string;
    for (const { record } of before.values()) {
      expect(record.release).toBe(version);
      expect(record.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    }
    const vsphere = render(edited("vsphere"));
    for (const [dir, { provider, record }] of before)
      expect(vsphere.get(dir)?.record.digest === record.digest, dir).toBe(provider !== "vsphere");
    const pool = render(edited("pool"));
    for (const [dir, { record }] of before) expect(pool.get(dir)?.record.digest).not.toBe(record.digest);
    // Same files, same record: rendering twice plans nothing new.
    expect(render(modules)).toEqual(before);
  });
});
