import { describe, expect, it } from "vitest";
import { findOverlaps } from "../../src/plan/pull-request-overlaps.js";
import { describeOverlaps } from "../../src/report/pull-request-overlaps.js";

describe("other open pull requests on the same pools", () => {
  const others = [
    { number: 14, files: ["pools/tcp-beta.yaml", "README.md"] },
    { number: 9, files: ["pools/tcp-alpha.yaml", "pools/defaults.yaml"] },
    { number: 12, files: ["docs/x.md"] },
  ];

  it.each([
    ["none when no file is shared", ["pools/tcp-charlie.yaml"], []],
    [
      "each pull request with the pool files it shares, lowest number first",
      ["pools/tcp-alpha.yaml", "pools/tcp-beta.yaml"],
      [
        { number: 9, files: ["pools/tcp-alpha.yaml"] },
        { number: 14, files: ["pools/tcp-beta.yaml"] },
      ],
    ],
  ] as const)("%s", (_, ours, expected) => {
    expect(findOverlaps(ours, others)).toEqual(expected);
  });

  it("are said in the comment with what a reviewer must know, or not at all", () => {
    expect(describeOverlaps([])).toEqual([]);
    expect(describeOverlaps([{ number: 9, files: ["pools/tcp-alpha.yaml"] }])).toEqual([
      "",
      "⚠️ Other open pull requests change the same pools; whichever merges second is refused until it is planned again:",
      "- #9: `pools/tcp-alpha.yaml`",
    ]);
  });
});
