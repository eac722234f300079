import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatIssue } from "../../src/pool-format/format-issue.js";
import { loadPools, PoolPathError } from "../../src/pool-format/load-pools.js";
import type { PoolLimits } from "../../src/pool-format/pool-limits.js";
import type { LoadResult } from "../../src/pool-format/types.js";
import { HEADER } from "./helpers.js";

const MiB = 1024 * 1024;
const CANARY = "CANARY-OUTSIDE";
// Quoted by the messages about it if it is ever read: an unknown kind and a wrong provider.
const OUTSIDE_POOL = `${HEADER}kind: ${CANARY}
metadata: { name: outside, tenant: acme, controlPlane: tcp-one }
spec:
  provider: ${CANARY}
  replicas: 1
  vsphere: { datacenter: ${CANARY} }
`;

// A repository holding the example pools, and a folder beside it that is not part of it.
let repo: string;
let outside: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "nodepool-repo-"));
  outside = mkdtempSync(join(tmpdir(), "nodepool-outside-"));
  writeFileSync(join(outside, "outside.yaml"), OUTSIDE_POOL);
});
afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const examplePools = () => cpSync("pools", join(repo, "pools"), { recursive: true });
const messages = (result: LoadResult) => (result.ok ? result.warnings : result.issues).map(formatIssue);
const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("expected the load to be refused"),
    (error: unknown) => error as Error,
  );

describe("bounded input: sizes are checked before a file is read", () => {
  it("refuses a 2 MiB pool file at line 1 column 1, naming the size and the limit", async () => {
    examplePools();
    const padding = `# ${"x".repeat(78)}\n`;
    writeFileSync(join(repo, "pools/huge.yaml"), HEADER.padEnd(2 * MiB, padding));
    const result = await loadPools(["pools"], repo);
    expect(result.ok).toBe(false);
    expect(messages(result)).toEqual([
      "pools/huge.yaml:1:1: error: 2 MiB is over the 1 MiB limit of a pool file, so it was not read: pool files are text of a few KiB",
    ]);
  });

  it("reads a file just under the limit", async () => {
    examplePools();
    writeFileSync(join(repo, "pools/comments.yaml"), `${"#".repeat(MiB - 2)}\n`);
    expect((await loadPools(["pools"], repo)).ok).toBe(true);
  });

  it("refuses a run whose pool files together hold more than the run limit, with a PoolPathError", async () => {
    const limits: PoolLimits = { fileBytes: 1000, runBytes: 2048, runFiles: 10 };
    mkdirSync(join(repo, "pools"));
    for (const name of ["a", "b", "c"]) writeFileSync(join(repo, `pools/${name}.yaml`), "#".repeat(900));
    const error = await errorOf(loadPools(["pools"], repo, limits));
    expect(error).toBeInstanceOf(PoolPathError);
    expect(error.message).toBe(
      "pools: the 3 pool files hold 2.6 KiB, over the 2 KiB limit of a run: pool files are text of a few KiB each",
    );
  });

  it("refuses a run with more pool files than the file limit", async () => {
    const limits: PoolLimits = { fileBytes: 1000, runBytes: 10_000, runFiles: 2 };
    mkdirSync(join(repo, "pools"));
    for (const name of ["a", "b", "c"]) writeFileSync(join(repo, `pools/${name}.yaml`), "# empty\n");
    const error = await errorOf(loadPools(["pools"], repo, limits));
    expect(error).toBeInstanceOf(PoolPathError);
    expect(error.message).toBe("pools: found 3 pool files, over the limit of 2 files a run reads");
  });
});

describe("contained input: nothing outside the repository is read", () => {
  it("refuses a `pools` link to a folder outside the repository and quotes nothing from it", async () => {
    symlinkSync(outside, join(repo, "pools"));
    const error = await errorOf(loadPools(["pools"], repo));
    expect(error).toBeInstanceOf(PoolPathError);
    expect(error.message).toBe(
      "pools: resolves outside the repository (a symbolic link?); pool files are read only from inside it",
    );
    expect(error.message).not.toContain(CANARY);
  });

  it("refuses a relative link to a sibling repository, and paths that lead there", async () => {
    const sibling = join(outside, "other-repo");
    const inner = join(outside, "repo");
    mkdirSync(join(sibling, "pools"), { recursive: true });
    mkdirSync(inner);
    writeFileSync(join(sibling, "pools/outside.yaml"), OUTSIDE_POOL);
    symlinkSync(join("..", "other-repo", "pools"), join(inner, "pools"));
    for (const path of ["pools", "../other-repo/pools", join(sibling, "pools")]) {
      const error = await errorOf(loadPools([path], inner));
      expect(error).toBeInstanceOf(PoolPathError);
      expect(error.message).toBe(
        `${path}: resolves outside the repository (a symbolic link?); pool files are read only from inside it`,
      );
    }
  });

  it("refuses a pool file given directly that links outside", async () => {
    mkdirSync(join(repo, "pools"));
    symlinkSync(join(outside, "outside.yaml"), join(repo, "pools/linked.yaml"));
    const error = await errorOf(loadPools(["pools/linked.yaml"], repo));
    expect(error).toBeInstanceOf(PoolPathError);
    expect(error.message).not.toContain(CANARY);
  });

  it("does not read a linked file found inside pools/: it is an error on the link, at line 1", async () => {
    examplePools();
    symlinkSync(join(outside, "outside.yaml"), join(repo, "pools/passwd.yaml"));
    const result = await loadPools(["pools"], repo);
    expect(messages(result)).toEqual([
      "pools/passwd.yaml:1:1: error: is a symbolic link, which is not followed: pool files must be regular files inside the repository",
    ]);
  });

  it("does not walk into a linked folder inside pools/", async () => {
    examplePools();
    symlinkSync(outside, join(repo, "pools/shared"));
    const result = await loadPools(["pools"], repo);
    expect(messages(result).join("\n")).not.toContain(CANARY);
    expect(result.ok && result.value.files.filter((file) => file.includes("shared"))).toEqual([]);
  });

  it("accepts an absolute path inside the repository, and a `pools` link that stays inside", async () => {
    mkdirSync(join(repo, "deploy"));
    cpSync("pools", join(repo, "deploy/pools"), { recursive: true });
    symlinkSync(join("deploy", "pools"), join(repo, "pools"));
    for (const path of [join(repo, "deploy/pools"), "pools"]) {
      const result = await loadPools([path], repo);
      expect(result.ok).toBe(true);
      expect(result.ok && result.value.pools).toHaveLength(5);
    }
  });
});
