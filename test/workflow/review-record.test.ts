import { describe, expect, it } from "vitest";
import { GITHUB_BODY_LIMIT } from "../../src/github/errors.js";
import { formatPlanComment, readCommentHeader } from "../../src/github/plan-comment.js";
import type { PoolResult } from "../../src/plan/pool-result.js";
import type { NodePool } from "../../src/pool-format/types.js";
import { commentBody } from "../../src/report/plan-comment-body.js";
import { reviewProblem } from "../../src/workflow/apply-mode.js";
import { planHashes } from "../../src/workflow/plan-mode.js";

function result(i: number): PoolResult {
  const name = `application-pool-${String(i).padStart(3, "0")}`;
  const pool = {
    name,
    tenant: "kamaji-tenant-with-a-long-name",
    controlPlane: `tcp-${String(i).padStart(3, "0")}-production`,
    spec: { provider: "vsphere", replicas: 3 },
  } as unknown as NodePool;
  const nodes = [0, 1, 2].map((n) => `${pool.controlPlane}-${name}-node-0${n}`);
  return {
    pool,
    status: "changes",
    summary: {
      toAdd: 3,
      toChange: 0,
      toDestroy: 0,
      toReplace: 0,
      nodes: { create: nodes, update: [], replace: [], delete: [] },
      resources: [],
    },
    text: `Terraform will perform the following actions:\n${"  + resource line of the plan\n".repeat(60)}`,
    hash: `sha256:${i.toString(16).padStart(64, "a")}`,
    nodesBefore: 0,
  } as unknown as PoolResult;
}

describe("the plan comment of a pull request that changes 100 pools", () => {
  const results = Array.from({ length: 100 }, (_, i) => result(i));
  const header = {
    key: "pools",
    hashes: planHashes(results),
    sha: "f".repeat(40),
    status: "planned" as const,
  };
  const text = formatPlanComment(
    header,
    commentBody(results, header, "Planned.", "https://example.com/run/1"),
  );

  it("fits under GitHub's limit, header included", () => {
    expect(text.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
  });

  it("keeps every pool's hash in the header that apply reads", () => {
    const read = readCommentHeader(text);
    expect(read.ok && Object.keys(read.value.hashes)).toHaveLength(100);
  });

  it("points to the full report in the job summary", () => {
    expect(text).toContain("https://example.com/run/1");
  });
});

describe("a reviewed plan stands for the merge", () => {
  const head = "a".repeat(40);
  it.each([
    ["a finished plan of the last head", { sha: head, status: "planned" }, undefined],
    ["a plan without changes", { sha: head, status: "no-changes" }, undefined],
    [
      "a plan with failed pools (those are refused one by one)",
      { sha: head, status: "plan-failed" },
      undefined,
    ],
    ["a re-run after a failed apply", { sha: head, status: "apply-failed" }, undefined],
    ["a plan of an older commit", { sha: "b".repeat(40), status: "planned" }, /made for commit bbbbbbb/],
    ["no commit at all", { sha: "", status: "planned" }, /made for commit \(none\)/],
    ["a cancelled plan", { sha: head, status: "plan-cancelled" }, /cancelled/],
  ] as const)("%s", (_what, header, problem) => {
    const found = reviewProblem(header, head);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});
