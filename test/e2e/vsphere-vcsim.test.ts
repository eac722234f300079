import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinEnvironment } from "../../src/plan/join-placeholder.js";
import { type PlannedPool, planPools } from "../../src/plan/plan-pools.js";
import { loadPools } from "../../src/pool-format/load-pools.js";
import { readModuleFiles } from "../../src/render/module-files.js";
import type { ModuleFiles } from "../../src/render/workspace.js";
import { applyPlan, type RunnerOptions } from "../../src/terraform/runner.js";
import { missing, RUNNER_TOOLS, toolchain } from "../support/toolchain.js";
import { startVcsim, type Vcsim } from "../support/vcsim.js";

/**
 * The vSphere module, rendered from a pool file and planned and applied through our own runner
 * with the real provider against vcsim: scale up, a new join token, scale down.
 */
describe.each(RUNNER_TOOLS)("a vSphere pool against vcsim, with $name", ({ tool, bin }) => {
  describe.skipIf(missing(bin, "vcsim"))("end to end", () => {
    let vcsim: Vcsim;
    let root: string;
    let modules: ModuleFiles;
    const joinData = (token: string) => ({
      url: "tcp-e2e.example.com:6443",
      token,
      caCertHash: `sha256:${"c".repeat(64)}`,
    });

    beforeAll(async () => {
      vcsim = await startVcsim(toolchain().bin("vcsim") as string);
      root = mkdtempSync(join(tmpdir(), "nodepool-vcsim-"));
      mkdirSync(join(root, "pools"));
      mkdirSync(join(root, "plugins"));
      modules = await readModuleFiles("modules");
    });
    afterAll(async () => vcsim?.stop());

    async function plan(replicas: number, token: string): Promise<PlannedPool> {
      writeFileSync(
        join(root, "pools/pool.yaml"),
        `apiVersion: nodepool.kamaji.io/v1alpha1
kind: NodePoolSettings
metadata: { name: settings }
spec:
  backend:
    local: { directory: state }
---
apiVersion: nodepool.kamaji.io/v1alpha1
kind: NodePool
metadata: { name: workers, tenant: acme, controlPlane: tcp-e2e }
spec:
  provider: vsphere
  replicas: ${replicas}
  machine: { cpus: 1, memoryMiB: 1024, diskGiB: 10 }
  kubernetes: { version: v1.36.3, labels: { example.com/pool: workers } }
  network:
    static: { first: 10.20.0.10, last: 10.20.0.19, prefixLength: 24, gateway: 10.20.0.1 }
  vsphere: { datacenter: DC0, cluster: DC0_C0, datastore: LocalDS_0, network: VM Network, template: DC0_C0_RP0_VM0, waitForGuestNetMinutes: 0 }
`,
      );
      const loaded = await loadPools(["pools"], root);
      if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join("\n"));
      const runner: RunnerOptions = {
        binary: { tool, path: toolchain().bin(bin) as string },
        env: { ...toolchain().env, ...vcsim.env, ...joinEnvironment(joinData(token)) },
        pluginCacheDir: join(root, "plugins"),
        planDir: mkdtempSync(join(root, "plans-")),
        concurrency: 2,
      };
      const cwd = process.cwd();
      process.chdir(root);
      try {
        const [planned] = await planPools({
          pools: loaded.value.pools,
          removed: [],
          settings: loaded.value.settings,
          modules,
          outDir: "out",
          runner,
          lock: true,
        });
        if (!planned) throw new Error("nothing planned");
        if (planned.result.status !== "changes" && planned.result.status !== "no-changes") {
          throw new Error(`plan failed: ${JSON.stringify(planned.result)}`);
        }
        const applied = await applyPlan(planned.dir, runner);
        if (applied.status !== "applied") throw new Error(`apply failed: ${JSON.stringify(applied)}`);
        return planned;
      } finally {
        process.chdir(cwd);
      }
    }

    const nodes = (planned: PlannedPool) =>
      planned.result.status === "error" || planned.result.status === "locked"
        ? undefined
        : planned.result.summary.nodes;

    it("creates two machines named after their nodes", async () => {
      const planned = await plan(2, "aaaaaa.0123456789abcdef");
      expect(nodes(planned)).toMatchObject({
        create: ["tcp-e2e-workers-node-00", "tcp-e2e-workers-node-01"],
        replace: [],
        delete: [],
      });
    });

    it("leaves existing machines alone when only the join token changes", async () => {
      const planned = await plan(2, "bbbbbb.0123456789abcdef");
      expect(nodes(planned)).toMatchObject({ create: [], replace: [], delete: [] });
      expect(planned.result).toMatchObject({ status: "no-changes", nodesBefore: 2 });
    });

    it("scales up with the new token, touching only the new node", async () => {
      const planned = await plan(3, "cccccc.0123456789abcdef");
      expect(nodes(planned)).toMatchObject({ create: ["tcp-e2e-workers-node-02"], replace: [], delete: [] });
      if (planned.result.status !== "changes") throw new Error("expected changes");
      expect(planned.result.nodesBefore).toBe(2);
    });

    it("scales down by removing the highest node numbers only", async () => {
      const planned = await plan(1, "dddddd.0123456789abcdef");
      expect(nodes(planned)).toMatchObject({
        create: [],
        replace: [],
        delete: ["tcp-e2e-workers-node-01", "tcp-e2e-workers-node-02"],
      });
    });
  });
});
