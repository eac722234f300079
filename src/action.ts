import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as core from "@actions/core";
import { actionPinChanged, changedModuleFolders, readPoolSetAtRef } from "./git/git-files.js";
import { createGitHubClient } from "./github/client.js";
import { readRunEvent } from "./github/event.js";
import { type ActionInputs, InputError, readInputs } from "./inputs.js";
import { parseDuration } from "./kamaji/index.js";
import { shardResultsFileName, shardResultsText } from "./plan/shard-results.js";
import { formatIssue } from "./pool-format/format-issue.js";
import { loadPools, PoolPathError } from "./pool-format/load-pools.js";
import type { Issue } from "./pool-format/types.js";
import { readModuleFiles } from "./render/module-files.js";
import { poolResultJson } from "./report/pool-result-json.js";
import { SecretMask } from "./secrets/secret-mask.js";
import { installTool } from "./terraform/install/install-tool.js";
import { resolveToolVersion } from "./terraform/install/resolve-tool-version.js";
import { chooseTool, type ToolChoice } from "./terraform/install/tool-choice.js";
import { createPlanFolder } from "./terraform/plan-folder.js";
import { machine, runBudget } from "./terraform/run-budget.js";
import { runApplyMode, runApplyReport } from "./workflow/apply-mode.js";
import { onCancel, type RunOutputs, type WorkflowContext } from "./workflow/context.js";
import { runDriftMode } from "./workflow/drift-mode.js";
import { type PullRequest, runPlanMode, runPlanReport } from "./workflow/plan-mode.js";
import type { ShardFile } from "./workflow/shard-report.js";
import { runShardsMode } from "./workflow/shards-mode.js";

/**
 * Reads inputs and the event, runs the mode, and writes outputs, summary and annotations: in every
 * outcome, a refusal or a failure included, so that `failure-reason` and the job summary say why.
 */
async function run(): Promise<void> {
  let cwd = process.cwd();
  let mode: RunMode | undefined;
  let mask: SecretMask | undefined;
  let outputs: RunOutputs;
  try {
    const inputs = readInputs();
    mask = registerSecrets(inputs);
    cwd = resolve(inputs.workingDirectory);
    const eventName = process.env.GITHUB_EVENT_NAME ?? "";
    const payload = process.env.GITHUB_EVENT_PATH
      ? JSON.parse(await readFile(process.env.GITHUB_EVENT_PATH, "utf8"))
      : {};
    const event = readRunEvent(eventName, payload);
    mode = inputs.mode !== "auto" ? inputs.mode : autoMode(event);
    core.info(`mode: ${mode} (event ${eventName || "none"})`);
    outputs = await runMode(inputs, mode, event, cwd, mask);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const message = mask ? mask.apply(raw) : raw;
    outputs = {
      results: [],
      report: `## nodepool ${mode ?? "run"}: failed\n\n${message}`,
      message,
      failureReason:
        error instanceof PoolPathError ? "invalid-pools" : mode === "apply" ? "apply-failed" : "plan-failed",
    };
  }
  await writeOutputs(outputs, cwd, mask);
}

async function runMode(
  inputs: ActionInputs,
  mode: RunMode,
  event: ReturnType<typeof readRunEvent>,
  cwd: string,
  mask: SecretMask,
): Promise<RunOutputs> {
  const loaded = await loadPools([inputs.pools], cwd);
  annotate(loaded.ok ? loaded.warnings : loaded.issues);
  if (!loaded.ok) {
    const errors = loaded.issues.filter((i) => i.severity === "error");
    const message = `${errors.length} errors in pool files (annotated on the files)`;
    return {
      results: [],
      report: `## nodepool: invalid pools\n\n${errors.map((i) => `- ${formatIssue(i)}`).join("\n")}`,
      message,
      failureReason: "invalid-pools",
    };
  }
  if (mode === "validate" || mode === "skip") {
    const message =
      mode === "skip"
        ? `nothing to do for a ${process.env.GITHUB_EVENT_NAME ?? ""} event`
        : `${loaded.value.pools.length} pools are valid`;
    return { results: [], report: `## nodepool ${mode}\n\n${message}`, message };
  }

  if (inputs.shard && mode !== "plan" && mode !== "apply")
    throw new Error(`shard splits a plan or an apply; mode ${mode} runs whole`);
  const choice = chooseTool(inputs, loaded.value.settings);
  // Splitting a run and reporting on it read pools and files only: no terraform to install.
  const tool =
    mode === "shards" || mode === "report"
      ? { tool: choice.tool, path: choice.tool }
      : await core.group(`Install ${choice.tool}`, () => install(choice, inputs, cwd));
  const [owner = "", repo = ""] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  const runUrl = `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${owner}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID ?? ""}`;
  // The tool cache outlives the job on a persistent self-hosted runner: providers are unpacked
  // once per machine, not once per job (terraform checks them against each lock file).
  const pluginCacheDir = join(
    process.env.RUNNER_TOOL_CACHE || process.env.RUNNER_TEMP || cwd,
    "nodepool-plugins",
  );
  await mkdir(pluginCacheDir, { recursive: true });
  const plans = await createPlanFolder(process.env.RUNNER_TEMP ?? tmpdir());
  const cancellation = cancelOnSignals();
  // Saved plans hold join data: gone at the first signal, not after terraform has finished.
  onCancel(cancellation, plans.remove);
  const hasJoin = inputs.joinUrl && inputs.joinToken && inputs.joinCaCertHash;
  const ctx: WorkflowContext = {
    set: loaded.value,
    modules: await readModuleFiles(fileURLToPath(new URL("../modules", import.meta.url))),
    outDir: join(".nodepool", "workspaces"),
    runner: {
      binary: tool,
      env: {},
      pluginCacheDir,
      planDir: plans.dir,
      signal: cancellation,
      ...runBudget(machine(), inputs.concurrency, inputs.maxConcurrency),
      ...(inputs.lockTimeout ? { lockTimeout: inputs.lockTimeout } : {}),
      log: (workspace, line) => core.info(`${workspace}: ${line}`),
    },
    ...(hasJoin
      ? { join: { url: inputs.joinUrl, token: inputs.joinToken, caCertHash: inputs.joinCaCertHash } }
      : {}),
    ...(inputs.kubernetesVersion ? { kubernetesVersion: inputs.kubernetesVersion } : {}),
    ...(inputs.managementKubeconfig
      ? {
          kamaji: {
            managementKubeconfig: inputs.managementKubeconfig,
            tokenTtlMs: parseDuration(inputs.tokenTtl || "2h", "token-ttl"),
            drainTimeoutMs: parseDuration(inputs.drainTimeout || "10m", "drain-timeout"),
            readyTimeoutMs: parseDuration(inputs.readyTimeout || "10m", "ready-timeout"),
            runId: `${process.env.GITHUB_REPOSITORY ?? ""} run ${process.env.GITHUB_RUN_ID ?? "local"}`,
          },
        }
      : {}),
    ...(inputs.githubToken && owner
      ? {
          github: {
            client: createGitHubClient({
              token: inputs.githubToken,
              mask,
              warn: core.warning,
              ...(process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {}),
            }),
            owner,
            repo,
            author: "github-actions[bot]",
          },
        }
      : {}),
    comment: { mode: inputs.comment, key: inputs.pools },
    allowDestroy: inputs.allowDestroy,
    driftIssue: inputs.driftIssue,
    summaryUrl: runUrl,
    poolsRoot: relative(process.env.GITHUB_WORKSPACE ?? cwd, cwd)
      .split("\\")
      .join("/"),
    poolsAt: async (ref) => {
      try {
        return await readPoolSetAtRef(ref, [inputs.pools], cwd, loaded.value);
      } catch (error) {
        core.warning(
          `cannot read the pools at ${ref} (${(error as Error).message}); planning every pool. Check out with fetch-depth: 0.`,
        );
        return undefined;
      }
    },
    changedModules: (ref) => changedModuleFolders(ref, "modules", cwd),
    actionPinChanged: (ref) => actionPinChanged(ref, cwd),
    log: core.info,
    registerSecret: (value) => {
      mask.add(value);
      core.setSecret(value);
    },
  };

  const previous = process.cwd();
  process.chdir(cwd);
  try {
    // Outside a pull request, a plan (split or not) compares with base-ref.
    const pr: PullRequest =
      event.kind === "pull-request"
        ? event
        : { number: 0, headSha: process.env.GITHUB_SHA ?? "", baseSha: inputs.baseRef, fromFork: false };
    if (mode === "shards")
      return await runShardsMode(
        ctx,
        event.kind === "push" ? { kind: "push", push: event } : { kind: "pull-request", pr },
        inputs,
      );
    if (mode === "report") {
      const folder = resolve(cwd, inputs.shardResults);
      if (relative(cwd, folder).startsWith("..") || isAbsolute(relative(cwd, folder)))
        throw new InputError("shard-results", inputs.shardResults, "a folder inside working-directory");
      const files = await readShardFiles(folder);
      return event.kind === "push"
        ? await runApplyReport(ctx, event, files)
        : await runPlanReport(ctx, pr, files);
    }
    if (mode === "plan") return await runPlanMode(ctx, pr, inputs.shard);
    if (mode === "apply" && event.kind === "push") return await runApplyMode(ctx, event, inputs.shard);
    if (mode === "apply") throw new Error("apply mode runs on a push event (the merge of a pull request)");
    return await runDriftMode(ctx);
  } finally {
    process.chdir(previous);
    await plans.remove();
  }
}

/** The shares' results files in `dir`, as download-artifact leaves them; none when it is missing. */
async function readShardFiles(dir: string): Promise<ShardFile[]> {
  const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    throw error;
  });
  return Promise.all(
    names
      .filter((name) => name.endsWith(".json"))
      .map(async (name) => ({ name, text: await readFile(join(dir, name), "utf8") })),
  );
}

/**
 * GitHub cancels a job with SIGINT, then SIGTERM about 7.5 s later, then SIGKILL 2.5 s after that.
 * The first signal aborts the run (terraform gets one SIGINT and the modes release what they
 * hold); later ones are only logged, since a second SIGINT would make terraform quit mid-write.
 */
function cancelOnSignals(): AbortSignal {
  const controller = new AbortController();
  for (const name of ["SIGINT", "SIGTERM"] as const) {
    process.on(name, () => {
      if (controller.signal.aborted) core.info(`${name} received; still stopping`);
      else {
        core.warning(`${name} received: cancelling; terraform is asked to stop and release its state lock`);
        controller.abort(name);
      }
    });
  }
  return controller.signal;
}

type RunMode = ActionInputs["mode"] | "skip";

function autoMode(event: ReturnType<typeof readRunEvent>): RunMode {
  if (event.kind === "pull-request") return "plan";
  if (event.kind === "push") return event.toDefaultBranch ? "apply" : "skip";
  if (event.kind === "schedule") return "drift";
  return "validate";
}

/** Every secret the run knows is masked in logs and scrubbed from everything sent to GitHub. */
function registerSecrets(inputs: ActionInputs): SecretMask {
  const mask = new SecretMask();
  mask.addFromEnv(process.env);
  mask.add(inputs.joinToken);
  mask.add(inputs.githubToken);
  if (inputs.managementKubeconfig) mask.addKubeconfig(inputs.managementKubeconfig);
  for (const value of mask.values) core.setSecret(value);
  return mask;
}

async function install(choice: ToolChoice, inputs: ActionInputs, cwd: string) {
  const log = (line: string) => core.info(line);
  const resolved = await resolveToolVersion({
    tool: choice.tool,
    workingDir: cwd,
    ...(inputs.terraformVersion ? { input: inputs.terraformVersion } : {}),
    ...(choice.settings ? { settings: choice.settings } : {}),
    ...(inputs.downloadUrl ? { downloadUrl: inputs.downloadUrl } : {}),
    log,
  });
  for (const warning of resolved.warnings) core.warning(warning);
  const tool = await installTool({
    tool: choice.tool,
    version: resolved.version,
    ...(inputs.downloadUrl ? { downloadUrl: inputs.downloadUrl } : {}),
    log,
  });
  core.addPath(tool.dir);
  core.info(`${choice.tool} ${tool.version} (${resolved.source}; ${tool.source})`);
  return tool;
}

function annotate(issues: readonly Issue[]): void {
  for (const issue of issues) {
    const properties = { file: issue.file, startLine: issue.line, startColumn: issue.column };
    (issue.severity === "error" ? core.error : core.warning)(issue.message, properties);
  }
}

async function writeOutputs(outputs: RunOutputs, cwd: string, mask: SecretMask | undefined): Promise<void> {
  let add = 0;
  let change = 0;
  let destroy = 0;
  let replace = 0;
  for (const r of outputs.results) {
    if (r.status !== "changes") continue;
    add += r.summary.toAdd;
    change += r.summary.toChange;
    destroy += r.summary.toDestroy;
    replace += r.summary.toReplace;
  }
  core.setOutput("changes", String(add + change + destroy > 0));
  core.setOutput("to-add", String(add));
  core.setOutput("to-change", String(change));
  core.setOutput("to-destroy", String(destroy));
  core.setOutput("to-replace", String(replace));
  if (outputs.drift !== undefined) core.setOutput("drift", String(outputs.drift));
  if (outputs.commentUrl) core.setOutput("comment-url", outputs.commentUrl);
  if (outputs.matrix) core.setOutput("matrix", JSON.stringify(outputs.matrix));
  if (outputs.failureReason) core.setOutput("failure-reason", outputs.failureReason);
  if (outputs.locks?.length) core.setOutput("lock-info", JSON.stringify(outputs.locks));
  // Per-pool summaries only: raw plan JSON holds variable values, the join token among them.
  // A fresh checkout has no .nodepool/ when nothing was planned.
  await mkdir(join(cwd, ".nodepool"), { recursive: true });
  if (outputs.shardResults) {
    // Scrubbed as everything sent to GitHub is: an artifact is readable by whoever reads the repository.
    const shardFile = join(cwd, ".nodepool", "shards", shardResultsFileName(outputs.shardResults.shard));
    await mkdir(dirname(shardFile), { recursive: true });
    await writeFile(
      shardFile,
      mask ? mask.apply(shardResultsText(outputs.shardResults)) : shardResultsText(outputs.shardResults),
    );
    core.setOutput("shard-file", shardFile);
  }
  const summaryPath = join(cwd, ".nodepool", "plan-summary.json");
  await writeFile(summaryPath, `${JSON.stringify(outputs.results.map(poolResultJson), null, 2)}\n`);
  core.setOutput("plan-json", summaryPath);
  // Outside a runner (a local run of the bundle) there is no step summary to write.
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(outputs.report).write();
  core.info(outputs.message);
  if (outputs.failureReason) core.setFailed(`${outputs.failureReason}: ${outputs.message}`);
}

run().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)));
