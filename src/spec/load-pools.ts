import { readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { type PoolFile, parsePools } from "./parse-pools.js";
import type { LoadResult } from "./types.js";

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

/** Every `*.yaml`/`*.yml` below the given files or folders, sorted, relative to `cwd`. */
export async function findPoolFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new PoolPathError(path, "no such file or folder");
    if (info.isFile()) {
      found.add(relative(cwd, absolute));
      continue;
    }
    const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (entry.isFile() && /\.ya?ml$/.test(entry.name))
        found.add(relative(cwd, join(entry.parentPath, entry.name)));
    }
  }
  if (found.size === 0) throw new PoolPathError(paths.join(", "), "no *.yaml or *.yml files found");
  return [...found].sort();
}

/** Reads and checks the pool files below `paths`. */
export async function loadPools(paths: readonly string[], cwd: string): Promise<LoadResult> {
  // Read synchronously: for a thousand small files the async round trips cost more than the reads.
  const files: PoolFile[] = (await findPoolFiles(paths, cwd)).map((path) => ({
    path,
    text: readFileSync(resolve(cwd, path), "utf8"),
  }));
  return parsePools(files);
}
