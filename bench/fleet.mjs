// 5. A fleet: 500 new vSphere pools planned by the real CLI (`node dist/cli.js plan`, a whole
// process) against vcsim with 100 ms added to every API call, in one job at several concurrencies
// and split into 4 shards run one after another (each as on a runner of its own).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import { join } from "node:path";
import { figure, heading, note, packedMirror, processCpuMs, root, run, runTreeMeasured } from "./lib.mjs";

export const FLEET_POOLS = 500;
const SHARDS = 4;
/** Added by vcsim to every API method: a vCenter across a network, not on loopback. */
const DELAY_MS = 100;
/** --concurrency values tried: a count the user sets is kept, where the default grows. */
const TRIED = [16, 32];
const CLI = join(root, "dist", "cli.js");

// Placement on vcsim's default inventory, as test/support/vcsim.ts vcsimPool places its pools.
const DEFAULTS = `apiVersion: nodepool.kamaji.io/v1alpha1
kind: NodePoolDefaults
metadata: { name: shared }
spec:
  values:
    machine: { cpus: 2, memoryMiB: 4096, diskGiB: 20 }
    kubernetes: { version: v1.36.3 }
    vsphere: { datacenter: DC0, cluster: DC0_C0, datastore: LocalDS_0, network: VM Network, template: DC0_C0_RP0_VM0, waitForGuestNetMinutes: 0 }
`;

// Local state, as the e2e test keeps it: nothing is applied, so no state is ever written.
const SETTINGS = `apiVersion: nodepool.kamaji.io/v1alpha1
kind: NodePoolSettings
metadata: { name: settings }
spec:
  backend:
    local: { directory: state }
  terraform: { tool: terraform, version: 1.8.5 }
`;

/** Pool i: 5 tenants x 10 control planes x 10 pools, one file each. */
function poolFile(i) {
  return `apiVersion: nodepool.kamaji.io/v1alpha1
kind: NodePool
metadata:
  name: pool-${i % 10}
  tenant: tenant-${Math.floor(i / 100)}
  controlPlane: tcp-${String(Math.floor(i / 10)).padStart(2, "0")}
spec:
  provider: vsphere
  replicas: 3
`;
}

function writeRepository(repo, count) {
  const pools = join(repo, "pools");
  mkdirSync(pools, { recursive: true });
  writeFileSync(join(pools, "defaults.yaml"), DEFAULTS);
  writeFileSync(join(pools, "settings.yaml"), SETTINGS);
  for (let i = 0; i < count; i++)
    writeFileSync(join(pools, `pool-${String(i).padStart(4, "0")}.yaml`), poolFile(i));
}

async function git(args, cwd) {
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" };
  const result = await run("git", args, { cwd, env });
  if (result.code !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
}

/** A git repository of `count` pool files, committed, as a clone of the user's repository is. */
async function generateRepository(repo, count) {
  writeRepository(repo, count);
  await git(["init", "-q"], repo);
  await git(["add", "pools"], repo);
  await git(
    ["-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "commit", "-qm", "pools"],
    repo,
  );
}

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * vcsim on a free loopback port with `delayMs` added to every method, each SOAP request and
 * response written to `traceFile` when given; `stop` kills it.
 */
async function startVcsim(binary, delayMs, traceFile) {
  const port = await freePort();
  const trace = traceFile ? ["-trace", "-trace-file", traceFile] : [];
  const child = spawn(binary, ["-l", `127.0.0.1:${port}`, "-delay", String(delayMs), ...trace], {
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
  };
  const deadline = Date.now() + 15_000;
  for (;;) {
    const listening = await new Promise((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (listening) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`vcsim did not listen on 127.0.0.1:${port}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    pid: child.pid,
    env: {
      VSPHERE_SERVER: `127.0.0.1:${port}`,
      VSPHERE_USER: "user",
      VSPHERE_PASSWORD: "pass",
      VSPHERE_ALLOW_UNVERIFIED_SSL: "true",
    },
    stop,
  };
}

/**
 * A file of src/ changed since the last commit and after dist/cli.js was built, or undefined:
 * then the CLI measured is not today's code. (Committed, the two agree: CI rebuilds and compares.)
 */
async function sourceNewerThanBuild() {
  const listed = await run("git", ["status", "--porcelain", "--untracked-files=all", "--", "src"], {
    cwd: root,
    env: process.env,
  });
  if (listed.code !== 0) return undefined;
  const built = statSync(CLI).mtimeMs;
  for (const line of listed.stdout.split("\n")) {
    const path = line.slice(3).split(" -> ").at(-1);
    if (path && existsSync(join(root, path)) && statSync(join(root, path)).mtimeMs > built) return path;
  }
  return undefined;
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");

/** What skips this section, or an empty list. */
export function fleetProblems(toolchain) {
  const problems = [];
  if (!toolchain.terraform) problems.push("terraform is missing (bash scripts/toolchain.sh terraform)");
  if (!toolchain.vcsim) problems.push("vcsim is missing (bash scripts/toolchain.sh vcsim)");
  if (!toolchain.vsphere)
    problems.push("vmware/vsphere is not in the provider mirror (bash scripts/toolchain.sh vsphere)");
  if (!existsSync(CLI)) problems.push("dist/cli.js is missing (npm run build)");
  return problems;
}

export async function fleetSection({ work, src, toolchain, cores }) {
  heading(
    `5. ${FLEET_POOLS} new vSphere pools, whole \`node dist/cli.js plan\` runs, vcsim with ${DELAY_MS} ms added to every API call`,
  );
  const base = join(work, "fleet");
  mkdirSync(base, { recursive: true });
  const stale = await sourceNewerThanBuild();
  if (stale)
    note(`warning: ${stale} changed after dist/cli.js was built: npm run build measures today's code`);
  const help = await run(process.execPath, [CLI, "plan", "--help"], { cwd: root, env: process.env });
  const canShard = /--shard\b/.test(help.stdout);

  // The provider zipped as registries serve it: each run installs it once, into a cold cache.
  const mirrorConfig = packedMirror(base, toolchain.vsphere);
  const repo = join(base, "repo");
  await generateRepository(repo, FLEET_POOLS);
  const single = join(base, "single");
  await generateRepository(single, 1);

  // No management cluster (the versions are in the pool files) and no Go tuning of our own: the
  // CLI gives each short-lived terraform and provider GOGC=off and a GOMEMLIMIT from its budget.
  const inherited = { ...toolchain.env };
  for (const name of ["KUBECONFIG", "GOGC", "GOMEMLIMIT", "TF_PLUGIN_CACHE_DIR", "TF_DATA_DIR"])
    delete inherited[name];
  for (const name of Object.keys(inherited)) if (name.startsWith("NODEPOOL_")) delete inherited[name];
  const machine = {
    cpus: cores,
    memoryBytes: Math.min(os.totalmem(), process.constrainedMemory?.() || Number.POSITIVE_INFINITY),
  };

  const vcsim = await startVcsim(toolchain.vcsim, DELAY_MS);
  let runs = 0;
  try {
    /**
     * One whole `nodepool plan` process in `cwd` against `server`: fresh workspaces and a cold
     * provider cache, as on a new runner; every pool it plans must plan as new (3 nodes to create).
     */
    const plan = async (label, cwd, extra, expected, server = vcsim) => {
      const n = runs++;
      const cache = join(base, `cache-${n}`);
      const workspaces = join(base, `workspaces-${n}`);
      process.stdout.write(`    ${label} ...`);
      const loadBefore = os.loadavg()[0];
      const vcsimBefore = processCpuMs(server.pid) ?? 0;
      const result = await runTreeMeasured(
        process.execPath,
        [CLI, "plan", "pools", "--json", "--workspaces", workspaces, ...extra],
        {
          cwd,
          env: {
            ...inherited,
            ...server.env,
            TF_CLI_CONFIG_FILE: mirrorConfig,
            XDG_CACHE_HOME: cache,
            TMPDIR: base,
          },
          stdoutPath: join(base, `plan-${n}.json`),
          stderrPath: join(base, `plan-${n}.log`),
        },
      );
      const vcsimCpuMs = (processCpuMs(server.pid) ?? vcsimBefore) - vcsimBefore;
      rmSync(workspaces, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
      let pools;
      try {
        pools = JSON.parse(result.stdout);
      } catch {
        pools = undefined;
      }
      const wrong = pools?.filter((p) => p.status !== "changes" || p.nodes?.create?.length !== 3) ?? [];
      if (result.code !== 0 || !pools || wrong.length > 0 || (expected && pools.length !== expected)) {
        console.log(" FAILED");
        const first = wrong[0];
        const why = first
          ? `${first.tenant}/${first.controlPlane}/${first.pool}: ${first.status} ${JSON.stringify(first.diagnostics?.[0] ?? first.nodes)}`
          : result.stderr.trim().split("\n").slice(-6).join("\n");
        throw new Error(`${label} (exit ${result.code}, ${pools?.length ?? "no"} pools planned): ${why}`);
      }
      console.log(
        ` ${pools.length} pools, ${(result.ms / 1000).toFixed(1)} s (CPU ${(result.cpuMs / 1000).toFixed(0)} s, vcsim ${(vcsimCpuMs / 1000).toFixed(0)} s; peak ${(result.peakBytes / 1024 / 1024).toFixed(0)} MiB in up to ${result.processes} processes; load ${loadBefore.toFixed(2)} -> ${os.loadavg()[0].toFixed(2)})`,
      );
      return {
        ...result,
        vcsimCpuMs,
        // The 1-minute average as the run ends: about the load during a run of a minute or more.
        loadAfter: os.loadavg()[0],
        keys: pools.map((p) => `${p.tenant}/${p.controlPlane}/${p.pool}`),
      };
    };

    note(`load avg ${load()} (1, 5, 15 min) before the runs`);
    // One pool alone, one at once: its wall time is mostly vcsim's delay, the API calls in a row.
    const one = await plan("one pool alone", single, [], 1);
    // The same on a vcsim of its own that traces: how many API calls one pool's plan makes.
    const traceFile = join(base, "vcsim-trace.txt");
    const traced = await startVcsim(toolchain.vcsim, DELAY_MS, traceFile);
    try {
      await plan("one pool alone, API calls traced", single, [], 1, traced);
    } finally {
      await traced.stop();
    }
    const requests = readFileSync(traceFile, "utf8").match(/^Request: /gm) ?? [];
    const methods = new Map();
    for (const [, method] of readFileSync(traceFile, "utf8").matchAll(
      /<Body><([A-Za-z_]+) xmlns="urn:vim25"/g,
    ))
      methods.set(method, (methods.get(method) ?? 0) + 1);
    // The default starts at four per core and grows while the CPU has room (the CLI logs each step).
    const defaults = src.runBudget(machine);
    const atDefault = await plan(
      `plan at the default (${defaults.concurrency} at once, may grow to ${defaults.maxConcurrency})`,
      repo,
      [],
      FLEET_POOLS,
    );
    const steps = [...atDefault.stderr.matchAll(/^plans: (\d+) at once: the CPU was (\d+) % busy/gm)];
    const grown = Number(steps.at(-1)?.[1] ?? defaults.concurrency);
    note(
      steps.length > 0
        ? `grew to ${grown} at once in ${steps.length} steps (CPU busy when it grew: ${steps.map((m) => `${m[2]} %`).join(", ")})`
        : `did not grow: the CPU was 70 % busy or more whenever every slot was taken`,
    );
    const tried = [];
    for (const concurrency of TRIED) {
      const result = await plan(
        `plan at ${concurrency} at once`,
        repo,
        ["--concurrency", String(concurrency)],
        FLEET_POOLS,
      );
      tried.push({ concurrency, ...result });
    }
    tried.sort((a, b) => a.concurrency - b.concurrency);
    const best = tried.reduce((a, b) => (b.ms < a.ms ? b : a));

    // The fan-out: each share alone, one after another, at the CLI's default concurrency.
    let shards;
    if (canShard) {
      shards = [];
      for (let i = 1; i <= SHARDS; i++)
        shards.push(await plan(`shard ${i}/${SHARDS}`, repo, ["--shard", `${i}/${SHARDS}`]));
      const keys = shards.flatMap((s) => s.keys);
      if (keys.length !== FLEET_POOLS || new Set(keys).size !== FLEET_POOLS)
        throw new Error(
          `the ${SHARDS} shards planned ${keys.length} pools (${new Set(keys).size} distinct), not each of ${FLEET_POOLS} once`,
        );
    } else note("`node dist/cli.js plan --help` shows no --shard: the fan-out is not measured");

    const s = (ms) => ms / 1000;
    figure("one pool alone (1 at once): whole CLI process", s(one.ms), "s");
    figure(`API calls one pool's plan makes (vcsim -trace), ${DELAY_MS} ms each`, requests.length, "calls");
    note(
      [...methods]
        .sort((a, b) => b[1] - a[1])
        .map(([method, n]) => `${method} ${n}`)
        .join(", "),
    );
    figure(
      `${FLEET_POOLS} pools at the default: ${defaults.concurrency} at once, ${grown === defaults.concurrency ? "not grown" : `grown to ${grown}`}`,
      s(atDefault.ms),
      "s",
    );
    for (const t of tried)
      figure(
        `${FLEET_POOLS} pools, --concurrency ${t.concurrency}${t === best ? " (best)" : ""}`,
        s(t.ms),
        "s",
      );
    figure(
      `peak resident memory at the default, whole run (GOMEMLIMIT ${defaults.goMemoryLimitMiB} MiB each${grown === defaults.concurrency ? "" : `, ${src.goMemoryLimit(defaults.memoryBudgetMiB, grown)} at ${grown}`})`,
      atDefault.peakBytes / 1024 / 1024,
      "MiB",
    );
    figure(
      `peak resident memory at ${best.concurrency} at once (GOMEMLIMIT ${src.runBudget(machine, best.concurrency).goMemoryLimitMiB} MiB each)`,
      best.peakBytes / 1024 / 1024,
      "MiB",
    );
    figure("CPU of the default run: node + terraform + providers, all", s(atDefault.cpuMs), "s");
    // Sampled every 100 ms, so short of the whole; the rest is what the samples missed.
    const byName = Object.entries(atDefault.cpuByName).map(([name, ms]) => [
      name.startsWith("terraform-prov") ? "the providers" : name,
      ms,
    ]);
    const sampled = byName.reduce((sum, [, ms]) => sum + ms, 0);
    note(
      `of which ${byName
        .filter(([, ms]) => ms >= 500)
        .sort((a, b) => b[1] - a[1])
        .map(([name, ms]) => `${name} ${s(ms).toFixed(0)} s`)
        .join(", ")}; ${s(Math.max(0, atDefault.cpuMs - sampled)).toFixed(0)} s between samples`,
    );
    figure("CPU of vcsim meanwhile", s(atDefault.vcsimCpuMs), "s");
    figure(
      `if CPU were all: (CLI + vcsim CPU) / ${cores} cores`,
      s(atDefault.cpuMs + atDefault.vcsimCpuMs) / cores,
      "s",
    );
    figure(
      `if waiting were all: ${FLEET_POOLS} x one pool alone / ${defaults.concurrency} at once (the start)`,
      (s(one.ms) * FLEET_POOLS) / defaults.concurrency,
      "s",
    );
    if (shards) {
      shards.forEach((shard, i) => {
        figure(`shard ${i + 1}/${SHARDS}: ${shard.keys.length} pools, alone`, s(shard.ms), "s");
      });
      figure("slowest shard", s(Math.max(...shards.map((x) => x.ms))), "s");
      figure("sum of the shards (runner time)", s(shards.reduce((sum, x) => sum + x.ms, 0)), "s");
    }
    note(`load avg ${load()} (1, 5, 15 min) after the runs`);
    note("each run: fresh workspaces and a cold provider cache (XDG_CACHE_HOME), as on a new runner;");
    note("CPU is the run's whole process tree (bash `time`); vcsim's from /proc, over the same run");
    return {
      defaultConcurrency: defaults.concurrency,
      grownTo: grown,
      goMemoryLimitMiB: defaults.goMemoryLimitMiB,
      oneMs: one.ms,
      defaultMs: atDefault.ms,
      defaultPeakMiB: atDefault.peakBytes / 1024 / 1024,
      tried: tried.map((t) => ({
        concurrency: t.concurrency,
        ms: t.ms,
        peakMiB: t.peakBytes / 1024 / 1024,
        load: t.loadAfter,
      })),
      best: { concurrency: best.concurrency, ms: best.ms, peakMiB: best.peakBytes / 1024 / 1024 },
      shards: shards?.map((x) => ({ pools: x.keys.length, ms: x.ms, load: x.loadAfter })),
      cpuMs: atDefault.cpuMs,
      vcsimCpuMs: atDefault.vcsimCpuMs,
    };
  } finally {
    await vcsim.stop();
  }
}
