import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  BACKEND_CONFIG_FILE
} from "./chunk-5G2HMSQB.js";
import {
  restrictToOwner,
  savedPlanPath
} from "./chunk-6GXVDID7.js";
import {
  cpuTimes,
  goMemoryLimit,
  raisedConcurrency
} from "./chunk-JPCZZHJ4.js";

// src/terraform/runner.ts
import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";

// src/terraform/diagnostics.ts
function readJsonDiagnostics(output) {
  const diagnostics = [];
  for (const line of output.split("\n")) {
    if (!line.startsWith("{")) continue;
    let parsed;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    const d = parsed.diagnostic;
    if (parsed.type !== "diagnostic" || !d?.summary) continue;
    const diagnostic = {
      severity: d.severity === "warning" ? "warning" : "error",
      summary: d.summary
    };
    if (d.detail) diagnostic.detail = d.detail;
    if (d.range?.filename) diagnostic.location = `${d.range.filename}:${d.range.start?.line ?? 1}`;
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}
function readTextDiagnostics(output) {
  const blocks = output.split(/\n(?=(?:│ )?(?:Error|Warning): )/);
  return blocks.map(
    (block) => block.replace(/^│ ?/gm, "").replace(/^[╷╵]\s*$/gm, "").trim()
  ).filter((block) => /^(Error|Warning): /.test(block)).map((block) => {
    const [first = "", ...rest] = block.split("\n");
    const severity = first.startsWith("Warning") ? "warning" : "error";
    const detail = rest.join("\n").trim();
    const diagnostic = { severity, summary: first.replace(/^(Error|Warning): /, "") };
    const place = /^\s*on (\S+) line (\d+)/m.exec(detail);
    if (place) diagnostic.location = `${place[1]}:${place[2]}`;
    return detail ? { ...diagnostic, detail } : diagnostic;
  });
}
function findLockInfo(diagnostics) {
  const locked = diagnostics.find((d) => /Error acquiring the state lock/i.test(d.summary));
  if (!locked) return void 0;
  const field = (name) => new RegExp(`^\\s*${name}:\\s*(.*)$`, "m").exec(locked.detail ?? "")?.[1]?.trim();
  const lock = { id: field("ID") ?? "unknown" };
  const who = field("Who");
  const operation = field("Operation");
  const created = field("Created");
  if (who) lock.who = who;
  if (operation) lock.operation = operation;
  if (created) lock.created = created;
  return lock;
}

// src/terraform/plan-text.ts
function readPlanText(stdout) {
  const starts = [
    "Terraform used the selected providers",
    "OpenTofu used the selected providers",
    "Terraform will perform the following actions",
    "OpenTofu will perform the following actions",
    "Changes to Outputs:",
    "No changes."
  ];
  const at = Math.min(...starts.map((marker) => stdout.indexOf(marker)).filter((index) => index >= 0));
  const plan = Number.isFinite(at) ? stdout.slice(at) : stdout;
  const separator = plan.search(/^─{20,}$/m);
  return `${(separator >= 0 ? plan.slice(0, separator) : plan).trimEnd()}
`;
}

// src/terraform/run-command.ts
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
var AUTOMATION_ENV = { TF_IN_AUTOMATION: "1", TF_INPUT: "0", CHECKPOINT_DISABLE: "1" };
var SHORT_LIVED_GO_ENV = { GOGC: "off", GOMEMLIMIT: "512MiB" };
async function runCommand(binary, args, cwd, env, {
  shortLived = false,
  goMemoryLimitMiB = 512,
  signal,
  onLine
} = {}) {
  if (signal?.aborted) return { exitCode: 130, stdout: "", stderr: "cancelled before it started" };
  const goTuned = process.env.GOGC !== void 0 || process.env.GOMEMLIMIT !== void 0;
  const merged = shortLived && !goTuned ? { ...SHORT_LIVED_GO_ENV, GOMEMLIMIT: `${goMemoryLimitMiB}MiB` } : {};
  for (const [key, value] of Object.entries(process.env)) if (value !== void 0) merged[key] = value;
  const child = spawn(binary.path, [...args], {
    cwd,
    env: { ...merged, ...AUTOMATION_ENV, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true
  });
  const interrupt = () => child.kill("SIGINT");
  signal?.addEventListener("abort", interrupt, { once: true });
  const stdout = [];
  const stderr = [];
  child.stdout.on("data", (chunk) => stdout.push(chunk));
  if (onLine)
    createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY }).on("line", onLine);
  child.stderr.on("data", (chunk) => stderr.push(chunk));
  try {
    const exitCode = await new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("close", (code, killedBy) => resolve(code ?? (killedBy ? 128 : 1)));
    });
    return {
      exitCode,
      stdout: Buffer.concat(stdout).toString("utf8"),
      stderr: Buffer.concat(stderr).toString("utf8")
    };
  } finally {
    signal?.removeEventListener("abort", interrupt);
  }
}

// src/terraform/runner.ts
async function planWorkspaces(workspaces, options, settings) {
  const groups = /* @__PURE__ */ new Map();
  for (const workspace of workspaces) {
    const group = groups.get(workspace.providers);
    if (group) group.push(workspace);
    else groups.set(workspace.providers, [workspace]);
  }
  const leaders = [...groups.values()].flatMap((members) => members.slice(0, 1));
  const inits = /* @__PURE__ */ new Map();
  await mapLimit(leaders, options.concurrency, async (leader) => {
    inits.set(leader, await initWorkspace(leader, options));
  });
  for (const [leader, ...rest] of groups.values()) {
    if (!leader || inits.get(leader)?.exitCode !== 0) continue;
    for (const follower of rest) {
      await copyFile(
        join(leader.dir, ".terraform.lock.hcl"),
        join(follower.dir, ".terraform.lock.hcl")
      ).catch(() => void 0);
      if (leader.backendConfig && follower.backendConfig && await reuseInit(leader, follower))
        inits.set(follower, { startedAt: Date.now(), exitCode: 0, stdout: "", stderr: "", reused: true });
    }
  }
  let finished = 0;
  const live = { ...options };
  return mapLimit(workspaces, growingLimit(live), async (workspace) => {
    const outcome = await planWorkspace(workspace, live, settings, inits.get(workspace));
    finished += 1;
    options.log?.(
      workspace.dir,
      `${OUTCOME_WORDS[outcome.status]} (${finished} of ${workspaces.length} planned)`
    );
    return outcome;
  });
}
var OUTCOME_WORDS = {
  changes: "plan has changes",
  "no-changes": "no changes",
  error: "failed",
  locked: "state locked"
};
async function reuseInit(leader, follower) {
  try {
    const from = join(leader.dir, ".terraform");
    const to = join(follower.dir, ".terraform");
    const record = JSON.parse(await readFile(join(from, "terraform.tfstate"), "utf8"));
    if (!record.backend?.config) return false;
    for (const [key, value] of Object.entries(follower.backendConfig ?? {})) {
      if (!(key in record.backend.config)) return false;
      record.backend.config[key] = value;
    }
    await rm(join(to, "providers"), { recursive: true, force: true });
    await mkdir(to, { recursive: true });
    if (existsSync(join(from, "providers")))
      await cp(join(from, "providers"), join(to, "providers"), { recursive: true, verbatimSymlinks: true });
    if (existsSync(join(from, "modules", "modules.json"))) {
      await mkdir(join(to, "modules"), { recursive: true });
      await copyFile(join(from, "modules", "modules.json"), join(to, "modules", "modules.json"));
    }
    await writeFile(join(to, "terraform.tfstate"), `${JSON.stringify(record, null, 2)}
`);
    return true;
  } catch {
    return false;
  }
}
function asksForInit(output) {
  return /\b(terraform|tofu) init\b/.test(output) || /initialization required/i.test(output);
}
async function initWorkspace(workspace, options) {
  const startedAt = Date.now();
  options.log?.(workspace.dir, "init");
  return { startedAt, ...await runInit(workspace.dir, options, workspaceEnv(workspace, options)) };
}
async function planWorkspace(workspace, options, settings, initialised) {
  const dir = workspace.dir;
  const init = initialised ?? await initWorkspace(workspace, options);
  const done = (outcome) => ({
    workspace: dir,
    durationMs: Date.now() - init.startedAt,
    ...outcome
  });
  const log = (line) => options.log?.(dir, line);
  const env = workspaceEnv(workspace, options);
  if (init.exitCode !== 0) {
    const diagnostics = readTextDiagnostics(`${init.stdout}
${init.stderr}`);
    const lock = findLockInfo(diagnostics);
    return lock ? done({ status: "locked", lock }) : done({
      status: "error",
      stage: "init",
      diagnostics: orTail(diagnostics, init.stderr)
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
    `-lock=${settings.lock}`
  ];
  if (settings.lock && options.lockTimeout) planArgs.push(`-lock-timeout=${options.lockTimeout}`);
  if (settings.refresh === false) planArgs.push("-refresh=false");
  for (const address of workspace.replace ?? []) planArgs.push(`-replace=${address}`);
  let plan = await runCommand(options.binary, planArgs, dir, env, {
    shortLived: true,
    goMemoryLimitMiB: options.goMemoryLimitMiB,
    signal: options.signal
  });
  if (init.reused && plan.exitCode === 1 && asksForInit(`${plan.stdout}
${plan.stderr}`)) {
    log("init (the shared one did not fit)");
    await rm(join(dir, ".terraform", "terraform.tfstate"), { force: true });
    const own = await runInit(dir, options, env);
    if (own.exitCode !== 0)
      return done({
        status: "error",
        stage: "init",
        diagnostics: orTail(readTextDiagnostics(`${own.stdout}
${own.stderr}`), own.stderr)
      });
    plan = await runCommand(options.binary, planArgs, dir, env, {
      shortLived: true,
      goMemoryLimitMiB: options.goMemoryLimitMiB,
      signal: options.signal
    });
  }
  if (plan.exitCode !== 0 && plan.exitCode !== 2) {
    const diagnostics = readTextDiagnostics(`${plan.stdout}
${plan.stderr}`);
    const lock = findLockInfo(diagnostics);
    return lock ? done({ status: "locked", lock }) : done({
      status: "error",
      stage: "plan",
      diagnostics: orTail(diagnostics, plan.stderr)
    });
  }
  await restrictToOwner(planFile);
  const text = readPlanText(plan.stdout);
  const changes = plan.exitCode === 2;
  return done({ status: changes ? "changes" : "no-changes", planFile, text });
}
async function applyPlan(dir, options) {
  const started = Date.now();
  const done = (outcome) => ({
    workspace: dir,
    durationMs: Date.now() - started,
    ...outcome
  });
  options.log?.(dir, "apply");
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
      onLine: (line) => applyProgress(line, (message) => options.log?.(dir, message))
    }
  );
  await rm(planFile, { force: true });
  if (apply.exitCode !== 0) {
    const diagnostics = readJsonDiagnostics(apply.stdout);
    const lock = findLockInfo(diagnostics);
    return lock ? done({ status: "locked", lock }) : done({ status: "error", diagnostics: orTail(diagnostics, apply.stderr) });
  }
  return done({ status: "applied", text: applyMessages(apply.stdout) });
}
function applyProgress(line, log) {
  let message;
  try {
    message = JSON.parse(line);
  } catch {
    return;
  }
  const progress = ["apply_start", "apply_progress", "apply_complete", "apply_errored"];
  if (typeof message.type === "string" && progress.includes(message.type) && typeof message["@message"] === "string")
    log(message["@message"]);
}
function workspaceEnv(workspace, options) {
  return { ...options.env, ...workspace.env, TF_PLUGIN_CACHE_DIR: options.pluginCacheDir };
}
function isInitRace(output) {
  return /duplicate key value violates unique constraint/.test(output);
}
async function runInit(dir, options, env) {
  const args = initArgs(dir, options);
  const first = await runCommand(options.binary, args, dir, env, {
    shortLived: true,
    goMemoryLimitMiB: options.goMemoryLimitMiB,
    signal: options.signal
  });
  if (first.exitCode === 0 || !isInitRace(`${first.stdout}
${first.stderr}`)) return first;
  return runCommand(options.binary, args, dir, env, {
    shortLived: true,
    goMemoryLimitMiB: options.goMemoryLimitMiB,
    signal: options.signal
  });
}
function initArgs(dir, options) {
  return [
    "init",
    "-input=false",
    "-no-color",
    ...existsSync(join(dir, BACKEND_CONFIG_FILE)) ? [`-backend-config=${BACKEND_CONFIG_FILE}`] : [],
    ...options.lockTimeout ? [`-lock-timeout=${options.lockTimeout}`] : []
  ];
}
function applyMessages(stdout) {
  return stdout.split("\n").flatMap((line) => {
    try {
      const parsed = JSON.parse(line);
      return parsed["@message"] && parsed.type !== "version" ? [parsed["@message"]] : [];
    } catch {
      return [];
    }
  }).join("\n");
}
function orTail(diagnostics, stderr) {
  if (diagnostics.some((d) => d.severity === "error")) return diagnostics;
  const tail = stderr.trim().split("\n").slice(-20).join("\n");
  return [
    ...diagnostics,
    { severity: "error", summary: "terraform failed without a diagnostic", detail: tail || "(no output)" }
  ];
}
function growingLimit(options) {
  const most = options.maxConcurrency ?? options.concurrency;
  if (most <= options.concurrency) return options.concurrency;
  let concurrency = options.concurrency;
  let last = cpuTimes();
  const cpus = availableParallelism();
  return {
    intervalMs: 1e3,
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
        `${next} at once: the CPU was ${Math.round(busy * 100)} % busy while they waited (at most ${most})`
      );
    }
  };
}
async function mapLimit(items, limit, task) {
  const results = new Array(items.length);
  if (items.length === 0) return results;
  const current = typeof limit === "number" ? () => limit : () => limit.current();
  let next = 0;
  let running = 0;
  let settled = 0;
  let timer;
  return new Promise((resolve, reject) => {
    const finish = (error) => {
      clearInterval(timer);
      if (error === void 0) resolve(results);
      else reject(error);
    };
    const start = () => {
      while (running < Math.max(1, current()) && next < items.length) {
        const index = next++;
        running += 1;
        task(items[index]).then(
          (result) => {
            results[index] = result;
            running -= 1;
            settled += 1;
            if (settled === items.length) finish();
            else start();
          },
          (error) => {
            next = items.length;
            finish(error);
          }
        );
      }
    };
    if (typeof limit !== "number")
      timer = setInterval(() => {
        if (next >= items.length) return;
        limit.sample(running);
        start();
      }, limit.intervalMs);
    start();
  });
}
async function readStateNodeNames(dir, options) {
  const env = workspaceEnv({ dir, providers: "" }, options);
  const init = await runInit(dir, options, env);
  if (init.exitCode !== 0)
    throw new Error(`${dir}: terraform init failed: ${init.stderr.trim().split("\n").slice(-3).join(" ")}`);
  const output = await runCommand(options.binary, ["output", "-json"], dir, env, { signal: options.signal });
  if (output.exitCode !== 0) return [];
  const outputs = JSON.parse(output.stdout || "{}");
  return outputs.node_names?.value ?? [];
}

export {
  planWorkspaces,
  applyPlan,
  readStateNodeNames
};
