import { describe, expect, it } from "vitest";
import { type GrowingLimit, mapLimit } from "../../src/terraform/runner.js";

/** Tasks that wait `ms` each, recording how many ran at once at most. */
function waitingTasks(ms: number) {
  let running = 0;
  let most = 0;
  return {
    task: async (n: number) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((done) => setTimeout(done, ms));
      running -= 1;
      return n * 2;
    },
    most: () => most,
  };
}

describe("mapLimit", () => {
  it("keeps the results in the items' order, at most `limit` at once", async () => {
    const tasks = waitingTasks(5);
    expect(await mapLimit([1, 2, 3, 4, 5, 6, 7], 3, tasks.task)).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(tasks.most()).toBe(3);
  });

  it("rejects with the first failure and starts nothing after it", async () => {
    const started: number[] = [];
    const run = mapLimit([1, 2, 3, 4], 1, async (n) => {
      started.push(n);
      if (n === 2) throw new Error("two failed");
      return n;
    });
    await expect(run).rejects.toThrow("two failed");
    expect(started).toEqual([1, 2]);
  });

  it("grows while tasks wait, as its limit says at each sample, and asks no more once nothing waits", async () => {
    const tasks = waitingTasks(40);
    let concurrency = 1;
    const samples: number[] = [];
    const limit: GrowingLimit = {
      intervalMs: 10,
      current: () => concurrency,
      sample(running) {
        samples.push(running);
        concurrency = Math.min(4, concurrency + 1);
      },
    };
    const items = Array.from({ length: 12 }, (_, i) => i);
    expect(await mapLimit(items, limit, tasks.task)).toEqual(items.map((n) => n * 2));
    expect(tasks.most()).toBe(4);
    // Sampled only while some task still waited to start.
    const count = samples.length;
    await new Promise((done) => setTimeout(done, 50));
    expect(samples.length).toBe(count);
  });

  it("gives an empty list for no items", async () => {
    expect(await mapLimit([], 4, async () => 1)).toEqual([]);
  });
});
