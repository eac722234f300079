import { lstatSync, readFileSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { type PoolFile, parsePools } from "./parse-pools.js";
import { oversizedFileMessage, POOL_LIMITS, type PoolLimits, runLimitMessage } from "./pool-limits.js";
import type { Issue, LoadResult } from "./types.js";

/** A path given by the user that cannot be read: a usage problem, not an invalid pool. */
export class PoolPathError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = "PoolPathError";
  }
}

/** A regular pool file, relative to `cwd`, with its size from `lstat`: not read yet. */
export interface FoundPoolFile {
  path: string;
  size: number;
}

export interface FoundPoolFiles {
  /** Sorted by path. */
  files: FoundPoolFile[];
  /** `*.yaml`/`*.yml` links met inside a folder, sorted: never followed, so never read. */
  links: string[];
}

/**
 * Every `*.yaml`/`*.yml` below the given files or folders, relative to `cwd` (the repository root).
 * A given path may be a link but must resolve inside `cwd`. Links met inside a folder are not
 * followed, even to a place inside the repository: git stores a link as its target's name, so at a
 * base ref it would read differently, and a link to another pool file would load its pools twice.
 */
export async function findPoolFiles(paths: readonly string[], cwd: string): Promise<FoundPoolFiles> {
  const root = await realpath(cwd);
  const files = new Map<string, number>();
  const links = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const real = await realpath(absolute).catch(() => undefined);
    if (!real) throw new PoolPathError(path, "no such file or folder");
    if (!isInside(root, real))
      throw new PoolPathError(
        path,
        "resolves outside the repository (a symbolic link?); pool files are read only from inside it",
      );
    const info = await stat(real);
    if (info.isFile()) {
      files.set(relative(cwd, absolute), info.size);
      continue;
    }
    if (!info.isDirectory()) throw new PoolPathError(path, "is neither a file nor a folder");
    // A recursive readdir reports a link as a link and does not descend into linked folders.
    const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!/\.ya?ml$/.test(entry.name)) continue;
      const entryPath = join(entry.parentPath, entry.name);
      if (entry.isFile()) files.set(relative(cwd, entryPath), lstatSync(entryPath).size);
      else if (entry.isSymbolicLink()) links.add(relative(cwd, entryPath));
    }
  }
  if (files.size + links.size === 0)
    throw new PoolPathError(paths.join(", "), "no *.yaml or *.yml files found");
  return {
    files: [...files].map(([path, size]) => ({ path, size })).sort((a, b) => a.path.localeCompare(b.path)),
    links: [...links].sort(),
  };
}

/**
 * Reads and checks the pool files below `paths`. A file over the size limit, or a link, is an issue
 * on that file and is not read; more files or bytes than a run reads is a `PoolPathError`.
 */
export async function loadPools(
  paths: readonly string[],
  cwd: string,
  limits: PoolLimits = POOL_LIMITS,
): Promise<LoadResult> {
  const found = await findPoolFiles(paths, cwd);
  const refused = found.links.map((file) =>
    wholeFileIssue(
      file,
      "is a symbolic link, which is not followed: pool files must be regular files inside the repository",
    ),
  );
  const readable: FoundPoolFile[] = [];
  for (const file of found.files) {
    const oversized = oversizedFileMessage(file.size, limits);
    if (oversized) refused.push(wholeFileIssue(file.path, oversized));
    else readable.push(file);
  }
  const overRun = runLimitMessage(
    readable.map((file) => file.size),
    limits,
  );
  if (overRun) throw new PoolPathError(paths.join(", "), overRun);

  // Read synchronously: for a thousand small files the async round trips cost more than the reads.
  const files: PoolFile[] = readable.map(({ path }) => ({
    path,
    text: readFileSync(resolve(cwd, path), "utf8"),
  }));
  const result = parsePools(files);
  if (refused.length === 0) return result;
  const issues = [...refused, ...(result.ok ? result.warnings : result.issues)];
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { ok: false, issues };
}

/** An error about a file as a whole, pointed at its start so that editors and annotations show it. */
function wholeFileIssue(file: string, message: string): Issue {
  return { file, line: 1, column: 1, severity: "error", message };
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}
