import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizePlanText } from "../../src/plan/plan-text-summary.js";
import { savedPlanPath } from "../../src/terraform/plan-folder.js";
import {
  applyPlan,
  planWorkspaces,
  type RunnerOptions,
  type RunnerWorkspace,
} from "../../src/terraform/runner.js";

/** A workspace initialised on its own (a provider set of one). */
const alone = (dir: string): RunnerWorkspace => ({ dir, providers: dir });

/**
 * Workspaces as render writes them: one backend block for all, and what names each one's state
 * in its backend.tfbackend; one `init` may serve them all.
 */
function sharing(
  root: string,
  pools: { name: string; main: object; own: Record<string, string> }[],
  block: object,
) {
  return pools.map(({ name, main, own }): RunnerWorkspace => {
    const dir = workspace(root, name, main, block);
    const lines = Object.entries(own).map(([key, value]) => `${key} = ${JSON.stringify(value)}`);
    writeFileSync(join(dir, "backend.tfbackend"), `${lines.join("\n")}\n`);
    return { dir, providers: "terraform_data", backendConfig: own };
  });
}

import { type Postgres, postgresBinDir, startPostgres } from "../support/postgres.js";
import { missing, RUNNER_TOOLS, toolchain } from "../support/toolchain.js";

const TOKEN = "abcdef.0123456789abcdef";

/** A workspace of terraform_data resources: real Terraform, no provider to install. */
function workspace(root: string, name: string, main: object, backend?: object): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify(main, null, 2));
  if (backend) writeFileSync(join(dir, "backend.tf.json"), JSON.stringify({ terraform: { backend } }));
  return dir;
}

const nodes = (count: number) => ({
  variable: { join_token: { type: "string", sensitive: true } },
  resource: {
    terraform_data: Object.fromEntries(
      Array.from({ length: count }, (_, i) => [`node_${i}`, { input: "${sha256(var.join_token)}" }]),
    ),
  },
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe.skipIf(missing("terraform"))("the runner, with real terraform", () => {
  let root: string;
  let options: RunnerOptions;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "nodepool-runner-"));
    const terraform = toolchain().bin("terraform") as string;
    options = {
      binary: { tool: "terraform", path: terraform },
      env: { ...toolchain().env, TF_VAR_join_token: TOKEN },
      pluginCacheDir: join(root, ".plugins"),
      planDir: join(root, ".plans"),
      concurrency: 3,
    };
    mkdirSync(options.pluginCacheDir);
    mkdirSync(options.planDir, { mode: 0o700 });
  });

  it("types every outcome, and one failing workspace does not stop the others", async () => {
    const changed = workspace(root, "changed", nodes(3));
    const empty = workspace(root, "empty", { variable: nodes(0).variable });
    const broken = workspace(root, "broken", {
      resource: { terraform_data: { x: { input: "${var.undeclared}" } } },
    });
    const outcomes = await planWorkspaces([changed, empty, broken].map(alone), options, { lock: true });
    expect(outcomes.map((o) => `${o.workspace.split("/").pop()}:${o.status}`)).toEqual([
      "changed:changes",
      "empty:no-changes",
      "broken:error",
    ]);
    const [first, , failed] = outcomes;
    if (first?.status !== "changes" || failed?.status !== "error") throw new Error("unexpected outcomes");
    expect(summarizePlanText(first.text)).toMatchObject({ toAdd: 3, toChange: 0, toDestroy: 0 });
    expect(first.text).toContain("Plan: 3 to add, 0 to change, 0 to destroy.");
    expect(failed.stage).toBe("plan");
    expect(failed.diagnostics[0]).toMatchObject({
      severity: "error",
      summary: "Reference to undeclared input variable",
      location: "main.tf.json:5",
    });
  });

  it("reports a failed first init of a provider set per workspace, and still plans the rest", async () => {
    // Both need a provider no mirror has: the first one's init fails, the second inits on its own.
    const missingProvider = {
      terraform: { required_providers: { nowhere: { source: "example/nowhere" } } },
      resource: { terraform_data: { x: { input: "x" } } },
    };
    const first = workspace(root, "unresolvable-1", missingProvider);
    const second = workspace(root, "unresolvable-2", missingProvider);
    const healthy = workspace(root, "healthy", nodes(1));
    // The two share a provider set, so one init is tried for both.
    const outcomes = await planWorkspaces(
      [
        { dir: first, providers: "nowhere" },
        { dir: second, providers: "nowhere" },
        { dir: healthy, providers: "terraform_data" },
      ],
      options,
      { lock: true },
    );
    expect(outcomes.map((o) => `${o.workspace.split("/").pop()}:${o.status}`)).toEqual([
      "unresolvable-1:error",
      "unresolvable-2:error",
      "healthy:changes",
    ]);
    for (const outcome of outcomes.slice(0, 2)) {
      expect(outcome).toMatchObject({ stage: "init" });
      if (outcome.status === "error") expect(outcome.diagnostics[0]?.detail).toContain("example/nowhere");
    }
  });

  it("applies exactly the saved plan, then removes it; a second plan has no changes", async () => {
    const dir = workspace(root, "applied", nodes(2));
    const [planned] = await planWorkspaces([dir].map(alone), options, { lock: true });
    expect(planned?.status).toBe("changes");
    // The saved plan holds the join token: owner-only, in the plan folder, nothing in the workspace.
    expect(statSync(savedPlanPath(options.planDir, dir)).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir).filter((name) => name.includes("plan"))).toEqual([]);
    const progress: string[] = [];
    const applied = await applyPlan(dir, {
      ...options,
      log: (at, line) => at === dir && progress.push(line),
    });
    expect(applied).toMatchObject({ status: "applied" });
    // terraform's progress reaches the log line by line, named after the resources.
    expect(progress).toContain("terraform_data.node_0: Creating...");
    expect(progress.some((line) => /^terraform_data\.node_1: Creation complete after \d+s/.test(line))).toBe(
      true,
    );
    expect(statSync(savedPlanPath(options.planDir, dir), { throwIfNoEntry: false })).toBeUndefined();
    const [again] = await planWorkspaces([dir].map(alone), options, { lock: true });
    expect(again?.status).toBe("no-changes");
    // Its text is the plan alone: no refresh progress (in no fixed order), no saved plan's path.
    if (again?.status !== "no-changes") throw new Error("expected no changes");
    expect(again.text).toMatch(/^No changes\./);
    expect(again.text).not.toContain("Refreshing state");
    expect(again.text).not.toContain(options.planDir);
  });

  it("initialises one workspace of a provider set and gives the others its init, each with its own state", async () => {
    const pools = [1, 2, 3].map((count) => ({
      name: `shared-${count}`,
      main: nodes(count),
      own: { path: `../states/shared-${count}.tfstate` },
    }));
    const lines: string[] = [];
    const logging = {
      ...options,
      log: (dir: string, line: string) => lines.push(`${dir.split("/").pop()}: ${line}`),
    };
    const workspaces = sharing(root, pools, { local: {} });
    const planned = await planWorkspaces(workspaces, logging, { lock: true });
    expect(planned.map((p) => p.status)).toEqual(["changes", "changes", "changes"]);
    expect(lines.filter((line) => line.endsWith(": init"))).toEqual(["shared-1: init"]);
    for (const { dir } of workspaces) expect((await applyPlan(dir, options)).status).toBe("applied");
    // Each state file holds its own pool's resources: none was written to the leader's.
    for (const count of [1, 2, 3]) {
      const state = JSON.parse(readFileSync(join(root, "states", `shared-${count}.tfstate`), "utf8")) as {
        resources: unknown[];
      };
      expect(state.resources).toHaveLength(count);
    }
    const again = await planWorkspaces(workspaces, options, { lock: true });
    expect(again.map((p) => p.status)).toEqual(["no-changes", "no-changes", "no-changes"]);
  });

  it("runs a workspace's own init when the shared one does not fit its backend block", async () => {
    const [leader, follower] = sharing(
      root,
      [
        { name: "fit-leader", main: nodes(1), own: { path: "../states/fit-leader.tfstate" } },
        { name: "fit-other", main: nodes(2), own: { path: "../states/fit-other.tfstate" } },
      ],
      { local: {} },
    );
    if (!leader || !follower) throw new Error("no workspaces");
    // Another backend block than the leader's: terraform refuses the borrowed init and asks for its own.
    writeFileSync(
      join(follower.dir, "backend.tf.json"),
      JSON.stringify({ terraform: { backend: { local: { workspace_dir: "elsewhere" } } } }),
    );
    const lines: string[] = [];
    const logging = {
      ...options,
      log: (dir: string, line: string) => lines.push(`${dir.split("/").pop()}: ${line}`),
    };
    const planned = await planWorkspaces([leader, follower], logging, { lock: true });
    expect(
      planned.map((p) => p.status),
      JSON.stringify(planned),
    ).toEqual(["changes", "changes"]);
    expect(lines).toContain("fit-other: init (the shared one did not fit)");
    expect((await applyPlan(follower.dir, options)).status).toBe("applied");
    const state = JSON.parse(readFileSync(join(root, "states", "fit-other.tfstate"), "utf8")) as {
      resources: unknown[];
    };
    expect(state.resources).toHaveLength(2);
  });

  it("passes join data through the environment only: no file we write holds the token", async () => {
    const dir = workspace(root, "secret", nodes(1));
    await planWorkspaces([dir].map(alone), options, { lock: true });
    await applyPlan(dir, options);
    const leaking = filesUnder(dir)
      .filter((file) => !file.includes("/.terraform/providers/"))
      .filter((file) => readFileSync(file).includes(TOKEN));
    expect(leaking).toEqual([]);
  });
});

describe.each(RUNNER_TOOLS)("the pg state backend, with a real PostgreSQL and $name", ({ tool, bin }) => {
  describe.skipIf(missing(bin) || (!postgresBinDir() && "PostgreSQL server not installed"))("state", () => {
    let postgres: Postgres;
    let root: string;
    let options: RunnerOptions;
    beforeAll(async () => {
      postgres = await startPostgres();
      root = mkdtempSync(join(tmpdir(), "nodepool-pg-ws-"));
      options = {
        binary: { tool, path: toolchain().bin(bin) as string },
        env: { ...toolchain().env, TF_VAR_join_token: TOKEN, PG_CONN_STR: postgres.connectionString },
        pluginCacheDir: join(root, ".plugins"),
        planDir: join(root, ".plans"),
        concurrency: 2,
      };
      mkdirSync(options.pluginCacheDir);
      mkdirSync(options.planDir, { mode: 0o700 });
    });
    afterAll(() => postgres?.stop());

    it("keeps one state per pool: two pools planned and applied in parallel in one database", async () => {
      // Terraform 1.8's pg backend gives every schema's default workspace the same advisory lock
      // (hashicorp/terraform#22833): parallel pools in one database wait for each other.
      const waiting = { ...options, lockTimeout: "60s" };
      // One init for both, as render and the runner do it: each keeps its own schema.
      const workspaces = sharing(
        root,
        [
          { name: "pool-a", main: nodes(1), own: { schema_name: "nodepool_a" } },
          { name: "pool-b", main: nodes(2), own: { schema_name: "nodepool_b" } },
        ],
        { pg: {} },
      );
      const [a = "", b = ""] = workspaces.map((w) => w.dir);
      const planned = await planWorkspaces(workspaces, waiting, { lock: true });
      expect(
        planned.map((p) => p.status),
        JSON.stringify(planned.filter((p) => p.status === "error")),
      ).toEqual(["changes", "changes"]);
      expect(
        (await Promise.all([applyPlan(a, waiting), applyPlan(b, waiting)])).map((r) => r.status),
      ).toEqual(["applied", "applied"]);
      const again = await planWorkspaces(workspaces, waiting, { lock: true });
      expect(again.map((p) => p.status)).toEqual(["no-changes", "no-changes"]);
      // Alone, each plans against its own schema: a shared state would plan the other's resources away.
      const separately = await planWorkspaces([a, b].map(alone), waiting, { lock: true });
      expect(separately.map((p) => p.status)).toEqual(["no-changes", "no-changes"]);
    });

    it("reports a lock held by another terraform as state-locked, with who holds it", async () => {
      const dir = workspace(
        root,
        "locked",
        {
          resource: {
            terraform_data: { slow: { provisioner: { "local-exec": { command: "sleep 8" } } } },
          },
        },
        { pg: { schema_name: "nodepool_locked" } },
      );
      const terraform = options.binary.path;
      const env = { ...process.env, ...options.env, TF_PLUGIN_CACHE_DIR: options.pluginCacheDir };
      await new Promise<void>((resolve, reject) => {
        const init = spawn(terraform, ["init", "-input=false"], { cwd: dir, env, stdio: "ignore" });
        init.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`init exited ${code}`))));
      });
      const holder = spawn(terraform, ["apply", "-auto-approve", "-input=false"], {
        cwd: dir,
        env,
        stdio: "pipe",
      });
      // The apply holds the lock from when it starts creating the resource.
      await new Promise<void>((resolve) =>
        holder.stdout?.on("data", (chunk: Buffer) => chunk.includes("Creating...") && resolve()),
      );
      const [outcome] = await planWorkspaces([dir].map(alone), options, { lock: true });
      holder.kill("SIGINT");
      await new Promise((resolve) => holder.on("exit", resolve));
      expect(outcome?.status).toBe("locked");
      if (outcome?.status !== "locked") return;
      expect(outcome.lock.id).toMatch(/\S+/);
      expect(outcome.lock.operation).toMatch(/^OperationType/);
      expect(outcome.lock.who).toMatch(/@/);
    });
  });
});
