import { lstat, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WorkspaceFile } from "../../src/render/workspace.js";
import { OutputPathError, writeWorkspaces } from "../../src/render/write-workspaces.js";

const POOL = "acme/cp-one/workers";

/** The files render writes, reduced to one module: what the writer sees of a workspace. */
function workspace(dir: string): { dir: string; files: WorkspaceFile[] } {
  return {
    dir,
    files: [
      { path: "backend.tf.json", contents: '{"terraform":{"backend":{"local":{}}}}' },
      { path: "main.tf.json", contents: '{"module":{"nodes":{"source":"./modules/vsphere"}}}' },
      { path: "modules/vsphere/main.tf", contents: "# rendered module" },
    ],
  };
}

/** Every file below `dir` with its contents, so a test can see that nothing changed there. */
async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    tree[path.slice(dir.length + 1)] = await readFile(path, "utf8");
  }
  return tree;
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

let root: string;
/** The render folder. */
let out: string;
/** A folder outside the render folder that a symlink in the render folder points at. */
let outside: string;
let outsideBefore: Record<string, string>;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "nodepool-write-"));
  out = join(root, "out");
  outside = join(root, "outside");
  await mkdir(out);
  await mkdir(join(outside, "modules"), { recursive: true });
  await writeFile(join(outside, "secret.txt"), "keep me");
  await writeFile(join(outside, "main.tf.json"), "not ours");
  await writeFile(join(outside, "modules", "precious.tf"), "keep me too");
  outsideBefore = await snapshotTree(outside);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("files in a workspace folder", () => {
  it("removes and reports what render did not write, keeps what terraform keeps there", async () => {
    const pool = join(out, POOL);
    await mkdir(join(pool, ".terraform", "providers"), { recursive: true });
    await writeFile(join(pool, ".terraform", "providers", "plugin"), "binary");
    await writeFile(join(pool, ".terraform.lock.hcl"), "# lock");
    // Saved plans never live here (they hold join data): an old one is removed like any stray file.
    await writeFile(join(pool, "tfplan"), "plan");
    await writeFile(join(pool, "errored.tfstate"), "{}");
    await writeFile(join(pool, "evil.tf"), 'resource "null_resource" "x" {}');
    await writeFile(join(pool, "override.tf.json"), "{}");
    await mkdir(join(pool, "extra"));
    await writeFile(join(pool, "extra", "more.tf"), "");

    const result = await writeWorkspaces(out, [workspace(POOL)], { prune: false });

    expect(result.removedUnexpected).toEqual([
      `${POOL}/evil.tf`,
      `${POOL}/extra`,
      `${POOL}/override.tf.json`,
      `${POOL}/tfplan`,
    ]);
    for (const gone of ["evil.tf", "override.tf.json", "extra", "tfplan"])
      expect(await exists(join(pool, gone))).toBe(false);
    expect(await readFile(join(pool, ".terraform", "providers", "plugin"), "utf8")).toBe("binary");
    expect(await readFile(join(pool, ".terraform.lock.hcl"), "utf8")).toBe("# lock");
    expect(await readFile(join(pool, "errored.tfstate"), "utf8")).toBe("{}");
    expect(await readFile(join(pool, "modules/vsphere/main.tf"), "utf8")).toBe("# rendered module");
  });

  it("reports nothing when the folder holds only an earlier render", async () => {
    await writeWorkspaces(out, [workspace(POOL)], { prune: false });
    await writeFile(join(out, POOL, "modules/vsphere/leftover.tf"), "# from an older render");
    const result = await writeWorkspaces(out, [workspace(POOL)], { prune: false });
    expect(result.removedUnexpected).toEqual([]);
    expect(await exists(join(out, POOL, "modules/vsphere/leftover.tf"))).toBe(false);
  });

  it("removes a symlink inside a workspace as a link, leaving its target's files", async () => {
    await mkdir(join(out, POOL), { recursive: true });
    await symlink(outside, join(out, POOL, "linked"));
    // A link in place of a kept entry would have terraform write through it.
    await symlink(join(outside, "secret.txt"), join(out, POOL, "tfplan"));

    const result = await writeWorkspaces(out, [workspace(POOL)], { prune: false });

    expect(result.removedUnexpected).toEqual([`${POOL}/linked`, `${POOL}/tfplan`]);
    expect(await exists(join(out, POOL, "linked"))).toBe(false);
    expect(await exists(join(out, POOL, "tfplan"))).toBe(false);
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
  });
});

describe("symlinks on the way to a workspace", () => {
  it("refuses a symlink in place of the pool folder, before writing any workspace", async () => {
    await mkdir(join(out, "acme/cp-one"), { recursive: true });
    await symlink(outside, join(out, POOL));

    const write = writeWorkspaces(out, [workspace("acme/cp-one/first"), workspace(POOL)], { prune: false });

    await expect(write).rejects.toThrow(OutputPathError);
    await expect(write).rejects.toThrow(`${join(out, POOL)}: is a symlink`);
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
    expect(await exists(join(out, "acme/cp-one/first"))).toBe(false);
  });

  it("refuses a symlink in place of a tenant folder", async () => {
    await symlink(outside, join(out, "acme"));
    await expect(writeWorkspaces(out, [workspace(POOL)], { prune: false })).rejects.toThrow(
      `${join(out, "acme")}: is a symlink`,
    );
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
  });

  it("refuses a symlink in place of modules/", async () => {
    await mkdir(join(out, POOL), { recursive: true });
    await writeFile(join(out, POOL, "main.tf.json"), "earlier render");
    await symlink(join(outside, "modules"), join(out, POOL, "modules"));

    await expect(writeWorkspaces(out, [workspace(POOL)], { prune: false })).rejects.toThrow(
      `${join(out, POOL, "modules")}: is a symlink`,
    );
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
    expect(await readFile(join(out, POOL, "main.tf.json"), "utf8")).toBe("earlier render");
  });

  it("refuses an output folder that is a symlink", async () => {
    const linked = join(root, "linked-out");
    await symlink(outside, linked);
    await expect(writeWorkspaces(linked, [workspace(POOL)], { prune: true })).rejects.toThrow(
      `${linked}: is a symlink`,
    );
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
  });

  it("refuses an output folder below the working directory that passes through a symlink", async () => {
    await symlink(outside, join(root, "linked"));
    const cwd = process.cwd();
    process.chdir(root);
    try {
      await expect(writeWorkspaces("linked/out", [workspace(POOL)], { prune: false })).rejects.toThrow(
        "linked: is a symlink",
      );
    } finally {
      process.chdir(cwd);
    }
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
  });
});

describe("paths of a workspace", () => {
  it("refuses a folder or file path that steps out of the render folder", async () => {
    await expect(writeWorkspaces(out, [workspace("acme/../../outside")], { prune: false })).rejects.toThrow(
      OutputPathError,
    );
    const file = { ...workspace(POOL), files: [{ path: "modules/../../../../outside/x.tf", contents: "" }] };
    await expect(writeWorkspaces(out, [file], { prune: false })).rejects.toThrow(
      "is not a plain relative path",
    );
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
    expect(await readdir(out)).toEqual([]);
  });
});

describe("pruning", () => {
  it("does not remove through a symlinked stale workspace", async () => {
    await writeWorkspaces(out, [workspace(POOL)], { prune: false });
    // The link looks like a stale workspace: its target holds a main.tf.json.
    await symlink(outside, join(out, "acme/cp-one/gone"));
    await symlink(outside, join(out, "other-tenant"));

    const result = await writeWorkspaces(out, [workspace(POOL)], { prune: true });

    expect(result.pruned).toEqual([]);
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
  });

  it("removes a stale workspace without following symlinks inside it", async () => {
    await writeWorkspaces(out, [workspace(POOL), workspace("acme/cp-one/gone")], { prune: false });
    await symlink(outside, join(out, "acme/cp-one/gone/linked"));

    const result = await writeWorkspaces(out, [workspace(POOL)], { prune: true });

    expect(result.pruned).toEqual(["acme/cp-one/gone"]);
    expect(await exists(join(out, "acme/cp-one/gone"))).toBe(false);
    expect(await snapshotTree(outside)).toEqual(outsideBefore);
  });
});
