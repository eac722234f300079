import { describe, expect, it } from "vitest";
import { goMemoryLimit, raisedConcurrency, runBudget } from "../../src/terraform/run-budget.js";

const GiB = 1024 ** 3;

describe("runBudget: workspaces at once and each process's memory", () => {
  it.each([
    [
      "this 2-core, 24 GiB machine",
      { cpus: 2, memoryBytes: 24 * GiB },
      undefined,
      { concurrency: 8, maxConcurrency: 32, goMemoryLimitMiB: 512 },
    ],
    [
      "a GitHub-hosted Linux runner (4 cores, 16 GiB)",
      { cpus: 4, memoryBytes: 16 * GiB },
      undefined,
      { concurrency: 16, maxConcurrency: 32, goMemoryLimitMiB: 256 },
    ],
    [
      "a large runner (16 cores, 64 GiB)",
      { cpus: 16, memoryBytes: 64 * GiB },
      undefined,
      { concurrency: 64, maxConcurrency: 128, goMemoryLimitMiB: 256 },
    ],
    [
      "a small container (4 cores, 2 GiB): fewer at once",
      { cpus: 4, memoryBytes: 2 * GiB },
      undefined,
      { concurrency: 4, maxConcurrency: 4, goMemoryLimitMiB: 128 },
    ],
    [
      "a requested count is kept and not grown, its limit fitted",
      { cpus: 2, memoryBytes: 8 * GiB },
      32,
      { concurrency: 32, maxConcurrency: 32, goMemoryLimitMiB: 128 },
    ],
    [
      "a requested 1 gets the most memory",
      { cpus: 2, memoryBytes: 8 * GiB },
      1,
      { concurrency: 1, maxConcurrency: 1, goMemoryLimitMiB: 512 },
    ],
  ] as const)("%s", (_what, machine, requested, expected) => {
    expect(runBudget(machine, requested)).toMatchObject(expected);
  });

  it.each([
    ["a cap above the start: grows to it", 20, { concurrency: 8, maxConcurrency: 20 }],
    ["a cap below the start: starts and stays there", 5, { concurrency: 5, maxConcurrency: 5 }],
  ])("max-concurrency, %s", (_what, most, expected) => {
    expect(runBudget({ cpus: 2, memoryBytes: 24 * GiB }, undefined, most)).toMatchObject(expected);
  });

  it("never plans more than half the memory at the processes' limits, at the start or grown to the most, unless asked to", () => {
    for (const cpus of [1, 2, 4, 8, 32])
      for (const gib of [1, 2, 4, 7, 16, 64]) {
        const budget = runBudget({ cpus, memoryBytes: gib * GiB });
        for (const concurrency of [budget.concurrency, budget.maxConcurrency])
          expect(
            concurrency * 2 * goMemoryLimit(budget.memoryBudgetMiB, concurrency),
            `${cpus} cores, ${gib} GiB, ${concurrency} at once`,
          ).toBeLessThanOrEqual(Math.max((gib * 1024) / 2, 2 * 128));
      }
  });
});

describe("raisedConcurrency: growing while the plans wait on an API", () => {
  const run = { concurrency: 8, maxConcurrency: 32, running: 8, cpus: 2 };
  it.each([
    ["every slot taken, CPU idle: one more per core", run, 0.2, 10],
    ["every slot taken, CPU 84 % busy: still room", run, 0.84, 10],
    ["CPU 85 % busy: kept", run, 0.85, 8],
    ["CPU saturated: kept, never lowered", run, 1, 8],
    ["a slot free (the queue ran dry): kept", { ...run, running: 7 }, 0, 8],
    ["near the most: up to it", { ...run, concurrency: 31, running: 31 }, 0, 32],
    ["at the most: kept", { ...run, concurrency: 32, running: 32 }, 0, 32],
    ["a requested count (most = start): kept", { ...run, maxConcurrency: 8 }, 0, 8],
  ] as const)("%s", (_what, state, busy, expected) => {
    expect(raisedConcurrency(state, busy)).toBe(expected);
  });
});
