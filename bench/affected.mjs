// 3. One changed pool among 500 (affected-only): find the pools a change touches in a real git
// repository, then render and plan only that pool with real terraform; against one bare
// `terraform init && terraform plan` of the same workspace.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { totalmem } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { esbuildOptions } from "../scripts/esbuild-options.mjs";
import { figure, heading, note, root, run, timed } from "./lib.mjs";

export const POOLS = 500;
const CHANGED = 250;

function poolFile(i, replicas) {
  const octet = (i % 10) * 20 + 10;
  const net = `10.${Math.floor(i / 250)}.${i % 250}`;
  return `apiVersion: nodepool.kamaji.io/v1alpha1
kind: NodePool
metadata:
  name: pool-${i % 10}
  tenant: tenant-${Math.floor(i / 100)}
  controlPlane: tcp-${Math.floor(i / 10)}
spec:
  provider: proxmox
  replicas: ${replicas}
  kubernetes:
    version: v1.33.2
    labels: { pool: pool-${i % 10} }
  network:
    static: { first: ${net}.${octet}, last: ${net}.${octet + 9}, prefixLength: 24, gateway: ${net}.1 }
    nameservers: [10.0.0.2]
  proxmox: { vmIdStart: ${10000 + i * 10} }
`;
}

function generateRepository(repo) {
  const pools = join(repo, "pools");
  mkdirSync(pools, { recursive: true });
  writeFileSync(
    join(pools, "defaults.yaml"),
    `apiVersion: nodepool.kamaji.io/v1alpha1
kind: NodePoolDefaults
metadata: { name: shared }
spec:
  values:
    machine: { cpus: 2, memoryMiB: 4096 }
    proxmox: { node: pve-01, templateVmId: 9000, datastore: local-lvm, snippetsDatastore: local, bridge: vmbr0 }
`,
  );
  for (let i = 0; i < POOLS; i++)
    writeFileSync(join(pools, `pool-${String(i).padStart(4, "0")}.yaml`), poolFile(i, 3));
}

async function git(args, cwd, env) {
  const result = await run("git", args, { cwd, env });
  if (result.code !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

export async function affectedSection({ work, src, terraform, terraformEnv, endpoint, cores }) {
  heading(`3. one changed pool among ${POOLS} (affected-only), proxmox pools, real terraform`);
  const repo = join(work, "affected-repo");
  generateRepository(repo);
  const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
  await git(["init", "-q"], repo, gitEnv);
  await git(["add", "pools"], repo, gitEnv);
  await git(
    ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "commit", "-qm", "base"],
    repo,
    gitEnv,
  );
  const changedFile = join(repo, "pools", `pool-${String(CHANGED).padStart(4, "0")}.yaml`);
  writeFileSync(changedFile, readFileSync(changedFile, "utf8").replace("replicas: 3", "replicas: 4"));

  // Join data is a placeholder (as on pull requests); the provider gets its endpoint and a token
  // from the environment, as users give them, and is never called: planning creates reads nothing.
  const planEnv = {
    ...terraformEnv,
    ...src.joinEnvironment(src.PLACEHOLDER_JOIN),
    PROXMOX_VE_ENDPOINT: endpoint.url,
    PROXMOX_VE_INSECURE: "true",
    PROXMOX_VE_API_TOKEN: "bench@pve!bench=00000000-0000-0000-0000-000000000000",
  };
  const paths = ["pools"];

  // In process, the steps of `nodepool plan --base HEAD` (src/cli.ts), through the real functions.
  const cwd = process.cwd();
  process.chdir(repo);
  let steps;
  try {
    const head = await timed(() => src.loadPools(paths, repo));
    if (!head.value.ok) throw new Error(`generated pools are invalid: ${head.value.issues[0]?.message}`);
    // As the adapters read the base: the changed files only (the whole read, for comparison).
    const baseFiles = await timed(() => src.readPoolFilesAtRef("HEAD", paths, repo));
    const whole = await timed(async () => src.parsePools(baseFiles.value));
    const base = await timed(async () => src.readPoolSetAtRef("HEAD", paths, repo, head.value.value));
    if (!base.value) throw new Error("pools at HEAD are invalid");
    const modulesDiff = await timed(() => src.changedModuleFolders("HEAD", "modules", repo));
    const affected = await timed(() =>
      src.findAffectedPools(base.value, head.value.value, modulesDiff.value),
    );
    const { changed, removed, unchanged } = affected.value;
    if (changed.length !== 1 || removed.length !== 0)
      throw new Error(`expected 1 changed pool, got ${changed.length} changed, ${removed.length} removed`);
    const planned = await timed(async () =>
      src.planPools({
        pools: changed,
        removed,
        settings: head.value.value.settings,
        modules: await src.readModuleFiles(join(root, "modules")),
        outDir: ".nodepool",
        lock: true,
        runner: {
          binary: { tool: "terraform", path: terraform.path },
          env: planEnv,
          pluginCacheDir: join(work, "affected-plugin-cache"),
          planDir: mkdtempSync(join(work, "affected-plans-")),
          ...src.runBudget({ cpus: cores, memoryBytes: totalmem() }),
        },
      }),
    );
    const result = planned.value[0]?.result;
    if (result?.status !== "changes") {
      const detail = result?.status === "error" ? result.diagnostics[0]?.summary : "";
      throw new Error(`plan of the changed pool: ${result?.status} ${detail ?? ""}`);
    }
    steps = { head, baseFiles, whole, base, modulesDiff, affected, planned, unchanged: unchanged.length };
  } finally {
    process.chdir(cwd);
  }
  const dir = steps.planned.value[0].dir;

  // The whole CLI process: src/cli.ts bundled next to a `modules` link, as dist/cli.js sits in a clone.
  const cliDir = join(work, "cli");
  mkdirSync(cliDir, { recursive: true });
  symlinkSync(join(root, "modules"), join(cliDir, "modules"), "dir");
  await build({
    ...esbuildOptions,
    entryPoints: [join(root, "src/cli.ts")],
    outfile: join(cliDir, "bin/cli.mjs"),
  });
  // The CLI keeps its plugin cache in the user's cache folder: the bench's own, cold on the first
  // run, warm on the second (as on a laptop, or a CI runner that keeps its cache).
  const cliRun = () =>
    run(
      process.execPath,
      [join(cliDir, "bin/cli.mjs"), "plan", "pools", "--base", "HEAD", "--workspaces", ".nodepool-cli"],
      {
        cwd: repo,
        env: { ...planEnv, TMPDIR: work, TF_PLUGIN_CACHE_DIR: "", XDG_CACHE_HOME: join(work, "cli-cache") },
      },
    );
  const cli = await cliRun();
  const warm = await cliRun();
  const cliOk = [cli, warm].every((r) => r.code === 0 && /1 changed, 0 removed/.test(r.stderr));

  // Bare terraform on a fresh copy of the same rendered workspace: no cache, no lock file.
  const bareDir = join(work, "bare", "workspace");
  cpSync(join(repo, dir), bareDir, {
    recursive: true,
    filter: (path) => ![".terraform", ".terraform.lock.hcl", "tfplan"].some((n) => path.endsWith(`/${n}`)),
  });
  const bare = await timed(async () => {
    for (const args of [
      ["init", "-input=false", "-no-color"],
      ["plan", "-input=false", "-no-color"],
    ]) {
      const step = await run(terraform.path, args, { cwd: bareDir, env: planEnv });
      if (step.code !== 0) throw new Error(`bare terraform ${args[0]}: ${step.stderr.trim()}`);
    }
  });

  const total = steps.head.ms + steps.base.ms + steps.modulesDiff.ms + steps.affected.ms + steps.planned.ms;
  figure(`load ${POOLS} pool files of the working tree (loadPools)`, steps.head.ms, "ms");
  figure(
    `all ${POOLS} files at HEAD: read (one \`git cat-file --batch\`) + parse, not done any more`,
    steps.baseFiles.ms + steps.whole.ms,
    "ms",
  );
  figure("the pools at HEAD from the 1 changed file (readPoolSetAtRef)", steps.base.ms, "ms");
  figure("changed module folders (git diff)", steps.modulesDiff.ms, "ms");
  figure(`findAffectedPools: 1 changed, ${steps.unchanged} unchanged`, steps.affected.ms, "ms");
  figure("render + write + init/plan of the 1 pool (planPools)", steps.planned.ms, "ms");
  figure("(a) action, in process: all of the above", total / 1000, "s");
  if (cliOk) {
    figure("(a') whole `nodepool plan pools --base HEAD` process, cold plugin cache", cli.ms / 1000, "s");
    figure("(a'') the same again, warm plugin cache", warm.ms / 1000, "s");
  } else note(`whole CLI run did not work (exit ${cli.code}): ${cli.stderr.trim().split("\n").at(-1)}`);
  figure("(b) bare `terraform init && terraform plan` of that one workspace", bare.ms / 1000, "s");
  figure("(a) - (b): the action's extra (find the pool, render, write)", (total - bare.ms) / 1000, "s");
  note(`proxmox endpoint: ${endpoint.connections()} connections so far (expected 0)`);
  return {
    totalMs: total,
    cliMs: cliOk ? cli.ms : undefined,
    warmCliMs: cliOk ? warm.ms : undefined,
    bareMs: bare.ms,
    gitMs: steps.baseFiles.ms,
  };
}
