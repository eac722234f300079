import { describe, expect, it } from "vitest";
import { runBudget } from "../../src/terraform/run-budget.js";

const GiB = 1024 ** 3;

describe("runBudget: workspaces at once and each process's memory", () => {
  it.each([
    [
      "this 2-core, 24 GiB machine",
      { cpus: 2, memoryBytes: 24 * GiB },
      undefined,
      { concurrency: 8, goMemoryLimitMiB: 512 },
    ],
    [
      "a GitHub-hosted Linux runner (4 cores, 16 GiB)",
      { cpus: 4, memoryBytes: 16 * GiB },
      undefined,
      { concurrency: 16, goMemoryLimitMiB: 256 },
    ],
    [
      "a large runner (16 cores, 64 GiB)",
      { cpus: 16, memoryBytes: 64 * GiB },
      undefined,
      { concurrency: 64, goMemoryLimitMiB: 256 },
    ],
    [
      "a small container (4 cores, 2 GiB): fewer at once",
      { cpus: 4, memoryBytes: 2 * GiB },
      undefined,
      { concurrency: 4, goMemoryLimitMiB: 128 },
    ],
    [
      "a requested count is kept, its limit fitted",
      { cpus: 2, memoryBytes: 8 * GiB },
      32,
      { concurrency: 32, goMemoryLimitMiB: 128 },
    ],
    [
      "a requested 1 gets the most memory",
      { cpus: 2, memoryBytes: 8 * GiB },
      1,
      { concurrency: 1, goMemoryLimitMiB: 512 },
    ],
  ] as const)("%s", (_what, machine, requested, expected) => {
    expect(runBudget(machine, requested)).toEqual(expected);
  });

  it("never plans more than half the memory at the processes' limits, unless asked to", () => {
    for (const cpus of [1, 2, 4, 8, 32])
      for (const gib of [1, 2, 4, 7, 16, 64]) {
        const { concurrency, goMemoryLimitMiB } = runBudget({ cpus, memoryBytes: gib * GiB });
        expect(concurrency * 2 * goMemoryLimitMiB, `${cpus} cores, ${gib} GiB`).toBeLessThanOrEqual(
          Math.max((gib * 1024) / 2, 2 * 128),
        );
      }
  });
});
