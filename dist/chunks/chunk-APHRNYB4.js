import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);

// src/render/write-workspaces.ts
import { lstat, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var OutputPathError = class extends Error {
  constructor(path, reason) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.name = "OutputPathError";
  }
  path;
};
var TERRAFORM_KEEPS = /* @__PURE__ */ new Map([
  [".terraform", "directory"],
  [".terraform.lock.hcl", "file"],
  // Written when terraform cannot save state to the backend: the only record of what it created.
  ["errored.tfstate", "file"]
]);
var SYMLINK = "is a symlink; the render folder is written and cleaned without following symlinks, so replace it with a real folder or remove it";
async function writeWorkspaces(outDir, workspaces, options) {
  await refuseSymlinks(outDir, workspaces);
  const written = [];
  const removedUnexpected = [];
  for (const workspace of workspaces) {
    removedUnexpected.push(...await clearWorkspace(outDir, workspace));
    const dir = join(outDir, workspace.dir);
    for (const file of workspace.files) {
      const path = join(dir, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.contents);
    }
    written.push(workspace.dir);
  }
  const current = new Set(written);
  const stale = (await findWorkspaces(outDir)).filter((dir) => !current.has(dir));
  const pruned = [];
  if (options.prune) {
    for (const dir of stale) {
      await rm(join(outDir, dir), { recursive: true, force: true });
      pruned.push(dir);
    }
  }
  return { written, stale: options.prune ? [] : stale, pruned, removedUnexpected };
}
async function clearWorkspace(outDir, workspace) {
  const rendered = new Set(workspace.files.map((file) => file.path.split("/")[0]));
  const entries = await readdir(join(outDir, workspace.dir), { withFileTypes: true }).catch(
    (error) => {
      if (isCode(error, "ENOENT")) return [];
      throw error;
    }
  );
  const unexpected = [];
  for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
    if (isKeptByTerraform(entry)) continue;
    await rm(join(outDir, workspace.dir, entry.name), { recursive: true, force: true });
    if (!rendered.has(entry.name) || entry.isSymbolicLink())
      unexpected.push(`${workspace.dir}/${entry.name}`);
  }
  return unexpected;
}
function isKeptByTerraform(entry) {
  const kind = TERRAFORM_KEEPS.get(entry.name);
  return kind === "directory" ? entry.isDirectory() : kind === "file" && entry.isFile();
}
async function refuseSymlinks(outDir, workspaces) {
  for (const path of outDirChain(outDir)) await refuseSymlink(path);
  const folders = /* @__PURE__ */ new Set();
  for (const workspace of workspaces) {
    const dir = plainSegments(outDir, workspace.dir);
    addPrefixes(folders, dir);
    for (const file of workspace.files)
      addPrefixes(folders, [...dir, ...plainSegments(join(outDir, workspace.dir), file.path).slice(0, -1)]);
  }
  const ordered = [...folders].sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : 1));
  for (const folder of ordered) await refuseSymlink(join(outDir, folder));
}
function outDirChain(outDir) {
  const cwd = process.cwd();
  const below = relative(cwd, resolve(outDir));
  if (below === "") return [];
  if (below === ".." || below.startsWith(`..${sep}`) || isAbsolute(below)) return [outDir];
  const base = isAbsolute(outDir) ? cwd : "";
  const parts = below.split(sep);
  return parts.map((_, i) => join(base, ...parts.slice(0, i + 1)));
}
async function refuseSymlink(path) {
  const stats = await lstat(path).catch((error) => {
    if (isCode(error, "ENOENT")) return void 0;
    throw error;
  });
  if (stats?.isSymbolicLink()) throw new OutputPathError(path, SYMLINK);
}
function plainSegments(base, path) {
  const segments = path.split("/");
  if (segments.some((s) => s === "" || s === "." || s === ".." || s.includes("\\")))
    throw new OutputPathError(
      join(base, path),
      "is not a plain relative path (no empty, `.` or `..` segment)"
    );
  return segments;
}
function addPrefixes(into, segments) {
  for (let i = 1; i <= segments.length; i++) into.add(segments.slice(0, i).join("/"));
}
function isCode(error, code) {
  return error instanceof Error && "code" in error && error.code === code;
}
async function findWorkspaces(outDir) {
  const found = [];
  const walk = async (relative2, depth) => {
    const entries = await readdir(join(outDir, relative2), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const child = relative2 ? `${relative2}/${entry.name}` : entry.name;
      if (depth === 2) {
        if (await lstat(join(outDir, child, "main.tf.json")).catch(() => void 0)) found.push(child);
      } else {
        await walk(child, depth + 1);
      }
    }
  };
  await walk("", 0);
  return found.sort();
}

export {
  OutputPathError,
  writeWorkspaces
};
