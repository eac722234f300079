import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changedModuleFolders, GitError, readPoolFilesAtRef } from "../../src/git/git-files.js";
import { PoolPathError } from "../../src/pool-format/load-pools.js";
import type { PoolLimits } from "../../src/pool-format/pool-limits.js";

const MiB = 1024 * 1024;
const CANARY = "CANARY-OUTSIDE";

let repo: string;
let outside: string;
const commit = (message: string) => {
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd: repo });
  git("add", ".");
  git("commit", "-qm", message);
};

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "nodepool-git-"));
  outside = mkdtempSync(join(tmpdir(), "nodepool-outside-"));
  cpSync("pools", join(repo, "pools"), { recursive: true });
  execFileSync("git", ["init", "-q"], { cwd: repo });
});
afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail("expected the read to be refused"),
    (error: unknown) => error as Error,
  );

describe("pool files read at a git ref", () => {
  it("refuses a committed 2 MiB pool file from its blob size", async () => {
    writeFileSync(join(repo, "pools/huge.yaml"), "#".repeat(2 * MiB));
    commit("huge");
    const error = await errorOf(readPoolFilesAtRef("HEAD", ["pools"], repo));
    expect(error).toBeInstanceOf(PoolPathError);
    expect(error.message).toBe(
      "pools/huge.yaml at HEAD: 2 MiB is over the 1 MiB limit of a pool file, so it was not read: pool files are text of a few KiB",
    );
  });

  it("refuses more files or bytes than a run reads", async () => {
    commit("examples");
    const count: PoolLimits = { fileBytes: MiB, runBytes: MiB, runFiles: 4 };
    expect((await errorOf(readPoolFilesAtRef("HEAD", ["pools"], repo, count))).message).toBe(
      "pools at HEAD: found 5 pool files, over the limit of 4 files a run reads",
    );
    const bytes: PoolLimits = { fileBytes: MiB, runBytes: 1024, runFiles: 10 };
    expect((await errorOf(readPoolFilesAtRef("HEAD", ["pools"], repo, bytes))).message).toMatch(
      /^pools at HEAD: the 5 pool files hold 4\.\d KiB, over the 1 KiB limit of a run/,
    );
  });

  it("skips a committed link: git stores its target's name, not the file it points to", async () => {
    writeFileSync(join(outside, "passwd.yaml"), `datacenter: ${CANARY}\n`);
    symlinkSync(join(outside, "passwd.yaml"), join(repo, "pools/passwd.yaml"));
    commit("link");
    const files = await readPoolFilesAtRef("HEAD", ["pools"], repo);
    expect(files.map((file) => file.path)).not.toContain("pools/passwd.yaml");
    expect(files.map((file) => file.text).join("\n")).not.toContain(CANARY);
    expect(files).toHaveLength(5);
  });
});

describe("module folders changed since a ref", () => {
  it("names them, and fails naming the git command instead of answering 'none' when git fails", async () => {
    execFileSync("mkdir", ["-p", join(repo, "modules/vsphere")]);
    writeFileSync(join(repo, "modules/vsphere/main.tf"), "# v1\n");
    commit("modules");
    writeFileSync(join(repo, "modules/vsphere/main.tf"), "# v2\n");
    expect(await changedModuleFolders("HEAD", "modules", repo)).toEqual(["vsphere"]);
    const error = await errorOf(changedModuleFolders("no-such-ref", "modules", repo));
    expect(error).toBeInstanceOf(GitError);
    expect(error.message).toMatch(/^git diff --name-only --relative no-such-ref -- modules failed: /);
  });
});
