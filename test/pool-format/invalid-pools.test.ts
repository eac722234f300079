import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../../src/pool-format/format-issue.js";
import { parsePools } from "../../src/pool-format/parse-pools.js";

// Each file in the folder breaks one rule; expected.txt holds the exact messages, reviewed by hand.
const folder = "test/fixtures/invalid";
const expected = readFileSync(`${folder}/expected.txt`, "utf8").trimEnd().split("\n");
const fixtures = readdirSync(folder).filter((name) => name.endsWith(".yaml"));

describe("invalid pool files", () => {
  it("covers at least 40 broken files", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures)("%s is refused with the exact file, line, column and message", (name) => {
    const path = `${folder}/${name}`;
    const result = parsePools([{ path, text: readFileSync(path, "utf8") }]);
    expect(result.ok).toBe(false);
    const got = result.ok ? [] : result.issues.map(formatIssue);
    const want = expected.filter((line) => line.startsWith(`${path}:`));
    expect(want.length).toBeGreaterThan(0);
    expect(got).toEqual(want);
  });

  it("reports every problem of every file in one run", () => {
    const names = [
      "yaml-tab-indent.yaml",
      "replicas-negative.yaml",
      "unknown-field-typo.yaml",
      "backend-two-types.yaml",
      "label-key-invalid.yaml",
    ];
    const files = names.map((name) => ({
      path: `${folder}/${name}`,
      text: readFileSync(`${folder}/${name}`, "utf8"),
    }));
    const result = parsePools(files);
    const got = result.ok ? [] : result.issues.map(formatIssue);
    const want = expected.filter((line) => names.some((name) => line.startsWith(`${folder}/${name}:`)));
    expect(want).toHaveLength(5);
    expect(got).toEqual(want);
  });
});
