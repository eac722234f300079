import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);

// src/terraform/run-budget.ts
import { availableParallelism, cpus, totalmem } from "node:os";
var MiB = 1024 * 1024;
var PROCESSES_PER_WORKSPACE = 2;
var LIMIT_MIB = { max: 512, min: 128 };
var MOST_PER_CORE = 16;
function runBudget(machine2, requested, most) {
  const memoryBudgetMiB = Math.floor(machine2.memoryBytes / MiB / 2);
  const fits = Math.max(1, Math.floor(memoryBudgetMiB / (PROCESSES_PER_WORKSPACE * LIMIT_MIB.min)));
  const cores = Math.max(1, machine2.cpus);
  const cap = most ?? Number.POSITIVE_INFINITY;
  const concurrency = requested ?? Math.min(4 * cores, fits, cap);
  const maxConcurrency = requested ?? Math.max(concurrency, Math.min(MOST_PER_CORE * cores, fits, cap));
  return {
    concurrency,
    maxConcurrency,
    memoryBudgetMiB,
    goMemoryLimitMiB: goMemoryLimit(memoryBudgetMiB, concurrency)
  };
}
function goMemoryLimit(memoryBudgetMiB, concurrency) {
  const share = Math.floor(memoryBudgetMiB / (PROCESSES_PER_WORKSPACE * Math.max(1, concurrency)));
  return Math.max(LIMIT_MIB.min, Math.min(LIMIT_MIB.max, share));
}
function raisedConcurrency(run, busyShare) {
  if (run.running < run.concurrency || busyShare >= 0.85) return run.concurrency;
  return Math.min(run.maxConcurrency, run.concurrency + Math.max(1, run.cpus));
}
function machine() {
  const limit = process.constrainedMemory?.() ?? 0;
  const total = totalmem();
  return { cpus: availableParallelism(), memoryBytes: limit > 0 && limit < total ? limit : total };
}
function cpuTimes() {
  let busy = 0;
  let total = 0;
  for (const cpu of cpus()) {
    const { idle, ...rest } = cpu.times;
    const used = Object.values(rest).reduce((a, b) => a + b, 0);
    busy += used;
    total += used + idle;
  }
  return { busy, total };
}

export {
  runBudget,
  goMemoryLimit,
  raisedConcurrency,
  machine,
  cpuTimes
};
