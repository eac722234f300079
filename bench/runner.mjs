// 2. 50 workspaces with real terraform and one real provider: the plain sequential way against
// our runner (parallel, shared plugin cache, lock file copied from the first workspace).
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { figure, heading, note, run, timed } from "./lib.mjs";

export const WORKSPACES = 50;

/** terraform_data x3 and the proxmox provider (configured, never called: no proxmox resource). */
function writeWorkspaces(root, count, endpoint) {
  const dirs = [];
  for (let i = 0; i < count; i++) {
    const dir = join(root, `ws-${String(i).padStart(2, "0")}`);
    mkdirSync(dir, { recursive: true });
    const resource = {};
    for (const name of ["a", "b", "c"]) resource[name] = { input: `workspace ${i} resource ${name}` };
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

/** A fresh copy of the template workspaces (no .terraform, no lock file) under `work/name`. */
function freshCopy(template, work, name) {
  const target = join(work, name);
  cpSync(template, target, { recursive: true });
  return Array.from({ length: WORKSPACES }, (_, i) => join(target, `ws-${String(i).padStart(2, "0")}`));
}

function failure(what, result) {
  const tail = `${result.stderr}\n${result.stdout}`.trim().split("\n").slice(-6).join("\n");
  return new Error(`${what} failed (exit ${result.code}):\n${tail}`);
}

export async function runnerSection({ work, src, terraform, terraformEnv, endpoint, concurrency }) {
  heading(
    `2. ${WORKSPACES} workspaces, terraform_data x3 + bpg/proxmox each, real terraform ${terraform.version}`,
  );
  const template = join(work, "runner-template");
  writeWorkspaces(template, WORKSPACES, endpoint.url);
  const binary = { tool: "terraform", path: terraform.path };

  const initAndPlan = async (dir, env) => {
    for (const args of [
      ["init", "-input=false", "-no-color"],
      ["plan", "-input=false", "-no-color"],
    ]) {
      const step = await run(terraform.path, args, { cwd: dir, env });
      if (step.code !== 0) throw failure(`terraform ${args[0]} in ${dir}`, step);
    }
  };

  // (a) What a user does by hand: init && plan in each folder, one after the other, no cache.
  const sequentialDirs = freshCopy(template, work, "sequential");
  const sequential = await timed(async () => {
    for (const dir of sequentialDirs) await initAndPlan(dir, terraformEnv);
  });

  // (b) The runner: init + plan -out + show -json, `concurrency` at once.
  const planWithRunner = async (name, limit) => {
    const dirs = freshCopy(template, work, name);
    const pluginCacheDir = mkdtempSync(join(work, "plugin-cache-"));
    const options = { binary, env: terraformEnv, pluginCacheDir, concurrency: limit };
    const { ms, value } = await timed(() => src.planWorkspaces(dirs, options, { lock: true }));
    const failed = value.filter((o) => o.status !== "changes");
    if (failed.length > 0) {
      const first = failed[0];
      const detail = first.status === "error" ? `${first.stage}: ${first.diagnostics[0]?.summary}` : "";
      throw new Error(`runner: ${failed.length} of ${dirs.length} workspaces ${first.status} ${detail}`);
    }
    return { ms, dirs };
  };
  const runner = await planWithRunner("runner", concurrency);
  const runner4 = concurrency === 4 ? undefined : await planWithRunner("runner-4", 4);

  // (c) The runner's method without its `show -json` per workspace (KNOWLEDGE.md's 6.1 s method):
  // one `init && plan`, its lock file copied to the others, then `init && plan` in parallel,
  // with a shared plugin cache. Same commands per workspace as (a).
  const lockCopyDirs = freshCopy(template, work, "lock-copy");
  const lockCopyEnv = { ...terraformEnv, TF_PLUGIN_CACHE_DIR: mkdtempSync(join(work, "plugin-cache-")) };
  const lockCopy = await timed(async () => {
    const [leader, ...rest] = lockCopyDirs;
    await initAndPlan(leader, lockCopyEnv);
    for (const dir of rest)
      copyFileSync(join(leader, ".terraform.lock.hcl"), join(dir, ".terraform.lock.hcl"));
    await src.mapLimit(rest, concurrency, (dir) => initAndPlan(dir, lockCopyEnv));
  });

  // (d) The floor: the plans alone, workspaces already initialised, `concurrency` at once.
  const floor = await timed(() =>
    src.mapLimit(runner.dirs, concurrency, async (dir) => {
      const plan = await run(terraform.path, ["plan", "-input=false", "-no-color"], {
        cwd: dir,
        env: terraformEnv,
      });
      if (plan.code !== 0) throw failure(`terraform plan in ${dir}`, plan);
    }),
  );

  const shows = [];
  for (let i = 0; i < 3; i++) {
    const show = await run(terraform.path, ["show", "-json", "tfplan"], {
      cwd: runner.dirs[0],
      env: terraformEnv,
    });
    if (show.code !== 0) throw failure("terraform show -json", show);
    shows.push(show.ms);
  }
  const showMs = shows.sort((x, y) => x - y)[1];

  figure("(a) plain: `terraform init && terraform plan` per folder, sequential", sequential.ms / 1000, "s");
  figure(
    `(b) runner: planWorkspaces, concurrency ${concurrency}, shared cache + lock copy`,
    runner.ms / 1000,
    "s",
  );
  if (runner4) figure("(b') runner with concurrency 4", runner4.ms / 1000, "s");
  figure(
    `(c) as (b) without its \`show -json\`: ${concurrency} \`init && plan\` at once`,
    lockCopy.ms / 1000,
    "s",
  );
  figure(`(d) floor: plan only, already initialised, ${concurrency} at once`, floor.ms / 1000, "s");
  figure("speed-up (a) / (b)", sequential.ms / runner.ms, "x");
  if (runner4) figure("speed-up (a) / (b')", sequential.ms / runner4.ms, "x");
  figure("speed-up (a) / (c)", sequential.ms / lockCopy.ms, "x");
  figure("one `terraform show -json` of a saved plan, alone (median of 3)", showMs, "ms");
  note("issue target: runner at least 3x faster on 2 cores (KNOWLEDGE.md: 20.0 s vs 6.1 s, floor 2.5 s)");
  note("(b) runs 3 terraform commands per workspace, (a) and (c) 2: init, plan -out, then `show -json`");
  note("of the saved plan (for the plan hash); each command starts the provider to read its schema");
  note(`proxmox endpoint ${endpoint.url}: ${endpoint.connections()} connections so far (expected 0)`);
  return {
    sequentialMs: sequential.ms,
    runnerMs: runner.ms,
    runner4Ms: runner4?.ms,
    lockCopyMs: lockCopy.ms,
    floorMs: floor.ms,
  };
}
