import { spawn, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
// @ts-expect-error: a plain .mjs build script, without types
import { esbuildOptions } from "../../scripts/esbuild-options.mjs";
import type { List, Node, Secret } from "../../src/kube/kube-types.js";
import {
  type gitIn,
  mergePullRequest,
  OWNER,
  pullRequestEvent,
  REPO,
  runAction,
} from "../support/action-run.js";
import { type ControlPlane, controlPlaneMissing } from "../support/control-plane/control-plane.js";
import { joinMachinesWhileRunning, reportReady } from "../support/control-plane/kubelet-stand-in.js";
import type { GitHubServer } from "../support/github-server/index.js";
import { type KamajiStage, startKamajiStage } from "../support/kamaji-stage.js";
import { missing, toolchain } from "../support/toolchain.js";
import { type Vcsim, vcsimPool } from "../support/vcsim.js";

/**
 * The action with nothing but a management kubeconfig: the Kamaji management cluster and the tenant
 * are a real control plane, machines are vSphere VMs on vcsim, and a kubelet stand-in joins each new
 * machine with the token the run minted (what the machine's cloud-init would do).
 */
const GH_TOKEN = "ghs_kamajitoken0123456789abcdefghijklmno";
const skip = missing("terraform", "vcsim") || controlPlaneMissing();

describe.skipIf(skip)("the action with a Kamaji management cluster, end to end", () => {
  let stage: KamajiStage;
  let cp: ControlPlane;
  let vcsim: Vcsim;
  let github: GitHubServer;
  let repo: string;
  let action: string;
  let git: ReturnType<typeof gitIn>;
  const joined: string[] = [];
  const seenTokens = new Set<string>();

  beforeAll(async () => {
    stage = await startKamajiStage({ githubToken: GH_TOKEN });
    ({ cp, vcsim, github, action, repo, git } = stage);
  }, 180_000);
  afterAll(() => stage?.stop());

  /** Without a version, the pool takes the control plane's. */
  function writePool(replicas: number, version?: string): void {
    writeFileSync(
      join(repo, "pools/workers.yaml"),
      vcsimPool({ name: "workers", controlPlane: "tcp-e2e", replicas, version }),
    );
  }

  const run = (eventName: string, payload: object) =>
    runAction({
      action,
      repo,
      github,
      githubToken: GH_TOKEN,
      eventName,
      payload,
      inputs: { "management-kubeconfig": cp.adminKubeconfig, "ready-timeout": "60s", "drain-timeout": "20s" },
      env: vcsim.env,
    });

  /** Plays the new machines (see joinMachinesWhileRunning), noting who joined with which token. */
  const joinMachines = <T>(nodes: string[], running: Promise<T>) =>
    joinMachinesWhileRunning(cp, nodes, running, (name, token) => {
      seenTokens.add(token.split(".")[0] ?? "");
      joined.push(name);
    });

  const comment = (number: number) =>
    github.github.commentsOn(OWNER, REPO, number).find((c) => c.body.startsWith("<!-- nodepool-action"))
      ?.body ?? "";
  const tokensLeft = async () =>
    (await cp.admin.get<List<Secret>>("/api/v1/namespaces/kube-system/secrets")).items.filter(
      (s) => s.type === "bootstrap.kubernetes.io/token",
    );
  const nodeNames = async () =>
    (await cp.admin.get<List<Node>>("/api/v1/nodes")).items.map((n) => n.metadata.name).sort();

  it("scales up: mints a token, and every new machine joins and is reported Ready; the token is gone after the run", async () => {
    const base = git("rev-parse", "HEAD");
    git("checkout", "-q", "-b", "workers");
    writePool(2);
    git("add", ".");
    git("commit", "-qm", "workers");
    github.github.addPullRequest(OWNER, REPO, { number: 1, headSha: git("rev-parse", "HEAD") });
    const planned = await run("pull_request", pullRequestEvent(1, git("rev-parse", "HEAD"), base));
    expect(planned.code, planned.log).toBe(0);
    expect(await tokensLeft()).toEqual([]); // a reviewed plan mints nothing

    const applied = await joinMachines(
      ["tcp-e2e-workers-node-00", "tcp-e2e-workers-node-01"],
      run("push", mergePullRequest(github, git, 1, "workers")),
    );
    expect(applied.code, applied.log).toBe(0);
    expect(joined).toEqual(["tcp-e2e-workers-node-00", "tcp-e2e-workers-node-01"]);
    expect(seenTokens.size).toBe(1);
    expect(comment(1)).toContain("  - tcp-e2e-workers-node-00: Ready");
    expect(comment(1)).toContain("  - tcp-e2e-workers-node-01: Ready");
    expect(await tokensLeft()).toEqual([]);
    // The minted token never reached GitHub.
    const sent = github.requests.map((r) => r.body).join("\n");
    for (const id of seenTokens) expect(sent).not.toMatch(new RegExp(`${id}\\.[a-z0-9]{16}`));
  }, 300_000);

  it("scales down: cordons and drains the node first, then removes its Node object", async () => {
    const base = git("rev-parse", "main");
    git("checkout", "-q", "-b", "fewer");
    writePool(1);
    git("commit", "-qam", "one worker");
    github.github.addPullRequest(OWNER, REPO, {
      number: 2,
      headSha: git("rev-parse", "HEAD"),
      labels: ["nodepool/allow-destroy"],
    });
    expect((await run("pull_request", pullRequestEvent(2, git("rev-parse", "HEAD"), base))).code).toBe(0);
    const applied = await run("push", mergePullRequest(github, git, 2, "fewer"));
    expect(applied.code, applied.log).toBe(0);
    expect(comment(2)).toContain("cordoned and drained tcp-e2e-workers-node-01");
    expect(comment(2)).toContain("tcp-e2e-workers-node-01: Node object deleted");
    expect(await nodeNames()).toEqual(["tcp-e2e-workers-node-00"]);
    expect(await tokensLeft()).toEqual([]); // nothing to create: no token minted
    expect(github.violations).toEqual([]);
  }, 300_000);

  it("nodepool status compares machines in state with Nodes, finds orphans and kubelets older than what new machines install; nodepool preflight checks a fresh token", async () => {
    const cli = resolve("dist-test/cli.mjs");
    await build({ ...esbuildOptions, entryPoints: ["src/cli.ts"], outfile: cli });
    const management = join(repo, "..", `${basename(repo)}-management.kubeconfig`);
    writeFileSync(management, cp.adminKubeconfig);
    const nodepool = (...args: string[]) =>
      spawnSync(process.execPath, [cli, ...args, "--management-kubeconfig", management], {
        cwd: repo,
        env: { ...process.env, ...toolchain().env },
        encoding: "utf8",
      });
    await cp.admin.post("/api/v1/nodes", {
      apiVersion: "v1",
      kind: "Node",
      metadata: { name: "tcp-e2e-workers-node-07" },
    });
    // As if the machine had joined before its control plane's upgrade to 1.36.
    await reportReady(cp.admin, "tcp-e2e-workers-node-00", "v1.35.2");
    const status = nodepool("status", "--workspaces", ".nodepool/workspaces");
    expect(status.status, status.stderr).toBe(0);
    expect(status.stdout).toBe(
      [
        "acme/tcp-e2e/workers: 1 machines, 1 Ready",
        "  not ready: -",
        "  missing (machine without a Node): -",
        "  orphans (Node without a machine): tcp-e2e-workers-node-07",
        "  kubelet older than v1.36.3 (what new machines install): tcp-e2e-workers-node-00 (v1.35.2)",
        "",
      ].join("\n"),
    );
    const json = nodepool("status", "--workspaces", ".nodepool/workspaces", "--json");
    expect(JSON.parse(json.stdout)).toEqual([
      {
        pool: "acme/tcp-e2e/workers",
        machines: 1,
        ready: ["tcp-e2e-workers-node-00"],
        notReady: [],
        missing: [],
        orphans: ["tcp-e2e-workers-node-07"],
        version: "v1.36.3",
        behind: [{ node: "tcp-e2e-workers-node-00", kubelet: "v1.35.2", outsideSkew: false }],
      },
    ]);
    await reportReady(cp.admin, "tcp-e2e-workers-node-00", "v1.36.3");
    const preflight = nodepool("preflight");
    expect(preflight.status, preflight.stderr).toBe(0);
    expect(preflight.stdout).toMatch(
      /^acme\/tcp-e2e: token [a-z0-9]{6} signed after \d+ ms; preflight passed$/m,
    );
    expect(preflight.stdout).toMatch(/^acme\/tcp-e2e: token [a-z0-9]{6} deleted$/m);
    expect(await tokensLeft()).toEqual([]);
    // A kubeconfig whose current context points elsewhere: --context picks the management cluster.
    const config = parse(cp.adminKubeconfig) as {
      clusters: { name: string; cluster: Record<string, string> }[];
      contexts: { name: string; context: { cluster: string; user: string } }[];
      "current-context": string;
    };
    const real = config["current-context"];
    const [cluster] = config.clusters;
    const [context] = config.contexts;
    if (!cluster || !context) throw new Error("the admin kubeconfig has no cluster or context");
    config.clusters.push({
      name: "elsewhere",
      cluster: { ...cluster.cluster, server: "https://127.0.0.1:1" },
    });
    config.contexts.push({ name: "elsewhere", context: { ...context.context, cluster: "elsewhere" } });
    config["current-context"] = "elsewhere";
    writeFileSync(management, stringify(config));
    expect(nodepool("preflight").status).toBe(1);
    const chosen = nodepool("preflight", "--context", real);
    expect(chosen.status, chosen.stderr).toBe(0);
    expect(chosen.stdout).toMatch(
      /^acme\/tcp-e2e: token [a-z0-9]{6} signed after \d+ ms; preflight passed$/m,
    );
  }, 120_000);

  it("refuses a pool newer than its control plane before planning anything", async () => {
    const base = git("rev-parse", "main");
    git("checkout", "-q", "-b", "too-new");
    writePool(1, "v1.40.0");
    git("commit", "-qam", "newer kubelets");
    github.github.addPullRequest(OWNER, REPO, { number: 3, headSha: git("rev-parse", "HEAD") });
    const planned = await run("pull_request", pullRequestEvent(3, git("rev-parse", "HEAD"), base));
    expect(planned.code).toBe(1);
    expect(planned.outputs["failure-reason"]).toBe("plan-failed");
    expect(comment(3)).toContain(
      "acme/tcp-e2e/workers: kubernetes.version v1.40.0 is newer than the control plane (v1.36.3)",
    );
  }, 120_000);

  it("nodepool apply with a management kubeconfig: the plan file's pools get a fresh token, join and are reported Ready; a replaced machine too, its old Node object deleted first", async () => {
    const cli = resolve("dist-test/cli.mjs");
    await build({ ...esbuildOptions, entryPoints: ["src/cli.ts"], outfile: cli });
    const management = join(repo, "..", `${basename(repo)}-cli-management.kubeconfig`);
    writeFileSync(management, cp.adminKubeconfig);
    const nodepool = (...args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
        const child = spawn(process.execPath, [cli, ...args], {
          cwd: repo,
          env: { ...process.env, ...toolchain().env, ...vcsim.env, KUBECONFIG: management },
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk) => {
          stdout += chunk;
        });
        child.stderr.on("data", (chunk) => {
          stderr += chunk;
        });
        child.on("close", (code) => done({ code, stdout, stderr }));
      });
    git("checkout", "-q", "main");
    await cp.admin.delete("/api/v1/nodes/tcp-e2e-workers-node-07"); // the status test's orphan
    writePool(2);
    const planFile = join(repo, "..", `${basename(repo)}-plan.json`);
    const planned = await nodepool("plan", "--out", planFile);
    expect(planned.code, planned.stderr).toBe(0);
    expect(await tokensLeft()).toEqual([]); // planning mints nothing

    joined.length = 0;
    const applied = await joinMachines(
      ["tcp-e2e-workers-node-01"],
      nodepool("apply", "--plan", planFile, "--ready-timeout", "60s"),
    );
    expect(applied.code, applied.stderr).toBe(0);
    expect(joined).toEqual(["tcp-e2e-workers-node-01"]);
    expect(applied.stdout).toContain("  - tcp-e2e-workers-node-01: Ready");
    expect(await tokensLeft()).toEqual([]);
    for (const id of seenTokens)
      expect(applied.stdout + applied.stderr).not.toMatch(new RegExp(`${id}\\.[a-z0-9]{16}`));

    // A machine replaced under its own name (here tainted in state, as after a failed create):
    // drained, its old Node object deleted before the apply, a token minted for the new machine,
    // which joins as a fresh, schedulable Node.
    const taint = spawnSync(
      toolchain().bin("terraform") as string,
      ["taint", "-no-color", 'module.nodes.vsphere_virtual_machine.this["tcp-e2e-workers-node-00"]'],
      {
        cwd: join(repo, ".nodepool/acme/tcp-e2e/workers"),
        env: { ...process.env, ...toolchain().env, ...vcsim.env },
        encoding: "utf8",
      },
    );
    expect(taint.status, taint.stderr).toBe(0);
    const replacing = await nodepool("plan", "--out", planFile);
    expect(replacing.code, replacing.stderr).toBe(0);
    expect(replacing.stdout).toContain("tcp-e2e-workers-node-00");
    joined.length = 0;
    const refused = await nodepool("apply", "--plan", planFile);
    expect(refused.code).toBe(1); // a replacement destroys a machine: --allow-destroy
    const replaced = await joinMachines(
      ["tcp-e2e-workers-node-00"],
      nodepool("apply", "--plan", planFile, "--allow-destroy", "--ready-timeout", "60s"),
    );
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain("cordoned and drained tcp-e2e-workers-node-00");
    expect(replaced.stdout).toMatch(/applied in [\d.]+ s; replaced tcp-e2e-workers-node-00/);
    expect(replaced.stdout).toContain("  - tcp-e2e-workers-node-00: Node object deleted");
    expect(replaced.stdout).toContain("  - tcp-e2e-workers-node-00: Ready");
    expect(joined).toEqual(["tcp-e2e-workers-node-00"]);
    const node = await cp.admin.get<Node>("/api/v1/nodes/tcp-e2e-workers-node-00");
    expect(node.spec?.unschedulable ?? false).toBe(false);
    expect(await tokensLeft()).toEqual([]);

    // Two at once is more than spec.rollout.maxUnavailable (default 1) allows: refused unplanned.
    writeFileSync(
      join(repo, "pools/workers.yaml"),
      `${vcsimPool({ name: "workers", controlPlane: "tcp-e2e", replicas: 2 })}  replace: [tcp-e2e-workers-node-00, tcp-e2e-workers-node-01]\n`,
    );
    const tooMany = await nodepool("plan", "--base", "HEAD");
    expect(tooMany.code).toBe(1);
    expect(tooMany.stdout).toContain("but spec.rollout.maxUnavailable allows 1 at once");
    // The same asked for in the pool file: node-01 newly listed in spec.replace (against the
    // committed pools) is replaced alone; listing it again later would not replace it again.
    writeFileSync(
      join(repo, "pools/workers.yaml"),
      `${vcsimPool({ name: "workers", controlPlane: "tcp-e2e", replicas: 2 })}  replace: [tcp-e2e-workers-node-01]\n`,
    );
    const asked = await nodepool("plan", "--base", "HEAD", "--out", planFile);
    expect(asked.code, asked.stderr).toBe(0);
    expect(asked.stdout).toContain(
      'vsphere_virtual_machine.this["tcp-e2e-workers-node-01"] will be replaced, as requested',
    );
    expect(asked.stdout).not.toContain('this["tcp-e2e-workers-node-00"] will be replaced');
    joined.length = 0;
    const rebuilt = await joinMachines(
      ["tcp-e2e-workers-node-01"],
      nodepool("apply", "--plan", planFile, "--allow-destroy", "--ready-timeout", "60s"),
    );
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toMatch(/applied in [\d.]+ s; replaced tcp-e2e-workers-node-01$/m);
    expect(rebuilt.stdout).toContain("  - tcp-e2e-workers-node-01: Ready");
    expect(joined).toEqual(["tcp-e2e-workers-node-01"]);
    expect(await tokensLeft()).toEqual([]);
  }, 300_000);

  it("replaces the node a pull request newly lists in spec.replace: planned alone, rebuilt on merge, its new Node Ready", async () => {
    const base = git("rev-parse", "main");
    git("checkout", "-q", "-b", "rebuild");
    writeFileSync(
      join(repo, "pools/workers.yaml"),
      `${vcsimPool({ name: "workers", controlPlane: "tcp-e2e", replicas: 2 })}  replace: [tcp-e2e-workers-node-00]\n`,
    );
    git("commit", "-qam", "rebuild node-00");
    const head = git("rev-parse", "HEAD");
    github.github.addPullRequest(OWNER, REPO, {
      number: 4,
      headSha: head,
      labels: ["nodepool/allow-destroy"],
    });
    const planned = await run("pull_request", pullRequestEvent(4, head, base));
    expect(planned.code, planned.log).toBe(0);
    expect(comment(4)).toContain(
      'vsphere_virtual_machine.this["tcp-e2e-workers-node-00"] will be replaced, as requested',
    );
    expect(comment(4)).not.toContain('this["tcp-e2e-workers-node-01"] will be replaced');
    joined.length = 0;
    const applied = await joinMachines(
      ["tcp-e2e-workers-node-00"],
      run("push", mergePullRequest(github, git, 4, "rebuild")),
    );
    expect(applied.code, applied.log).toBe(0);
    expect(joined).toEqual(["tcp-e2e-workers-node-00"]);
    expect(comment(4)).toMatch(/applied in [\d.]+ s; replaced tcp-e2e-workers-node-00/);
    expect(comment(4)).toContain("  - tcp-e2e-workers-node-00: Ready");
    expect(await tokensLeft()).toEqual([]);
    expect(github.violations).toEqual([]);
  }, 300_000);
});
