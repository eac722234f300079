import { availableParallelism, totalmem } from "node:os";

const MiB = 1024 * 1024;
/** Each workspace runs terraform and the one provider it starts. */
const PROCESSES_PER_WORKSPACE = 2;
const LIMIT_MIB = { max: 512, min: 128 };

export interface RunBudget {
  /** Workspaces at once. */
  concurrency: number;
  /** GOMEMLIMIT of each short-lived terraform and provider process. */
  goMemoryLimitMiB: number;
}

/**
 * How many workspaces run at once, and the soft memory limit of each process, on a machine. Plans
 * mostly wait on the infrastructure's API (40 vSphere pools on vcsim with 100 ms a call, 2 busy
 * cores: 37 s at 4 at once, 28 s at 16), so four per core, within half the machine's memory: the
 * more at once, the lower each process's limit (512 MiB at most, 128 at least; past that, fewer at
 * once). A `requested` count is kept as it is; only its limit is fitted.
 */
export function runBudget(machine: { cpus: number; memoryBytes: number }, requested?: number): RunBudget {
  const budgetMiB = machine.memoryBytes / MiB / 2;
  const fits = Math.max(1, Math.floor(budgetMiB / (PROCESSES_PER_WORKSPACE * LIMIT_MIB.min)));
  const concurrency = requested ?? Math.min(4 * Math.max(1, machine.cpus), fits);
  const share = Math.floor(budgetMiB / (PROCESSES_PER_WORKSPACE * concurrency));
  return { concurrency, goMemoryLimitMiB: Math.max(LIMIT_MIB.min, Math.min(LIMIT_MIB.max, share)) };
}

/** This machine: its cores, and its memory or the container's limit on it when lower. */
export function machine(): { cpus: number; memoryBytes: number } {
  const limit = process.constrainedMemory?.() ?? 0;
  const total = totalmem();
  return { cpus: availableParallelism(), memoryBytes: limit > 0 && limit < total ? limit : total };
}
