import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script, without types
import { esbuildOptions } from "../../scripts/esbuild-options.mjs";
import { createPoolsRepo, type gitIn } from "../support/action-run.js";
import { missing, toolchain } from "../support/toolchain.js";
import { startVcsim, type Vcsim, vcsimPool } from "../support/vcsim.js";

const JOIN_TOKEN = "c1ipln.0123456789abcdef";

/** `nodepool plan` as a user runs it in a pools repository, against vcsim with real terraform. */
describe.skipIf(missing("terraform", "vcsim"))("nodepool plan", () => {
  let vcsim: Vcsim;
  let cli: string;
  let repo: string;
  let git: ReturnType<typeof gitIn>;
  /** XDG_CACHE_HOME of the user running the CLI. */
  let cacheHome: string;

  beforeAll(async () => {
    vcsim = await startVcsim(toolchain().bin("vcsim") as string);
    // Beside dist/, so that the bundle finds modules/ as dist/cli.js does.
    cli = resolve("dist-test/cli-plan.mjs");
    await build({ ...esbuildOptions, entryPoints: ["src/cli.ts"], outfile: cli });
    ({ repo, git } = createPoolsRepo());
    cacheHome = mkdtempSync(join(tmpdir(), "nodepool-cache-home-"));
  });
  afterAll(() => vcsim?.stop());

  const writePool = (name: string, replicas: number, datastore = "LocalDS_0") =>
    writeFileSync(
      join(repo, `pools/${name}.yaml`),
      vcsimPool({ name, controlPlane: "tcp-cli", replicas, version: "v1.36.3", datastore }),
    );

  const runCli = (bundle: string, ...args: string[]) => {
    const run = spawnSync(process.execPath, [bundle, ...args], {
      cwd: repo,
      env: {
        ...process.env,
        ...toolchain().env,
        ...vcsim.env,
        GITHUB_ACTIONS: "",
        KUBECONFIG: "",
        TF_PLUGIN_CACHE_DIR: "",
        XDG_CACHE_HOME: cacheHome,
        NODEPOOL_JOIN_URL: "tcp-cli.example.com:6443",
        NODEPOOL_JOIN_TOKEN: JOIN_TOKEN,
        NODEPOOL_JOIN_CA_CERT_HASH: `sha256:${"c".repeat(64)}`,
      },
      encoding: "utf8",
    });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };
  /** The CLI under test; `nodepool.with(bundle)` runs another build of it. */
  const nodepool = Object.assign((...args: string[]) => runCli(cli, ...args), {
    with:
      (bundle: string) =>
      (...args: string[]) =>
        runCli(bundle, ...args),
  });

  it("plans every pool and prints the report, the join token nowhere", () => {
    writePool("workers", 2);
    writePool("batch", 1);
    git("add", ".");
    git("commit", "-qm", "two pools");
    const run = nodepool("plan", "pools");
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("tcp-cli-workers-node-00");
    expect(run.stdout).toContain("tcp-cli-workers-node-01");
    expect(run.stdout).toContain("tcp-cli-batch-node-00");
    expect(run.stdout).toContain("Plan: 2 to add, 0 to change, 0 to destroy.");
    expect(run.stderr).toMatch(/workers: plan has changes \([12] of 2 planned\)$/m);
    // Progress counts every pool as it finishes.
    expect(run.stderr).toMatch(/: plan has changes \(2 of 2 planned\)$/m);
    // One init for the provider set; the other workspace borrows it.
    expect(run.stderr.match(/: init$/gm)).toHaveLength(1);
    // The provider stays unpacked in the user's cache for the next run.
    const provider = join(cacheHome, "nodepool/plugins/registry.terraform.io/vmware/vsphere");
    const [unpacked] = readdirSync(provider, { recursive: true, encoding: "utf8" }).filter((f) =>
      /terraform-provider-vsphere/.test(f),
    );
    const before = statSync(join(provider, unpacked ?? "missing"));
    expect(nodepool("plan", "pools").code).toBe(0);
    expect(statSync(join(provider, unpacked ?? "missing")).mtimeMs).toBe(before.mtimeMs);
    const files = readdirSync(join(repo, ".nodepool"), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.parentPath.includes("/.terraform/providers"))
      .map((entry) => join(entry.parentPath, entry.name));
    expect(files.filter((file) => readFileSync(file).includes(JOIN_TOKEN))).toEqual([]);
    expect(run.stdout + run.stderr).not.toContain(JOIN_TOKEN);
  }, 120_000);

  it("plans only what changed since --base, and a pool terraform refuses fails alone with exit 1", () => {
    writePool("workers", 3);
    writePool("batch", 1, "NoSuchDatastore");
    const run = nodepool("plan", "pools", "--base", "HEAD");
    expect(run.stderr).toContain("2 changed, 0 removed, 0 unchanged since HEAD");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("tcp-cli-workers-node-02");
    expect(run.stdout).toContain("NoSuchDatastore");
    expect(run.stdout).not.toContain(JOIN_TOKEN);
  }, 120_000);

  it("runs the tool the pool settings name, says when its version is not the pinned one, and --tool wins", () => {
    const settings = join(repo, "pools/settings.yaml");
    const original = readFileSync(settings, "utf8");
    writeFileSync(settings, `${original}  terraform: { tool: tofu, version: 1.6.2 }\n`);
    try {
      writePool("batch", 1);
      const tofu = nodepool("plan", "pools");
      expect(tofu.code, tofu.stderr).toBe(0);
      expect(tofu.stderr).toMatch(/pins tofu 1\.6\.2, but \S+\/tofu is 1\.6\.3: plan hashes will differ/);
      const terraform = nodepool("plan", "pools", "--tool", "terraform");
      expect(terraform.code, terraform.stderr).toBe(0);
      expect(terraform.stderr).not.toContain("pins");
    } finally {
      writeFileSync(settings, original);
    }
  }, 180_000);

  it("applies what plan --out wrote, refuses a pool edited since, and never shows the join token", () => {
    writePool("workers", 1);
    writePool("batch", 1);
    const planFile = join(repo, "..", `${basename(repo)}-plan.json`);
    const planned = nodepool("plan", "pools", "--out", planFile);
    expect(planned.code, planned.stderr).toBe(0);
    const file = JSON.parse(readFileSync(planFile, "utf8")) as { hashes: Record<string, string> };
    expect(Object.keys(file.hashes).sort()).toEqual(["acme/tcp-cli/batch", "acme/tcp-cli/workers"]);

    writePool("batch", 2); // after the plan was made: not what was reviewed
    const refused = nodepool("apply", "pools", "--plan", planFile);
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stdout).toMatch(
      /`acme\/tcp-cli\/batch`: the plan changed since review \(the reviewed plan was sha256:/,
    );
    expect(refused.stdout).toMatch(
      /`acme\/tcp-cli\/workers`: applied in [\d.]+ s; created tcp-cli-workers-node-00/,
    );

    writePool("batch", 1);
    const applied = nodepool("apply", "pools", "--plan", planFile);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("Applied from ");
    expect(applied.stdout).toMatch(
      /`acme\/tcp-cli\/batch`: applied in [\d.]+ s; created tcp-cli-batch-node-00/,
    );
    expect(applied.stdout).toContain("`acme/tcp-cli/workers`: no changes");
    // terraform's apply progress reaches the terminal line by line, named by pool.
    expect(applied.stderr).toMatch(/batch: .*Creation complete after/);
    for (const run of [planned, refused, applied]) expect(run.stdout + run.stderr).not.toContain(JOIN_TOKEN);
    expect(readFileSync(planFile, "utf8")).not.toContain(JOIN_TOKEN);
  }, 300_000);

  it("prints each pool's plan as JSON with --json", () => {
    writePool("workers", 2);
    const run = nodepool("plan", "pools", "--json");
    expect(run.code, run.stderr).toBe(0);
    const pools = JSON.parse(run.stdout) as {
      pool: string;
      status: string;
      hash: string;
      nodes: { create: string[] };
    }[];
    const workers = pools.find((p) => p.pool === "workers");
    expect(workers).toMatchObject({ status: "changes", nodes: { create: ["tcp-cli-workers-node-01"] } });
    expect(workers?.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  }, 120_000);

  it("plans a pool removed since --base as a destroy, and applies it only with --allow-destroy", () => {
    // The last test applied batch with one machine; HEAD still has its file.
    rmSync(join(repo, "pools/batch.yaml"));
    const planFile = join(repo, "..", `${basename(repo)}-removal.json`);
    const planned = nodepool("plan", "pools", "--base", "HEAD", "--out", planFile);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stderr).toContain("0 changed, 1 removed, 1 unchanged since HEAD");
    const file = JSON.parse(readFileSync(planFile, "utf8")) as {
      base: string;
      hashes: Record<string, string>;
    };
    expect(file.base).toMatch(/^[0-9a-f]{40}$/);
    expect(Object.keys(file.hashes)).toEqual(["acme/tcp-cli/batch"]);

    const refused = nodepool("apply", "pools", "--plan", planFile);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("`acme/tcp-cli/batch`: destroys tcp-cli-batch-node-00; refused");
    // A commit after planning moves HEAD, not the plan's base.
    git("commit", "-qam", "batch removed");
    const applied = nodepool("apply", "pools", "--plan", planFile, "--allow-destroy");
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toMatch(
      /`acme\/tcp-cli\/batch`: applied in [\d.]+ s; removed tcp-cli-batch-node-00/,
    );
  }, 180_000);

  it("after an upgrade of its modules, a change of the action's pin plans every pool and says module upgrade", async () => {
    // The next release: the same CLI with a module changed, beside it as dist/ and modules/ ship.
    const release = mkdtempSync(join(tmpdir(), "nodepool-next-release-"));
    cpSync("modules", join(release, "modules"), { recursive: true });
    appendFileSync(join(release, "modules/pool/main.tf"), "\n# the next release\n");
    const next = join(release, "dist", "cli.mjs");
    await build({ ...esbuildOptions, entryPoints: ["src/cli.ts"], outfile: next });
    writePool("workers", 1); // as applied: the upgrade is the only change
    mkdirSync(join(repo, ".github/workflows"), { recursive: true });
    const workflow = join(repo, ".github/workflows/nodepool.yml");
    writeFileSync(
      workflow,
      "on: pull_request\njobs:\n  plan:\n    steps:\n      - uses: kamaji/nodepool-action@v1.0.0\n",
    );
    git("add", ".");
    git("commit", "-qm", "workflow");
    expect(nodepool("plan", "pools", "--base", "HEAD").stderr).toContain("0 changed, 0 removed, 1 unchanged");

    writeFileSync(workflow, readFileSync(workflow, "utf8").replace("@v1.0.0", "@v1.1.0"));
    const planFile = join(release, "plan.json");
    const planned = nodepool.with(next)("plan", "pools", "--base", "HEAD", "--out", planFile);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stderr).toContain("planning all 1 pools (the action's pin changed), 0 removed since HEAD");
    expect(planned.stdout).toMatch(/1 pool: no node changes, 1 with a module upgrade/);
    expect(planned.stdout).toMatch(
      /0 to add, 0 to change, 0 to destroy \(module upgrade 0\.\d+\.\d+ [0-9a-f]{12} → 0\.\d+\.\d+ [0-9a-f]{12}\)/,
    );
    const applied = nodepool.with(next)("apply", "pools", "--plan", planFile);
    expect(applied.code, applied.stderr).toBe(0);
    // Recorded now: the next plan with those modules has nothing to say.
    const again = nodepool.with(next)("plan", "pools");
    expect(again.stdout).toContain("1 pool: no node changes");
    expect(again.stdout).not.toContain("module upgrade");
  }, 300_000);
});
