import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
// @ts-expect-error: a plain .mjs build script, without types
import { esbuildOptions } from "../../scripts/esbuild-options.mjs";
import type { GitHubServer } from "./github-server/index.js";
import { toolchain } from "./toolchain.js";

export const OWNER = "octo";
export const REPO = "fleet";
export const REPOSITORY = { full_name: `${OWNER}/${REPO}`, default_branch: "main" };

export interface ActionRun {
  code: number | null;
  log: string;
  outputs: Record<string, string>;
  summary: string;
  /** RUNNER_TEMP of the run, where the action keeps its own folders. */
  runnerTemp: string;
}

/**
 * Runs the action as GitHub does: the bundle under node with INPUT_* variables, an event payload,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, in a git repository of pools. Asynchronous, since the
 * GitHub test server answers from the test's own process.
 */
export async function bundleAction(release?: string): Promise<string> {
  // Next to dist/, so that ../modules is the repository's modules folder, as for dist/index.js;
  // or in `release`/dist/, beside the modules/ of another release.
  const action = release ? join(release, "dist", "action.mjs") : resolve("dist-test/action.mjs");
  await build({ ...esbuildOptions, entryPoints: ["src/action.ts"], outfile: action });
  return action;
}

export function gitIn(repo: string) {
  return (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=dev", "-c", "user.email=dev@example.com", ...args], {
      cwd: repo,
      encoding: "utf8",
    }).trim();
}

export async function runAction(options: {
  action: string;
  repo: string;
  github: GitHubServer;
  githubToken: string;
  eventName: string;
  payload: object;
  inputs: Record<string, string>;
  env: Record<string, string>;
  /** Sends `signal` once, as GitHub does when a job is cancelled, when the log so far matches `when`. */
  interrupt?: { when: RegExp; signal: NodeJS.Signals; afterMs?: number };
  /** RUNNER_TEMP shared with the other steps of a job (test/support/workflow-steps.ts); else a fresh folder. */
  runnerTemp?: string;
}): Promise<ActionRun> {
  const dir = options.runnerTemp ?? mkdtempSync(join(tmpdir(), "nodepool-run-"));
  const files = {
    event: join(dir, "event.json"),
    output: join(dir, "output"),
    summary: join(dir, "summary.md"),
  };
  writeFileSync(files.event, JSON.stringify(options.payload));
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  const defaults: Record<string, string> = {
    mode: "auto",
    pools: "pools",
    "working-directory": options.repo,
    tool: "terraform",
    "terraform-version": "1.8.5",
    "github-token": options.githubToken,
    concurrency: "2",
    "lock-timeout": "1m",
    "allow-destroy": "false",
    comment: "update",
    "drift-issue": "true",
  };
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith("GITHUB_") && !key.startsWith("INPUT_")) env[key] = value;
  }
  for (const [name, value] of Object.entries({ ...defaults, ...options.inputs }))
    env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, toolchain().env, options.env, {
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_API_URL: options.github.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "42",
    GITHUB_SHA: gitIn(options.repo)("rev-parse", "HEAD"),
    RUNNER_TEMP: dir,
    RUNNER_TOOL_CACHE: join(dir, "tool-cache"),
  });
  const child = spawn(process.execPath, [options.action], {
    cwd: options.repo,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  let interrupted = false;
  child.stdout.on("data", (chunk: Buffer) => {
    log += chunk.toString();
    const interrupt = options.interrupt;
    if (interrupt && !interrupted && interrupt.when.test(log)) {
      interrupted = true;
      setTimeout(() => child.kill(interrupt.signal), interrupt.afterMs ?? 0);
    }
  });
  child.stderr.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const code = await new Promise<number | null>((done) => child.on("exit", done));
  return {
    code,
    log,
    outputs: readOutputs(readFileSync(files.output, "utf8")),
    summary: readFileSync(files.summary, "utf8"),
    runnerTemp: dir,
  };
}

/** Moves a pull request's head to `sha`, as a push to its branch does. */
export function pushToPullRequest(github: GitHubServer, number: number, sha: string): void {
  const pull = github.github.repo(OWNER, REPO)?.issues.get(number)?.pull;
  if (!pull) throw new Error(`no pull request #${number}`);
  pull.headSha = sha;
}

/** Marks a pull request merged as `sha`, as GitHub does when it merges. */
export function markMerged(github: GitHubServer, number: number, sha: string): void {
  const fake = github.github.repo(OWNER, REPO);
  const pr = fake?.issues.get(number);
  if (!fake || !pr?.pull) throw new Error(`no pull request #${number}`);
  pr.state = "closed";
  pr.pull.mergedAt = new Date().toISOString();
  pr.pull.mergeCommitSha = sha;
  fake.commits.set(sha, [number]);
}

export function pullRequestEvent(number: number, headSha: string, baseSha: string) {
  return {
    action: "synchronize",
    number,
    pull_request: {
      number,
      head: { sha: headSha, repo: { full_name: `${OWNER}/${REPO}` } },
      base: { sha: baseSha },
    },
    repository: REPOSITORY,
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIMITER\nvalue\nDELIMITER`. */
function readOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[match[1] as string] = match[3] as string;
  return outputs;
}

/**
 * A git repository of pools on `main` with local state settings, as a user's would be. The state
 * folder is declared persistent (the test keeps it) unless `persistentState` is false.
 */
export function createPoolsRepo({ persistentState = true } = {}): {
  repo: string;
  git: ReturnType<typeof gitIn>;
} {
  const repo = mkdtempSync(join(tmpdir(), "nodepool-pools-repo-"));
  const git = gitIn(repo);
  git("init", "-q", "-b", "main");
  mkdirSync(join(repo, "pools"));
  writeFileSync(
    join(repo, "pools/settings.yaml"),
    `apiVersion: nodepool.kamaji.io/v1alpha1\nkind: NodePoolSettings\nmetadata: { name: settings }\nspec:\n  backend:\n    local: { directory: state, persistent: ${persistentState} }\n`,
  );
  writeFileSync(join(repo, ".gitignore"), ".nodepool/\nstate/\n");
  git("add", ".");
  git("commit", "-qm", "settings");
  return { repo, git };
}

/** Merges `branch` into main as pull request `number` and returns the push event GitHub sends. */
export function mergePullRequest(
  github: GitHubServer,
  git: ReturnType<typeof gitIn>,
  number: number,
  branch: string,
) {
  const before = git("rev-parse", "main");
  git("checkout", "-q", "main");
  git("merge", "-q", "--no-ff", "-m", `Merge #${number}`, branch);
  const after = git("rev-parse", "HEAD");
  markMerged(github, number, after);
  return { ref: "refs/heads/main", after, before, repository: REPOSITORY };
}
