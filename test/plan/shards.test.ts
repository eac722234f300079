import { describe, expect, it } from "vitest";
import {
  gatherShards,
  parseShardResults,
  type ShardResults,
  shardResultsText,
} from "../../src/plan/shard-results.js";
import { parseShard, type Shard, shardMatrix, shareOf } from "../../src/plan/shards.js";

const keys = (n: number) =>
  Array.from({ length: n }, (_, i) => `acme/cp-${String(i).padStart(3, "0")}/workers`);
const HASH = `sha256:${"a".repeat(64)}`;
const SHA = "0123456789abcdef0123456789abcdef01234567";

describe("parseShard", () => {
  it.each([
    ["1/1", { index: 1, count: 1 }],
    ["2/4", { index: 2, count: 4 }],
    [" 4/4 ", { index: 4, count: 4 }],
  ])("%s is a shard", (text, shard) => expect(parseShard(text)).toEqual({ ok: true, value: shard }));

  it.each(["0/4", "5/4", "1/0", "a/b", "1-4", "1/4/2", "", "1/257", "-1/4"])(
    "%j is refused, saying what a shard is",
    (text) => {
      const parsed = parseShard(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problem).toContain('"i/n"');
    },
  );
});

describe("shareOf", () => {
  it.each([1, 2, 3, 7, 10, 500])("%i pools: every pool in exactly one of 4 shares, sizes within one", (n) => {
    const pools = keys(n).reverse();
    const shares = [1, 2, 3, 4].map((index) => shareOf(pools, { index, count: 4 }, (k) => k));
    expect(shares.flat().sort()).toEqual([...pools].sort());
    const sizes = shares.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it("gives contiguous runs in key order, whatever the input order", () => {
    const pools = ["b/x/p", "a/x/q", "a/x/p", "b/y/p"];
    expect(shareOf(pools, { index: 1, count: 2 }, (k) => k)).toEqual(["a/x/p", "a/x/q"]);
    expect(shareOf(pools, { index: 2, count: 2 }, (k) => k)).toEqual(["b/x/p", "b/y/p"]);
  });
});

describe("shardMatrix", () => {
  it.each([
    [0, 4, 50, ["1/1"]],
    [1, 4, 50, ["1/1"]],
    [50, 4, 50, ["1/1"]],
    [51, 4, 50, ["1/2", "2/2"]],
    [500, 4, 50, ["1/4", "2/4", "3/4", "4/4"]],
    [3, 4, 1, ["1/3", "2/3", "3/3"]],
    [100_000, 1000, 1, Array.from({ length: 256 }, (_, i) => `${i + 1}/256`)],
  ])("%i pools, at most %i shards of %i: %j", (pools, max, per, matrix) =>
    expect(shardMatrix(pools, max, per)).toEqual(matrix),
  );
});

function shard(shardOf: Shard, pools: readonly string[], change: Partial<ShardResults> = {}): ShardResults {
  return {
    mode: "plan",
    shard: shardOf,
    sha: SHA,
    results: shareOf(pools, shardOf, (k) => k).map((pool) => ({
      pool,
      status: "no-changes",
      text: "No changes.",
      hash: HASH,
    })),
    lines: [],
    locks: [],
    cancelled: false,
    ...change,
  };
}

const file = (results: ShardResults, name = `shard-${results.shard.index}.json`) => ({
  name,
  text: shardResultsText(results),
});

describe("shard results files", () => {
  it("read back what was written", () => {
    const written = shard({ index: 2, count: 3 }, keys(7), {
      mode: "apply",
      lines: ["applied"],
      failureReason: "apply-failed",
    });
    expect(parseShardResults(shardResultsText(written))).toEqual({ ok: true, value: written });
  });

  it.each([
    ["not JSON", "{", "not JSON"],
    ["another file", JSON.stringify({ kind: "NodePoolPlan", version: 1 }), "not a NodePoolShardResults file"],
    [
      "a hash that is not one",
      shardResultsText(shard({ index: 1, count: 1 }, keys(1))).replace(HASH, "sha256:nope"),
      "sha256 hash",
    ],
  ])("refuse %s", (_, text, problem) => {
    const parsed = parseShardResults(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(problem);
  });
});

describe("gatherShards", () => {
  const pools = keys(10);
  const run = { mode: "plan" as const, sha: SHA, pools };
  const all = [1, 2, 3].map((index) => file(shard({ index, count: 3 }, pools)));
  const errors = (g: ReturnType<typeof gatherShards>) =>
    g.results.filter((r) => r.status === "error").map((r) => r.pool);

  it("gives every pool its share's result, in the run's order", () => {
    const gathered = gatherShards([...all].reverse(), run);
    expect(gathered.results.map((r) => r.pool)).toEqual(pools);
    expect(errors(gathered)).toEqual([]);
    expect(gathered.problems).toEqual([]);
  });

  it("makes the pools of a missing share errors that name it", () => {
    const gathered = gatherShards(
      [all[0], all[2]].filter((f) => f !== undefined),
      run,
    );
    const missing = shareOf(pools, { index: 2, count: 3 }, (k) => k);
    expect(errors(gathered)).toEqual(missing);
    const first = gathered.results.find((r) => r.pool === missing[0]);
    expect(first?.status === "error" && first.diagnostics[0]?.summary).toContain("share 2/3");
  });

  it("makes every pool an error when no share sent results", () => {
    const gathered = gatherShards([], run);
    expect(errors(gathered)).toEqual(pools);
  });

  it.each([
    ["another commit", shard({ index: 2, count: 3 }, pools, { sha: "f".repeat(40) }), "is of commit fffffff"],
    [
      "the other mode",
      shard({ index: 2, count: 3 }, pools, { mode: "apply" }),
      "of mode apply; this reports mode plan",
    ],
    [
      "another change's pools (its job saw other changes)",
      shard({ index: 2, count: 3 }, keys(11)),
      "covered other pools",
    ],
    [
      "a result for a pool outside its share",
      (() => {
        const s = shard({ index: 2, count: 3 }, pools);
        return {
          ...s,
          results: [
            ...s.results,
            { pool: pools[0] as string, status: "no-changes" as const, text: "", hash: HASH },
          ],
        };
      })(),
      "covered other pools",
    ],
    ["a split into other shares", shard({ index: 2, count: 4 }, pools), "split into 3"],
  ])("sets aside a share of %s: its pools are errors, nothing of it is used", (_, bad, problem) => {
    const gathered = gatherShards(
      [all[0], file(bad), all[2]].filter((f) => f !== undefined),
      run,
    );
    expect(gathered.problems.join("\n")).toContain(problem);
    expect(errors(gathered)).toEqual(shareOf(pools, { index: 2, count: 3 }, (k) => k));
  });

  it("uses a share once when its file came twice", () => {
    const gathered = gatherShards([...all, file(shard({ index: 1, count: 3 }, pools), "copy.json")], run);
    expect(gathered.problems.join("\n")).toContain("came twice");
    expect(errors(gathered)).toEqual([]);
  });

  it("keeps the shares' lines and locks in shard order, and the first failure", () => {
    const lock = { pool: pools[9] as string, id: "lock-1" };
    const files = [
      file(
        shard({ index: 3, count: 3 }, pools, {
          lines: ["three"],
          locks: [lock],
          failureReason: "state-locked",
        }),
      ),
      file(shard({ index: 1, count: 3 }, pools, { lines: ["one"] })),
      file(shard({ index: 2, count: 3 }, pools, { lines: ["two"], cancelled: true })),
    ];
    const gathered = gatherShards(files, run);
    expect(gathered.lines).toEqual(["one", "two", "three"]);
    expect(gathered.locks).toEqual([lock]);
    expect(gathered.failureReason).toBe("state-locked");
    expect(gathered.cancelled).toBe(true);
  });
});
