import { describe, expect, it } from "vitest";
import { oversizedFileMessage, POOL_LIMITS, runLimitMessage } from "../../src/pool-format/pool-limits.js";

const MiB = 1024 * 1024;

describe("limit messages", () => {
  it.each([
    [Math.round(52.4 * MiB), "52.4 MiB is over the 1 MiB limit"],
    [1.5 * MiB, "1.5 MiB is over the 1 MiB limit"],
    // One decimal would read "1.0 MiB is over the 1 MiB limit".
    [MiB + 1, "1,048,577 bytes is over the 1,048,576-byte (1 MiB) limit"],
  ])("name the size of a %d-byte file and the limit", (size, start) => {
    expect(oversizedFileMessage(size, POOL_LIMITS)).toBe(
      `${start} of a pool file, so it was not read: pool files are text of a few KiB`,
    );
  });

  it("let a file of exactly the limit through", () => {
    expect(oversizedFileMessage(MiB, POOL_LIMITS)).toBeUndefined();
  });

  it("name the count and total of a run", () => {
    expect(runLimitMessage(new Array<number>(10_001).fill(10), POOL_LIMITS)).toBe(
      "found 10,001 pool files, over the limit of 10,000 files a run reads",
    );
    expect(runLimitMessage([MiB, 63 * MiB + 1], POOL_LIMITS)).toBe(
      "the 2 pool files hold 67,108,865 bytes, over the 67,108,864-byte (64 MiB) limit of a run: pool files are text of a few KiB each",
    );
    expect(runLimitMessage(new Array<number>(100).fill(MiB), POOL_LIMITS)).toBe(
      "the 100 pool files hold 100 MiB, over the 64 MiB limit of a run: pool files are text of a few KiB each",
    );
  });
});
