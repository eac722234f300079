import type { NodeChanges, PlanSummary, ResourceAction, ResourceSummary } from "./plan-summary.js";

/**
 * What a plan does, read from its text (readPlanText): each resource's header line, as Terraform
 * and OpenTofu print it (`  # <address> will be created`), and the `Plan:` line. No `show -json`:
 * that second command starts every provider again and cost as much CPU as the plan itself.
 */
const ACTIONS: [RegExp, ResourceAction][] = [
  [/ will be created$/, "create"],
  [/ will be updated in-place$/, "update"],
  [
    / (must be replaced|is tainted, so must be replaced|will be replaced, as requested|will be replaced due to changes in replace_triggered_by)$/,
    "replace",
  ],
  [/ will be destroyed$/, "delete"],
];

/**
 * `machineTypes` are the resource types that are one machine per node (their `for_each` key is
 * the node name), so that changes can be said per node.
 */
export function summarizePlanText(text: string, machineTypes: readonly string[] = []): PlanSummary {
  const lines = text.split("\n");
  const start = lines.findIndex((line) => / will perform the following actions:$/.test(line));
  const resources: ResourceSummary[] = [];
  const nodes: NodeChanges = { create: [], update: [], replace: [], delete: [] };
  for (let i = start + 1; start >= 0 && i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.startsWith("Plan: ")) break;
    if (!line.startsWith("  # ")) continue;
    const header = line.slice(4);
    const match = ACTIONS.find(([pattern]) => pattern.test(header));
    if (!match) continue; // reads, moves, forgets, imports alone
    const [pattern, action] = match;
    const subject = header.replace(pattern, "");
    // An object left by an earlier replacement: cleaning it up changes no node.
    const deposed = / \(deposed object \S+\)$/.test(subject);
    const address = subject.replace(/ \(deposed object \S+\)$/, "");
    const parsed = parseAddress(address);
    if (!parsed || parsed.data) continue;
    const reason = /^ {2}# \((.+)\)$/.exec(lines[i + 1] ?? "")?.[1];
    resources.push({ address, type: parsed.type, action, ...(reason ? { reason } : {}) });
    if (machineTypes.includes(parsed.type) && typeof parsed.key === "string" && !deposed)
      nodes[action].push(parsed.key);
  }
  for (const list of Object.values(nodes)) list.sort();
  const count = (action: ResourceAction) => resources.filter((r) => r.action === action).length;
  return {
    toAdd: count("create") + count("replace"),
    toChange: count("update"),
    toDestroy: count("delete") + count("replace"),
    toReplace: count("replace"),
    resources,
    nodes,
  };
}

/** `module.a.module.b.type.name["key"]` (or `[0]`, or a `data.` resource): its type and key. */
export function parseAddress(
  address: string,
): { type: string; name: string; key?: string | number; data: boolean } | undefined {
  const match =
    /^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*(data\.)?([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)(?:\[(.+)\])?$/.exec(
      address,
    );
  if (!match) return undefined;
  const [, data, type = "", name = "", index] = match;
  let key: string | number | undefined;
  if (index !== undefined) {
    try {
      const value: unknown = JSON.parse(index);
      if (typeof value === "string" || typeof value === "number") key = value;
    } catch {
      return undefined;
    }
  }
  return { type, name, data: data !== undefined, ...(key !== undefined ? { key } : {}) };
}

/**
 * Why the summary cannot stand for the plan, or undefined: its counts must be the ones the plan's
 * own `Plan:` line says. A wording this reader does not know (a new Terraform release) would
 * otherwise drop resources silently, and with them the machines the destroy guard looks for.
 */
export function unreadPlanProblem(text: string, summary: PlanSummary): string | undefined {
  const line = /^Plan: (?:\d+ to import, )?(\d+) to add, (\d+) to change, (\d+) to destroy\b/m.exec(text);
  const said = line ? line.slice(1, 4).map(Number) : [0, 0, 0];
  const read = [summary.toAdd, summary.toChange, summary.toDestroy];
  if (said.every((n, i) => n === read[i])) return undefined;
  return `the plan says ${said[0]} to add, ${said[1]} to change, ${said[2]} to destroy, but nodepool read ${read[0]}, ${read[1]}, ${read[2]} from it: a plan wording it does not know; nothing is applied from this plan`;
}
