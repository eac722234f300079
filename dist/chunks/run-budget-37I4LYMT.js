import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import "./chunk-ORUZ7EY6.js";

// src/terraform/run-budget.ts
import { availableParallelism, totalmem } from "node:os";
var MiB = 1024 * 1024;
var PROCESSES_PER_WORKSPACE = 2;
var LIMIT_MIB = { max: 512, min: 128 };
function runBudget(machine2, requested) {
  const budgetMiB = machine2.memoryBytes / MiB / 2;
  const fits = Math.max(1, Math.floor(budgetMiB / (PROCESSES_PER_WORKSPACE * LIMIT_MIB.min)));
  const concurrency = requested ?? Math.min(4 * Math.max(1, machine2.cpus), fits);
  const share = Math.floor(budgetMiB / (PROCESSES_PER_WORKSPACE * concurrency));
  return { concurrency, goMemoryLimitMiB: Math.max(LIMIT_MIB.min, Math.min(LIMIT_MIB.max, share)) };
}
function machine() {
  const limit = process.constrainedMemory?.() ?? 0;
  const total = totalmem();
  return { cpus: availableParallelism(), memoryBytes: limit > 0 && limit < total ? limit : total };
}
export {
  machine,
  runBudget
};
