import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  parsePools
} from "./chunk-EVCWBUTD.js";

// src/pool-format/pool-limits.ts
var KiB = 1024;
var MiB = 1024 * KiB;
var POOL_LIMITS = { fileBytes: MiB, runBytes: 64 * MiB, runFiles: 1e4 };
function oversizedFileMessage(size, limits) {
  if (size <= limits.fileBytes) return void 0;
  return `${overLimit(size, limits.fileBytes)} limit of a pool file, so it was not read: pool files are text of a few KiB`;
}
function runLimitMessage(sizes, limits) {
  if (sizes.length > limits.runFiles)
    return `found ${count(sizes.length)} pool files, over the limit of ${count(limits.runFiles)} files a run reads`;
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total > limits.runBytes)
    return `the ${count(sizes.length)} pool files hold ${overLimit(total, limits.runBytes).replace(" is over", ", over")} limit of a run: pool files are text of a few KiB each`;
  return void 0;
}
function formatBytes(bytes) {
  const [value, unit] = bytes >= MiB ? [bytes / MiB, "MiB"] : bytes >= KiB ? [bytes / KiB, "KiB"] : [bytes, "bytes"];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
function overLimit(size, limit) {
  const [shown, allowed] = [formatBytes(size), formatBytes(limit)];
  const unit = (text) => text.split(" ")[1];
  if (Number.parseFloat(shown) === Number.parseFloat(allowed) && unit(shown) === unit(allowed))
    return `${count(size)} bytes is over the ${count(limit)}-byte (${allowed})`;
  return `${shown} is over the ${allowed}`;
}
function count(n) {
  return n.toLocaleString("en-US");
}

// src/pool-format/load-pools.ts
import { lstatSync, readFileSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
var PoolPathError = class extends Error {
  constructor(path, reason) {
    super(`${path}: ${reason}`);
    this.path = path;
    this.name = "PoolPathError";
  }
  path;
};
async function findPoolFiles(paths, cwd) {
  const root = await realpath(cwd);
  const files = /* @__PURE__ */ new Map();
  const links = /* @__PURE__ */ new Set();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const real = await realpath(absolute).catch(() => void 0);
    if (!real) throw new PoolPathError(path, "no such file or folder");
    if (!isInside(root, real))
      throw new PoolPathError(
        path,
        "resolves outside the repository (a symbolic link?); pool files are read only from inside it"
      );
    const info = await stat(real);
    if (info.isFile()) {
      files.set(relative(cwd, absolute), info.size);
      continue;
    }
    if (!info.isDirectory()) throw new PoolPathError(path, "is neither a file nor a folder");
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
    links: [...links].sort()
  };
}
async function loadPools(paths, cwd, limits = POOL_LIMITS) {
  const found = await findPoolFiles(paths, cwd);
  const refused = found.links.map(
    (file) => wholeFileIssue(
      file,
      "is a symbolic link, which is not followed: pool files must be regular files inside the repository"
    )
  );
  const readable = [];
  for (const file of found.files) {
    const oversized = oversizedFileMessage(file.size, limits);
    if (oversized) refused.push(wholeFileIssue(file.path, oversized));
    else readable.push(file);
  }
  const overRun = runLimitMessage(
    readable.map((file) => file.size),
    limits
  );
  if (overRun) throw new PoolPathError(paths.join(", "), overRun);
  const files = readable.map(({ path }) => ({
    path,
    text: readFileSync(resolve(cwd, path), "utf8")
  }));
  const result = parsePools(files);
  if (refused.length === 0) return result;
  const issues = [...refused, ...result.ok ? result.warnings : result.issues];
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { ok: false, issues };
}
function wholeFileIssue(file, message) {
  return { file, line: 1, column: 1, severity: "error", message };
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export {
  POOL_LIMITS,
  oversizedFileMessage,
  runLimitMessage,
  PoolPathError,
  findPoolFiles,
  loadPools
};
