// 2. 50 workspaces with real terraform and one real provider: the plain sequential way against
// our runner (parallel, shared plugin cache, lock file copied from the first workspace).
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { totalmem } from "node:os";
import { basename, join } from "node:path";
import { figure, heading, note, run, runTimed, timed, timedWithPeakMemory } from "./lib.mjs";

export const WORKSPACES = 50;
const STATE = "terraform.tfstate";

/** terraform_data x3 and the proxmox provider (configured, never called: no proxmox resource). */
function writeWorkspaces(root, count, endpoint) {
  const dirs = [];
  for (let i = 0; i < count; i++) {
    const dir = join(root, `ws-${String(i).padStart(2, "0")}`);
    mkdirSync(dir, { recursive: true });
    const resource = {};
    for (const name of ["a", "b", "c"]) resource[name] = { input: `workspace ${i} resource ${name}` };
    // As render writes them: one backend block for all, the state's own settings beside it.
    writeFileSync(
      join(dir, "backend.tf.json"),
      `${JSON.stringify({ terraform: { backend: { local: {} } } })}\n`,
    );
    writeFileSync(join(dir, "backend.tfbackend"), `path = "${STATE}"\n`);
    writeFileSync(
      join(dir, "main.tf.json"),
      `${JSON.stringify(
        {
          terraform: { required_providers: { proxmox: { source: "bpg/proxmox" } } },
          provider: { proxmox: { endpoint, insecure: true } },
          resource: { terraform_data: resource },
        },
        null,
        2,
      )}\n`,
    );
    dirs.push(dir);
  }
  return dirs;
}

/**
 * A fresh copy of workspaces under `work/name`: their files and state, without what init and
 * plan leave (.terraform, lock file, saved plan).
 */
function freshCopy(from, work, name) {
  const target = join(work, name);
  cpSync(from, target, {
    recursive: true,
    filter: (path) => ![".terraform", ".terraform.lock.hcl", "tfplan"].includes(basename(path)),
  });
  return Array.from({ length: WORKSPACES }, (_, i) => join(target, `ws-${String(i).padStart(2, "0")}`));
}

function failure(what, result) {
  const tail = `${result.stderr}\n${result.stdout}`.trim().split("\n").slice(-6).join("\n");
  return new Error(`${what} failed (exit ${result.code}):\n${tail}`);
}

/** Median of three. */
const median3 = async (measure) => {
  const values = [await measure(), await measure(), await measure()];
  return values.sort((x, y) => x - y)[1];
};

export async function runnerSection({ work, src, terraform, terraformEnv, endpoint, cores }) {
  heading(
    `2. ${WORKSPACES} workspaces, terraform_data x3 + bpg/proxmox each, real terraform ${terraform.version}`,
  );
  const template = join(work, "runner-template");
  writeWorkspaces(template, WORKSPACES, endpoint.url);
  const binary = { tool: "terraform", path: terraform.path };
  const { concurrency, goMemoryLimitMiB } = src.runBudget({ cpus: cores, memoryBytes: totalmem() });

  const initAndPlan = async (dir, env) => {
    for (const args of [
      ["init", "-input=false", "-no-color", "-backend-config=backend.tfbackend"],
      ["plan", "-input=false", "-no-color"],
    ]) {
      const step = await run(terraform.path, args, { cwd: dir, env });
      if (step.code !== 0) throw failure(`terraform ${args[0]} in ${dir}`, step);
    }
  };

  // (a) What a user does by hand: init && plan in each folder, one after the other, no cache.
  // Timed in two halves, before and after (b), so that a slow spell of the machine weighs on
  // both sides of the ratio alike.
  const sequentialDirs = freshCopy(template, work, "sequential");
  const half = Math.ceil(WORKSPACES / 2);
  const sequentialPart = (dirs) =>
    timed(async () => {
      for (const dir of dirs) await initAndPlan(dir, terraformEnv);
    });
  const firstHalf = await sequentialPart(sequentialDirs.slice(0, half));

  // (b) The runner: one init per provider set, plan -out per workspace, `limit` at once.
  const planWithRunner = async (name, limit, from = template, expected = "changes") => {
    const dirs = freshCopy(from, work, name);
    const pluginCacheDir = mkdtempSync(join(work, "plugin-cache-"));
    const planDir = mkdtempSync(join(work, "plans-"));
    const options = {
      binary,
      env: terraformEnv,
      pluginCacheDir,
      planDir,
      concurrency: limit,
      goMemoryLimitMiB,
    };
    // Every copy needs the same provider and backend block: one init serves them all.
    const workspaces = dirs.map((dir) => ({ dir, providers: "proxmox", backendConfig: { path: STATE } }));
    const { ms, value, peakBytes } = await timedWithPeakMemory(() =>
      src.planWorkspaces(workspaces, options, { lock: true }),
    );
    const failed = value.filter((o) => o.status !== expected);
    if (failed.length > 0) {
      const first = failed[0];
      const detail = first.status === "error" ? `${first.stage}: ${first.diagnostics[0]?.summary}` : "";
      throw new Error(`runner: ${failed.length} of ${dirs.length} workspaces ${first.status} ${detail}`);
    }
    return { ms, dirs, pluginCacheDir, planDir, peakBytes };
  };
  const runner = await planWithRunner("runner", concurrency);
  const secondHalf = await sequentialPart(sequentialDirs.slice(half));
  const sequential = { ms: firstHalf.ms + secondHalf.ms };
  const perCore = await planWithRunner("runner-per-core", cores);

  // (c) KNOWLEDGE.md's 6.1 s method: one `init && plan`, its lock file copied to the others, then
  // `init && plan` in parallel, with a shared plugin cache. Same commands per workspace as (a).
  const lockCopyDirs = freshCopy(template, work, "lock-copy");
  // With the Go settings the runner gives its short commands, so that only the method differs.
  const lockCopyEnv = {
    ...terraformEnv,
    ...src.SHORT_LIVED_GO_ENV,
    TF_PLUGIN_CACHE_DIR: mkdtempSync(join(work, "plugin-cache-")),
  };
  const lockCopy = await timed(async () => {
    const [leader, ...rest] = lockCopyDirs;
    await initAndPlan(leader, lockCopyEnv);
    for (const dir of rest)
      copyFileSync(join(leader, ".terraform.lock.hcl"), join(dir, ".terraform.lock.hcl"));
    await src.mapLimit(rest, concurrency, (dir) => initAndPlan(dir, lockCopyEnv));
  });

  // (d) The floor: the plans alone, workspaces already initialised.
  const floor = await timed(() =>
    src.mapLimit(runner.dirs, concurrency, async (dir) => {
      const plan = await run(terraform.path, ["plan", "-input=false", "-no-color"], {
        cwd: dir,
        env: { ...terraformEnv, ...src.SHORT_LIVED_GO_ENV },
      });
      if (plan.code !== 0) throw failure(`terraform plan in ${dir}`, plan);
    }),
  );

  // (e) A drift check: the same workspaces once applied, planned again, nothing changed. The
  // runner plans each once, as for new pools.
  await src.mapLimit(runner.dirs, concurrency, async (dir) => {
    const env = { ...terraformEnv, TF_PLUGIN_CACHE_DIR: runner.pluginCacheDir };
    const plan = src.savedPlanPath(runner.planDir, dir);
    const applied = await run(terraform.path, ["apply", "-input=false", "-no-color", plan], {
      cwd: dir,
      env,
    });
    if (applied.code !== 0) throw failure(`terraform apply in ${dir}`, applied);
  });
  const driftFrom = join(work, "runner");
  const driftPlainDirs = freshCopy(driftFrom, work, "drift-plain");
  const driftPlain = await timed(async () => {
    for (const dir of driftPlainDirs) await initAndPlan(dir, terraformEnv);
  });
  const driftRunner = await planWithRunner("drift-runner", concurrency, driftFrom, "no-changes");

  // (f) CPU of each command alone (median of 3, each in a fresh copy of one workspace): what a
  // workspace costs either way, and so the best speed-up `cores` can give.
  // `setup` runs first, untimed: a workspace that borrowed its init is initialised already.
  const cpuIn = async (name, setup, commands, env) => {
    const dir = join(work, name);
    cpSync(join(template, "ws-00"), dir, { recursive: true });
    if (name.startsWith("runner"))
      copyFileSync(join(runner.dirs[0], ".terraform.lock.hcl"), join(dir, ".terraform.lock.hcl"));
    for (const args of setup) {
      const step = await run(terraform.path, args, { cwd: dir, env });
      if (step.code !== 0) throw failure(`terraform ${args[0]} in ${dir}`, step);
    }
    let cpuMs = 0;
    for (const args of commands) {
      const step = await runTimed([terraform.path, ...args].join(" "), { cwd: dir, env });
      if (step.code !== 0) throw failure(`terraform ${args[0]} in ${dir}`, step);
      cpuMs += step.cpuMs;
    }
    return cpuMs;
  };
  let copies = 0;
  const init = ["init", "-input=false", "-backend-config=backend.tfbackend"];
  const plainCpu = await median3(() =>
    cpuIn(`plain-cpu-${copies++}`, [], [init, ["plan", "-input=false"]], terraformEnv),
  );
  const runnerEnv = {
    ...terraformEnv,
    ...src.SHORT_LIVED_GO_ENV,
    TF_PLUGIN_CACHE_DIR: runner.pluginCacheDir,
  };
  // Every workspace but the first of its provider set borrows that one's init; the summary and
  // the hash come from the plan's text. The floor is a plain `plan` of an initialised workspace.
  const runnerCpu = await median3(() =>
    cpuIn(
      `runner-cpu-${copies++}`,
      [init],
      [["plan", "-input=false", "-no-color", "-lock=true", "-out=tfplan"]],
      runnerEnv,
    ),
  );
  const planCpu = await median3(() =>
    cpuIn(`plain-plan-cpu-${copies++}`, [init], [["plan", "-input=false"]], terraformEnv),
  );

  figure(
    "(a) plain: `terraform init && terraform plan` per folder, sequential (two halves)",
    sequential.ms / 1000,
    "s",
  );
  figure(
    `(b) runner: planWorkspaces, ${concurrency} at once (the default: runBudget)`,
    runner.ms / 1000,
    "s",
  );
  figure(`(b') runner, ${cores} at once (one per core)`, perCore.ms / 1000, "s");
  figure(
    `(b) peak resident memory of the run: node + every terraform and provider (GOMEMLIMIT ${goMemoryLimitMiB} MiB)`,
    runner.peakBytes / 1024 / 1024,
    "MiB",
  );
  figure(`(c) \`init && plan\` each, ${concurrency} at once, lock copied`, lockCopy.ms / 1000, "s");
  figure(`(d) floor: plan only, already initialised, ${concurrency} at once`, floor.ms / 1000, "s");
  figure("speed-up (a) / (b)", sequential.ms / runner.ms, "x");
  figure("speed-up (a) / (b')", sequential.ms / perCore.ms, "x");
  figure("speed-up (a) / (c)", sequential.ms / lockCopy.ms, "x");
  figure(
    "(e) drift check, all applied and unchanged: plain `init && plan`, sequential",
    driftPlain.ms / 1000,
    "s",
  );
  figure(`(e') the same through the runner, ${concurrency} at once`, driftRunner.ms / 1000, "s");
  figure("speed-up (e) / (e')", driftPlain.ms / driftRunner.ms, "x");
  figure("(f) CPU of one workspace, plain: init (no cache) + plan", plainCpu, "ms");
  figure("(f) CPU of one workspace, runner: plan -out (init borrowed, no show)", runnerCpu, "ms");
  figure("(f) CPU of one plain `plan` of an initialised workspace (the floor)", planCpu, "ms");
  figure("CPU per pool: runner / plan alone (target 1.1)", runnerCpu / planCpu, "x");
  figure(
    `speed-up if CPU were all: ${cores} cores x (f) plain / (f) runner`,
    (cores * plainCpu) / runnerCpu,
    "x",
  );
  note(
    "issue target: runner at least 3x faster (KNOWLEDGE.md measured 20.0 s vs 6.1 s for (c), floor 2.5 s)",
  );
  note("(b) runs one plan per workspace (init once per provider set), (a) and (c) init and plan;");
  note("each command checks the provider's checksum and starts it to read its schema: on 2 cores the");
  note("CPU of a workspace caps (b) near the 'if CPU were all' figure");
  note(`proxmox endpoint ${endpoint.url}: ${endpoint.connections()} connections so far (expected 0)`);
  return {
    sequentialMs: sequential.ms,
    runnerMs: runner.ms,
    perCoreMs: perCore.ms,
    concurrency,
    peakMiB: runner.peakBytes / 1024 / 1024,
    lockCopyMs: lockCopy.ms,
    floorMs: floor.ms,
    driftPlainMs: driftPlain.ms,
    driftRunnerMs: driftRunner.ms,
    cpuBoundX: (cores * plainCpu) / runnerCpu,
    perPoolCpuX: runnerCpu / planCpu,
  };
}
