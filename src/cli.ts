#!/usr/bin/env node
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import packageJson from "../package.json" with { type: "json" };
import { parseShard } from "./plan/shards.js";
import { formatIssue } from "./pool-format/format-issue.js";
import { findPoolFiles, loadPools, PoolPathError } from "./pool-format/load-pools.js";
import { oversizedFileMessage, POOL_LIMITS } from "./pool-format/pool-limits.js";
import type { Issue, PoolSet, RepositorySettings } from "./pool-format/types.js";
import type { ModuleFiles } from "./render/workspace.js";
import { formatPoolTree, listPools } from "./report/pool-tree.js";
import type { TerraformBinary } from "./terraform/run-command.js";
import type { WorkflowContext } from "./workflow/context.js";
import type { KamajiSettings } from "./workflow/control-planes.js";

// Commands that need terraform, a cluster or git import their modules when they run (dist/chunks/):
// `validate` and `list` load 0.7 of the 1.6 MB, a tenth less CPU on a small repository.

/** Each command's usage, shown by `nodepool <command> --help` and, together, by `nodepool --help`. */
const COMMANDS: Record<string, string> = {
  validate: `validate [PATH...]   check pool files (default: pools/); exit 1 when any is invalid
                       --json   machine-readable result and issues`,
  list: `list [PATH...]       print tenant -> control plane -> pool -> nodes
                       --json   machine-readable output`,
  render: `render [PATH...]     write one Terraform workspace per pool
                       --out DIR   where (default: .nodepool)
                       --prune     remove workspaces of pools that no longer exist`,
  plan: `plan [PATH...]       render and plan the pools with terraform (or tofu) from PATH;
                       prints the report the pull-request comment shows
                       --out FILE          also write the plan's hashes there, for apply
                       --base REF          plan only pools changed since REF; removed
                                           pools are planned as a destroy
                       --shard I/N         plan only the I-th of N shares of those pools
                                           (runs sorted by tenant/controlPlane/pool), as
                                           one of N parallel CI jobs; not with --out
                       --tool NAME         terraform or tofu (default: the settings' spec.terraform.tool)
                       --concurrency N     plans at once (default: four per core, grown
                                           to sixteen while the CPU is idle; fewer
                                           when memory is short)
                       --max-concurrency N the most that growth reaches
                       --workspaces DIR    where workspaces go (default: .nodepool)
                       --json              per pool: status, hash, node changes
                       --management-kubeconfig FILE [--context NAME]   pools without a
                                           version take their control plane's (default:
                                           the first file in $KUBECONFIG; else
                                           NODEPOOL_KUBERNETES_VERSION)
                       Plans with placeholder join data, as the action's reviewed
                       plans do.`,
  apply: `apply [PATH...] --plan FILE
                       apply what FILE (from plan --out) shows: each pool is planned
                       again and applied only when its hash is the same, as the
                       action does on merge
                       --management-kubeconfig FILE   mint join tokens, drain removed
                                           nodes, wait for new ones to be Ready
                                           (default: the first file in $KUBECONFIG;
                                           --context NAME picks one of its contexts)
                       --allow-destroy     pools may remove machines
                       --drain-timeout D   (default 10m)   --ready-timeout D   (default 10m)
                       --tool, --concurrency, --max-concurrency, --workspaces as for plan
                       Without a management cluster, NODEPOOL_JOIN_URL, _TOKEN and
                       _CA_CERT_HASH give the join data, and nodes are not drained.`,
  status: `status [PATH...] [--management-kubeconfig FILE] [--context NAME]
                       per pool: machines in Terraform state against Nodes in the
                       tenant (not Ready, missing, orphan Node objects, kubelets
                       older than what new machines install); the
                       kubeconfig defaults to the first file in $KUBECONFIG, and
                       --context to its current-context
                       --json              machine-readable output
                       --workspaces DIR    as for plan`,
  preflight: `preflight [PATH...] [--management-kubeconfig FILE] [--context NAME]
                       per control plane: mint a short-lived token, check it as a
                       joining machine would, delete it; exit 1 when any fails`,
  "join-command": `join-command --kubeconfig FILE [--context NAME] [--ttl DURATION] [--ca-hash-only]
                       create a bootstrap token in the tenant of FILE and print
                       "kubeadm join ..." as kubeadm token create --print-join-command
                       does; --ca-hash-only prints the CA pin and contacts nothing`,
};

const EXIT_CODES = `Exit codes: 0 success, 1 invalid pools, failed or refused plans or applies, or an
unreachable cluster, 2 usage error (a wrong option, a file that cannot be read).`;

const USAGE = `Usage: nodepool <command> [PATH...] [options]

Commands:
${Object.values(COMMANDS)
  .map((text) => `  ${text}`)
  .join("\n")}

  --help, -h           this text; nodepool <command> --help for one command
  --version            the version of nodepool

${EXIT_CODES}`;

function commandUsage(command: string): string {
  return `Usage: nodepool ${COMMANDS[command]}\n\n${EXIT_CODES}`;
}

/** A mistake in how the CLI was called: one line, then where to read how. */
class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

const VERSION = packageJson.version;

/** Our Terraform modules, beside the bundle (dist/../modules). */
const MODULES_DIR = fileURLToPath(new URL("../modules", import.meta.url));

const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

const JSON_COMMANDS = new Set(["validate", "list", "plan", "status"]);

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      out: { type: "string" },
      workspaces: { type: "string", default: ".nodepool" },
      plan: { type: "string" },
      "allow-destroy": { type: "boolean", default: false },
      "drain-timeout": { type: "string", default: "10m" },
      "ready-timeout": { type: "string", default: "10m" },
      prune: { type: "boolean", default: false },
      base: { type: "string" },
      shard: { type: "string" },
      tool: { type: "string" },
      concurrency: { type: "string" },
      "max-concurrency": { type: "string" },
      kubeconfig: { type: "string" },
      context: { type: "string" },
      "management-kubeconfig": { type: "string" },
      ttl: { type: "string" },
      "ca-hash-only": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      version: { type: "boolean", default: false },
    },
  });
  const [command, ...paths] = positionals;
  if (values.version) {
    process.stdout.write(`nodepool ${VERSION}\n`);
    return EXIT.ok;
  }
  if (values.help || command === "help") {
    const about = command === "help" ? paths[0] : command;
    process.stdout.write(`${about && COMMANDS[about] ? commandUsage(about) : USAGE}\n`);
    return EXIT.ok;
  }
  if (command && !COMMANDS[command]) throw new UsageError(`unknown command \`${command}\``);
  if (values.json && !JSON_COMMANDS.has(command ?? ""))
    throw new UsageError(`--json is for ${[...JSON_COMMANDS].join(", ")}`, command);
  if (values.out !== undefined && command !== "render" && command !== "plan")
    throw new UsageError("--out is for render (a folder) and plan (a plan file)", command);
  if (values.shard !== undefined && command !== "plan") throw new UsageError("--shard is for plan", command);
  if (command === "join-command") {
    if (!values.kubeconfig)
      throw new UsageError("join-command needs --kubeconfig FILE (a tenant kubeconfig)", command);
    const { createJoinCommand } = await import("./kamaji/index.js");
    const line = await createJoinCommand(await readFile(values.kubeconfig, "utf8"), {
      where: values.kubeconfig,
      baseDir: dirname(resolve(values.kubeconfig)),
      caHashOnly: values["ca-hash-only"],
      ...(values.context ? { context: values.context } : {}),
      ...(values.ttl ? { ttl: values.ttl } : {}),
    });
    process.stdout.write(`${line}\n`);
    return EXIT.ok;
  }
  if (!command) throw new UsageError("no command given");
  const result = await loadPools(paths.length > 0 ? paths : ["pools"], process.cwd());
  const issues = result.ok ? result.warnings : result.issues;
  if (command === "validate" && values.json) {
    const summary = result.ok ? { pools: result.value.pools.length, files: result.value.files.length } : {};
    process.stdout.write(`${JSON.stringify({ valid: result.ok, ...summary, issues }, null, 2)}\n`);
    return result.ok ? EXIT.ok : EXIT.invalid;
  }
  await reportIssues(issues);
  if (!result.ok) {
    const errors = issues.filter((i) => i.severity === "error").length;
    process.stderr.write(`${count(errors, "error")} in pool files\n`);
    // Only a missing field is something defaults could have given.
    const missing = issues.some(
      (i) => i.severity === "error" && i.message.startsWith("missing required field"),
    );
    const elsewhere = missing ? await defaultsBeside(paths) : [];
    if (elsewhere.length > 0)
      process.stderr.write(
        `note: defaults or settings these files may need are in ${elsewhere.join(", ")}; validate the folder to merge them\n`,
      );
    return EXIT.invalid;
  }
  const { pools, files } = result.value;
  if (command === "validate") {
    const verb = pools.length === 1 ? "is" : "are";
    process.stdout.write(`${count(pools.length, "pool")} in ${count(files.length, "file")} ${verb} valid\n`);
  } else if (command === "render") {
    await render(result.value, values.out ?? ".nodepool", values.prune);
  } else if (command === "status" || command === "preflight") {
    const kamaji = await managementCluster(values, { drainTimeoutMs: 0, readyTimeoutMs: 0 });
    if (!kamaji)
      throw new UsageError(
        `${command} needs --management-kubeconfig FILE or $KUBECONFIG (the Kamaji management cluster)`,
        command,
      );
    const [{ connectControlPlanes, mintJoinData }, { formatPoolsStatus, readPoolsStatus }] =
      await Promise.all([import("./workflow/control-planes.js"), import("./workflow/pool-status.js")]);
    const access = await connectControlPlanes(kamaji, result.value.pools, () => undefined);
    if (command === "preflight") {
      const log = (line: string) => process.stdout.write(`${line}\n`);
      const minted = await mintJoinData(kamaji, access, [...access.keys()], log, () => undefined).catch(
        (error: Error) => {
          process.stderr.write(`${error.message}\n`);
          return undefined;
        },
      );
      if (!minted) return EXIT.invalid;
      for (const line of await minted.cleanup()) log(line);
      return EXIT.ok;
    }
    const binary = await findBinary(values.tool, result.value.settings);
    const modules = await readModules();
    const lines = await withRunFolders((folders) =>
      readPoolsStatus(
        result.value,
        modules,
        values.workspaces,
        {
          binary,
          env: {},
          ...folders,
          concurrency: 1,
        },
        access,
      ),
    );
    process.stdout.write(
      values.json ? `${JSON.stringify(lines, null, 2)}\n` : `${formatPoolsStatus(lines)}\n`,
    );
  } else if (command === "plan") {
    return plan(result.value, paths.length > 0 ? paths : ["pools"], values);
  } else if (command === "apply") {
    return apply(result.value, paths.length > 0 ? paths : ["pools"], values);
  } else if (values.json) {
    process.stdout.write(`${JSON.stringify(listPools(pools), null, 2)}\n`);
  } else {
    process.stdout.write(`${formatPoolTree(pools)}\n`);
  }
  return EXIT.ok;
}

/**
 * Pool files in the folders of files named one by one that hold NodePoolDefaults or settings: a
 * pool validated without them seems to lack what they give it. Found as pool files are (links
 * not followed, nothing outside the repository, no file over the size limit).
 */
async function defaultsBeside(paths: readonly string[]): Promise<string[]> {
  const named = new Set(paths.map((p) => relative(process.cwd(), resolve(p))));
  const folders: string[] = [];
  for (const path of named)
    if ((await stat(path).catch(() => undefined))?.isFile()) folders.push(dirname(path));
  if (folders.length === 0) return [];
  const { files } = await findPoolFiles([...new Set(folders)], process.cwd());
  const found: string[] = [];
  for (const { path, size } of files) {
    if (named.has(path) || oversizedFileMessage(size, POOL_LIMITS)) continue;
    if (/^kind:\s*NodePool(Defaults|Settings)\s*$/m.test(await readFile(path, "utf8"))) found.push(path);
  }
  return found;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

async function render(set: PoolSet, outDir: string, prune: boolean): Promise<void> {
  const [{ renderWorkspaces }, { writeWorkspaces }] = await Promise.all([
    import("./render/workspace.js"),
    import("./render/write-workspaces.js"),
  ]);
  const workspaces = renderWorkspaces(set, await readModules(), outDir);
  const result = await writeWorkspaces(outDir, workspaces, { prune });
  for (const dir of result.written) process.stdout.write(`rendered ${join(outDir, dir)}\n`);
  for (const dir of result.pruned)
    process.stdout.write(`removed  ${join(outDir, dir)} (pool no longer exists)\n`);
  for (const path of result.removedUnexpected)
    process.stderr.write(`warning: removed ${join(outDir, path)}: render did not write it\n`);
  for (const dir of result.stale) {
    process.stderr.write(
      `warning: ${join(outDir, dir)} belongs to a pool that no longer exists; plan it as a destroy, or remove it with --prune\n`,
    );
  }
}

interface ClusterFlags {
  "management-kubeconfig"?: string | undefined;
  context?: string | undefined;
}

interface RunFlags {
  workspaces: string;
  base?: string | undefined;
  tool?: string | undefined;
  concurrency?: string | undefined;
  "max-concurrency"?: string | undefined;
}

/**
 * The action's workflow context, without GitHub, for a command that plans; `run` gets it with
 * the run's folders, which are removed when it ends (saved plans hold join data).
 */
async function withCliContext<T>(
  set: PoolSet,
  paths: string[],
  flags: RunFlags,
  extra: Pick<WorkflowContext, "kamaji" | "join" | "allowDestroy">,
  run: (ctx: WorkflowContext) => Promise<T>,
): Promise<T> {
  const [
    { actionPinChanged, changedModuleFolders, readPoolSetAtRef },
    { machine, runBudget },
    { SecretMask },
  ] = await Promise.all([
    import("./git/git-files.js"),
    import("./terraform/run-budget.js"),
    import("./secrets/secret-mask.js"),
  ]);
  const count = (flag: string, text: string | undefined) => {
    const value = text === undefined ? undefined : Number(text);
    if (value !== undefined && (!Number.isInteger(value) || value < 1))
      throw new UsageError(`--${flag} must be a whole number >= 1, got ${text}`);
    return value;
  };
  const requested = count("concurrency", flags.concurrency);
  const most = count("max-concurrency", flags["max-concurrency"]);
  const binary = await findBinary(flags.tool, set.settings);
  const cwd = process.cwd();
  const version = process.env.NODEPOOL_KUBERNETES_VERSION;
  // Tokens minted during the run, and the join token given, never reach the terminal.
  const mask = new SecretMask();
  mask.add(extra.join?.token);
  const say = (line: string) => process.stderr.write(`${mask.apply(line)}\n`);
  const modules = await readModules();
  return withRunFolders((folders) =>
    run({
      set,
      modules,
      outDir: flags.workspaces,
      runner: {
        binary,
        env: {},
        ...folders,
        signal: stopOnInterrupt(),
        ...runBudget(machine(), requested, most),
        log: (workspace, line) => say(`${workspace}: ${line}`),
      },
      ...(version ? { kubernetesVersion: version } : {}),
      ...extra,
      comment: { mode: "off", key: paths.join(",") },
      driftIssue: false,
      poolsAt: (ref) => readPoolSetAtRef(ref, paths, cwd, set),
      changedModules: (ref) => changedModuleFolders(ref, "modules", cwd),
      actionPinChanged: (ref) => actionPinChanged(ref, cwd),
      log: say,
      registerSecret: (value) => void mask.add(value),
    }),
  );
}

async function plan(
  set: PoolSet,
  paths: string[],
  options: RunFlags & ClusterFlags & { out?: string | undefined; shard?: string | undefined; json: boolean },
): Promise<number> {
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (shard && !shard.ok) throw new UsageError(`--shard: ${shard.problem}`, "plan");
  if (shard && options.out !== undefined)
    throw new UsageError("--out writes the plan of the whole change: plan it without --shard", "plan");
  const [{ runPlanMode, planHashes }, { resolveCommit }, { planFileText }, { poolResultJson }] =
    await Promise.all([
      import("./workflow/plan-mode.js"),
      import("./git/git-files.js"),
      import("./plan/plan-file.js"),
      import("./report/pool-result-json.js"),
    ]);
  // A plan file names its base by commit: a branch that moves on must not change what apply covers.
  const base =
    options.base === undefined || options.out === undefined
      ? undefined
      : await resolveCommit(options.base, process.cwd());
  // Read-only, as in a pull request: the control planes' versions, so that apply hashes the same.
  const kamaji = await managementCluster(options, { drainTimeoutMs: 0, readyTimeoutMs: 0 });
  const outputs = await withCliContext(
    set,
    paths,
    options,
    { allowDestroy: false, ...(kamaji ? { kamaji } : {}) },
    (ctx) =>
      runPlanMode(
        ctx,
        { number: 0, headSha: "", baseSha: options.base ?? "", fromFork: false },
        shard?.ok ? shard.value : undefined,
      ),
  );
  if (options.out !== undefined) {
    if (outputs.failureReason)
      process.stderr.write(`not writing ${options.out}: the plan did not finish for every pool\n`);
    else {
      await writeFile(
        options.out,
        planFileText({ ...(base ? { base } : {}), hashes: planHashes(outputs.results) }),
      );
      process.stderr.write(`wrote ${options.out}: apply it with nodepool apply --plan ${options.out}\n`);
    }
  }
  process.stdout.write(
    options.json
      ? `${JSON.stringify(outputs.results.map(poolResultJson), null, 2)}\n`
      : `${outputs.report}\n`,
  );
  return outputs.failureReason ? EXIT.invalid : EXIT.ok;
}

async function apply(
  set: PoolSet,
  paths: string[],
  options: RunFlags &
    ClusterFlags & {
      plan?: string | undefined;
      "allow-destroy": boolean;
      "drain-timeout": string;
      "ready-timeout": string;
    },
): Promise<number> {
  if (options.plan === undefined)
    throw new UsageError("apply needs --plan FILE (written by nodepool plan --out FILE)", "apply");
  if (options.base !== undefined)
    throw new UsageError("apply takes its base from the plan file, not --base", "apply");
  const [{ parsePlanFile }, { runPlanFileApply }, { parseDuration }] = await Promise.all([
    import("./plan/plan-file.js"),
    import("./workflow/plan-file-apply.js"),
    import("./kamaji/index.js"),
  ]);
  const parsed = parsePlanFile(await readFile(options.plan, "utf8"));
  if (!parsed.ok) throw new UsageError(`${options.plan}: ${parsed.problem}`, "apply");
  const kamaji = await managementCluster(options, {
    drainTimeoutMs: parseDuration(options["drain-timeout"], "--drain-timeout"),
    readyTimeoutMs: parseDuration(options["ready-timeout"], "--ready-timeout"),
  });
  const {
    NODEPOOL_JOIN_URL: url,
    NODEPOOL_JOIN_TOKEN: token,
    NODEPOOL_JOIN_CA_CERT_HASH: caCertHash,
  } = process.env;
  const join = !kamaji && url && token && caCertHash ? { url, token, caCertHash } : undefined;
  if (!kamaji && !join)
    process.stderr.write(
      "note: no management cluster ($KUBECONFIG, --management-kubeconfig) and no NODEPOOL_JOIN_*: pools that create machines are refused, and removed nodes are not drained\n",
    );
  const outputs = await withCliContext(
    set,
    paths,
    options,
    {
      allowDestroy: options["allow-destroy"],
      ...(kamaji ? { kamaji } : {}),
      ...(join ? { join } : {}),
    },
    (ctx) => runPlanFileApply(ctx, parsed.value, options.plan as string),
  );
  process.stdout.write(`${outputs.report}\n`);
  return outputs.failureReason ? EXIT.invalid : EXIT.ok;
}

/**
 * The Kamaji management cluster: --management-kubeconfig, else the first file of $KUBECONFIG
 * (kubectl's convention), at --context; undefined when neither names one.
 */
async function managementCluster(
  options: ClusterFlags,
  waits: Pick<KamajiSettings, "drainTimeoutMs" | "readyTimeoutMs">,
): Promise<KamajiSettings | undefined> {
  const file = options["management-kubeconfig"] ?? process.env.KUBECONFIG?.split(delimiter).find(Boolean);
  if (!file) return undefined;
  return {
    managementKubeconfig: await readFile(file, "utf8"),
    ...(options.context ? { managementContext: options.context } : {}),
    tokenTtlMs: 10 * 60_000,
    ...waits,
    runId: "nodepool CLI",
  };
}

/**
 * The binary on PATH for `--tool`, else the settings' tool, with its version (part of the plan
 * hash, as in the action). A version other than the settings' pin is said: hashes then differ
 * from the action's.
 */
async function findBinary(flag: string | undefined, settings: RepositorySettings): Promise<TerraformBinary> {
  if (flag !== undefined && flag !== "terraform" && flag !== "tofu")
    throw new UsageError(`--tool must be terraform or tofu, got ${flag}`);
  const [{ findOnPath, readBinaryVersion }, { chooseTool }] = await Promise.all([
    import("./terraform/install/find-on-path.js"),
    import("./terraform/install/tool-choice.js"),
  ]);
  const { tool, settings: pinned } = chooseTool({ tool: flag }, settings);
  const path = await findOnPath(tool, process.env.PATH ?? "");
  if (!path) throw new UsageError(`${tool} is not on PATH`);
  const found = await readBinaryVersion(path);
  if (!found.ok) throw new UsageError(found.problem);
  if (pinned && pinned.version !== found.version)
    process.stderr.write(
      `warning: ${pinned.source} pins ${tool} ${pinned.version}, but ${path} is ${found.version}: plan hashes will differ from the action's\n`,
    );
  return { tool, path, version: found.version };
}

async function readModules(): Promise<ModuleFiles> {
  const { readModuleFiles } = await import("./render/module-files.js");
  return readModuleFiles(MODULES_DIR);
}

/**
 * Ctrl-C passes one SIGINT on to terraform, which stops cleanly and releases its state lock, and
 * the run's folders (saved plans with join data) are still removed; a second Ctrl-C quits at once.
 */
function stopOnInterrupt(): AbortSignal {
  const controller = new AbortController();
  process.once("SIGINT", () => {
    process.stderr.write("interrupted: asking terraform to stop (Ctrl-C again quits at once)\n");
    controller.abort();
    process.once("SIGINT", () => process.exit(130));
  });
  return controller.signal;
}

/**
 * The provider cache, kept between runs (terraform's TF_PLUGIN_CACHE_DIR when set, else the user's
 * cache folder), and a private saved-plan folder for one command, removed when it ends.
 */
async function withRunFolders<T>(
  work: (folders: { pluginCacheDir: string; planDir: string }) => Promise<T>,
): Promise<T> {
  const { createPlanFolder } = await import("./terraform/plan-folder.js");
  const pluginCacheDir =
    process.env.TF_PLUGIN_CACHE_DIR ||
    join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "nodepool", "plugins");
  await mkdir(pluginCacheDir, { recursive: true });
  const plans = await createPlanFolder();
  try {
    return await work({ pluginCacheDir, planDir: plans.dir });
  } finally {
    await plans.remove();
  }
}

async function reportIssues(issues: readonly Issue[]): Promise<void> {
  // Loaded only inside GitHub Actions: @actions/core brings an HTTP client, half the bundle.
  const core = process.env.GITHUB_ACTIONS === "true" ? await import("@actions/core") : undefined;
  for (const issue of issues) {
    process.stderr.write(`${formatIssue(issue)}\n`);
    if (core) {
      const properties = { file: issue.file, startLine: issue.line, startColumn: issue.column };
      (issue.severity === "error" ? core.error : core.warning)(issue.message, properties);
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    const message = (error as Error).message;
    const { code, path } = error as { code?: string; path?: string };
    if (error instanceof UsageError || error instanceof PoolPathError || code?.startsWith("ERR_PARSE_ARGS")) {
      const command = error instanceof UsageError ? error.command : undefined;
      process.stderr.write(
        `nodepool: ${message}\nRun 'nodepool ${command ? `${command} ` : ""}--help' for usage.\n`,
      );
      process.exitCode = EXIT.usage;
      return;
    }
    // A file named on the command line (a kubeconfig) that is missing or unreadable.
    if (path && (code === "ENOENT" || code === "EACCES" || code === "EISDIR")) {
      const why = { ENOENT: "no such file", EACCES: "permission denied", EISDIR: "is a folder" }[code];
      process.stderr.write(`nodepool: cannot read ${path}: ${why}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    // The modules whose errors are the user's to fix, loaded now to recognise them.
    const [kamaji, { GitError }, { OutputPathError }] = await Promise.all([
      import("./kamaji/index.js"),
      import("./git/git-files.js"),
      import("./render/write-workspaces.js"),
    ]);
    if (
      error instanceof kamaji.JoinSourceError ||
      error instanceof kamaji.KubeconfigError ||
      error instanceof kamaji.KubeConnectionError ||
      error instanceof kamaji.KubeApiError ||
      error instanceof kamaji.DurationError
    ) {
      process.stderr.write(`nodepool: ${message}\n`);
      process.exitCode = EXIT.invalid;
      return;
    }
    if (error instanceof GitError || error instanceof OutputPathError) {
      process.stderr.write(`nodepool: ${message}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    process.stderr.write(`nodepool: internal error: ${message}\n`);
    process.exitCode = 70;
  },
);
