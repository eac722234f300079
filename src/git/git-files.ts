import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { PoolPathError } from "../pool-format/load-pools.js";
import type { PoolFile } from "../pool-format/parse-pools.js";
import {
  oversizedFileMessage,
  POOL_LIMITS,
  type PoolLimits,
  runLimitMessage,
} from "../pool-format/pool-limits.js";

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
