// npm run bench: speed figures, printed; never asserted in tests.
//   1. validating 1,000 generated pool files (bench/validate.mjs)
//   2. 50 workspaces with real terraform: plain sequential init && plan against our runner, new
//      and, once applied, unchanged (a drift check)
//      (bench/runner.mjs)
//   3. one changed pool among 500: affected-only plan against one bare init && plan
//      (bench/affected.mjs)
//   4. the action's own overhead for 1,000 pools: load, render, write, peak RSS (bench/overhead.mjs)
//   5. a fleet: 500 vSphere pools planned by whole `node dist/cli.js plan` processes against vcsim
//      with 100 ms a call, in one job at several concurrencies and as 4 shards (bench/fleet.mjs)
// Sections 2, 3 and 5 need the pinned toolchain (bash scripts/toolchain.sh; 5: terraform, vcsim,
// vsphere); without it they are skipped, saying why. `npm run bench -- runner affected` runs only
// the sections named.
import { mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import { join } from "node:path";
import { affectedSection } from "./affected.mjs";
import { FLEET_POOLS, fleetProblems, fleetSection } from "./fleet.mjs";
import { bundleExports, endpointCounter, findToolchain, packedMirror, skip, timed } from "./lib.mjs";
import { overheadSection } from "./overhead.mjs";
import { runnerSection } from "./runner.mjs";
import { validateSection } from "./validate.mjs";

// Settings that would change what terraform does here; the bench sets its own.
for (const name of [
  "TF_DATA_DIR",
  "TF_PLUGIN_CACHE_DIR",
  "TF_CLI_ARGS",
  "TF_CLI_ARGS_init",
  "TF_CLI_ARGS_plan",
])
  delete process.env[name];

const started = performance.now();
const work = mkdtempSync(join(os.tmpdir(), "nodepool-bench-"));
const results = {};
let endpoint;

const only = process.argv.slice(2);

/** Runs one section; a failing section is reported and the others still run. */
async function section(name, task) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) return;
  try {
    results[name] = await task();
  } catch (error) {
    console.log(
      `\n${name}: FAILED\n  ${String(error?.message ?? error)
        .split("\n")
        .join("\n  ")}`,
    );
    process.exitCode = 1;
  }
}

const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");

try {
  const cores = os.availableParallelism() || 1;
  const toolchain = await findToolchain();
  console.log("nodepool-action bench (npm run bench): wall-clock figures, one run each");
  console.log(
    `  machine    ${cores} cores (${os.cpus()[0]?.model.trim() ?? "unknown CPU"}), ${os.platform()}`,
  );
  console.log(`  load avg   ${load()} (1, 5, 15 min) at start`);
  console.log(`  node       ${process.version} (${process.execPath})`);
  console.log(
    `  terraform  ${toolchain.terraform ? `${toolchain.terraform.version} (${toolchain.terraform.path})` : "missing"}`,
  );
  console.log(
    `  tofu       ${toolchain.tofu ? `${toolchain.tofu.version} (${toolchain.tofu.path})` : "missing"}`,
  );
  console.log(
    `  provider   ${toolchain.proxmox ? `bpg/proxmox ${toolchain.proxmox.version}, served from a packed (zip) mirror` : "missing"}`,
  );

  const { path: bundlePath, module: src } = await bundleExports(work, "src", {
    "pool-format/load-pools.ts": ["loadPools"],
    "pool-format/parse-pools.ts": ["parsePools"],
    "git/git-files.ts": ["readPoolFilesAtRef", "readPoolSetAtRef", "changedModuleFolders"],
    "plan/affected-pools.ts": ["findAffectedPools"],
    "plan/plan-pools.ts": ["planPools"],
    "plan/join-placeholder.ts": ["joinEnvironment", "PLACEHOLDER_JOIN"],
    "render/workspace.ts": ["renderWorkspace", "renderWorkspaces"],
    "render/module-files.ts": ["readModuleFiles"],
    "render/write-workspaces.ts": ["writeWorkspaces"],
    "terraform/runner.ts": ["planWorkspaces", "mapLimit"],
    "terraform/run-budget.ts": ["runBudget", "goMemoryLimit"],
    "terraform/run-command.ts": ["SHORT_LIVED_GO_ENV"],
    "terraform/plan-folder.ts": ["savedPlanPath"],
  });

  await section("1. validate", () => validateSection({ work, src }));

  if (toolchain.problems.length > 0) {
    const why = toolchain.problems.join("; ");
    skip("2. 50 workspaces with real terraform", why);
    skip("3. one changed pool among 500", why);
  } else {
    const { ms: zipMs, value: mirrorConfig } = await timed(async () => packedMirror(work, toolchain.proxmox));
    console.log(
      `\n(setup: zipped the provider into a packed mirror in ${(zipMs / 1000).toFixed(1)} s, not counted)`,
    );
    endpoint = await endpointCounter();
    const terraformEnv = {
      ...toolchain.env,
      TF_CLI_CONFIG_FILE: mirrorConfig,
      TF_IN_AUTOMATION: "1",
      TF_INPUT: "0",
      CHECKPOINT_DISABLE: "1",
    };
    const context = { work, src, terraform: toolchain.terraform, terraformEnv, endpoint, cores };
    await section("2. runner", () => runnerSection(context));
    await section("3. affected", () => affectedSection(context));
  }

  await section("4. overhead", () =>
    overheadSection({ work, bundlePath, poolsDir: results["1. validate"]?.poolsDir }),
  );

  // Last: the longest section, and the one that loads both cores the longest.
  if (only.length === 0 || only.some((word) => "5. fleet".includes(word))) {
    const problems = fleetProblems(toolchain);
    if (problems.length > 0)
      skip(`5. fleet of ${FLEET_POOLS} vSphere pools against vcsim`, problems.join("; "));
    else await section("5. fleet", () => fleetSection({ work, src, toolchain, cores }));
  }

  const r = results;
  const s = (ms) => (ms === undefined ? "-" : `${(ms / 1000).toFixed(1)} s`);
  const rows = [
    [
      "1,000 pool files: validate in process | whole CLI, one core, median",
      r["1. validate"] &&
        `${r["1. validate"].cpuMs.toFixed(0)} ms | ${r["1. validate"].wholeCli} (target < 1000 ms)`,
    ],
    [
      "50 workspaces: plain sequential | runner | plan-only floor",
      r["2. runner"] &&
        `${s(r["2. runner"].sequentialMs)} | ${s(r["2. runner"].runnerMs)} | ${s(r["2. runner"].floorMs)}`,
    ],
    [
      "50 workspaces: speed-up over plain: runner | init && plan, lock copied | if CPU were all",
      r["2. runner"] &&
        `${(r["2. runner"].sequentialMs / r["2. runner"].runnerMs).toFixed(1)}x | ${(r["2. runner"].sequentialMs / r["2. runner"].lockCopyMs).toFixed(1)}x | ${r["2. runner"].cpuBoundX.toFixed(1)}x (target 3x)`,
    ],
    [
      "50 workspaces: peak resident memory of the runner's run (default concurrency)",
      r["2. runner"] &&
        `${r["2. runner"].peakMiB.toFixed(0)} MiB at ${r["2. runner"].concurrency} at once (target < 6 GiB)`,
    ],
    [
      "50 workspaces: CPU per pool, runner / one `plan` alone",
      r["2. runner"] && `${r["2. runner"].perPoolCpuX.toFixed(2)}x (target 1.1x)`,
    ],
    [
      "50 unchanged workspaces (drift check): plain | runner",
      r["2. runner"] &&
        `${s(r["2. runner"].driftPlainMs)} | ${s(r["2. runner"].driftRunnerMs)} (${(r["2. runner"].driftPlainMs / r["2. runner"].driftRunnerMs).toFixed(1)}x)`,
    ],
    [
      "1 changed pool of 500: action in process | CLI cold | CLI warm | bare terraform",
      r["3. affected"] &&
        `${s(r["3. affected"].totalMs)} | ${s(r["3. affected"].cliMs)} | ${s(r["3. affected"].warmCliMs)} | ${s(r["3. affected"].bareMs)} (warm / bare ${(r["3. affected"].warmCliMs / r["3. affected"].bareMs).toFixed(2)}x, target 1.4x)`,
    ],
    [
      "1,000 pools: load | render | write; peak RSS",
      r["4. overhead"] &&
        `${r["4. overhead"].loadMs.toFixed(0)} | ${r["4. overhead"].renderMs.toFixed(0)} | ${r["4. overhead"].writeMs.toFixed(0)} ms; ${(r["4. overhead"].maxRss / 1024 / 1024).toFixed(0)} MiB`,
    ],
    [
      `${FLEET_POOLS} vSphere pools, vcsim +100 ms/call, whole CLI: default | best`,
      r["5. fleet"] &&
        `${s(r["5. fleet"].defaultMs)} (${r["5. fleet"].defaultConcurrency} at once, ${r["5. fleet"].grownTo === r["5. fleet"].defaultConcurrency ? "not grown" : `grown to ${r["5. fleet"].grownTo}`}) | ${s(r["5. fleet"].best.ms)} at --concurrency ${r["5. fleet"].best.concurrency} (target < 180 s at the default)`,
    ],
    [
      `${FLEET_POOLS} vSphere pools: --concurrency N: wall time (1-min load at its end)`,
      r["5. fleet"]?.tried.map((t) => `${t.concurrency}: ${s(t.ms)} (load ${t.load.toFixed(1)})`).join(" | "),
    ],
    [
      `${FLEET_POOLS} vSphere pools: peak resident memory, whole run, default | best`,
      r["5. fleet"] &&
        `${r["5. fleet"].defaultPeakMiB.toFixed(0)} MiB | ${r["5. fleet"].best.peakMiB.toFixed(0)} MiB (target < 6 GiB)`,
    ],
    [
      `${FLEET_POOLS} vSphere pools as 4 shards, one after another: slowest | sum`,
      r["5. fleet"] &&
        (r["5. fleet"].shards
          ? `${s(Math.max(...r["5. fleet"].shards.map((x) => x.ms)))} | ${s(r["5. fleet"].shards.reduce((sum, x) => sum + x.ms, 0))} (slowest / one job ${(Math.max(...r["5. fleet"].shards.map((x) => x.ms)) / r["5. fleet"].defaultMs).toFixed(2)}, target < 0.33)`
          : "(needs plan --shard)"),
    ],
  ];
  console.log("\nsummary");
  for (const [label, value] of rows) console.log(`  ${label.padEnd(72)} ${value ?? "(not measured)"}`);
  if (endpoint) console.log(`  proxmox endpoint contacted: ${endpoint.connections()} times (expected 0)`);
  console.log(`  load avg at end: ${load()}; bench wall time ${s(performance.now() - started)}`);
} finally {
  await endpoint?.close();
  rmSync(work, { recursive: true, force: true });
}
