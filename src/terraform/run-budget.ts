import { availableParallelism, cpus, totalmem } from "node:os";

const MiB = 1024 * 1024;
/** Each workspace runs terraform and the one provider it starts. */
const PROCESSES_PER_WORKSPACE = 2;
const LIMIT_MIB = { max: 512, min: 128 };
/** The most workspaces per core a run grows to while the CPU still has room. */
const MOST_PER_CORE = 16;

export interface RunBudget {
  /** Workspaces at once, to begin with. */
  concurrency: number;
  /**
   * The most workspaces at once the run may grow to while the machine's CPU has room (plans that
   * wait on a slow API); equal to `concurrency` when the user set it.
   */
  maxConcurrency: number;
  /** Memory all terraform and provider processes may share: half the machine's. */
  memoryBudgetMiB: number;
  /** GOMEMLIMIT of each short-lived terraform and provider process, at `concurrency`. */
  goMemoryLimitMiB: number;
}

/**
 * How many workspaces run at once, and the soft memory limit of each process, on a machine. Plans
 * mostly wait on the infrastructure's API (40 vSphere pools on vcsim with 100 ms a call, 2 busy
 * cores: 37 s at 4 at once, 28 s at 16), so a run starts at four per core and grows while the CPU
 * is idle (see raisedConcurrency), up to sixteen per core within half the machine's memory: the
 * more at once, the lower each process's limit (512 MiB at most, 128 at least; past that, no
 * more at once). A `requested` count is kept as it is, and not grown; `most` caps the growth (an
 * API that allows only so many sessions).
 */
export function runBudget(
  machine: { cpus: number; memoryBytes: number },
  requested?: number,
  most?: number,
): RunBudget {
  const memoryBudgetMiB = Math.floor(machine.memoryBytes / MiB / 2);
  const fits = Math.max(1, Math.floor(memoryBudgetMiB / (PROCESSES_PER_WORKSPACE * LIMIT_MIB.min)));
  const cores = Math.max(1, machine.cpus);
  const cap = most ?? Number.POSITIVE_INFINITY;
  const concurrency = requested ?? Math.min(4 * cores, fits, cap);
  const maxConcurrency = requested ?? Math.max(concurrency, Math.min(MOST_PER_CORE * cores, fits, cap));
  return {
    concurrency,
    maxConcurrency,
    memoryBudgetMiB,
    goMemoryLimitMiB: goMemoryLimit(memoryBudgetMiB, concurrency),
  };
}

/** Each process's share of the memory budget with `concurrency` workspaces running. */
export function goMemoryLimit(memoryBudgetMiB: number, concurrency: number): number {
  const share = Math.floor(memoryBudgetMiB / (PROCESSES_PER_WORKSPACE * Math.max(1, concurrency)));
  return Math.max(LIMIT_MIB.min, Math.min(LIMIT_MIB.max, share));
}

/**
 * The next concurrency of a run, from one sample of the machine: while every slot is taken and the
 * CPU was less than 85 % busy (the plans wait on an API), one more workspace per core, up to the
 * maximum. Never lower: a running plan cannot be paused, and the CPU being busy is the goal. (At
 * 70 %, 500 vSphere plans on vcsim with 100 ms a call stayed at 8 on 2 cores, 63 % busy, while 16
 * at once was 11-15 % faster.)
 */
export function raisedConcurrency(
  run: { concurrency: number; maxConcurrency: number; running: number; cpus: number },
  busyShare: number,
): number {
  if (run.running < run.concurrency || busyShare >= 0.85) return run.concurrency;
  return Math.min(run.maxConcurrency, run.concurrency + Math.max(1, run.cpus));
}

/** This machine: its cores, and its memory or the container's limit on it when lower. */
export function machine(): { cpus: number; memoryBytes: number } {
  const limit = process.constrainedMemory?.() ?? 0;
  const total = totalmem();
  return { cpus: availableParallelism(), memoryBytes: limit > 0 && limit < total ? limit : total };
}

/** The machine's CPU time so far, busy and in all; two readings give the busy share between them. */
export function cpuTimes(): { busy: number; total: number } {
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
