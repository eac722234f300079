import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { List, Secret } from "../../src/kube/kube-types.js";
import { renderBackend } from "../../src/render/backend.js";
import {
  applyPlan,
  planWorkspaces,
  type RunnerOptions,
  type RunnerWorkspace,
} from "../../src/terraform/runner.js";

/** A workspace initialised on its own (a provider set of one). */
const alone = (dir: string): RunnerWorkspace => ({ dir, providers: dir });

import {
  type ControlPlane,
  controlPlaneMissing,
  startControlPlane,
} from "../support/control-plane/control-plane.js";
import { stateServiceAccount } from "../support/control-plane/state-access.js";
import { toolchain } from "../support/toolchain.js";

/**
 * The `kubernetes` state backend as we render it, against a real kube-apiserver (the natural home
 * of state for Kamaji users: the management cluster): one Secret per pool, Lease locking.
 */
const NAMESPACE = "nodepool-state";

describe.skipIf(controlPlaneMissing())("the kubernetes state backend, with a real kube-apiserver", () => {
  let cp: ControlPlane;
  let root: string;
  let options: RunnerOptions;

  beforeAll(async () => {
    cp = await startControlPlane();
    await cp.admin.post("/api/v1/namespaces", {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: NAMESPACE },
    });
    root = mkdtempSync(join(tmpdir(), "nodepool-k8s-backend-"));
    mkdirSync(join(root, "plugins"));
    options = {
      binary: { tool: "terraform", path: toolchain().bin("terraform") as string },
      env: { ...toolchain().env, KUBE_CONFIG_PATH: cp.adminKubeconfigPath },
      pluginCacheDir: join(root, "plugins"),
      planDir: mkdtempSync(join(root, "plans-")),
      concurrency: 2,
      lockTimeout: "60s",
    };
  }, 120_000);
  afterAll(async () => cp?.stop());

  function workspace(pool: string, resources: object): string {
    const dir = join(root, pool);
    mkdirSync(dir, { recursive: true });
    const backend = renderBackend(
      { kubernetes: { namespace: NAMESPACE, inClusterConfig: false } },
      { tenant: "acme", controlPlane: "tcp-one", pool },
      dir,
    );
    writeFileSync(join(dir, "main.tf.json"), JSON.stringify({ resource: { terraform_data: resources } }));
    // As render splits it: the block every pool shares, and this pool's Secret suffix beside it.
    const own = Object.fromEntries(
      Object.entries(backend.config).filter(([key]) => backend.perPool?.includes(key)),
    );
    const shared = Object.fromEntries(
      Object.entries(backend.config).filter(([key]) => !backend.perPool?.includes(key)),
    );
    writeFileSync(
      join(dir, "backend.tf.json"),
      JSON.stringify({ terraform: { backend: { [backend.type]: shared } } }),
    );
    writeFileSync(
      join(dir, "backend.tfbackend"),
      Object.entries(own)
        .map(([key, value]) => `${key} = ${JSON.stringify(value)}\n`)
        .join(""),
    );
    ownSettings.set(dir, own);
    return dir;
  }
  const ownSettings = new Map<string, Record<string, unknown>>();
  /** Workspaces of one provider set: the first one's init serves the others. */
  const together = (dirs: string[]): RunnerWorkspace[] =>
    dirs.map((dir) => ({ dir, providers: "kubernetes-state", backendConfig: ownSettings.get(dir) ?? {} }));

  it("keeps one state Secret per pool: two pools planned through one init and applied in parallel", async () => {
    const a = workspace("pool-a", { n0: { input: "a" } });
    const b = workspace("pool-b", { n0: { input: "b" }, n1: { input: "b" } });
    expect((await planWorkspaces(together([a, b]), options, { lock: true })).map((p) => p.status)).toEqual([
      "changes",
      "changes",
    ]);
    expect((await Promise.all([applyPlan(a, options), applyPlan(b, options)])).map((r) => r.status)).toEqual([
      "applied",
      "applied",
    ]);
    const secrets = await cp.admin.get<List<Secret>>(`/api/v1/namespaces/${NAMESPACE}/secrets`);
    expect(secrets.items.map((s) => s.metadata.name).sort()).toEqual([
      "tfstate-default-acme-tcp-one-pool-a",
      "tfstate-default-acme-tcp-one-pool-b",
    ]);
    expect((await planWorkspaces([a, b].map(alone), options, { lock: true })).map((p) => p.status)).toEqual([
      "no-changes",
      "no-changes",
    ]);
  }, 120_000);

  it("reports a pool whose state another run holds as state-locked, with who holds it", async () => {
    const dir = workspace("pool-locked", { slow: { provisioner: { "local-exec": { command: "sleep 8" } } } });
    const env = { ...process.env, ...options.env };
    await new Promise<void>((resolve, reject) => {
      // Another run, by hand, as the README says: terraform init -backend-config=backend.tfbackend.
      const args = ["init", "-input=false", "-backend-config=backend.tfbackend"];
      const init = spawn(options.binary.path, args, { cwd: dir, env, stdio: "ignore" });
      init.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`init exited ${code}`))));
    });
    const holder = spawn(options.binary.path, ["apply", "-auto-approve", "-input=false"], {
      cwd: dir,
      env,
      stdio: "pipe",
    });
    await new Promise<void>((resolve) =>
      holder.stdout?.on("data", (chunk: Buffer) => chunk.includes("Creating...") && resolve()),
    );
    const { lockTimeout: _, ...noWait } = options;
    const [outcome] = await planWorkspaces([dir].map(alone), noWait, { lock: true });
    holder.kill("SIGINT");
    await new Promise((resolve) => holder.on("exit", resolve));
    expect(outcome?.status).toBe("locked");
    if (outcome?.status === "locked") expect(outcome.lock.who).toMatch(/@/);
  }, 120_000);

  it("works with a ServiceAccount allowed only Secrets and Leases of its namespace, as the example workflows set up", async () => {
    // The example workflows' step: a kubeconfig of that token, readable by the job's user only.
    const kubeconfig = join(root, "state.kubeconfig");
    writeFileSync(kubeconfig, (await stateServiceAccount(cp, NAMESPACE)).kubeconfig, { mode: 0o600 });
    const asServiceAccount: RunnerOptions = {
      ...options,
      env: { ...options.env, KUBE_CONFIG_PATH: kubeconfig },
    };
    const dir = workspace("pool-sa", { n0: { input: "sa" } });
    const [planned] = await planWorkspaces([dir].map(alone), asServiceAccount, { lock: true });
    expect(planned?.status, JSON.stringify(planned)).toBe("changes");
    expect((await applyPlan(dir, asServiceAccount)).status).toBe("applied");
    const secret = await cp.admin.get<Secret>(
      `/api/v1/namespaces/${NAMESPACE}/secrets/tfstate-default-acme-tcp-one-pool-sa`,
    );
    expect(secret.metadata.name).toBe("tfstate-default-acme-tcp-one-pool-sa");
  }, 120_000);
});
