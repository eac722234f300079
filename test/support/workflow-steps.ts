import { execFileSync, spawn } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve } from "node:path";
import { parse } from "yaml";
import { type ActionRun, type gitIn, OWNER, REPO, runAction } from "./action-run.js";
import type { GitHubServer } from "./github-server/index.js";

/**
 * Runs a workflow file the way GitHub's runners would, for what our example workflows use and
 * nothing more: jobs in `needs` order, a matrix job once per value of its one vector, each job on a
 * fresh runner (an empty workspace, its own RUNNER_TEMP), so that files pass between jobs only as
 * artifacts and job outputs. Steps: `actions/checkout` (a fresh fetch of the repository into the
 * workspace), `run:` steps under `bash -e {0}`, `kamaji/nodepool-action` as the bundled action with
 * the inputs of its action.yml, and `actions/upload-artifact@v4` / `download-artifact@v4` with a
 * run-scoped store. Expressions are evaluated from the job's secrets, variables, runner, event,
 * steps, needs and matrix; any key, step or expression this runner does not know fails loudly, so a
 * change to the examples cannot pass here by being ignored. It never cancels: `cancelled()` is false.
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
  /** GITHUB_WORKSPACE: emptied at the start of each job, at the same path as on a runner. */
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
  | { kind: "run"; name: string; code: number | null; log: string; outputs: Record<string, string> }
  | { kind: "action"; name: string; run: ActionRun }
  | { kind: "artifact"; name: string; code: number; log: string }
  /** Its `if:` was false (without `if:`, a step before it failed). */
  | { kind: "skipped"; name: string };

export type MatrixValue = string | number | boolean;

export interface JobRun {
  /** The job's id under `jobs:`. */
  job: string;
  /** The combination this run is, for a job with `strategy.matrix`. */
  matrix: Record<string, MatrixValue> | undefined;
  /** The job's `if:` was false (without `if:`, a job it needs did not succeed): it has no steps. */
  skipped: boolean;
  /** It ran, and no step failed. */
  ok: boolean;
  steps: StepRecord[];
  /** The job's `outputs:`, evaluated after its steps. */
  outputs: Record<string, string>;
  /** The concurrency group it runs in, evaluated: its own, else the workflow's. */
  concurrencyGroup: string | undefined;
  /** RUNNER_TEMP of the job: `runner.temp`, shared by its steps (empty when skipped). */
  runnerTemp: string;
  /** All steps' logs, in order. */
  log: string;
}

export interface WorkflowRun {
  /** The workflow's `concurrency.group`, evaluated. */
  concurrencyGroup: string | undefined;
  /** Each job's runs, in the order they ran: one per matrix combination, else one. */
  jobs: Record<string, JobRun[]>;
  /** The run's artifacts, a folder each, outside every workspace. */
  artifacts: string;
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
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
  env?: Record<string, string>;
}

interface Concurrency {
  group: string;
  "cancel-in-progress"?: boolean;
}

interface Job {
  "runs-on": string | string[];
  needs?: string | string[];
  if?: string;
  outputs?: Record<string, string>;
  strategy?: { "fail-fast"?: boolean; matrix?: Record<string, unknown> };
  concurrency?: Concurrency;
  env?: Record<string, string>;
  steps: Step[];
}

interface Workflow {
  name?: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: Concurrency;
  env?: Record<string, string>;
  jobs: Record<string, Job>;
}

const KNOWN_KEYS = {
  workflow: ["name", "on", "permissions", "concurrency", "env", "jobs"],
  job: ["runs-on", "needs", "if", "outputs", "strategy", "concurrency", "env", "steps"],
  concurrency: ["group", "cancel-in-progress"],
  strategy: ["fail-fast", "matrix"],
  step: ["id", "name", "if", "uses", "run", "with", "env"],
  checkout: ["fetch-depth"],
  upload: ["name", "path", "if-no-files-found", "include-hidden-files"],
  download: ["pattern", "path", "merge-multiple"],
} as const;

const CHECKOUT = /^actions\/checkout@/;
const NODEPOOL_ACTION = /^kamaji\/nodepool-action@/;
const UPLOAD_ARTIFACT = /^actions\/upload-artifact@v4(\.\d+)*$/;
const DOWNLOAD_ARTIFACT = /^actions\/download-artifact@v4(\.\d+)*$/;

/** What a job's runs need of the workflow run they belong to. */
interface RunSetting {
  file: string;
  workflow: Workflow;
  event: WorkflowEvent;
  runner: Runner;
  /** The run's artifact store. */
  artifacts: string;
  /** The workflow's concurrency group, evaluated. */
  concurrencyGroup: string | undefined;
}

/** The answers of the status functions in an `if:`. */
interface Status {
  success: boolean;
  failure: boolean;
}

/**
 * Runs every job of `file` for `event`, each after the jobs it needs, as GitHub does: a job runs
 * when its `if:` holds, which without `if:` is `success()` (every job before it succeeded);
 * `failure()` holds once a job before it failed, `always()` and `!cancelled()` always. A matrix
 * job runs once per value, one after another. `options.artifacts`: the run's artifact store, a new
 * folder when left out.
 */
export async function runWorkflow(
  file: string,
  event: WorkflowEvent,
  runner: Runner,
  options: { artifacts?: string } = {},
): Promise<WorkflowRun> {
  const run = runSetting(file, event, runner, options.artifacts);
  const jobs: Record<string, JobRun[]> = {};
  const result = (id: string) => {
    const runs = jobs[id] ?? [];
    if (runs.every((r) => r.skipped)) return "skipped";
    return runs.every((r) => r.ok) ? "success" : "failure";
  };
  for (const id of jobOrder(file, run.workflow)) {
    const job = run.workflow.jobs[id] as Job;
    const needs: Record<string, Record<string, string>> = {};
    for (const need of needsOf(job)) {
      const declared = Object.keys(run.workflow.jobs[need]?.outputs ?? {});
      const ran = jobs[need]?.[0];
      needs[need] = Object.fromEntries(declared.map((name) => [name, ran?.outputs[name] ?? ""]));
    }
    // As on GitHub, success() and failure() look at every job before this one, not only its needs.
    const before = [...ancestorsOf(run.workflow, id)].map(result);
    const status = { success: before.every((r) => r === "success"), failure: before.includes("failure") };
    jobs[id] = await runJobs(run, id, needs, status);
  }
  return { concurrencyGroup: run.concurrencyGroup, jobs, artifacts: run.artifacts };
}

/** Runs the only job of `file` (or `jobName`) for `event`, alone: it may need no other job. */
export async function runWorkflowJob(
  file: string,
  event: WorkflowEvent,
  runner: Runner,
  jobName?: string,
): Promise<JobRun> {
  const run = runSetting(file, event, runner, undefined);
  const names = Object.keys(run.workflow.jobs);
  const name = jobName ?? (names.length === 1 ? names[0] : undefined);
  const job = name === undefined ? undefined : run.workflow.jobs[name];
  if (name === undefined || !job)
    throw new WorkflowError(file, `has jobs ${names.join(", ")}; name the one to run`);
  if (job.needs !== undefined || job.strategy !== undefined)
    throw new WorkflowError(file, `jobs.${name}: needs other jobs or has a matrix; run it with runWorkflow`);
  const [only] = await runJobs(run, name, {}, { success: true, failure: false });
  return only as JobRun;
}

/** The run of the nodepool action in a job. */
export function actionRunOf(job: JobRun): ActionRun {
  const step = job.steps.find((s) => s.kind === "action");
  if (step?.kind !== "action") throw new Error(`the job never ran the action:\n${job.log}`);
  return step.run;
}

function runSetting(
  file: string,
  event: WorkflowEvent,
  runner: Runner,
  artifacts: string | undefined,
): RunSetting {
  const workflow = readWorkflow(file);
  if (!(event.name in workflow.on)) {
    throw new WorkflowError(
      file,
      `is not triggered by ${event.name} (on: ${Object.keys(workflow.on).join(", ")})`,
    );
  }
  if (workflow.concurrency) checkKeys(file, "concurrency", workflow.concurrency, KNOWN_KEYS.concurrency);
  const concurrencyGroup =
    workflow.concurrency &&
    evaluateExpressions(workflow.concurrency.group, {
      ...runnerContext(runner, event),
      where: `${file}: concurrency.group`,
    });
  return {
    file,
    workflow,
    event,
    runner,
    artifacts: artifacts ?? mkdtempSync(join(tmpdir(), "nodepool-artifacts-")),
    concurrencyGroup,
  };
}

const needsOf = (job: Job): string[] =>
  job.needs === undefined ? [] : typeof job.needs === "string" ? [job.needs] : job.needs;

/** The jobs in the file's order, each moved after the jobs it needs. */
function jobOrder(file: string, workflow: Workflow): string[] {
  const order: string[] = [];
  const visit = (id: string, path: string[]) => {
    if (order.includes(id)) return;
    if (path.includes(id))
      throw new WorkflowError(file, `jobs: needs go round: ${[...path, id].join(" → ")}`);
    const job = workflow.jobs[id];
    if (!job) throw new WorkflowError(file, `jobs.${path.at(-1)}.needs: there is no job ${id}`);
    for (const need of needsOf(job)) visit(need, [...path, id]);
    order.push(id);
  };
  for (const id of Object.keys(workflow.jobs)) visit(id, []);
  return order;
}

function ancestorsOf(workflow: Workflow, id: string): Set<string> {
  const needs = needsOf(workflow.jobs[id] as Job);
  return new Set([...needs, ...needs.flatMap((need) => [...ancestorsOf(workflow, need)])]);
}

const runnerContext = (runner: Runner, event: WorkflowEvent) => ({
  secrets: runner.secrets,
  vars: runner.vars,
  githubToken: runner.githubToken,
  event: event.payload,
});

/** Job `id`'s runs: one skipped when its `if:` is false, else one per matrix combination, or one. */
async function runJobs(
  run: RunSetting,
  id: string,
  needs: Record<string, Record<string, string>>,
  status: Status,
): Promise<JobRun[]> {
  const { file, workflow, event, runner } = run;
  const job = workflow.jobs[id] as Job;
  checkKeys(file, `jobs.${id}`, job, KNOWN_KEYS.job);
  const context = (where: string): ExpressionContext => ({
    ...runnerContext(runner, event),
    needs,
    where: `${file}: jobs.${id}.${where}`,
  });
  const jobRun = (fields: Partial<JobRun>): JobRun => ({
    job: id,
    matrix: undefined,
    skipped: false,
    ok: false,
    steps: [],
    outputs: {},
    concurrencyGroup: run.concurrencyGroup,
    runnerTemp: "",
    log: "",
    ...fields,
  });
  if (!condition(job.if, { ...context("if"), status })) return [jobRun({ skipped: true })];
  if (!job.strategy) return [await runJob(run, id, needs, undefined)];

  checkKeys(file, `jobs.${id}.strategy`, job.strategy, KNOWN_KEYS.strategy);
  if (job.strategy["fail-fast"] !== false) {
    throw new WorkflowError(
      file,
      `jobs.${id}.strategy: fail-fast cancels the other combinations when one fails; this runner never cancels (set fail-fast: false)`,
    );
  }
  if (job.outputs) {
    throw new WorkflowError(
      file,
      `jobs.${id}.outputs: a matrix job's outputs are those of whichever combination finishes last; not run here`,
    );
  }
  const vectors = Object.entries(job.strategy.matrix ?? {});
  const [key, vector] = vectors[0] ?? [];
  if (vectors.length !== 1 || key === undefined || key === "include" || key === "exclude") {
    throw new WorkflowError(
      file,
      `jobs.${id}.strategy.matrix: this runner runs a matrix of one vector (no include, exclude or products)`,
    );
  }
  // GitHub fails the job, before any runner, when the vector is not a list of values.
  let values: unknown;
  try {
    values = typeof vector === "string" ? evaluateValue(vector, context(`strategy.matrix.${key}`)) : vector;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return [jobRun({ log: `Error when evaluating 'strategy' for job '${id}': ${error.message}` })];
  }
  if (!Array.isArray(values))
    return [jobRun({ log: `Matrix vector '${key}' is not a list: ${JSON.stringify(values)}` })];
  if (values.length === 0) return [jobRun({ log: `Matrix vector '${key}' does not contain any values` })];
  const runs: JobRun[] = [];
  for (const [index, value] of values.entries()) {
    if (!["string", "number", "boolean"].includes(typeof value))
      throw new WorkflowError(
        file,
        `jobs.${id}.strategy.matrix.${key}[${index}]: only strings, numbers, booleans`,
      );
    runs.push(await runJob(run, id, needs, { values: { [key]: value as MatrixValue }, index }));
  }
  return runs;
}

/** One run of job `id` on a fresh runner: an empty workspace and its own RUNNER_TEMP. */
async function runJob(
  run: RunSetting,
  id: string,
  needs: Record<string, Record<string, string>>,
  matrix: { values: Record<string, MatrixValue>; index: number } | undefined,
): Promise<JobRun> {
  const { file, workflow, event, runner } = run;
  const job = workflow.jobs[id] as Job;
  const at = matrix ? `jobs.${id} ${JSON.stringify(matrix.values)}` : `jobs.${id}`;
  rmSync(runner.workspace, { recursive: true, force: true });
  mkdirSync(runner.workspace, { recursive: true });
  const runnerTemp = mkdtempSync(join(tmpdir(), "nodepool-runner-temp-"));

  const ids = job.steps.flatMap((step) => (step.id === undefined ? [] : [step.id]));
  const twice = ids.find((stepId, index) => ids.indexOf(stepId) !== index);
  if (twice !== undefined) throw new WorkflowError(file, `${at}.steps: the id ${twice} is used twice`);
  // A step's outputs are empty until it has run, as on GitHub.
  const stepOutputs: Record<string, Record<string, string>> = Object.fromEntries(ids.map((s) => [s, {}]));
  const context = (where: string, status?: Status): ExpressionContext => ({
    ...runnerContext(runner, event),
    runnerTemp,
    steps: stepOutputs,
    needs,
    matrix: matrix?.values,
    jobIndex: matrix?.index,
    ...(status && { status }),
    where: `${file}: ${where}`,
  });
  const evaluate = (text: string, where: string) => evaluateExpressions(text, context(where));
  const evaluateAll = (values: Record<string, string | number | boolean> | undefined, where: string) =>
    Object.fromEntries(
      Object.entries(values ?? {}).map(([key, value]) => [key, evaluate(String(value), `${where}.${key}`)]),
    );
  if (job.concurrency) checkKeys(file, `${at}.concurrency`, job.concurrency, KNOWN_KEYS.concurrency);
  const concurrencyGroup = job.concurrency
    ? evaluate(job.concurrency.group, `${at}.concurrency.group`)
    : run.concurrencyGroup;
  const jobEnv = { ...evaluateAll(workflow.env, "env"), ...evaluateAll(job.env, `${at}.env`) };

  const steps: StepRecord[] = [];
  let failed = false;
  for (const [index, step] of job.steps.entries()) {
    const where = `${at}.steps[${index}]`;
    checkKeys(file, where, step, KNOWN_KEYS.step);
    const stepName = evaluate(
      step.name ?? step.uses ?? `Run ${step.run?.split("\n")[0] ?? ""}`,
      `${where}.name`,
    );
    if (!condition(step.if, context(`${where}.if`, { success: !failed, failure: failed }))) {
      steps.push({ kind: "skipped", name: stepName });
      continue;
    }
    const withValues = evaluateAll(step.with, `${where}.with`);
    const env = { ...jobEnv, ...evaluateAll(step.env, `${where}.env`) };
    const uses = step.uses ?? "";
    let record: StepRecord;
    if (step.run !== undefined && step.uses === undefined) {
      if (step.with) throw new WorkflowError(file, `${where}: a run step takes no with:`);
      const script = evaluate(step.run, `${where}.run`);
      record = { kind: "run", name: stepName, ...(await runScript(script, runner, event, runnerTemp, env)) };
    } else if (CHECKOUT.test(uses)) {
      checkKeys(file, `${where}.with`, withValues, KNOWN_KEYS.checkout);
      const fetchDepth = Number(withValues["fetch-depth"] ?? "1");
      checkout(runner, event, fetchDepth);
      record = { kind: "checkout", name: stepName, fetchDepth, sha: event.sha };
    } else if (NODEPOOL_ACTION.test(uses)) {
      const actionRun = await runAction({
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
      record = { kind: "action", name: stepName, run: actionRun };
    } else if (UPLOAD_ARTIFACT.test(uses)) {
      checkKeys(file, `${where}.with`, withValues, KNOWN_KEYS.upload);
      const upload = uploadArtifact(run.artifacts, runner.workspace, withValues, (why) => {
        throw new WorkflowError(file, `${where}.with: ${why}`);
      });
      record = { kind: "artifact", name: stepName, ...upload };
    } else if (DOWNLOAD_ARTIFACT.test(uses)) {
      checkKeys(file, `${where}.with`, withValues, KNOWN_KEYS.download);
      const download = downloadArtifacts(run.artifacts, runner.workspace, withValues, (why) => {
        throw new WorkflowError(file, `${where}.with: ${why}`);
      });
      record = { kind: "artifact", name: stepName, ...download };
    } else {
      throw new WorkflowError(
        file,
        `${where}: this runner runs only run:, ${CHECKOUT}, ${NODEPOOL_ACTION}, ${UPLOAD_ARTIFACT} and ${DOWNLOAD_ARTIFACT}`,
      );
    }
    steps.push(record);
    if (step.id !== undefined) stepOutputs[step.id] = stepOutputsOf(record);
    if (stepCode(record) !== 0) failed = true;
  }
  return {
    job: id,
    matrix: matrix?.values,
    skipped: false,
    ok: !failed,
    steps,
    outputs: evaluateAll(job.outputs, `${at}.outputs`),
    concurrencyGroup,
    runnerTemp,
    log: steps.map((s) => `## ${s.name}\n${stepLog(s)}`).join("\n"),
  };
}

export interface ExpressionContext {
  secrets: Record<string, string>;
  vars: Record<string, string>;
  /** `runner.temp`: only in a job. */
  runnerTemp?: string | undefined;
  githubToken: string;
  event: Record<string, unknown>;
  /** `steps.ID.outputs`: each step id of the job, with the outputs of the step once it ran. */
  steps?: Record<string, Record<string, string>> | undefined;
  /** `needs.JOB.outputs`: each job this one needs, with its declared outputs (empty if it did not run). */
  needs?: Record<string, Record<string, string>> | undefined;
  matrix?: Record<string, MatrixValue> | undefined;
  /** `strategy.job-index`: the matrix combination's index, from 0. */
  jobIndex?: number | undefined;
  /** The status functions' answers: only in an `if:`. */
  status?: Status | undefined;
  /** Where the text is, for the error. */
  where: string;
}

const KNOWN_EXPRESSIONS =
  "secrets.NAME, vars.NAME, runner.temp, github.token, github.event.PATH, steps.ID.outputs.NAME, needs.JOB.outputs.NAME, matrix.KEY, strategy.job-index, and in if: always(), success(), failure(), cancelled() and !cancelled()";

const STATUS_FUNCTION = /^(!?)(always|success|failure|cancelled)\(\)$/;

/**
 * Replaces each `${{ … }}` of `text`. Knows the expressions of KNOWN_EXPRESSIONS; a secret or
 * variable the test did not give, a missing event field, an unknown step, job, output or matrix
 * key, and every other expression throw (GitHub would give an empty string for most of them). A
 * step output not set (or of a step not run) is empty, as on GitHub.
 */
export function evaluateExpressions(text: string, context: ExpressionContext): string {
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, inner: string) => evaluateExpression(inner.trim(), context));
}

/** `text` that is one `${{ fromJSON(…) }}` (as a matrix vector is): the JSON value; else the string. */
export function evaluateValue(text: string, context: ExpressionContext): unknown {
  const json = /^\$\{\{\s*fromJSON\((.*)\)\s*\}\}$/s.exec(text.trim())?.[1];
  return json === undefined
    ? evaluateExpressions(text, context)
    : JSON.parse(evaluateExpression(json.trim(), context));
}

function evaluateExpression(expression: string, context: ExpressionContext): string {
  const fail = (why: string): never => {
    throw new Error(`${context.where}: \${{ ${expression} }}: ${why}`);
  };
  const available = <T>(value: T | undefined, what: string): T =>
    value ?? fail(`${what} is not available here`);
  const named = /^(secrets|vars)\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(expression);
  if (named) {
    const [, kind, name = ""] = named;
    const values = kind === "secrets" ? context.secrets : context.vars;
    return Object.hasOwn(values, name) ? (values[name] as string) : fail(`the test gives no ${kind}.${name}`);
  }
  if (expression === "runner.temp") return available(context.runnerTemp, "runner.temp");
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
  const output = /^(steps|needs)\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)$/.exec(expression);
  if (output) {
    const [, kind = "", owner = "", name = ""] = output;
    const owners = available(kind === "steps" ? context.steps : context.needs, kind);
    const outputs =
      owners[owner] ?? fail(kind === "steps" ? `no step has id ${owner}` : `the job does not need ${owner}`);
    if (kind === "steps") return outputs[name] ?? "";
    return Object.hasOwn(outputs, name)
      ? (outputs[name] as string)
      : fail(`job ${owner} declares no output ${name}`);
  }
  const key = /^matrix\.([A-Za-z_][\w-]*)$/.exec(expression)?.[1];
  if (key !== undefined) {
    const value = available(context.matrix, "matrix")[key];
    return value === undefined ? fail(`the matrix has no ${key}`) : String(value);
  }
  if (expression === "strategy.job-index") return String(available(context.jobIndex, "strategy.job-index"));
  const status = STATUS_FUNCTION.exec(expression);
  if (status) {
    const [, not, name] = status;
    const { success, failure } = available(context.status, "a status function (only in if:)");
    const holds = name === "always" || (name === "success" && success) || (name === "failure" && failure);
    return String(not ? !holds : holds);
  }
  if (/^fromJSON\(/.test(expression))
    return fail("this runner evaluates fromJSON only as a whole value, as a matrix vector");
  return fail(`this runner does not evaluate it (known: ${KNOWN_EXPRESSIONS})`);
}

/** An `if:`, with or without `${{ }}`, of one status function; no `if:` is `success()`. */
function condition(text: string | undefined, context: ExpressionContext): boolean {
  if (text === undefined) return context.status?.success ?? true;
  const expression = (/^\$\{\{(.*)\}\}$/s.exec(text.trim())?.[1] ?? text).trim();
  if (!STATUS_FUNCTION.test(expression))
    throw new Error(`${context.where}: ${text}: this runner takes only a status function in if:`);
  return evaluateExpression(expression, context) === "true";
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

/**
 * A `run:` step as GitHub runs it without `shell:`: `bash -e {0}`, the script in a file under
 * RUNNER_TEMP, and a GITHUB_OUTPUT file of its own for its outputs.
 */
async function runScript(
  script: string,
  runner: Runner,
  event: WorkflowEvent,
  runnerTemp: string,
  stepEnv: Record<string, string>,
): Promise<{ code: number | null; log: string; outputs: Record<string, string> }> {
  const stem = join(runnerTemp, `step-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const file = `${stem}.sh`;
  const outputFile = `${stem}.output`;
  writeFileSync(file, script);
  writeFileSync(outputFile, "");
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
    GITHUB_OUTPUT: outputFile,
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
  const written = readFileSync(outputFile, "utf8");
  rmSync(file, { force: true });
  rmSync(outputFile, { force: true });
  try {
    return { code, log, outputs: readOutputFile(written) };
  } catch (error) {
    // The runner fails a step whose output file it cannot read.
    return { code: code || 1, log: `${log}Error: ${(error as Error).message}\n`, outputs: {} };
  }
}

/**
 * GITHUB_OUTPUT as the runner reads it: `name=value` lines, and `name<<DELIMITER`, the value's
 * lines, `DELIMITER`; whichever of `=` and `<<` comes first decides. Anything else is an error.
 */
function readOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (line === "") continue;
    const equals = line.indexOf("=");
    const heredoc = line.indexOf("<<");
    if (equals > 0 && (heredoc < 0 || equals < heredoc)) {
      outputs[line.slice(0, equals)] = line.slice(equals + 1);
    } else if (heredoc > 0 && line.length > heredoc + 2) {
      const delimiter = line.slice(heredoc + 2);
      const end = lines.findIndex((l, at) => at > index && l.trimEnd() === delimiter);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no line ${delimiter} ends the value of ${line}`);
      outputs[line.slice(0, heredoc)] = lines.slice(index + 1, end).join("\n");
      index = end;
    } else {
      throw new Error(`GITHUB_OUTPUT: invalid line ${JSON.stringify(line)}`);
    }
  }
  return outputs;
}

/**
 * actions/upload-artifact@v4: the files at `path` (a file, or every file below a folder) become the
 * run's artifact `name`, kept relative to the folder (a file alone at the top). As v4.4 and later,
 * hidden files and folders (a name starting with `.`, the searched folder's own included) are left
 * out unless `include-hidden-files`. No files: a warning (`if-no-files-found`), and no artifact; a
 * name the run already has fails the step. `unsupported` throws for inputs this runner does not read.
 */
function uploadArtifact(
  store: string,
  workspace: string,
  inputs: Record<string, string>,
  unsupported: (why: string) => never,
): { code: number; log: string } {
  const { name = "artifact", path, "if-no-files-found": ifNoFiles = "warn" } = inputs;
  if (path === undefined || path === "") return { code: 1, log: "Input required and not supplied: path\n" };
  if (/[*?[\]{}\n]|^!/.test(path))
    unsupported(`path ${path}: this runner uploads one file or folder, no patterns`);
  if (!["warn", "error", "ignore"].includes(ifNoFiles))
    return { code: 1, log: `Unrecognized if-no-files-found input. Provided: ${ifNoFiles}\n` };

  const includeHidden = inputs["include-hidden-files"] === "true";
  const searched = resolve(workspace, path);
  const files = filesAt(searched, (at) => !includeHidden && basename(at).startsWith("."));
  if (files.length === 0) {
    const message = `No files were found with the provided path: ${path}. No artifacts will be uploaded.`;
    return ifNoFiles === "error"
      ? { code: 1, log: `Error: ${message}\n` }
      : { code: 0, log: ifNoFiles === "warn" ? `Warning: ${message}\n` : `${message}\n` };
  }
  const artifact = join(store, name);
  if (existsSync(artifact)) {
    return {
      code: 1,
      log: `Failed to CreateArtifact: (409) Conflict: an artifact with this name already exists on the workflow run: ${name}\n`,
    };
  }
  const root = statSync(searched).isDirectory() ? searched : dirname(searched);
  for (const found of files) {
    const copy = join(artifact, relative(root, found));
    mkdirSync(dirname(copy), { recursive: true });
    copyFileSync(found, copy);
  }
  return { code: 0, log: `Uploaded ${files.length} file(s) as artifact ${name}\n` };
}

/** The files at `path`: itself, or those below it; symbolic links followed, broken ones and `skip`ped left out. */
function filesAt(path: string, skip: (path: string) => boolean): string[] {
  if (!existsSync(path) || skip(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => filesAt(join(path, entry), skip));
}

/**
 * actions/download-artifact@v4: the run's artifacts whose name matches `pattern` (all without it)
 * into `path` (the workspace without it): with `merge-multiple`, each one's files straight into
 * it, a later name's file over an earlier's; else each into `path/NAME/`. None matching is no error.
 */
function downloadArtifacts(
  store: string,
  workspace: string,
  inputs: Record<string, string>,
  unsupported: (why: string) => never,
): { code: number; log: string } {
  const { pattern = "*", path = "", "merge-multiple": mergeMultiple = "false" } = inputs;
  if (/[[\]{}!+@()]/.test(pattern)) unsupported(`pattern ${pattern}: this runner knows only * and ?`);
  if (!["true", "false"].includes(mergeMultiple))
    unsupported(`merge-multiple ${mergeMultiple}: true or false`);
  const glob = pattern
    .replace(/[.^$|\\]/g, "\\$&")
    .replaceAll("*", ".*")
    .replaceAll("?", ".");
  const names = readdirSync(store)
    .filter((name) => new RegExp(`^${glob}$`).test(name))
    .sort();
  const target = resolve(workspace, path);
  for (const name of names)
    cpSync(join(store, name), mergeMultiple === "true" ? target : join(target, name), { recursive: true });
  return { code: 0, log: `Total of ${names.length} artifact(s) downloaded: ${names.join(", ")}\n` };
}

function stepCode(step: StepRecord): number | null {
  if (step.kind === "checkout" || step.kind === "skipped") return 0;
  return step.kind === "action" ? step.run.code : step.code;
}

function stepLog(step: StepRecord): string {
  if (step.kind === "checkout") return `checked out ${step.sha} (fetch-depth ${step.fetchDepth})`;
  if (step.kind === "skipped") return "skipped";
  return step.kind === "action" ? step.run.log : step.log;
}

function stepOutputsOf(step: StepRecord): Record<string, string> {
  if (step.kind === "action") return step.run.outputs;
  return step.kind === "run" ? step.outputs : {};
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
