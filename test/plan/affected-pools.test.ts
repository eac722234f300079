import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import {
  actionPinChanged,
  changedModuleFolders,
  GitError,
  readPoolFilesAtRef,
  readPoolSetAtRef,
} from "../../src/git/git-files.js";
import { findAffectedPools } from "../../src/plan/affected-pools.js";
import { poolKey } from "../../src/plan/pool-result.js";
import { loadPools } from "../../src/pool-format/load-pools.js";
import { parsePools } from "../../src/pool-format/parse-pools.js";
import type { PoolSet } from "../../src/pool-format/types.js";

let repo: string;
const git = (...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
    cwd: repo,
    encoding: "utf8",
  });

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "nodepool-git-"));
  cpSync("pools", join(repo, "pools"), { recursive: true });
  mkdirSync(join(repo, "modules/vsphere"), { recursive: true });
  writeFileSync(join(repo, "modules/vsphere/main.tf"), "# v1\n");
  mkdirSync(join(repo, ".github/workflows"), { recursive: true });
  writeFileSync(
    join(repo, ".github/workflows/nodepool.yml"),
    "on: pull_request\njobs:\n  plan:\n    steps:\n      # the pools action\n      - uses: kamaji/nodepool-action@v1.2.0\n",
  );
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "base");
});

/**
 * The pools a change affects, with the pools at `base` read whole and, as the adapters read them,
 * from only the files that differ: both must agree.
 */
async function affected(base = "HEAD") {
  const whole = parsePools(await readPoolFilesAtRef(base, ["pools"], repo));
  const after = await loadPools(["pools"], repo);
  if (!after.ok) throw new Error("head invalid");
  const changedOnly = await readPoolSetAtRef(base, ["pools"], repo, after.value);
  const modules = await changedModuleFolders(base, "modules", repo);
  const upgraded = await actionPinChanged(base, join(repo, "pools"));
  const names = (pools: PoolSet["pools"]) =>
    pools.map((p) => poolKey(p).replace("kamaji-tenant/", "")).sort();
  const find = (before: PoolSet | undefined) => {
    const found = findAffectedPools(before, after.value, modules, upgraded);
    return {
      changed: names(found.changed),
      removed: names(found.removed),
      unchanged: found.unchanged.length,
    };
  };
  const result = find(whole.ok ? whole.value : undefined);
  const fast = find(changedOnly);
  expect(fast).toEqual(result);
  return result;
}

const edit = (file: string, from: string, to: string) => {
  const path = join(repo, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  writeFileSync(path, text.replace(from, to));
};

describe("pools affected by a change", () => {
  it("none when nothing changed", async () => {
    expect(await affected()).toEqual({ changed: [], removed: [], unchanged: 5 });
  });

  it("every pool when a workflow's pin of the action changes (its modules may all differ), not for other workflow edits", async () => {
    edit(".github/workflows/nodepool.yml", "# the pools action", "# the pools action, pinned");
    expect(await affected()).toEqual({ changed: [], removed: [], unchanged: 5 });
    edit(".github/workflows/nodepool.yml", "nodepool-action@v1.2.0", "nodepool-action@v1.3.0");
    const upgraded = await affected();
    expect(upgraded.changed).toHaveLength(5);
    expect(upgraded.unchanged).toBe(0);
  });

  it("only the edited pool", async () => {
    edit("pools/tcp-beta.yaml", "replicas: 2", "replicas: 3");
    expect(await affected()).toEqual({ changed: ["tcp-beta/default-pool"], removed: [], unchanged: 4 });
  });

  it("exactly the pools a defaults document selects", async () => {
    edit("pools/defaults.yaml", "      folder: kamaji/tcp-charlie", "      folder: kamaji/charlie");
    // The vSphere block reaches both vSphere pools of tcp-charlie; the Cloud Director pool ignores it.
    expect(await affected()).toEqual({
      changed: ["tcp-charlie/default-pool", "tcp-charlie/system-pool"],
      removed: [],
      unchanged: 3,
    });
  });

  it("a new pool file git does not know yet", async () => {
    const beta = readFileSync(join(repo, "pools/tcp-beta.yaml"), "utf8");
    writeFileSync(join(repo, "pools/tcp-delta.yaml"), beta.replaceAll("tcp-beta", "tcp-delta"));
    expect(await affected()).toEqual({ changed: ["tcp-delta/default-pool"], removed: [], unchanged: 5 });
  });

  it("a deleted pool as removed, to be planned as a destroy", async () => {
    rmSync(join(repo, "pools/tcp-alpha.yaml"));
    expect(await affected()).toEqual({ changed: [], removed: ["tcp-alpha/default-pool"], unchanged: 4 });
  });

  it("every pool of a provider whose module changed", async () => {
    writeFileSync(join(repo, "modules/vsphere/main.tf"), "# v2\n");
    expect(await affected()).toEqual({
      changed: ["tcp-charlie/default-pool", "tcp-charlie/system-pool"],
      removed: [],
      unchanged: 3,
    });
  });

  it("every pool when the state settings changed", async () => {
    edit("pools/settings.yaml", "namespace: nodepool-state", "namespace: nodepool-states");
    expect((await affected()).changed).toHaveLength(5);
  });

  it("every pool when the base cannot be read as valid pools", async () => {
    writeFileSync(join(repo, "pools/tcp-beta.yaml"), "kind: [\n");
    git("add", ".");
    git("commit", "-qm", "broken");
    cpSync("pools/tcp-beta.yaml", join(repo, "pools/tcp-beta.yaml"));
    expect((await affected()).changed).toHaveLength(5);
  });

  it("says clearly when the base ref does not exist", async () => {
    await expect(readPoolFilesAtRef("no-such-ref", ["pools"], repo)).rejects.toThrow(GitError);
    await expect(readPoolFilesAtRef("no-such-ref", ["pools"], repo)).rejects.toThrow(
      /git ls-tree .* failed: fatal: Not a valid object name no-such-ref/,
    );
  });
});
