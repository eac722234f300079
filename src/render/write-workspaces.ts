import type { Dirent } from "node:fs";
import { lstat, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Workspace } from "./workspace.js";

/** What the writer needs of a rendered workspace. */
export type WorkspaceOutput = Pick<Workspace, "dir" | "files">;

export interface WriteResult {
  written: string[];
  /** Workspaces of pools that no longer exist, left in place (their state may still hold machines). */
  stale: string[];
  pruned: string[];
  /**
   * Entries found in workspace folders that neither render nor terraform put there, removed so that
   * terraform does not read them (an `evil.tf`, an `override.tf.json`); relative to the render folder.
   */
  removedUnexpected: string[];
}

/** A path the writer refuses, because writing or removing through it could reach outside the render folder. */
export class OutputPathError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = "OutputPathError";
  }
}

/** What terraform keeps in a workspace folder between runs, with the kind of entry it writes there. */
const TERRAFORM_KEEPS: ReadonlyMap<string, "directory" | "file"> = new Map([
  [".terraform", "directory"],
  [".terraform.lock.hcl", "file"],
  // Written when terraform cannot save state to the backend: the only record of what it created.
  ["errored.tfstate", "file"],
]);

const SYMLINK =
  "is a symlink; the render folder is written and cleaned without following symlinks, so replace it with a real folder or remove it";

/**
 * Writes each workspace under `outDir`. A workspace folder ends up holding only the rendered files
 * and what terraform keeps there; anything else is removed, since terraform would read it.
 */
export async function writeWorkspaces(
  outDir: string,
  workspaces: readonly WorkspaceOutput[],
  options: { prune: boolean },
): Promise<WriteResult> {
  // Every path is checked first, so that a refused render leaves the render folder as it was.
  await refuseSymlinks(outDir, workspaces);
  const written: string[] = [];
  const removedUnexpected: string[] = [];
  for (const workspace of workspaces) {
    removedUnexpected.push(...(await clearWorkspace(outDir, workspace)));
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
  const pruned: string[] = [];
  if (options.prune) {
    for (const dir of stale) {
      // findWorkspaces walks real folders only, and rm removes a link inside as a link.
      await rm(join(outDir, dir), { recursive: true, force: true });
      pruned.push(dir);
    }
  }
  return { written, stale: options.prune ? [] : stale, pruned, removedUnexpected };
}

/** Removes every entry of the workspace folder but what terraform keeps; returns the unexpected ones. */
async function clearWorkspace(outDir: string, workspace: WorkspaceOutput): Promise<string[]> {
  const rendered = new Set(workspace.files.map((file) => file.path.split("/")[0]));
  const entries = await readdir(join(outDir, workspace.dir), { withFileTypes: true }).catch(
    (error: unknown) => {
      if (isCode(error, "ENOENT")) return [];
      throw error;
    },
  );
  const unexpected: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (isKeptByTerraform(entry)) continue;
    // rm does not follow a symlink it is given, even with `recursive`.
    await rm(join(outDir, workspace.dir, entry.name), { recursive: true, force: true });
    if (!rendered.has(entry.name) || entry.isSymbolicLink())
      unexpected.push(`${workspace.dir}/${entry.name}`);
  }
  return unexpected;
}

function isKeptByTerraform(entry: Dirent): boolean {
  // Dirent kinds come from lstat: a symlink named `.terraform.lock.hcl` is not kept, or terraform would write through it.
  const kind = TERRAFORM_KEEPS.get(entry.name);
  return kind === "directory" ? entry.isDirectory() : kind === "file" && entry.isFile();
}

/**
 * Throws OutputPathError for a symlink at `outDir`, between the working directory and it, or at any
 * folder below it that a workspace's files are written into.
 */
async function refuseSymlinks(outDir: string, workspaces: readonly WorkspaceOutput[]): Promise<void> {
  for (const path of outDirChain(outDir)) await refuseSymlink(path);
  const folders = new Set<string>();
  for (const workspace of workspaces) {
    const dir = plainSegments(outDir, workspace.dir);
    addPrefixes(folders, dir);
    for (const file of workspace.files)
      addPrefixes(folders, [...dir, ...plainSegments(join(outDir, workspace.dir), file.path).slice(0, -1)]);
  }
  // Parents first: lstat follows a symlink in any but the last component.
  const ordered = [...folders].sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : 1));
  for (const folder of ordered) await refuseSymlink(join(outDir, folder));
}

/**
 * `outDir` and the folders between the working directory and it, which the repository controls;
 * only `outDir` itself when it lies elsewhere (folders above the repository are the runner's).
 */
function outDirChain(outDir: string): string[] {
  const cwd = process.cwd();
  const below = relative(cwd, resolve(outDir));
  if (below === "") return [];
  if (below === ".." || below.startsWith(`..${sep}`) || isAbsolute(below)) return [outDir];
  const base = isAbsolute(outDir) ? cwd : "";
  const parts = below.split(sep);
  return parts.map((_, i) => join(base, ...parts.slice(0, i + 1)));
}

async function refuseSymlink(path: string): Promise<void> {
  const stats = await lstat(path).catch((error: unknown) => {
    if (isCode(error, "ENOENT")) return undefined;
    throw error;
  });
  if (stats?.isSymbolicLink()) throw new OutputPathError(path, SYMLINK);
}

/** The `/`-separated segments of a relative path, refused when one could step out of `base`. */
function plainSegments(base: string, path: string): string[] {
  const segments = path.split("/");
  if (segments.some((s) => s === "" || s === "." || s === ".." || s.includes("\\")))
    throw new OutputPathError(
      join(base, path),
      "is not a plain relative path (no empty, `.` or `..` segment)",
    );
  return segments;
}

function addPrefixes(into: Set<string>, segments: readonly string[]): void {
  for (let i = 1; i <= segments.length; i++) into.add(segments.slice(0, i).join("/"));
}

function isCode(error: unknown, code: string): boolean {
  return error instanceof Error && "code" in error && error.code === code;
}

/** `<tenant>/<controlPlane>/<pool>` folders that hold a rendered `main.tf.json`. */
async function findWorkspaces(outDir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string, depth: number) => {
    const entries = await readdir(join(outDir, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      // A Dirent is not followed: a symlink is neither a directory here nor walked or pruned.
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (depth === 2) {
        if (await lstat(join(outDir, child, "main.tf.json")).catch(() => undefined)) found.push(child);
      } else {
        await walk(child, depth + 1);
      }
    }
  };
  await walk("", 0);
  return found.sort();
}
