import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  POOL_LIMITS,
  PoolPathError,
  oversizedFileMessage,
  parsePools,
  runLimitMessage
} from "./chunk-JO6DWAO5.js";
import "./chunk-LDKM7FQ4.js";
import "./chunk-6GCPEI3D.js";
import "./chunk-ORUZ7EY6.js";

// src/git/git-files.ts
import { execFile, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var GitError = class extends Error {
  constructor(args, stderr) {
    super(`git ${args.join(" ")} failed: ${stderr.trim().split("\n")[0] ?? ""}`);
    this.args = args;
    this.stderr = stderr;
    this.name = "GitError";
  }
  args;
  stderr;
};
async function git(args, cwd) {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    throw new GitError(args, error.stderr ?? String(error));
  }
}
async function readPoolFilesAtRef(ref, paths, cwd, limits = POOL_LIMITS) {
  const listing = await git(["ls-tree", "-r", "-l", "-z", "--full-name", ref, "--", ...paths], cwd);
  const blobs = listing.split("\0").filter(Boolean).map(readTreeEntry).filter((entry) => entry.mode !== LINK_MODE && entry.type === "blob" && /\.ya?ml$/.test(entry.name));
  for (const blob of blobs) {
    const oversized = oversizedFileMessage(blob.size, limits);
    if (oversized) throw new PoolPathError(`${blob.name} at ${ref}`, oversized);
  }
  const overRun = runLimitMessage(
    blobs.map((blob) => blob.size),
    limits
  );
  if (overRun) throw new PoolPathError(`${paths.join(", ")} at ${ref}`, overRun);
  const root = (await git(["rev-parse", "--show-prefix"], cwd)).trim();
  const texts = await readBlobs(
    blobs.map((blob) => blob.object),
    cwd
  );
  return blobs.map((blob, i) => ({ path: blob.name.slice(root.length), text: texts[i] ?? "" }));
}
var LINK_MODE = "120000";
function readTreeEntry(record) {
  const tab = record.indexOf("	");
  const [mode = "", type = "", object = "", size = ""] = record.slice(0, tab).split(/ +/);
  return { mode, type, object, size: Number(size), name: record.slice(tab + 1) };
}
function readBlobs(objects, cwd) {
  if (objects.length === 0) return Promise.resolve([]);
  return new Promise((resolve2, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    let stderr = "";
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.on("data", (chunk) => {
      stderr += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new GitError(["cat-file", "--batch"], stderr));
      const output = Buffer.concat(chunks);
      const texts = [];
      let at = 0;
      for (const object of objects) {
        const end = output.indexOf(10, at);
        const header = output.subarray(at, end).toString();
        const size = Number(/^\S+ blob (\d+)$/.exec(header)?.[1] ?? Number.NaN);
        if (Number.isNaN(size)) return reject(new GitError(["cat-file", "--batch"], `${object}: ${header}`));
        texts.push(output.subarray(end + 1, end + 1 + size).toString("utf8"));
        at = end + 1 + size + 1;
      }
      resolve2(texts);
    });
    child.stdin.end(`${objects.join("\n")}
`);
  });
}
async function changedModuleFolders(ref, modulesDir, cwd) {
  const diff = await git(["diff", "--name-only", "--relative", ref, "--", modulesDir], cwd);
  const prefix = `${modulesDir.replace(/\/+$/, "")}/`;
  const folders = diff.split("\n").filter((line) => line.startsWith(prefix)).map((line) => line.slice(prefix.length).split("/")[0] ?? "");
  return [...new Set(folders.filter(Boolean))].sort();
}
async function resolveCommit(ref, cwd) {
  return (await git(["rev-parse", "--verify", "--end-of-options", `${ref}^{commit}`], cwd)).trim();
}
async function actionPinChanged(ref, cwd) {
  const diff = await git(["diff", "-U0", "--no-ext-diff", ref, "--", ":(top).github/workflows"], cwd);
  return /^[-+](?![-+]{2} ).*\buses:\s*["']?[^\s"'#]*nodepool-action@/m.test(diff);
}
async function changedPoolFiles(ref, paths, cwd) {
  const [diff, untracked] = await Promise.all([
    git(["diff", "--name-only", "--relative", "--no-renames", "-z", ref, "--", ...paths], cwd),
    git(["ls-files", "--others", "--exclude-standard", "-z", "--", ...paths], cwd)
  ]);
  const names = `${diff}\0${untracked}`.split("\0").filter((name) => /\.ya?ml$/.test(name));
  return [...new Set(names)].sort();
}
var SHARED_KIND = /^kind:\s*["']?NodePool(Defaults|Settings)["']?\s*$/m;
async function readPoolSetAtRef(ref, paths, cwd, head, limits = POOL_LIMITS) {
  const changed = await changedPoolFiles(ref, paths, cwd);
  if (changed.length === 0) return head;
  const normal = (path) => relative(cwd, resolve(cwd, path));
  const gone = new Set(changed.map(normal));
  const before = await readPoolFilesAtRef(ref, changed, cwd, limits);
  const shared = head.sharedFiles.filter((path) => !gone.has(normal(path)));
  if (shared.length < head.sharedFiles.length || before.some((file) => SHARED_KIND.test(file.text))) {
    const whole = parsePools(await readPoolFilesAtRef(ref, paths, cwd, limits));
    return whole.ok ? whole.value : void 0;
  }
  const parsed = parsePools([...before, ...await readFiles(shared, cwd)]);
  if (!parsed.ok) return void 0;
  return {
    pools: [...head.pools.filter((pool) => !gone.has(normal(pool.source.file))), ...parsed.value.pools],
    settings: head.settings,
    files: [...head.files.filter((path) => !gone.has(normal(path))), ...before.map((file) => file.path)],
    sharedFiles: head.sharedFiles
  };
}
async function readFiles(paths, cwd) {
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(resolve(cwd, path), "utf8") })));
}
export {
  GitError,
  actionPinChanged,
  changedModuleFolders,
  changedPoolFiles,
  readPoolFilesAtRef,
  readPoolSetAtRef,
  resolveCommit
};
