import { PLAN_ALL_LABEL } from "../plan/affected-pools.js";
import type { ModuleUpgrade } from "../plan/module-upgrade.js";
import type { NodeChanges } from "../plan/plan-summary.js";
import { destroyedNodes, type PoolResult, poolKey } from "../plan/pool-result.js";
import type { ModulesRecord } from "../render/modules-record.js";

export interface ReportOptions {
  title: string;
  /** A line under the headline: what happened (planned for a commit, applying, applied...). */
  status?: string;
  /** Where the untruncated report is (the job summary), named when the report is cut. */
  fullReportUrl?: string;
  /** Characters at most; the plans are cut by whole lines to fit, the rest always stays. */
  maxLength?: number;
}

/** `3 pools: +2 nodes, ~1, -1`: what a reviewer wants first. */
export function headline(results: readonly PoolResult[]): string {
  const total = (key: keyof NodeChanges) =>
    results.reduce((sum, r) => sum + (r.status === "changes" ? r.summary.nodes[key].length : 0), 0);
  const counts = [
    [total("create"), "+"],
    [total("update"), "~"],
    [total("replace"), "±"],
    [total("delete"), "-"],
  ] as const;
  const shown = counts.filter(([count]) => count > 0);
  const nodes = shown.map(([count, sign], i) =>
    i === 0 ? `${sign}${count} ${count === 1 ? "node" : "nodes"}` : `${sign}${count}`,
  );
  const failed = results.filter((r) => r.status === "error" || r.status === "locked").length;
  const upgraded = results.filter((r) => r.status === "changes" && r.summary.moduleUpgrade).length;
  const otherChanges = results.filter(
    (r) => r.status === "changes" && r.summary.resources.length > 0 && nodeCount(r) === 0,
  ).length;
  return [
    `${results.length} ${results.length === 1 ? "pool" : "pools"}: ${nodes.length > 0 ? nodes.join(", ") : "no node changes"}`,
    otherChanges > 0 ? `${otherChanges} with other changes` : "",
    upgraded > 0 ? `${upgraded} with a module upgrade` : "",
    failed > 0 ? `${failed} failed` : "",
  ]
    .filter(Boolean)
    .join(", ");
}

function nodeCount(r: PoolResult): number {
  if (r.status !== "changes") return 0;
  const n = r.summary.nodes;
  return n.create.length + n.update.length + n.replace.length + n.delete.length;
}

/** The Markdown report of a plan, for the pull-request comment (cut to fit) and the job summary (whole). */
export function renderPlanReport(results: readonly PoolResult[], options: ReportOptions): string {
  const fixed: string[] = [`## ${options.title}: ${headline(results)}`];
  if (options.status) fixed.push("", options.status);
  const destroyed = results.flatMap((r) =>
    destroyedNodes(r).map((node) => `\`${node}\` (${poolKey(r.pool)})`),
  );
  if (destroyed.length > 0) {
    fixed.push(
      "",
      "> [!WARNING]",
      `> **${destroyed.length} ${destroyed.length === 1 ? "node is" : "nodes are"} destroyed or replaced by this plan:** ${destroyed.join(", ")}.`,
      "> Their workloads are drained first. Applying it needs the `allow-destroy` input or the `nodepool/allow-destroy` label on the pull request.",
    );
  }
  fixed.push(
    "",
    "| Pool | Provider | Replicas | Added | Changed | Replaced | Removed | Result |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const r of results) fixed.push(tableRow(r));

  const details = results.flatMap((r) => poolDetails(r));
  const body = [...fixed, "", ...details].join("\n");
  const limit = options.maxLength ?? Number.POSITIVE_INFINITY;
  if (body.length <= limit) return body;
  return truncate(fixed, details, limit, options.fullReportUrl);
}

function tableRow(r: PoolResult): string {
  const names = (list: string[]) =>
    list.map((n) => `\`${n.replace(`${r.pool.controlPlane}-${r.pool.name}-`, "")}\``).join(" ") || "";
  const cells = [`\`${poolKey(r.pool)}\``, r.pool.spec.provider];
  if (r.status === "changes" || r.status === "no-changes") {
    const n = r.summary.nodes;
    const after = r.nodesBefore + n.create.length - n.delete.length;
    cells.push(
      after === r.nodesBefore ? String(after) : `${r.nodesBefore} → ${after}`,
      names(n.create),
      names(n.update),
      names(n.replace),
      names(n.delete),
    );
    const upgrade = r.summary.moduleUpgrade ? ` (${describeModuleUpgrade(r.summary.moduleUpgrade)})` : "";
    cells.push(
      r.status === "changes"
        ? `${r.summary.toAdd} to add, ${r.summary.toChange} to change, ${r.summary.toDestroy} to destroy${upgrade}`
        : "no changes",
    );
  } else {
    cells.push(
      String(r.pool.spec.replicas),
      "",
      "",
      "",
      "",
      r.status === "locked" ? "🔒 state locked" : "❌ failed",
    );
  }
  return `| ${cells.join(" | ")} |`;
}

function poolDetails(r: PoolResult): string[] {
  const title = `### \`${poolKey(r.pool)}\``;
  if (r.status === "locked") {
    const who = [
      r.lock.who && `by ${r.lock.who}`,
      r.lock.operation && `for ${r.lock.operation}`,
      r.lock.created && `since ${r.lock.created}`,
    ]
      .filter(Boolean)
      .join(" ");
    return [
      title,
      "",
      `🔒 The state is locked ${who} (lock ID \`${r.lock.id}\`). Retry when that run ends; never force-unlock a lock that is in use.`,
      "",
    ];
  }
  if (r.status === "error") {
    const lines = [title, "", "❌ Terraform failed:", ""];
    for (const d of r.diagnostics) {
      lines.push(
        `- **${d.severity === "error" ? "Error" : "Warning"}: ${d.summary}**${d.location ? ` (${d.location})` : ""}`,
      );
      if (d.detail) lines.push("", "  ```text", ...d.detail.split("\n").map((line) => `  ${line}`), "  ```");
    }
    return [...lines, ""];
  }
  const upgrade = r.summary.moduleUpgrade ? `; ${describeModuleUpgrade(r.summary.moduleUpgrade)}` : "";
  const summaryLine =
    r.status === "changes"
      ? `Plan: ${r.summary.toAdd} to add, ${r.summary.toChange} to change, ${r.summary.toDestroy} to destroy${upgrade}`
      : "No changes";
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
    "",
  ];
}

/** What to do about pools last applied with other modules, which a drift check finds. */
export const MODULE_UPGRADE_PENDING = `the pools were last applied with other nodepool-action modules; a pull request that changes the action's pin, or carries the ${PLAN_ALL_LABEL} label, plans and applies every pool.`;

/** `module upgrade 0.1.0 → 0.2.0`; the digest when the release is the same (a build from main). */
export function describeModuleUpgrade(upgrade: ModuleUpgrade): string {
  const { from, to } = upgrade;
  const name = (record: ModulesRecord) =>
    from && from.release === to.release ? `${record.release} ${record.digest.slice(7, 19)}` : record.release;
  return `module upgrade ${from ? name(from) : "(unrecorded)"} → ${name(to)}`;
}

/** Keeps the fixed part whole and as many whole lines of the plans as fit, closing open blocks. */
function truncate(
  fixed: string[],
  details: string[],
  limit: number,
  fullReportUrl: string | undefined,
): string {
  const where = fullReportUrl ? `[the job summary](${fullReportUrl})` : "the job summary of this run";
  const note = (cut: number) =>
    `\n\n> [!NOTE]\n> The plans are cut here (${cut} more lines): the full report is in ${where}.`;
  const head = fixed.join("\n");
  const budget = limit - head.length - note(details.length).length - 40;
  const kept: string[] = [];
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
  return text.length <= limit
    ? text
    : `${head.slice(0, limit - 200)}\n\n> [!NOTE]\n> Report cut to fit: see ${where}.`;
}
