import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { PoolFile } from "./parse-pools.js";

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

/** The pool files below `paths` as they were at `ref`. */
export async function readPoolFilesAtRef(
  ref: string,
  paths: readonly string[],
  cwd: string,
): Promise<PoolFile[]> {
  const listing = await git(["ls-tree", "-r", "--name-only", "--full-name", ref, "--", ...paths], cwd);
  const names = listing.split("\n").filter((name) => /\.ya?ml$/.test(name));
  const root = (await git(["rev-parse", "--show-prefix"], cwd)).trim();
  const files: PoolFile[] = [];
  for (const name of names) {
    files.push({ path: name.slice(root.length), text: await git(["show", `${ref}:${name}`], cwd) });
  }
  return files;
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
