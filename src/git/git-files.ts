import { execFile, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { promisify } from "node:util";
import { PoolPathError } from "../pool-format/load-pools.js";
import { type PoolFile, parsePools } from "../pool-format/parse-pools.js";
import {
  oversizedFileMessage,
  POOL_LIMITS,
  type PoolLimits,
  runLimitMessage,
} from "../pool-format/pool-limits.js";
import type { PoolSet } from "../pool-format/types.js";

const run = promisify(execFile);

/** A git command that failed; `stderr` says why (unknown ref, not a repository...). */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly stderr: string,
  ) {
    super(`git ${args.join(" ")} failed: ${stderr.trim().split("\n")[0] ?? ""}`);
    this.name = "GitError";
  }
}

async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    throw new GitError(args, (error as { stderr?: string }).stderr ?? String(error));
  }
}

/**
 * The pool files below `paths` as they were at `ref`. Sizes come from the tree, so a blob over the
 * limits is refused unread. Links are skipped: their blob is the target's name, not a pool file.
 */
export async function readPoolFilesAtRef(
  ref: string,
  paths: readonly string[],
  cwd: string,
  limits: PoolLimits = POOL_LIMITS,
): Promise<PoolFile[]> {
  const listing = await git(["ls-tree", "-r", "-l", "-z", "--full-name", ref, "--", ...paths], cwd);
  const blobs = listing
    .split("\0")
    .filter(Boolean)
    .map(readTreeEntry)
    .filter((entry) => entry.mode !== LINK_MODE && entry.type === "blob" && /\.ya?ml$/.test(entry.name));
  for (const blob of blobs) {
    const oversized = oversizedFileMessage(blob.size, limits);
    if (oversized) throw new PoolPathError(`${blob.name} at ${ref}`, oversized);
  }
  const overRun = runLimitMessage(
    blobs.map((blob) => blob.size),
    limits,
  );
  if (overRun) throw new PoolPathError(`${paths.join(", ")} at ${ref}`, overRun);
  const root = (await git(["rev-parse", "--show-prefix"], cwd)).trim();
  const texts = await readBlobs(
    blobs.map((blob) => blob.object),
    cwd,
  );
  return blobs.map((blob, i) => ({ path: blob.name.slice(root.length), text: texts[i] ?? "" }));
}

const LINK_MODE = "120000";

interface TreeEntry {
  mode: string;
  type: string;
  object: string;
  /** Bytes of a blob; NaN for a submodule's commit. */
  size: number;
  name: string;
}

/** One record of `git ls-tree -l -z`: `<mode> <type> <object> <size>\t<name>`. */
function readTreeEntry(record: string): TreeEntry {
  const tab = record.indexOf("\t");
  const [mode = "", type = "", object = "", size = ""] = record.slice(0, tab).split(/ +/);
  return { mode, type, object, size: Number(size), name: record.slice(tab + 1) };
}

/** Many blobs through one `git cat-file --batch` (one `git show` each took 10 ms per file). */
function readBlobs(objects: readonly string[], cwd: string): Promise<string[]> {
  if (objects.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new GitError(["cat-file", "--batch"], stderr));
      const output = Buffer.concat(chunks);
      const texts: string[] = [];
      let at = 0;
      for (const object of objects) {
        const end = output.indexOf(10, at);
        const header = output.subarray(at, end).toString();
        const size = Number(/^\S+ blob (\d+)$/.exec(header)?.[1] ?? Number.NaN);
        if (Number.isNaN(size)) return reject(new GitError(["cat-file", "--batch"], `${object}: ${header}`));
        texts.push(output.subarray(end + 1, end + 1 + size).toString("utf8"));
        at = end + 1 + size + 1;
      }
      resolve(texts);
    });
    child.stdin.end(`${objects.join("\n")}\n`);
  });
}

/** Module folders under `modulesDir` with any difference between `ref` and the working tree. */
export async function changedModuleFolders(ref: string, modulesDir: string, cwd: string): Promise<string[]> {
  const diff = await git(["diff", "--name-only", "--relative", ref, "--", modulesDir], cwd);
  const prefix = `${modulesDir.replace(/\/+$/, "")}/`;
  const folders = diff
    .split("\n")
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length).split("/")[0] ?? "");
  return [...new Set(folders.filter(Boolean))].sort();
}

/** The commit `ref` names now (a branch, a tag, a short sha); a ref shaped like an option is refused by git. */
export async function resolveCommit(ref: string, cwd: string): Promise<string> {
  return (await git(["rev-parse", "--verify", "--end-of-options", `${ref}^{commit}`], cwd)).trim();
}

/**
 * Whether a workflow's `uses: …/nodepool-action@…` line differs from `ref`: an upgrade (or
 * downgrade) of the action, whose modules every pool is rendered from.
 */
export async function actionPinChanged(ref: string, cwd: string): Promise<boolean> {
  const diff = await git(["diff", "-U0", "--no-ext-diff", ref, "--", ":(top).github/workflows"], cwd);
  return /^[-+](?![-+]{2} ).*\buses:\s*["']?[^\s"'#]*nodepool-action@/m.test(diff);
}

/** Pool files (`.yaml`, `.yml`) below `paths` that differ from `ref`: edited, added (untracked too) or deleted. */
export async function changedPoolFiles(
  ref: string,
  paths: readonly string[],
  cwd: string,
): Promise<string[]> {
  const [diff, untracked] = await Promise.all([
    git(["diff", "--name-only", "--relative", "--no-renames", "-z", ref, "--", ...paths], cwd),
    git(["ls-files", "--others", "--exclude-standard", "-z", "--", ...paths], cwd),
  ]);
  const names = `${diff}\0${untracked}`.split("\0").filter((name) => /\.ya?ml$/.test(name));
  return [...new Set(names)].sort();
}

/** A document that reaches pools in other files. */
const SHARED_KIND = /^kind:\s*["']?NodePool(Defaults|Settings)["']?\s*$/m;

/**
 * The pools as they were at `ref`, reading and parsing only the files that differ from it: the
 * others are the same there, so their pools are taken from `head` (the working tree's set). When a
 * changed file holds (or held) NodePoolDefaults or NodePoolSettings, whose change reaches pools of
 * other files, every file is read at `ref`. Undefined when the pools at `ref` do not parse.
 */
export async function readPoolSetAtRef(
  ref: string,
  paths: readonly string[],
  cwd: string,
  head: PoolSet,
  limits: PoolLimits = POOL_LIMITS,
): Promise<PoolSet | undefined> {
  const changed = await changedPoolFiles(ref, paths, cwd);
  if (changed.length === 0) return head;
  // The set names files as they were given (`./pools/a.yaml`), git relative to `cwd`.
  const normal = (path: string) => relative(cwd, resolve(cwd, path));
  const gone = new Set(changed.map(normal));
  const before = await readPoolFilesAtRef(ref, changed, cwd, limits);
  const shared = head.sharedFiles.filter((path) => !gone.has(normal(path)));
  // Defaults or settings in a changed file (now, or at `ref`) may reach any pool: read them all.
  if (shared.length < head.sharedFiles.length || before.some((file) => SHARED_KIND.test(file.text))) {
    const whole = parsePools(await readPoolFilesAtRef(ref, paths, cwd, limits));
    return whole.ok ? whole.value : undefined;
  }
  // The defaults and settings of the unchanged files apply at `ref` as they do now.
  const parsed = parsePools([...before, ...(await readFiles(shared, cwd))]);
  if (!parsed.ok) return undefined;
  return {
    pools: [...head.pools.filter((pool) => !gone.has(normal(pool.source.file))), ...parsed.value.pools],
    settings: head.settings,
    files: [...head.files.filter((path) => !gone.has(normal(path))), ...before.map((file) => file.path)],
    sharedFiles: head.sharedFiles,
  };
}

async function readFiles(paths: readonly string[], cwd: string): Promise<PoolFile[]> {
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(resolve(cwd, path), "utf8") })));
}
