import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  planWorkspaces
} from "./chunk-F2ZDDOU6.js";
import {
  controlPlaneKey
} from "./chunk-NJTVFJ6W.js";
import {
  destroyedNodes,
  poolKey
} from "./chunk-4MKPOM5Z.js";
import {
  workersBehind
} from "./chunk-LUOMSCS6.js";
import {
  JOIN_VARIABLES,
  MODULES_OUTPUT,
  POOL_MODULE,
  PROVIDER_MODULES,
  machineAddress,
  renderWorkspace
} from "./chunk-5G2HMSQB.js";
import {
  writeWorkspaces
} from "./chunk-APHRNYB4.js";

// src/plan/apply-outcome.ts
function failureReasonOfOutcome(outcome) {
  switch (outcome.result) {
    case "applied":
    case "cancelled":
      return void 0;
    case "replanned-differently":
      return "plan-changed";
    case "drain-blocked":
      return "apply-failed";
    case "apply-failed":
      return outcome.reason;
  }
}
function heldLocks(results, outcomes = []) {
  return [
    ...results.flatMap((r) => r.status === "locked" ? [{ pool: poolKey(r.pool), ...r.lock }] : []),
    ...outcomes.flatMap((o) => o.result === "apply-failed" && o.lock ? [{ pool: o.pool, ...o.lock }] : [])
  ];
}

// src/plan/failure-reason.ts
function failureOf(results) {
  if (results.some((r) => r.status === "locked")) return "state-locked";
  if (results.some((r) => r.status === "error")) return "plan-failed";
  return void 0;
}

// src/plan/join-placeholder.ts
var PLACEHOLDER_JOIN = {
  url: "join.invalid:6443",
  token: "000000.0000000000000000",
  caCertHash: `sha256:${"0".repeat(64)}`
};
function joinEnvironment(join2) {
  const env = {
    TF_VAR_join_url: join2.url,
    TF_VAR_join_token: join2.token,
    TF_VAR_join_ca_cert_hash: join2.caCertHash
  };
  if (join2.kubernetesVersion) env.TF_VAR_kubernetes_version = join2.kubernetesVersion;
  return env;
}

// src/plan/plan-pools.ts
import { join } from "node:path";

// src/plan/module-upgrade.ts
function moduleUpgradeOf(text, current, existingMachines) {
  const block = new RegExp(`^  ([~+]) ${MODULES_OUTPUT} = \\{\\n([\\s\\S]*?)\\n    \\}$`, "m").exec(text);
  if (!block) return void 0;
  const [, sign, body = ""] = block;
  if (sign === "+") return existingMachines > 0 ? { to: current } : void 0;
  const before = (key) => new RegExp(`^ +~ ${key} += "([^"]*)" -> `, "m").exec(body)?.[1];
  const digest = before("digest");
  if (digest === void 0) return void 0;
  return { from: { release: before("release") ?? current.release, digest }, to: current };
}

// src/plan/plan-hash.ts
import { createHash } from "node:crypto";
function hashPlan(planText, inputs) {
  const files = [...inputs.files].sort((a, b) => a.path.localeCompare(b.path)).map((file) => ({ path: file.path, sha256: sha256(file.contents) }));
  const replace = inputs.replace?.length ? { replace: inputs.replace } : {};
  return `sha256:${sha256(canonicalJson({ plan: planText, files, variables: inputs.variables, tool: inputs.tool, ...replace }))}`;
}
function sha256(text) {
  return createHash("sha256").update(text).digest("hex");
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// src/plan/plan-summary.ts
function emptySummary() {
  return {
    toAdd: 0,
    toChange: 0,
    toDestroy: 0,
    toReplace: 0,
    resources: [],
    nodes: { create: [], update: [], replace: [], delete: [] }
  };
}

// src/plan/plan-text-summary.ts
var ACTIONS = [
  [/ will be created$/, "create"],
  [/ will be updated in-place$/, "update"],
  [
    / (must be replaced|is tainted, so must be replaced|will be replaced, as requested|will be replaced due to changes in replace_triggered_by)$/,
    "replace"
  ],
  [/ will be destroyed$/, "delete"]
];
function summarizePlanText(text, machineTypes = []) {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => / will perform the following actions:$/.test(line));
  const resources = [];
  const nodes = { create: [], update: [], replace: [], delete: [] };
  for (let i = start + 1; start >= 0 && i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.startsWith("Plan: ")) break;
    if (!line.startsWith("  # ")) continue;
    const header = line.slice(4);
    const match = ACTIONS.find(([pattern2]) => pattern2.test(header));
    if (!match) continue;
    const [pattern, action] = match;
    const subject = header.replace(pattern, "");
    const deposed = / \(deposed object \S+\)$/.test(subject);
    const address = subject.replace(/ \(deposed object \S+\)$/, "");
    const parsed = parseAddress(address);
    if (!parsed || parsed.data) continue;
    const reason = /^ {2}# \((.+)\)$/.exec(lines[i + 1] ?? "")?.[1];
    resources.push({ address, type: parsed.type, action, ...reason ? { reason } : {} });
    if (machineTypes.includes(parsed.type) && typeof parsed.key === "string" && !deposed)
      nodes[action].push(parsed.key);
  }
  for (const list of Object.values(nodes)) list.sort();
  const count = (action) => resources.filter((r) => r.action === action).length;
  return {
    toAdd: count("create") + count("replace"),
    toChange: count("update"),
    toDestroy: count("delete") + count("replace"),
    toReplace: count("replace"),
    resources,
    nodes
  };
}
function parseAddress(address) {
  const match = /^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*(data\.)?([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(?:\[(.+)\])?$/.exec(
    address
  );
  if (!match) return void 0;
  const [, data, type = "", name = "", index] = match;
  let key;
  if (index !== void 0) {
    try {
      const value = JSON.parse(index);
      if (typeof value === "string" || typeof value === "number") key = value;
    } catch {
      return void 0;
    }
  }
  return { type, name, data: data !== void 0, ...key !== void 0 ? { key } : {} };
}
function unreadPlanProblem(text, summary) {
  const line = /^Plan: (?:\d+ to import, )?(\d+) to add, (\d+) to change, (\d+) to destroy\b/m.exec(text);
  const said = line ? line.slice(1, 4).map(Number) : [0, 0, 0];
  const read = [summary.toAdd, summary.toChange, summary.toDestroy];
  if (said.every((n, i) => n === read[i])) return void 0;
  return `the plan says ${said[0]} to add, ${said[1]} to change, ${said[2]} to destroy, but nodepool read ${read[0]}, ${read[1]}, ${read[2]} from it: a plan wording it does not know; nothing is applied from this plan`;
}

// src/plan/plan-pools.ts
async function planPools(request) {
  const workspaces = [
    ...request.pools.map(
      (pool) => renderWorkspace(pool, request.settings, request.modules, { outDir: request.outDir })
    ),
    ...request.removed.map(
      (pool) => renderWorkspace(pool, request.settings, request.modules, { outDir: request.outDir, removed: true })
    )
  ];
  const written = await writeWorkspaces(request.outDir, workspaces, { prune: false });
  for (const path of written.removedUnexpected)
    request.runner.log?.(join(request.outDir, path), "removed: render did not write it");
  const dirs = workspaces.map((w) => join(request.outDir, w.dir));
  const replaceOf = (pool, removed) => removed ? [] : request.replace?.get(poolKey(pool)) ?? [];
  const outcomes = await planWorkspaces(
    workspaces.map((workspace, i) => ({
      dir: dirs[i],
      providers: workspace.providers,
      env: request.envForPool?.(workspace.pool) ?? {},
      ...workspace.backendConfig ? { backendConfig: workspace.backendConfig } : {},
      replace: replaceOf(workspace.pool, i >= request.pools.length).map(
        (node) => machineAddress(workspace.pool, node)
      )
    })),
    request.runner,
    { lock: request.lock }
  );
  const tool = [request.runner.binary.tool, request.runner.binary.version].filter(Boolean).join(" ");
  return workspaces.map((workspace, i) => {
    const replace = replaceOf(workspace.pool, i >= request.pools.length);
    const inputs = {
      files: workspace.files,
      variables: reviewedVariables(request.envForPool?.(workspace.pool) ?? {}),
      tool,
      ...replace.length > 0 ? { replace } : {}
    };
    return {
      workspace,
      dir: dirs[i],
      // Workspaces of removed pools come after those of the pools in the files.
      result: toPoolResult(
        workspace.pool,
        outcomes[i],
        inputs,
        i >= request.pools.length,
        workspace.modules
      )
    };
  });
}
function reviewedVariables(env) {
  const variables = {};
  for (const [name, value] of Object.entries(env))
    if (name.startsWith("TF_VAR_") && !(name.slice("TF_VAR_".length) in JOIN_VARIABLES))
      variables[name.slice("TF_VAR_".length)] = value;
  return variables;
}
function toPoolResult(pool, outcome, inputs, removed, modules) {
  switch (outcome.status) {
    case "error":
      return { pool, status: "error", diagnostics: outcome.diagnostics };
    case "locked":
      return { pool, status: "locked", lock: outcome.lock };
    default:
      return resultOfPlanText(
        pool,
        {
          status: outcome.status,
          text: outcome.text,
          hash: hashPlan(outcome.status === "changes" ? outcome.text : void 0, inputs)
        },
        removed,
        modules
      );
  }
}
function resultOfPlanText(pool, plan, removed, modules) {
  const wanted = removed ? 0 : pool.spec.replicas;
  const { text, hash } = plan;
  if (plan.status === "no-changes")
    return { pool, status: "no-changes", text, hash, summary: emptySummary(), nodesBefore: wanted };
  const summary = summarizePlanText(text, [PROVIDER_MODULES[pool.spec.provider].machineResource]);
  const unread = unreadPlanProblem(text, summary);
  if (unread) return { pool, status: "error", diagnostics: [{ severity: "error", summary: unread }] };
  const nodesBefore = wanted + summary.nodes.delete.length - summary.nodes.create.length;
  const moduleUpgrade = moduleUpgradeOf(text, modules, nodesBefore);
  return {
    pool,
    status: "changes",
    text,
    hash,
    summary: moduleUpgrade ? { ...summary, moduleUpgrade } : summary,
    nodesBefore
  };
}

// src/plan/replacements.ts
function findReplacements(base, changed) {
  const replacements = /* @__PURE__ */ new Map();
  if (!base) return replacements;
  const before = new Map(base.pools.map((pool) => [poolKey(pool), pool]));
  for (const pool of changed) {
    const old = before.get(poolKey(pool));
    if (!old) continue;
    const listed = new Set(old.spec.replace ?? []);
    const added = (pool.spec.replace ?? []).filter((name) => !listed.has(name));
    if (added.length > 0) replacements.set(poolKey(pool), added);
  }
  return replacements;
}
function checkReplacements(pools, replace) {
  const allowed = [];
  const refused = [];
  for (const pool of pools) {
    const asked = replace.get(poolKey(pool)) ?? [];
    const most = pool.spec.rollout?.maxUnavailable ?? 1;
    if (asked.length <= most) allowed.push(pool);
    else
      refused.push({
        pool,
        status: "error",
        diagnostics: [
          {
            severity: "error",
            summary: `${poolKey(pool)}: spec.replace newly lists ${asked.length} nodes (${asked.join(", ")}), but spec.rollout.maxUnavailable allows ${most} at once: list at most ${most} per pull request, or raise it`
          }
        ]
      });
  }
  return { allowed, refused };
}
function rollingReplacements(pool, asked, behind) {
  if (pool.spec.kubernetes?.version) return [];
  const room = (pool.spec.rollout?.maxUnavailable ?? 1) - asked.length;
  const current = new Set(pool.nodeNames);
  return behind.filter((node) => current.has(node) && !asked.includes(node)).slice(0, Math.max(0, room));
}

// src/plan/affected-pools.ts
var PLAN_ALL_LABEL = "nodepool/plan-all";
function findAffectedPools(base, head, changedModules, everyPool = false) {
  if (!base) return { changed: [...head.pools], removed: [], unchanged: [] };
  const before = new Map(base.pools.map((pool) => [poolKey(pool), pool]));
  const settingsChanged = canonicalJson(base.settings.backend) !== canonicalJson(head.settings.backend);
  const result = { changed: [], removed: [], unchanged: [] };
  for (const pool of head.pools) {
    const old = before.get(poolKey(pool));
    const modulesChanged = changedModules.includes(POOL_MODULE) || changedModules.includes(pool.spec.provider);
    const same = old !== void 0 && canonicalJson(old.spec) === canonicalJson(pool.spec);
    (same && !modulesChanged && !settingsChanged && !everyPool ? result.unchanged : result.changed).push(
      pool
    );
  }
  const after = new Set(head.pools.map(poolKey));
  result.removed = base.pools.filter((pool) => !after.has(poolKey(pool)));
  return result;
}

// src/report/plan-report.ts
function headline(results) {
  const total = (key) => results.reduce((sum, r) => sum + (r.status === "changes" ? r.summary.nodes[key].length : 0), 0);
  const counts = [
    [total("create"), "+"],
    [total("update"), "~"],
    [total("replace"), "\xB1"],
    [total("delete"), "-"]
  ];
  const shown = counts.filter(([count]) => count > 0);
  const nodes = shown.map(
    ([count, sign], i) => i === 0 ? `${sign}${count} ${count === 1 ? "node" : "nodes"}` : `${sign}${count}`
  );
  const failed = results.filter((r) => r.status === "error" || r.status === "locked").length;
  const upgraded = results.filter((r) => r.status === "changes" && r.summary.moduleUpgrade).length;
  const otherChanges = results.filter(
    (r) => r.status === "changes" && r.summary.resources.length > 0 && nodeCount(r) === 0
  ).length;
  return [
    `${results.length} ${results.length === 1 ? "pool" : "pools"}: ${nodes.length > 0 ? nodes.join(", ") : "no node changes"}`,
    otherChanges > 0 ? `${otherChanges} with other changes` : "",
    upgraded > 0 ? `${upgraded} with a module upgrade` : "",
    failed > 0 ? `${failed} failed` : ""
  ].filter(Boolean).join(", ");
}
function nodeCount(r) {
  if (r.status !== "changes") return 0;
  const n = r.summary.nodes;
  return n.create.length + n.update.length + n.replace.length + n.delete.length;
}
function renderPlanReport(results, options) {
  const fixed = [`## ${options.title}: ${headline(results)}`];
  if (options.status) fixed.push("", options.status);
  const destroyed = results.flatMap(
    (r) => destroyedNodes(r).map((node) => `\`${node}\` (${poolKey(r.pool)})`)
  );
  if (destroyed.length > 0) {
    fixed.push(
      "",
      "> [!WARNING]",
      `> **${destroyed.length} ${destroyed.length === 1 ? "node is" : "nodes are"} destroyed or replaced by this plan:** ${destroyed.join(", ")}.`,
      "> Their workloads are drained first. Applying it needs the `allow-destroy` input or the `nodepool/allow-destroy` label on the pull request."
    );
  }
  fixed.push(
    "",
    "| Pool | Provider | Replicas | Added | Changed | Replaced | Removed | Result |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |"
  );
  for (const r of results) fixed.push(tableRow(r));
  const details = results.flatMap((r) => poolDetails(r));
  const body = [...fixed, "", ...details].join("\n");
  const limit = options.maxLength ?? Number.POSITIVE_INFINITY;
  if (body.length <= limit) return body;
  return truncate(fixed, details, limit, options.fullReportUrl);
}
function tableRow(r) {
  const names = (list) => list.map((n) => `\`${n.replace(`${r.pool.controlPlane}-${r.pool.name}-`, "")}\``).join(" ") || "";
  const cells = [`\`${poolKey(r.pool)}\``, r.pool.spec.provider];
  if (r.status === "changes" || r.status === "no-changes") {
    const n = r.summary.nodes;
    const after = r.nodesBefore + n.create.length - n.delete.length;
    cells.push(
      after === r.nodesBefore ? String(after) : `${r.nodesBefore} \u2192 ${after}`,
      names(n.create),
      names(n.update),
      names(n.replace),
      names(n.delete)
    );
    const upgrade = r.summary.moduleUpgrade ? ` (${describeModuleUpgrade(r.summary.moduleUpgrade)})` : "";
    cells.push(
      r.status === "changes" ? `${r.summary.toAdd} to add, ${r.summary.toChange} to change, ${r.summary.toDestroy} to destroy${upgrade}` : "no changes"
    );
  } else {
    cells.push(
      String(r.pool.spec.replicas),
      "",
      "",
      "",
      "",
      r.status === "locked" ? "\u{1F512} state locked" : "\u274C failed"
    );
  }
  return `| ${cells.join(" | ")} |`;
}
function poolDetails(r) {
  const title = `### \`${poolKey(r.pool)}\``;
  if (r.status === "locked") {
    const who = [
      r.lock.who && `by ${r.lock.who}`,
      r.lock.operation && `for ${r.lock.operation}`,
      r.lock.created && `since ${r.lock.created}`
    ].filter(Boolean).join(" ");
    return [
      title,
      "",
      `\u{1F512} The state is locked ${who} (lock ID \`${r.lock.id}\`). Retry when that run ends; never force-unlock a lock that is in use.`,
      ""
    ];
  }
  if (r.status === "error") {
    const lines = [title, "", "\u274C Terraform failed:", ""];
    for (const d of r.diagnostics) {
      lines.push(
        `- **${d.severity === "error" ? "Error" : "Warning"}: ${d.summary}**${d.location ? ` (${d.location})` : ""}`
      );
      if (d.detail) lines.push("", "  ```text", ...d.detail.split("\n").map((line) => `  ${line}`), "  ```");
    }
    return [...lines, ""];
  }
  const upgrade = r.summary.moduleUpgrade ? `; ${describeModuleUpgrade(r.summary.moduleUpgrade)}` : "";
  const summaryLine = r.status === "changes" ? `Plan: ${r.summary.toAdd} to add, ${r.summary.toChange} to change, ${r.summary.toDestroy} to destroy${upgrade}` : "No changes";
  return [
    title,
    "",
    "<details>",
    `<summary>${summaryLine}</summary>`,
    "",
    "```terraform",
    ...r.text.trimEnd().split("\n"),
    "```",
    "",
    "</details>",
    ""
  ];
}
var MODULE_UPGRADE_PENDING = `the pools were last applied with other nodepool-action modules; a pull request that changes the action's pin, or carries the ${PLAN_ALL_LABEL} label, plans and applies every pool.`;
function describeModuleUpgrade(upgrade) {
  const { from, to } = upgrade;
  const name = (record) => from && from.release === to.release ? `${record.release} ${record.digest.slice(7, 19)}` : record.release;
  return `module upgrade ${from ? name(from) : "(unrecorded)"} \u2192 ${name(to)}`;
}
function truncate(fixed, details, limit, fullReportUrl) {
  const where = fullReportUrl ? `[the job summary](${fullReportUrl})` : "the job summary of this run";
  const note = (cut) => `

> [!NOTE]
> The plans are cut here (${cut} more lines): the full report is in ${where}.`;
  const head = fixed.join("\n");
  const budget = limit - head.length - note(details.length).length - 40;
  const kept = [];
  let length = 0;
  let inFence = false;
  let inDetails = false;
  for (const line of details) {
    if (length + line.length + 1 > budget) break;
    kept.push(line);
    length += line.length + 1;
    if (line.trimStart().startsWith("```")) inFence = !inFence;
    if (line === "<details>") inDetails = true;
    if (line === "</details>") inDetails = false;
  }
  const closing = [inFence ? "```" : "", inDetails ? "</details>" : ""].filter(Boolean);
  const text = [head, "", ...kept, ...closing].join("\n") + note(details.length - kept.length);
  return text.length <= limit ? text : `${head.slice(0, limit - 200)}

> [!NOTE]
> Report cut to fit: see ${where}.`;
}

// src/report/stopped-report.ts
function stoppedReport(title, how, message) {
  return `## ${title}: ${how}

${message}`;
}

// src/workflow/context.ts
function onCancel(signal, act) {
  if (!signal) return () => void 0;
  const listener = () => void act().catch(() => void 0);
  if (signal.aborted) {
    listener();
    return () => void 0;
  }
  signal.addEventListener("abort", listener, { once: true });
  return () => signal.removeEventListener("abort", listener);
}
function envForPool(ctx, access, join2) {
  return (pool) => {
    const key = controlPlaneKey(pool);
    const version = access?.get(key)?.target.kubernetesVersion ?? ctx.kubernetesVersion;
    const data = join2(key);
    return joinEnvironment(version ? { ...data, kubernetesVersion: version } : data);
  };
}

// src/workflow/tenant-nodes.ts
async function readTenantNodes(ctx, access, keys) {
  const nodes = /* @__PURE__ */ new Map();
  for (const key of new Set(keys)) {
    const cp = access.get(key);
    if (!cp) continue;
    try {
      nodes.set(key, (await cp.client.get("/api/v1/nodes")).items);
    } catch (error) {
      ctx.log(`${key}: could not read its Nodes: ${error.message}`);
    }
  }
  return nodes;
}

// src/workflow/rolling.ts
async function withWorkersBehind(ctx, access, pools, replace) {
  const all = new Map([...replace].map(([key, names]) => [key, [...names]]));
  const lines = [];
  if (!access) return { replace: all, lines };
  const following = pools.filter(
    (pool) => !pool.spec.kubernetes.version && access.get(controlPlaneKey(pool))?.target.kubernetesVersion
  );
  const tenants = await readTenantNodes(ctx, access, following.map(controlPlaneKey));
  for (const pool of following) {
    const version = access.get(controlPlaneKey(pool))?.target.kubernetesVersion;
    const nodes = tenants.get(controlPlaneKey(pool));
    if (!nodes) continue;
    const behind = workersBehind(nodes, pool, version, version);
    const key = poolKey(pool);
    const asked = all.get(key) ?? [];
    const rolled = rollingReplacements(
      pool,
      asked,
      behind.map((n) => n.node)
    );
    if (rolled.length === 0) continue;
    all.set(key, [...asked, ...rolled]);
    const later = behind.length - rolled.length;
    lines.push(
      `${key}: replaces ${behind.filter((n) => rolled.includes(n.node)).map((n) => `${n.node} (${n.kubelet} -> ${version})`).join(", ")}, behind the control plane${later > 0 ? `; ${later} more in later changes` : ""}`
    );
  }
  return { replace: all, lines };
}

export {
  failureReasonOfOutcome,
  heldLocks,
  failureOf,
  PLACEHOLDER_JOIN,
  planPools,
  resultOfPlanText,
  findReplacements,
  checkReplacements,
  PLAN_ALL_LABEL,
  findAffectedPools,
  renderPlanReport,
  stoppedReport,
  onCancel,
  envForPool,
  withWorkersBehind
};
