// npm run bench: speed figures, printed; never asserted in tests.
// Validating 1,000 generated pool files: in-process (CPU of the load + check) and as a whole CLI run.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { esbuildOptions } from "../scripts/esbuild-options.mjs";

const POOLS = 1000;
const work = mkdtempSync(join(tmpdir(), "nodepool-bench-"));

async function bundle(entry) {
  const outfile = join(work, `${entry.replaceAll("/", "_")}.mjs`);
  await build({ ...esbuildOptions, entryPoints: [entry], outfile });
  return outfile;
}

function generatePools(dir, count) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "defaults.yaml"),
    `apiVersion: nodepool.kamaji.io/v1alpha1
kind: NodePoolDefaults
metadata: { name: shared }
spec:
  values:
    machine: { cpus: 2, memoryMiB: 4096 }
    vsphere: { datacenter: DC0, cluster: DC0_C0, datastore: LocalDS_0, network: VM Network, template: ubuntu }
`,
  );
  for (let i = 0; i < count; i++) {
    const cp = `tcp-${Math.floor(i / 10)}`;
    const octet = (i % 10) * 20 + 10;
    writeFileSync(
      join(dir, `pool-${String(i).padStart(4, "0")}.yaml`),
      `apiVersion: nodepool.kamaji.io/v1alpha1
kind: NodePool
metadata:
  name: pool-${i % 10}
  tenant: tenant-${Math.floor(i / 100)}
  controlPlane: ${cp}
spec:
  provider: vsphere
  replicas: 3
  kubernetes:
    version: v1.33.2
    labels: { pool: pool-${i % 10} }
    taints: [{ key: dedicated, value: pool-${i % 10}, effect: NoSchedule }]
  network:
    static: { first: 10.${Math.floor(i / 250)}.${i % 250}.${octet}, last: 10.${Math.floor(i / 250)}.${i % 250}.${octet + 9}, prefixLength: 24, gateway: 10.${Math.floor(i / 250)}.${i % 250}.1 }
    nameservers: [10.0.0.2]
`,
    );
  }
}

function figure(label, value, unit) {
  console.log(`${label.padEnd(58)} ${value.toFixed(unit === "ms" ? 0 : 2).padStart(8)} ${unit}`);
}

try {
  const pools = join(work, "pools");
  generatePools(pools, POOLS);
  const { loadPools } = await import(pathToFileURL(await bundle("src/spec/load-pools.ts")).href);

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await loadPools([pools], work);
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  if (!result.ok) throw new Error(`generated pools are invalid: ${result.issues[0]?.message}`);
  console.log(`validate ${result.value.pools.length} pool files (${result.value.pools.length * 3} nodes)`);
  figure("  in process: load + schema + merge + rules, CPU", (cpu.user + cpu.system) / 1000, "ms");
  figure("  in process: wall", wall, "ms");

  const cli = await bundle("src/cli.ts");
  const run = spawnSync("bash", ["-c", `TIMEFORMAT='%U %S %R'; time node ${cli} validate pools >/dev/null`], {
    cwd: work,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  const [user, sys, real] = run.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  figure("  whole `nodepool validate` process (node start included), CPU", (user + sys) * 1000, "ms");
  figure("  whole `nodepool validate` process, wall", real * 1000, "ms");
  console.log("target: under 1000 ms of CPU for 1,000 files");
} finally {
  rmSync(work, { recursive: true, force: true });
}
