import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import { type ActionRun, type gitIn, OWNER, REPO, runAction } from "./action-run.js";
import type { GitHubServer } from "./github-server/index.js";

/**
 * Runs one job of a workflow file the way a GitHub runner would, for what our example workflows
 * use and nothing more: `actions/checkout` (a fresh fetch of the repository into the workspace),
 * `run:` steps under `bash -e {0}`, and `kamaji/nodepool-action` as the bundled action with the
 * inputs of its action.yml. Expressions are evaluated from the job's secrets, variables, runner and
 * event; any key, step or expression this runner does not know fails the job loudly, so a change to
 * the examples cannot pass here by being ignored.
 */

/** An event as GitHub delivers it: the payload, and the ref and commit the runner checks out. */
export interface WorkflowEvent {
  name: string;
  payload: Record<string, unknown>;
  /** GITHUB_REF: `refs/heads/main`, or `refs/pull/N/merge` for a pull request. */
  ref: string;
  /** GITHUB_SHA: the commit `ref` points at. */
  sha: string;
}

export interface Runner {
  /** The repository as GitHub hosts it (a git folder with the branches and `refs/pull/N/*`). */
  origin: string;
  /** GITHUB_WORKSPACE: emptied and checked out again by each job, at the same path as on a runner. */
  workspace: string;
  /** The bundled action (test/support/action-run.ts `bundleAction`). */
  action: string;
  github: GitHubServer;
  /** The job's `github.token`. */
  githubToken: string;
  secrets: Record<string, string>;
  vars: Record<string, string>;
  /** The runner machine's own environment (a self-hosted runner's `.env`). */
  env: Record<string, string>;
}

export type StepRecord =
  | { kind: "checkout"; name: string; fetchDepth: number; sha: string }
  | { kind: "run"; name: string; code: number | null; log: string }
  | { kind: "action"; name: string; run: ActionRun };

export interface JobRun {
  /** Every step ran and succeeded. */
  ok: boolean;
  steps: StepRecord[];
  /** The job's concurrency group, evaluated. */
  concurrencyGroup: string | undefined;
  /** RUNNER_TEMP of the job: `runner.temp`, shared by its steps. */
  runnerTemp: string;
  /** All steps' logs, in order. */
  log: string;
}

/** A workflow file this runner cannot run as GitHub would. */
export class WorkflowError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "WorkflowError";
  }
}

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

interface Job {
  "runs-on": string | string[];
  concurrency?: { group: string; "cancel-in-progress"?: boolean };
  env?: Record<string, string>;
  steps: Step[];
}

interface Workflow {
  name?: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const KNOWN_KEYS = {
  workflow: ["name", "on", "permissions", "env", "jobs"],
  job: ["runs-on", "concurrency", "env", "steps"],
  step: ["name", "uses", "run", "with", "env"],
  checkout: ["fetch-depth"],
} as const;

const CHECKOUT = /^actions\/checkout@/;
const NODEPOOL_ACTION = /^kamaji\/nodepool-action@/;

/** Runs the only job of `file` (or `jobName`) for `event`; stops at the first failing step. */
export async function runWorkflowJob(
  file: string,
  event: WorkflowEvent,
  runner: Runner,
  jobName?: string,
): Promise<JobRun> {
  const workflow = readWorkflow(file);
  if (!(event.name in workflow.on)) {
    throw new WorkflowError(
      file,
      `is not triggered by ${event.name} (on: ${Object.keys(workflow.on).join(", ")})`,
    );
  }
  const names = Object.keys(workflow.jobs);
  const name = jobName ?? (names.length === 1 ? names[0] : undefined);
  const job = name === undefined ? undefined : workflow.jobs[name];
  if (!job) throw new WorkflowError(file, `has jobs ${names.join(", ")}; name the one to run`);
  checkKeys(file, `jobs.${name}`, job, KNOWN_KEYS.job);

  const runnerTemp = mkdtempSync(join(tmpdir(), "nodepool-runner-temp-"));
  const evaluate = (text: string, where: string) =>
    evaluateExpressions(text, {
      secrets: runner.secrets,
      vars: runner.vars,
      runnerTemp,
      githubToken: runner.githubToken,
      event: event.payload,
      where: `${file}: ${where}`,
    });
  const evaluateAll = (values: Record<string, string | number | boolean> | undefined, where: string) =>
    Object.fromEntries(
      Object.entries(values ?? {}).map(([key, value]) => [key, evaluate(String(value), `${where}.${key}`)]),
    );
  const concurrencyGroup = job.concurrency
    ? evaluate(job.concurrency.group, `jobs.${name}.concurrency.group`)
    : undefined;
  const jobEnv = { ...evaluateAll(workflow.env, "env"), ...evaluateAll(job.env, `jobs.${name}.env`) };

  const steps: StepRecord[] = [];
  for (const [index, step] of job.steps.entries()) {
    const where = `jobs.${name}.steps[${index}]`;
    checkKeys(file, where, step, KNOWN_KEYS.step);
    const stepName = evaluate(
      step.name ?? step.uses ?? `Run ${step.run?.split("\n")[0] ?? ""}`,
      `${where}.name`,
    );
    const withValues = evaluateAll(step.with, `${where}.with`);
    const env = { ...jobEnv, ...evaluateAll(step.env, `${where}.env`) };
    let record: StepRecord;
    if (step.run !== undefined && step.uses === undefined) {
      if (step.with) throw new WorkflowError(file, `${where}: a run step takes no with:`);
      const script = evaluate(step.run, `${where}.run`);
      record = { kind: "run", name: stepName, ...(await runScript(script, runner, event, runnerTemp, env)) };
    } else if (step.uses !== undefined && CHECKOUT.test(step.uses)) {
      checkKeys(file, `${where}.with`, withValues, KNOWN_KEYS.checkout);
      const fetchDepth = Number(withValues["fetch-depth"] ?? "1");
      checkout(runner, event, fetchDepth);
      record = { kind: "checkout", name: stepName, fetchDepth, sha: event.sha };
    } else if (step.uses !== undefined && NODEPOOL_ACTION.test(step.uses)) {
      const run = await runAction({
        action: runner.action,
        repo: runner.workspace,
        github: runner.github,
        githubToken: runner.githubToken,
        eventName: event.name,
        payload: event.payload,
        inputs: actionInputs(file, where, withValues, (text, at) => evaluate(text, at)),
        env: { ...runner.env, ...env },
        runnerTemp,
      });
      record = { kind: "action", name: stepName, run };
    } else {
      throw new WorkflowError(
        file,
        `${where}: this runner runs only run:, ${CHECKOUT} and ${NODEPOOL_ACTION}`,
      );
    }
    steps.push(record);
    if (stepCode(record) !== 0) break;
  }
  return {
    ok: steps.length === job.steps.length && steps.every((s) => stepCode(s) === 0),
    steps,
    concurrencyGroup,
    runnerTemp,
    log: steps.map((s) => `## ${s.name}\n${stepLog(s)}`).join("\n"),
  };
}

/** The run of the nodepool action in a job. */
export function actionRunOf(job: JobRun): ActionRun {
  const step = job.steps.find((s) => s.kind === "action");
  if (step?.kind !== "action") throw new Error(`the job never ran the action:\n${job.log}`);
  return step.run;
}

export interface ExpressionContext {
  secrets: Record<string, string>;
  vars: Record<string, string>;
  runnerTemp: string;
  githubToken: string;
  event: Record<string, unknown>;
  /** Where the text is, for the error. */
  where: string;
}

/**
 * Replaces each `${{ … }}` of `text`. Knows `secrets.NAME`, `vars.NAME`, `runner.temp`,
 * `github.token` and `github.event.PATH`; a secret or variable the test did not give, a missing
 * event field, and every other expression throw (GitHub would give an empty string for the first
 * three).
 */
export function evaluateExpressions(text: string, context: ExpressionContext): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, inner: string) => {
    const expression = inner.trim();
    const fail = (why: string): never => {
      throw new Error(`${context.where}: \${{ ${expression} }}: ${why}`);
    };
    const named = /^(secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(expression);
    if (named) {
      const [, kind, name = ""] = named;
      const values = kind === "secrets" ? context.secrets : context.vars;
      return Object.hasOwn(values, name)
        ? (values[name] as string)
        : fail(`the test gives no ${kind}.${name}`);
    }
    if (expression === "runner.temp") return context.runnerTemp;
    if (expression === "github.token") return context.githubToken;
    const field = /^github\.event((?:\.[A-Za-z_][\w-]*)+)$/.exec(expression);
    if (field?.[1]) {
      let value: unknown = context.event;
      for (const key of field[1].slice(1).split(".")) {
        value =
          typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
      }
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
        return String(value);
      return fail(`the event has no such value (${JSON.stringify(value) ?? "undefined"})`);
    }
    return fail(
      "this runner does not evaluate it (known: secrets.NAME, vars.NAME, runner.temp, github.token, github.event.PATH)",
    );
  });
}

function readWorkflow(file: string): Workflow {
  const workflow = parse(readFileSync(file, "utf8")) as Workflow;
  checkKeys(file, "(top level)", workflow, KNOWN_KEYS.workflow);
  if (typeof workflow.on !== "object" || workflow.on === null || Array.isArray(workflow.on)) {
    throw new WorkflowError(file, "on: this runner reads only a mapping of events");
  }
  return workflow;
}

function checkKeys(file: string, where: string, value: object, known: readonly string[]): void {
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new WorkflowError(
      file,
      `${where}: ${unknown.join(", ")} not run by this runner (it knows ${known.join(", ")})`,
    );
  }
}

/** What the runner gives the action: every input of its action.yml, from `with:` or the default. */
function actionInputs(
  file: string,
  where: string,
  withValues: Record<string, string>,
  evaluate: (text: string, where: string) => string,
): Record<string, string> {
  const metadata = parse(readFileSync(resolve("action.yml"), "utf8")) as {
    inputs: Record<string, { default?: string | number | boolean }>;
  };
  const undeclared = Object.keys(withValues).filter((name) => !(name in metadata.inputs));
  if (undeclared.length > 0) {
    throw new WorkflowError(file, `${where}.with: ${undeclared.join(", ")} not declared in action.yml`);
  }
  return Object.fromEntries(
    Object.entries(metadata.inputs).map(([name, input]) => [
      name,
      withValues[name] ?? evaluate(String(input.default ?? ""), `action.yml inputs.${name}.default`),
    ]),
  );
}

/**
 * actions/checkout: a new repository in the workspace, fetched from origin at the event's ref
 * (`fetch-depth` 1 by default; 0 fetches every branch and tag too), and the event's commit checked
 * out.
 */
function checkout(runner: Runner, event: WorkflowEvent, fetchDepth: number): void {
  if (!Number.isInteger(fetchDepth) || fetchDepth < 0)
    throw new Error(`fetch-depth ${fetchDepth}: not a depth`);
  rmSync(runner.workspace, { recursive: true, force: true });
  mkdirSync(runner.workspace, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: runner.workspace, encoding: "utf8", stdio: "pipe" }).trim();
  git("init", "-q");
  git("remote", "add", "origin", runner.origin);
  const checkedOut = "refs/remotes/checkout";
  const refspecs =
    fetchDepth === 0
      ? ["+refs/heads/*:refs/remotes/origin/*", "+refs/tags/*:refs/tags/*", `+${event.ref}:${checkedOut}`]
      : [`+${event.ref}:${checkedOut}`];
  git(
    "fetch",
    "-q",
    "--no-tags",
    ...(fetchDepth > 0 ? [`--depth=${fetchDepth}`] : []),
    "origin",
    ...refspecs,
  );
  const fetched = git("rev-parse", checkedOut);
  if (fetched !== event.sha)
    throw new Error(`${event.ref} is ${fetched} in origin, the event says ${event.sha}`);
  git("checkout", "-q", "--detach", event.sha);
}

/** A `run:` step as GitHub runs it without `shell:`: `bash -e {0}`, the script in a file under RUNNER_TEMP. */
async function runScript(
  script: string,
  runner: Runner,
  event: WorkflowEvent,
  runnerTemp: string,
  stepEnv: Record<string, string>,
): Promise<{ code: number | null; log: string }> {
  const file = join(runnerTemp, `step-${Date.now()}-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, script);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !key.startsWith("GITHUB_") && !key.startsWith("INPUT_")) env[key] = value;
  }
  Object.assign(env, runner.env, {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: event.name,
    GITHUB_REF: event.ref,
    GITHUB_SHA: event.sha,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: runner.workspace,
    RUNNER_TEMP: runnerTemp,
  });
  Object.assign(env, stepEnv);
  const child = spawn("bash", ["-e", file], {
    cwd: runner.workspace,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const code = await new Promise<number | null>((done) => child.on("close", done));
  rmSync(file, { force: true });
  return { code, log };
}

function stepCode(step: StepRecord): number | null {
  if (step.kind === "checkout") return 0;
  return step.kind === "run" ? step.code : step.run.code;
}

function stepLog(step: StepRecord): string {
  if (step.kind === "checkout") return `checked out ${step.sha} (fetch-depth ${step.fetchDepth})`;
  return step.kind === "run" ? step.log : step.run.log;
}

/**
 * What GitHub keeps for an open pull request: `refs/pull/N/head`, and `refs/pull/N/merge`, the
 * head merged into the base, which actions/checkout checks out for `pull_request` events. Returns
 * the merge commit (the event's GITHUB_SHA).
 */
export function publishPullRequestRefs(
  git: ReturnType<typeof gitIn>,
  number: number,
  base: string,
  head: string,
): string {
  const tree = git("merge-tree", "--write-tree", base, head);
  const merge = git("commit-tree", tree, "-p", base, "-p", head, "-m", `Merge ${head} into ${base}`);
  git("update-ref", `refs/pull/${number}/head`, git("rev-parse", head));
  git("update-ref", `refs/pull/${number}/merge`, merge);
  return merge;
}
