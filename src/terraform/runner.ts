import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { BACKEND_CONFIG_FILE } from "./backend-config-file.js";
import {
  type Diagnostic,
  findLockInfo,
  type LockInfo,
  readJsonDiagnostics,
  readTextDiagnostics,
} from "./diagnostics.js";
import { restrictToOwner, savedPlanPath } from "./plan-folder.js";
import { readPlanText } from "./plan-text.js";
import { cpuTimes, goMemoryLimit, raisedConcurrency } from "./run-budget.js";
import { runCommand, type TerraformBinary } from "./run-command.js";

/** One workspace as the runner takes it: everything it needs comes in, nothing is read back. */
export interface RunnerWorkspace {
  dir: string;
  /** Workspaces with equal keys need the same providers, so share one `init`'s lock file. */
  providers: string;
  /** Environment of this workspace only, over `RunnerOptions.env`: join data differs per control plane. */
  env?: Readonly<Record<string, string>>;
  /**
   * The backend settings of its `backend.tfbackend` (the values naming its state), when its backend
   * block is the same as every other workspace's: it may then take another workspace's `init`.
   */
  backendConfig?: Readonly<Record<string, unknown>>;
  /** Resource addresses to plan as replacements (`-replace`): nodes a reviewed change asked for. */
  replace?: readonly string[];
}

export interface RunnerOptions {
  binary: TerraformBinary;
  /**
   * Extra environment: TF_VAR_* join data and provider/backend credentials. Values reach the
   * process environment only, never a file we write.
   */
  env: Readonly<Record<string, string>>;
  /** Shared provider cache (TF_PLUGIN_CACHE_DIR), so each provider is unpacked once per run. */
  pluginCacheDir: string;
  /** Private folder for saved plans, outside the checkout (see `createPlanFolder`). */
  planDir: string;
  /** How many workspaces run at once (to begin with; see maxConcurrency). */
  concurrency: number;
  /**
   * Plans may grow to this many at once while the machine's CPU has room (runBudget); each process
   * started after that gets a smaller GOMEMLIMIT, its share of `memoryBudgetMiB`.
   */
  maxConcurrency?: number;
  memoryBudgetMiB?: number;
  /** GOMEMLIMIT of each short-lived terraform and provider process; 512 unless given (runBudget). */
  goMemoryLimitMiB?: number;
  /**
   * How long to wait for a state lock (`-lock-timeout`, e.g. "5m"). Terraform's pg backend locks
   * every default workspace of a database with the same advisory lock (hashicorp/terraform#22833),
   * so pools sharing a database wait for each other instead of failing.
   */
  lockTimeout?: string;
  /** Aborted when the run is cancelled: no command starts after it, running ones get one SIGINT. */
  signal?: AbortSignal;
  /** Progress, one line at a time, prefixed by the caller as it likes. */
  log?: (workspace: string, line: string) => void;
}

interface Timed {
  workspace: string;
  durationMs: number;
}

export type PlanOutcome =
  | (Timed & { status: "changes" | "no-changes"; planFile: string; text: string })
  | (Timed & { status: "error"; stage: "init" | "plan"; diagnostics: Diagnostic[] })
  | (Timed & { status: "locked"; lock: LockInfo });

export type ApplyOutcome =
  | (Timed & { status: "applied"; text: string })
  | (Timed & { status: "error"; diagnostics: Diagnostic[] })
  | (Timed & { status: "locked"; lock: LockInfo });

export interface PlanSettings {
  /** Drift checks read state without taking the lock, so they never block an apply. */
  lock: boolean;
  /** `-refresh=false`: plan from state alone. */
  refresh?: boolean;
}

/**
 * Plans every workspace, at most `concurrency` at once; one failing workspace never stops the
 * others. One workspace per provider set is initialised first and its lock file copied to the
 * rest: parallel `init`s sharing a plugin cache otherwise rewrite a provider binary while another
 * plan executes it ("text file busy"). Everything after those first `init`s runs in one pool.
 */
export async function planWorkspaces(
  workspaces: readonly RunnerWorkspace[],
  options: RunnerOptions,
  settings: PlanSettings,
): Promise<PlanOutcome[]> {
  const groups = new Map<string, RunnerWorkspace[]>();
  for (const workspace of workspaces) {
    const group = groups.get(workspace.providers);
    if (group) group.push(workspace);
    else groups.set(workspace.providers, [workspace]);
  }
  const leaders = [...groups.values()].flatMap((members) => members.slice(0, 1));
  const inits = new Map<RunnerWorkspace, InitResult>();
  await mapLimit(leaders, options.concurrency, async (leader) => {
    inits.set(leader, await initWorkspace(leader, options));
  });
  for (const [leader, ...rest] of groups.values()) {
    if (!leader || inits.get(leader)?.exitCode !== 0) continue;
    for (const follower of rest) {
      await copyFile(
        join(leader.dir, ".terraform.lock.hcl"),
        join(follower.dir, ".terraform.lock.hcl"),
      ).catch(() => undefined);
      if (leader.backendConfig && follower.backendConfig && (await reuseInit(leader, follower)))
        inits.set(follower, { startedAt: Date.now(), exitCode: 0, stdout: "", stderr: "", reused: true });
    }
  }
  let finished = 0;
  // Processes started after the run grows get the smaller memory limit of the larger count.
  const live = { ...options };
  return mapLimit(workspaces, growingLimit(live), async (workspace) => {
    const outcome = await planWorkspace(workspace, live, settings, inits.get(workspace));
    finished += 1;
    // A long run says how far it is, pool by pool, whatever each one's outcome.
    options.log?.(
      workspace.dir,
      `${OUTCOME_WORDS[outcome.status]} (${finished} of ${workspaces.length} planned)`,
    );
    return outcome;
  });
}

const OUTCOME_WORDS: Record<PlanOutcome["status"], string> = {
  changes: "plan has changes",
  "no-changes": "no changes",
  error: "failed",
  locked: "state locked",
};

interface InitResult {
  startedAt: number;
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Taken from another workspace's `init` (reuseInit): `plan` may still ask for a real one. */
  reused?: boolean;
}

/**
 * Gives `follower` what `init` gave `leader`, whose providers, modules and backend block are the
 * same: the provider links into the plugin cache, the module manifest, and the backend record with
 * the follower's own state settings. Terraform checks that record against the backend block (by
 * hash, which covers the block, not `-backend-config`), so the follower plans with its own state.
 * Each `init` costs a process start and a provider install check: a sixth of a plan's CPU.
 * False when something is missing: the follower then runs its own `init`.
 */
async function reuseInit(leader: RunnerWorkspace, follower: RunnerWorkspace): Promise<boolean> {
  try {
    const from = join(leader.dir, ".terraform");
    const to = join(follower.dir, ".terraform");
    const record = JSON.parse(await readFile(join(from, "terraform.tfstate"), "utf8")) as {
      backend?: { config?: Record<string, unknown> };
    };
    if (!record.backend?.config) return false;
    for (const [key, value] of Object.entries(follower.backendConfig ?? {})) {
      if (!(key in record.backend.config)) return false;
      record.backend.config[key] = value;
    }
    await rm(join(to, "providers"), { recursive: true, force: true });
    await mkdir(to, { recursive: true });
    // A configuration of built-ins only (terraform_data) has no providers; one without modules no manifest.
    if (existsSync(join(from, "providers")))
      await cp(join(from, "providers"), join(to, "providers"), { recursive: true, verbatimSymlinks: true });
    if (existsSync(join(from, "modules", "modules.json"))) {
      await mkdir(join(to, "modules"), { recursive: true });
      await copyFile(join(from, "modules", "modules.json"), join(to, "modules", "modules.json"));
    }
    await writeFile(join(to, "terraform.tfstate"), `${JSON.stringify(record, null, 2)}\n`);
    return true;
  } catch {
    return false;
  }
}

/** Terraform asks for `init` (a backend, module or provider it finds not installed as configured). */
function asksForInit(output: string): boolean {
  return /\b(terraform|tofu) init\b/.test(output) || /initialization required/i.test(output);
}

async function initWorkspace(workspace: RunnerWorkspace, options: RunnerOptions): Promise<InitResult> {
  const startedAt = Date.now();
  options.log?.(workspace.dir, "init");
  return { startedAt, ...(await runInit(workspace.dir, options, workspaceEnv(workspace, options))) };
}

/** init (unless `initialised` says how it went already), plan -out: a saved plan and its text, or why there is none. */
async function planWorkspace(
  workspace: RunnerWorkspace,
  options: RunnerOptions,
  settings: PlanSettings,
  initialised?: InitResult,
): Promise<PlanOutcome> {
  const dir = workspace.dir;
  const init = initialised ?? (await initWorkspace(workspace, options));
  const done = <T extends object>(outcome: T) => ({
    workspace: dir,
    durationMs: Date.now() - init.startedAt,
    ...outcome,
  });
  const log = (line: string) => options.log?.(dir, line);
  const env = workspaceEnv(workspace, options);

  if (init.exitCode !== 0) {
    const diagnostics = readTextDiagnostics(`${init.stdout}\n${init.stderr}`);
    const lock = findLockInfo(diagnostics);
    return lock
      ? done({ status: "locked" as const, lock })
      : done({
          status: "error" as const,
          stage: "init" as const,
          diagnostics: orTail(diagnostics, init.stderr),
        });
  }

  log("plan");
  const planFile = savedPlanPath(options.planDir, dir);
  const planArgs = [
    "plan",
    "-input=false",
    "-no-color",
    "-detailed-exitcode",
    `-out=${planFile}`,
    `-lock=${settings.lock}`,
  ];
  if (settings.lock && options.lockTimeout) planArgs.push(`-lock-timeout=${options.lockTimeout}`);
  if (settings.refresh === false) planArgs.push("-refresh=false");
  for (const address of workspace.replace ?? []) planArgs.push(`-replace=${address}`);
  let plan = await runCommand(options.binary, planArgs, dir, env, {
    shortLived: true,
    goMemoryLimitMiB: options.goMemoryLimitMiB,
    signal: options.signal,
  });
  if (init.reused && plan.exitCode === 1 && asksForInit(`${plan.stdout}\n${plan.stderr}`)) {
    log("init (the shared one did not fit)");
    // The borrowed backend record, not a state: init would take it for a backend to migrate from.
    await rm(join(dir, ".terraform", "terraform.tfstate"), { force: true });
    const own = await runInit(dir, options, env);
    if (own.exitCode !== 0)
      return done({
        status: "error" as const,
        stage: "init" as const,
        diagnostics: orTail(readTextDiagnostics(`${own.stdout}\n${own.stderr}`), own.stderr),
      });
    plan = await runCommand(options.binary, planArgs, dir, env, {
      shortLived: true,
      goMemoryLimitMiB: options.goMemoryLimitMiB,
      signal: options.signal,
    });
  }
  if (plan.exitCode !== 0 && plan.exitCode !== 2) {
    const diagnostics = readTextDiagnostics(`${plan.stdout}\n${plan.stderr}`);
    const lock = findLockInfo(diagnostics);
    return lock
      ? done({ status: "locked" as const, lock })
      : done({
          status: "error" as const,
          stage: "plan" as const,
          diagnostics: orTail(diagnostics, plan.stderr),
        });
  }

  await restrictToOwner(planFile);
  // What the plan does is read from its own text: `show -json` would start every provider again.
  const text = readPlanText(plan.stdout);
  const changes = plan.exitCode === 2;
  return done({ status: changes ? ("changes" as const) : ("no-changes" as const), planFile, text });
}

/** Applies exactly the saved plan of a workspace, then removes the plan file. */
export async function applyPlan(dir: string, options: RunnerOptions): Promise<ApplyOutcome> {
  const started = Date.now();
  const done = <T extends object>(outcome: T) => ({
    workspace: dir,
    durationMs: Date.now() - started,
    ...outcome,
  });
  options.log?.(dir, "apply");
  // A saved plan carries its variables: apply needs no environment of the workspace's own.
  const env = workspaceEnv({ dir, providers: "" }, options);
  const lockTimeout = options.lockTimeout ? [`-lock-timeout=${options.lockTimeout}`] : [];
  const planFile = savedPlanPath(options.planDir, dir);
  const apply = await runCommand(
    options.binary,
    ["apply", "-input=false", "-no-color", "-json", ...lockTimeout, planFile],
    dir,
    env,
    // A machine clone takes minutes: its progress is shown as terraform reports it.
    {
      signal: options.signal,
      onLine: (line) => applyProgress(line, (message) => options.log?.(dir, message)),
    },
  );
  // The saved plan holds the variables it was made with, the join token among them.
  await rm(planFile, { force: true });
  if (apply.exitCode !== 0) {
    const diagnostics = readJsonDiagnostics(apply.stdout);
    const lock = findLockInfo(diagnostics);
    return lock
      ? done({ status: "locked" as const, lock })
      : done({ status: "error" as const, diagnostics: orTail(diagnostics, apply.stderr) });
  }
  return done({ status: "applied" as const, text: applyMessages(apply.stdout) });
}

/** Terraform's own progress lines of an apply (`-json`): addresses and durations, never values. */
function applyProgress(line: string, log: (message: string) => void): void {
  let message: { type?: unknown; "@message"?: unknown };
  try {
    message = JSON.parse(line) as typeof message;
  } catch {
    return;
  }
  const progress = ["apply_start", "apply_progress", "apply_complete", "apply_errored"];
  if (
    typeof message.type === "string" &&
    progress.includes(message.type) &&
    typeof message["@message"] === "string"
  )
    log(message["@message"]);
}

/** What every command in a workspace gets: the run's environment, the pool's, the plugin cache. */
function workspaceEnv(workspace: RunnerWorkspace, options: RunnerOptions): Record<string, string> {
  return { ...options.env, ...workspace.env, TF_PLUGIN_CACHE_DIR: options.pluginCacheDir };
}

/**
 * Two `init`s creating their first state in one PostgreSQL database at once can collide on the
 * backend's shared sequence ("duplicate key value violates unique constraint"); init is
 * idempotent, so such a failure is tried again.
 */
function isInitRace(output: string): boolean {
  return /duplicate key value violates unique constraint/.test(output);
}

async function runInit(dir: string, options: RunnerOptions, env: Record<string, string>) {
  const args = initArgs(dir, options);
  const first = await runCommand(options.binary, args, dir, env, {
    shortLived: true,
    goMemoryLimitMiB: options.goMemoryLimitMiB,
    signal: options.signal,
  });
  if (first.exitCode === 0 || !isInitRace(`${first.stdout}\n${first.stderr}`)) return first;
  return runCommand(options.binary, args, dir, env, {
    shortLived: true,
    goMemoryLimitMiB: options.goMemoryLimitMiB,
    signal: options.signal,
  });
}

/** `init` takes the state lock too (the pg backend, to create a pool's schema and workspace). */
function initArgs(dir: string, options: RunnerOptions): string[] {
  return [
    "init",
    "-input=false",
    "-no-color",
    ...(existsSync(join(dir, BACKEND_CONFIG_FILE)) ? [`-backend-config=${BACKEND_CONFIG_FILE}`] : []),
    ...(options.lockTimeout ? [`-lock-timeout=${options.lockTimeout}`] : []),
  ];
}

/** The human messages of a -json apply, one per line. */
function applyMessages(stdout: string): string {
  return stdout
    .split("\n")
    .flatMap((line) => {
      try {
        const parsed = JSON.parse(line) as { "@message"?: string; type?: string };
        return parsed["@message"] && parsed.type !== "version" ? [parsed["@message"]] : [];
      } catch {
        return [];
      }
    })
    .join("\n");
}

function orTail(diagnostics: Diagnostic[], stderr: string): Diagnostic[] {
  if (diagnostics.some((d) => d.severity === "error")) return diagnostics;
  const tail = stderr.trim().split("\n").slice(-20).join("\n");
  return [
    ...diagnostics,
    { severity: "error", summary: "terraform failed without a diagnostic", detail: tail || "(no output)" },
  ];
}

/** A limit that may grow while tasks run: `sample` is called every `intervalMs` while some wait. */
export interface GrowingLimit {
  current(): number;
  sample(running: number): void;
  intervalMs: number;
}

/**
 * The plans' limit: fixed at `concurrency`, or, with room to grow, raised once a second while every
 * slot is taken and the CPU is idle enough (raisedConcurrency).
 */
function growingLimit(options: RunnerOptions): number | GrowingLimit {
  const most = options.maxConcurrency ?? options.concurrency;
  if (most <= options.concurrency) return options.concurrency;
  let concurrency = options.concurrency;
  let last = cpuTimes();
  const cpus = availableParallelism();
  return {
    intervalMs: 1000,
    current: () => concurrency,
    sample(running) {
      const now = cpuTimes();
      const busy = (now.busy - last.busy) / Math.max(1, now.total - last.total);
      last = now;
      const next = raisedConcurrency({ concurrency, maxConcurrency: most, running, cpus }, busy);
      if (next === concurrency) return;
      concurrency = next;
      if (options.memoryBudgetMiB) options.goMemoryLimitMiB = goMemoryLimit(options.memoryBudgetMiB, next);
      options.log?.(
        "plans",
        `${next} at once: the CPU was ${Math.round(busy * 100)} % busy while they waited (at most ${most})`,
      );
    },
  };
}

/** Runs `task` over `items` with at most `limit` running at once; the first failure rejects. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number | GrowingLimit,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  if (items.length === 0) return results;
  const current = typeof limit === "number" ? () => limit : () => limit.current();
  let next = 0;
  let running = 0;
  let settled = 0;
  let timer: NodeJS.Timeout | undefined;
  return new Promise<R[]>((resolve, reject) => {
    const finish = (error?: unknown) => {
      clearInterval(timer);
      if (error === undefined) resolve(results);
      else reject(error);
    };
    const start = () => {
      while (running < Math.max(1, current()) && next < items.length) {
        const index = next++;
        running += 1;
        task(items[index] as T).then(
          (result) => {
            results[index] = result;
            running -= 1;
            settled += 1;
            if (settled === items.length) finish();
            else start();
          },
          (error: unknown) => {
            next = items.length; // start nothing more
            finish(error);
          },
        );
      }
    };
    if (typeof limit !== "number")
      timer = setInterval(() => {
        if (next >= items.length) return; // nothing waits: no reason to grow
        limit.sample(running);
        start();
      }, limit.intervalMs);
    start();
  });
}

/** Node names in a workspace's state (its `node_names` output), read after `init`; empty before any apply. */
export async function readStateNodeNames(dir: string, options: RunnerOptions): Promise<string[]> {
  const env = workspaceEnv({ dir, providers: "" }, options);
  const init = await runInit(dir, options, env);
  if (init.exitCode !== 0)
    throw new Error(`${dir}: terraform init failed: ${init.stderr.trim().split("\n").slice(-3).join(" ")}`);
  const output = await runCommand(options.binary, ["output", "-json"], dir, env, { signal: options.signal });
  if (output.exitCode !== 0) return [];
  const outputs = JSON.parse(output.stdout || "{}") as { node_names?: { value?: string[] } };
  return outputs.node_names?.value ?? [];
}
