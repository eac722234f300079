#!/usr/bin/env node
import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  POOL_LIMITS,
  PoolPathError,
  findPoolFiles,
  loadPools,
  oversizedFileMessage
} from "./chunks/chunk-JO6DWAO5.js";
import {
  parseShard
} from "./chunks/chunk-JFPXVU5H.js";
import "./chunks/chunk-4MKPOM5Z.js";
import "./chunks/chunk-LDKM7FQ4.js";
import {
  package_default
} from "./chunks/chunk-QKUM64YT.js";
import "./chunks/chunk-6GCPEI3D.js";
import "./chunks/chunk-ORUZ7EY6.js";

// src/cli.ts
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// src/pool-format/format-issue.ts
function formatIssue(issue) {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.severity}: ${issue.message}`;
}

// src/report/pool-tree.ts
function listPools(pools) {
  return [...pools].sort(
    (a, b) => a.tenant.localeCompare(b.tenant) || a.controlPlane.localeCompare(b.controlPlane) || a.name.localeCompare(b.name)
  ).map((p) => ({
    tenant: p.tenant,
    controlPlane: p.controlPlane,
    pool: p.name,
    provider: p.spec.provider,
    replicas: p.spec.replicas,
    nodes: p.nodeNames,
    file: p.source.file,
    line: p.source.line
  }));
}
function formatPoolTree(pools) {
  const roots = [];
  const childNamed = (list, label) => {
    const found = list.find((n) => n.label === label);
    if (found) return found;
    const node = { label, children: [] };
    list.push(node);
    return node;
  };
  for (const pool of listPools(pools)) {
    const controlPlane = childNamed(childNamed(roots, pool.tenant).children, pool.controlPlane);
    const replicas = `${pool.replicas} ${pool.replicas === 1 ? "replica" : "replicas"}`;
    controlPlane.children.push({
      label: `${pool.pool} (${pool.provider}, ${replicas})`,
      children: pool.nodes.map((label) => ({ label, children: [] }))
    });
  }
  const lines = [];
  const draw = (nodes, prefix) => {
    for (const [i, node] of nodes.entries()) {
      const last = i === nodes.length - 1;
      lines.push(`${prefix}${last ? "\u2514\u2500\u2500 " : "\u251C\u2500\u2500 "}${node.label}`);
      draw(node.children, `${prefix}${last ? "    " : "\u2502   "}`);
    }
  };
  for (const root of roots) {
    lines.push(root.label);
    draw(root.children, "");
  }
  return lines.join("\n");
}

// src/cli.ts
var COMMANDS = {
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
                       does; --ca-hash-only prints the CA pin and contacts nothing`
};
var EXIT_CODES = `Exit codes: 0 success, 1 invalid pools, failed or refused plans or applies, or an
unreachable cluster, 2 usage error (a wrong option, a file that cannot be read).`;
var USAGE = `Usage: nodepool <command> [PATH...] [options]

Commands:
${Object.values(COMMANDS).map((text) => `  ${text}`).join("\n")}

  --help, -h           this text; nodepool <command> --help for one command
  --version            the version of nodepool

${EXIT_CODES}`;
function commandUsage(command) {
  return `Usage: nodepool ${COMMANDS[command]}

${EXIT_CODES}`;
}
var UsageError = class extends Error {
  constructor(message, command) {
    super(message);
    this.command = command;
  }
  command;
};
var VERSION = package_default.version;
var MODULES_DIR = fileURLToPath(new URL("../modules", import.meta.url));
var EXIT = { ok: 0, invalid: 1, usage: 2 };
var JSON_COMMANDS = /* @__PURE__ */ new Set(["validate", "list", "plan", "status"]);
async function main(argv) {
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
      version: { type: "boolean", default: false }
    }
  });
  const [command, ...paths] = positionals;
  if (values.version) {
    process.stdout.write(`nodepool ${VERSION}
`);
    return EXIT.ok;
  }
  if (values.help || command === "help") {
    const about = command === "help" ? paths[0] : command;
    process.stdout.write(`${about && COMMANDS[about] ? commandUsage(about) : USAGE}
`);
    return EXIT.ok;
  }
  if (command && !COMMANDS[command]) throw new UsageError(`unknown command \`${command}\``);
  if (values.json && !JSON_COMMANDS.has(command ?? ""))
    throw new UsageError(`--json is for ${[...JSON_COMMANDS].join(", ")}`, command);
  if (values.out !== void 0 && command !== "render" && command !== "plan")
    throw new UsageError("--out is for render (a folder) and plan (a plan file)", command);
  if (values.shard !== void 0 && command !== "plan") throw new UsageError("--shard is for plan", command);
  if (command === "join-command") {
    if (!values.kubeconfig)
      throw new UsageError("join-command needs --kubeconfig FILE (a tenant kubeconfig)", command);
    const { createJoinCommand } = await import("./chunks/kamaji-462RJ22J.js");
    const line = await createJoinCommand(await readFile(values.kubeconfig, "utf8"), {
      where: values.kubeconfig,
      baseDir: dirname(resolve(values.kubeconfig)),
      caHashOnly: values["ca-hash-only"],
      ...values.context ? { context: values.context } : {},
      ...values.ttl ? { ttl: values.ttl } : {}
    });
    process.stdout.write(`${line}
`);
    return EXIT.ok;
  }
  if (!command) throw new UsageError("no command given");
  const result = await loadPools(paths.length > 0 ? paths : ["pools"], process.cwd());
  const issues = result.ok ? result.warnings : result.issues;
  if (command === "validate" && values.json) {
    const summary = result.ok ? { pools: result.value.pools.length, files: result.value.files.length } : {};
    process.stdout.write(`${JSON.stringify({ valid: result.ok, ...summary, issues }, null, 2)}
`);
    return result.ok ? EXIT.ok : EXIT.invalid;
  }
  await reportIssues(issues);
  if (!result.ok) {
    const errors = issues.filter((i) => i.severity === "error").length;
    process.stderr.write(`${count(errors, "error")} in pool files
`);
    const missing = issues.some(
      (i) => i.severity === "error" && i.message.startsWith("missing required field")
    );
    const elsewhere = missing ? await defaultsBeside(paths) : [];
    if (elsewhere.length > 0)
      process.stderr.write(
        `note: defaults or settings these files may need are in ${elsewhere.join(", ")}; validate the folder to merge them
`
      );
    return EXIT.invalid;
  }
  const { pools, files } = result.value;
  if (command === "validate") {
    const verb = pools.length === 1 ? "is" : "are";
    process.stdout.write(`${count(pools.length, "pool")} in ${count(files.length, "file")} ${verb} valid
`);
  } else if (command === "render") {
    await render(result.value, values.out ?? ".nodepool", values.prune);
  } else if (command === "status" || command === "preflight") {
    const kamaji = await managementCluster(values, { drainTimeoutMs: 0, readyTimeoutMs: 0 });
    if (!kamaji)
      throw new UsageError(
        `${command} needs --management-kubeconfig FILE or $KUBECONFIG (the Kamaji management cluster)`,
        command
      );
    const [{ connectControlPlanes, mintJoinData }, { formatPoolsStatus, readPoolsStatus }] = await Promise.all([import("./chunks/control-planes-LTNENADR.js"), import("./chunks/pool-status-TXBFKDEK.js")]);
    const access = await connectControlPlanes(kamaji, result.value.pools, () => void 0);
    if (command === "preflight") {
      const log = (line) => process.stdout.write(`${line}
`);
      const minted = await mintJoinData(kamaji, access, [...access.keys()], log, () => void 0).catch(
        (error) => {
          process.stderr.write(`${error.message}
`);
          return void 0;
        }
      );
      if (!minted) return EXIT.invalid;
      for (const line of await minted.cleanup()) log(line);
      return EXIT.ok;
    }
    const binary = await findBinary(values.tool, result.value.settings);
    const modules = await readModules();
    const lines = await withRunFolders(
      (folders) => readPoolsStatus(
        result.value,
        modules,
        values.workspaces,
        {
          binary,
          env: {},
          ...folders,
          concurrency: 1
        },
        access
      )
    );
    process.stdout.write(
      values.json ? `${JSON.stringify(lines, null, 2)}
` : `${formatPoolsStatus(lines)}
`
    );
  } else if (command === "plan") {
    return plan(result.value, paths.length > 0 ? paths : ["pools"], values);
  } else if (command === "apply") {
    return apply(result.value, paths.length > 0 ? paths : ["pools"], values);
  } else if (values.json) {
    process.stdout.write(`${JSON.stringify(listPools(pools), null, 2)}
`);
  } else {
    process.stdout.write(`${formatPoolTree(pools)}
`);
  }
  return EXIT.ok;
}
async function defaultsBeside(paths) {
  const named = new Set(paths.map((p) => relative(process.cwd(), resolve(p))));
  const folders = [];
  for (const path of named)
    if ((await stat(path).catch(() => void 0))?.isFile()) folders.push(dirname(path));
  if (folders.length === 0) return [];
  const { files } = await findPoolFiles([...new Set(folders)], process.cwd());
  const found = [];
  for (const { path, size } of files) {
    if (named.has(path) || oversizedFileMessage(size, POOL_LIMITS)) continue;
    if (/^kind:\s*NodePool(Defaults|Settings)\s*$/m.test(await readFile(path, "utf8"))) found.push(path);
  }
  return found;
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
async function render(set, outDir, prune) {
  const [{ renderWorkspaces }, { writeWorkspaces }] = await Promise.all([
    import("./chunks/workspace-XIIIHEVP.js"),
    import("./chunks/write-workspaces-B5UKYHSE.js")
  ]);
  const workspaces = renderWorkspaces(set, await readModules(), outDir);
  const result = await writeWorkspaces(outDir, workspaces, { prune });
  for (const dir of result.written) process.stdout.write(`rendered ${join(outDir, dir)}
`);
  for (const dir of result.pruned)
    process.stdout.write(`removed  ${join(outDir, dir)} (pool no longer exists)
`);
  for (const path of result.removedUnexpected)
    process.stderr.write(`warning: removed ${join(outDir, path)}: render did not write it
`);
  for (const dir of result.stale) {
    process.stderr.write(
      `warning: ${join(outDir, dir)} belongs to a pool that no longer exists; plan it as a destroy, or remove it with --prune
`
    );
  }
}
async function withCliContext(set, paths, flags, extra, run) {
  const [
    { actionPinChanged, changedModuleFolders, readPoolSetAtRef },
    { machine, runBudget },
    { SecretMask }
  ] = await Promise.all([
    import("./chunks/git-files-TV2CPLIS.js"),
    import("./chunks/run-budget-AMX57KIU.js"),
    import("./chunks/secret-mask-CO55PHCV.js")
  ]);
  const count2 = (flag, text) => {
    const value = text === void 0 ? void 0 : Number(text);
    if (value !== void 0 && (!Number.isInteger(value) || value < 1))
      throw new UsageError(`--${flag} must be a whole number >= 1, got ${text}`);
    return value;
  };
  const requested = count2("concurrency", flags.concurrency);
  const most = count2("max-concurrency", flags["max-concurrency"]);
  const binary = await findBinary(flags.tool, set.settings);
  const cwd = process.cwd();
  const version = process.env.NODEPOOL_KUBERNETES_VERSION;
  const mask = new SecretMask();
  mask.add(extra.join?.token);
  const say = (line) => process.stderr.write(`${mask.apply(line)}
`);
  const modules = await readModules();
  return withRunFolders(
    (folders) => run({
      set,
      modules,
      outDir: flags.workspaces,
      runner: {
        binary,
        env: {},
        ...folders,
        signal: stopOnInterrupt(),
        ...runBudget(machine(), requested, most),
        log: (workspace, line) => say(`${workspace}: ${line}`)
      },
      ...version ? { kubernetesVersion: version } : {},
      ...extra,
      comment: { mode: "off", key: paths.join(",") },
      driftIssue: false,
      poolsAt: (ref) => readPoolSetAtRef(ref, paths, cwd, set),
      changedModules: (ref) => changedModuleFolders(ref, "modules", cwd),
      actionPinChanged: (ref) => actionPinChanged(ref, cwd),
      log: say,
      registerSecret: (value) => void mask.add(value)
    })
  );
}
async function plan(set, paths, options) {
  const shard = options.shard === void 0 ? void 0 : parseShard(options.shard);
  if (shard && !shard.ok) throw new UsageError(`--shard: ${shard.problem}`, "plan");
  if (shard && options.out !== void 0)
    throw new UsageError("--out writes the plan of the whole change: plan it without --shard", "plan");
  const [{ runPlanMode, planHashes }, { resolveCommit }, { planFileText }, { poolResultJson }] = await Promise.all([
    import("./chunks/plan-mode-A5VIVSOP.js"),
    import("./chunks/git-files-TV2CPLIS.js"),
    import("./chunks/plan-file-AJDWNB2Y.js"),
    import("./chunks/pool-result-json-W6VYZTKC.js")
  ]);
  const base = options.base === void 0 || options.out === void 0 ? void 0 : await resolveCommit(options.base, process.cwd());
  const kamaji = await managementCluster(options, { drainTimeoutMs: 0, readyTimeoutMs: 0 });
  const outputs = await withCliContext(
    set,
    paths,
    options,
    { allowDestroy: false, ...kamaji ? { kamaji } : {} },
    (ctx) => runPlanMode(
      ctx,
      { number: 0, headSha: "", baseSha: options.base ?? "", fromFork: false },
      shard?.ok ? shard.value : void 0
    )
  );
  if (options.out !== void 0) {
    if (outputs.failureReason)
      process.stderr.write(`not writing ${options.out}: the plan did not finish for every pool
`);
    else {
      await writeFile(
        options.out,
        planFileText({ ...base ? { base } : {}, hashes: planHashes(outputs.results) })
      );
      process.stderr.write(`wrote ${options.out}: apply it with nodepool apply --plan ${options.out}
`);
    }
  }
  process.stdout.write(
    options.json ? `${JSON.stringify(outputs.results.map(poolResultJson), null, 2)}
` : `${outputs.report}
`
  );
  return outputs.failureReason ? EXIT.invalid : EXIT.ok;
}
async function apply(set, paths, options) {
  if (options.plan === void 0)
    throw new UsageError("apply needs --plan FILE (written by nodepool plan --out FILE)", "apply");
  if (options.base !== void 0)
    throw new UsageError("apply takes its base from the plan file, not --base", "apply");
  const [{ parsePlanFile }, { runPlanFileApply }, { parseDuration }] = await Promise.all([
    import("./chunks/plan-file-AJDWNB2Y.js"),
    import("./chunks/plan-file-apply-A2NUYHQO.js"),
    import("./chunks/kamaji-462RJ22J.js")
  ]);
  const parsed = parsePlanFile(await readFile(options.plan, "utf8"));
  if (!parsed.ok) throw new UsageError(`${options.plan}: ${parsed.problem}`, "apply");
  const kamaji = await managementCluster(options, {
    drainTimeoutMs: parseDuration(options["drain-timeout"], "--drain-timeout"),
    readyTimeoutMs: parseDuration(options["ready-timeout"], "--ready-timeout")
  });
  const {
    NODEPOOL_JOIN_URL: url,
    NODEPOOL_JOIN_TOKEN: token,
    NODEPOOL_JOIN_CA_CERT_HASH: caCertHash
  } = process.env;
  const join2 = !kamaji && url && token && caCertHash ? { url, token, caCertHash } : void 0;
  if (!kamaji && !join2)
    process.stderr.write(
      "note: no management cluster ($KUBECONFIG, --management-kubeconfig) and no NODEPOOL_JOIN_*: pools that create machines are refused, and removed nodes are not drained\n"
    );
  const outputs = await withCliContext(
    set,
    paths,
    options,
    {
      allowDestroy: options["allow-destroy"],
      ...kamaji ? { kamaji } : {},
      ...join2 ? { join: join2 } : {}
    },
    (ctx) => runPlanFileApply(ctx, parsed.value, options.plan)
  );
  process.stdout.write(`${outputs.report}
`);
  return outputs.failureReason ? EXIT.invalid : EXIT.ok;
}
async function managementCluster(options, waits) {
  const file = options["management-kubeconfig"] ?? process.env.KUBECONFIG?.split(delimiter).find(Boolean);
  if (!file) return void 0;
  return {
    managementKubeconfig: await readFile(file, "utf8"),
    ...options.context ? { managementContext: options.context } : {},
    tokenTtlMs: 10 * 6e4,
    ...waits,
    runId: "nodepool CLI"
  };
}
async function findBinary(flag, settings) {
  if (flag !== void 0 && flag !== "terraform" && flag !== "tofu")
    throw new UsageError(`--tool must be terraform or tofu, got ${flag}`);
  const [{ findOnPath, readBinaryVersion }, { chooseTool }] = await Promise.all([
    import("./chunks/find-on-path-CIIVUJC5.js"),
    import("./chunks/tool-choice-ZI4TN2TH.js")
  ]);
  const { tool, settings: pinned } = chooseTool({ tool: flag }, settings);
  const path = await findOnPath(tool, process.env.PATH ?? "");
  if (!path) throw new UsageError(`${tool} is not on PATH`);
  const found = await readBinaryVersion(path);
  if (!found.ok) throw new UsageError(found.problem);
  if (pinned && pinned.version !== found.version)
    process.stderr.write(
      `warning: ${pinned.source} pins ${tool} ${pinned.version}, but ${path} is ${found.version}: plan hashes will differ from the action's
`
    );
  return { tool, path, version: found.version };
}
async function readModules() {
  const { readModuleFiles } = await import("./chunks/module-files-PTXOT7QI.js");
  return readModuleFiles(MODULES_DIR);
}
function stopOnInterrupt() {
  const controller = new AbortController();
  process.once("SIGINT", () => {
    process.stderr.write("interrupted: asking terraform to stop (Ctrl-C again quits at once)\n");
    controller.abort();
    process.once("SIGINT", () => process.exit(130));
  });
  return controller.signal;
}
async function withRunFolders(work) {
  const { createPlanFolder } = await import("./chunks/plan-folder-BDEGRIFU.js");
  const pluginCacheDir = process.env.TF_PLUGIN_CACHE_DIR || join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "nodepool", "plugins");
  await mkdir(pluginCacheDir, { recursive: true });
  const plans = await createPlanFolder();
  try {
    return await work({ pluginCacheDir, planDir: plans.dir });
  } finally {
    await plans.remove();
  }
}
async function reportIssues(issues) {
  const core = process.env.GITHUB_ACTIONS === "true" ? await import("./chunks/core-M36MTSK5.js") : void 0;
  for (const issue of issues) {
    process.stderr.write(`${formatIssue(issue)}
`);
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
  async (error) => {
    const message = error.message;
    const { code, path } = error;
    if (error instanceof UsageError || error instanceof PoolPathError || code?.startsWith("ERR_PARSE_ARGS")) {
      const command = error instanceof UsageError ? error.command : void 0;
      process.stderr.write(
        `nodepool: ${message}
Run 'nodepool ${command ? `${command} ` : ""}--help' for usage.
`
      );
      process.exitCode = EXIT.usage;
      return;
    }
    if (path && (code === "ENOENT" || code === "EACCES" || code === "EISDIR")) {
      const why = { ENOENT: "no such file", EACCES: "permission denied", EISDIR: "is a folder" }[code];
      process.stderr.write(`nodepool: cannot read ${path}: ${why}
`);
      process.exitCode = EXIT.usage;
      return;
    }
    const [kamaji, { GitError }, { OutputPathError }] = await Promise.all([
      import("./chunks/kamaji-462RJ22J.js"),
      import("./chunks/git-files-TV2CPLIS.js"),
      import("./chunks/write-workspaces-B5UKYHSE.js")
    ]);
    if (error instanceof kamaji.JoinSourceError || error instanceof kamaji.KubeconfigError || error instanceof kamaji.KubeConnectionError || error instanceof kamaji.KubeApiError || error instanceof kamaji.DurationError) {
      process.stderr.write(`nodepool: ${message}
`);
      process.exitCode = EXIT.invalid;
      return;
    }
    if (error instanceof GitError || error instanceof OutputPathError) {
      process.stderr.write(`nodepool: ${message}
`);
      process.exitCode = EXIT.usage;
      return;
    }
    process.stderr.write(`nodepool: internal error: ${message}
`);
    process.exitCode = 70;
  }
);
