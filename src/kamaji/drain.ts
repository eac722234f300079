import { setTimeout as sleep } from "node:timers/promises";
import { KubeApiError, type KubeClient } from "../kube/kube-client.js";
import type { List, Pod } from "../kube/kube-types.js";
import {
  blockingBudget,
  formatPodRef,
  type PodRef,
  planDrain,
  podRef,
  type SkipReason,
} from "./drain-plan.js";

/**
 * Safe scale-down, as `kubectl drain --ignore-daemonsets` does it: cordon, evict through the
 * Eviction API so that PodDisruptionBudgets hold (429 means "not now": wait and try again), wait
 * until evicted pods are gone, all within a deadline; the Node object is deleted only after the
 * machine is gone.
 */

export type DrainEvent =
  | { type: "cordoned"; node: string }
  | { type: "skipped"; node: string; pod: PodRef; why: SkipReason }
  | { type: "evicted"; node: string; pod: PodRef }
  | { type: "blocked"; node: string; pod: PodRef; reason: string }
  | { type: "gone"; node: string; pod: PodRef }
  | { type: "drained"; node: string; elapsedMs: number }
  | { type: "timed-out"; node: string; blocking: { pod: PodRef; reason: string }[] }
  | { type: "deleted"; node: string };

export interface DrainReport {
  node: string;
  drained: boolean;
  /** The Node did not exist: nothing to drain. */
  absent: boolean;
  evicted: PodRef[];
  skipped: { pod: PodRef; why: SkipReason }[];
  /** What still held the node when time ran out. */
  blocking: { pod: PodRef; reason: string }[];
  elapsedMs: number;
}

export interface DrainOptions {
  timeoutMs: number;
  /** Pause between eviction attempts while a budget blocks (kubectl waits 5 s). */
  intervalMs?: number;
  onEvent?: (event: DrainEvent) => void;
}

interface Pending {
  pod: PodRef;
  uid: string | undefined;
  evicted: boolean;
  reason: string;
}

export async function cordonNode(client: KubeClient, node: string): Promise<"cordoned" | "absent"> {
  try {
    await client.patch(
      `/api/v1/nodes/${node}`,
      { spec: { unschedulable: true } },
      "application/merge-patch+json",
    );
    return "cordoned";
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 404) return "absent";
    throw error;
  }
}

/** Cordons every node first (so that evicted pods do not land on the next one), then drains one by one. */
export async function drainNodes(
  client: KubeClient,
  nodes: readonly string[],
  options: DrainOptions,
): Promise<DrainReport[]> {
  const deadline = Date.now() + options.timeoutMs;
  const absent = new Set<string>();
  for (const node of nodes) {
    if ((await cordonNode(client, node)) === "absent") absent.add(node);
    else options.onEvent?.({ type: "cordoned", node });
  }
  const reports: DrainReport[] = [];
  for (const node of nodes) {
    if (absent.has(node)) {
      reports.push({
        node,
        drained: true,
        absent: true,
        evicted: [],
        skipped: [],
        blocking: [],
        elapsedMs: 0,
      });
      continue;
    }
    reports.push(
      await evictPods(client, node, { ...options, timeoutMs: Math.max(0, deadline - Date.now()) }),
    );
  }
  return reports;
}

/** Cordons and drains one node. */
export async function drainNode(
  client: KubeClient,
  node: string,
  options: DrainOptions,
): Promise<DrainReport> {
  const [report] = await drainNodes(client, [node], options);
  if (!report) throw new Error("unreachable: one node in, one report out");
  return report;
}

async function evictPods(client: KubeClient, node: string, options: DrainOptions): Promise<DrainReport> {
  const started = Date.now();
  const deadline = started + options.timeoutMs;
  const interval = options.intervalMs ?? 5_000;
  const emit = options.onEvent ?? (() => {});
  const pods = await client.get<List<Pod>>("/api/v1/pods", { fieldSelector: `spec.nodeName=${node}` });
  const plan = planDrain(pods.items);
  for (const skip of plan.skip) emit({ type: "skipped", node, ...skip });
  const uids = new Map(pods.items.map((pod) => [formatPodRef(podRef(pod)), pod.metadata.uid]));
  const pending = new Map<string, Pending>(
    plan.evict.map((pod) => [
      formatPodRef(pod),
      { pod, uid: uids.get(formatPodRef(pod)), evicted: false, reason: "not evicted yet" },
    ]),
  );
  const evicted: PodRef[] = [];

  for (;;) {
    for (const [key, entry] of pending) {
      if (entry.evicted) {
        if (await isGone(client, entry)) {
          pending.delete(key);
          emit({ type: "gone", node, pod: entry.pod });
        }
        continue;
      }
      const outcome = await evict(client, entry.pod);
      if (outcome === "evicted" || outcome === "gone") {
        entry.evicted = true;
        entry.reason = "evicted, still terminating";
        evicted.push(entry.pod);
        emit({ type: "evicted", node, pod: entry.pod });
        if (outcome === "gone" || (await isGone(client, entry))) {
          pending.delete(key);
          emit({ type: "gone", node, pod: entry.pod });
        }
      } else if (outcome !== entry.reason) {
        entry.reason = outcome;
        emit({ type: "blocked", node, pod: entry.pod, reason: outcome });
      }
    }
    const elapsedMs = Date.now() - started;
    const base = { node, absent: false, evicted, skipped: plan.skip, elapsedMs };
    if (pending.size === 0) {
      emit({ type: "drained", node, elapsedMs });
      return { ...base, drained: true, blocking: [] };
    }
    if (Date.now() >= deadline) {
      const blocking = [...pending.values()].map(({ pod, reason }) => ({ pod, reason }));
      emit({ type: "timed-out", node, blocking });
      return { ...base, drained: false, blocking };
    }
    await sleep(Math.min(interval, Math.max(0, deadline - Date.now())));
  }
}

/** "evicted", "gone" (no such pod any more), or why the API server refused for now. */
async function evict(client: KubeClient, pod: PodRef): Promise<string> {
  try {
    await client.post(`/api/v1/namespaces/${pod.namespace}/pods/${pod.name}/eviction`, {
      apiVersion: "policy/v1",
      kind: "Eviction",
      metadata: { name: pod.name, namespace: pod.namespace },
    });
    return "evicted";
  } catch (error) {
    if (!(error instanceof KubeApiError)) throw error;
    if (error.status === 404) return "gone";
    if (error.status === 429) {
      const budget = blockingBudget(error.causes);
      const cause = error.causes.find((c) => c.reason === "DisruptionBudget")?.message;
      return budget
        ? `PodDisruptionBudget ${pod.namespace}/${budget} allows no disruption${cause ? ` (${cause})` : ""}`
        : `the Eviction API refused for now: ${error.message}`;
    }
    // 500 is what the API server answers when more than one budget selects the pod: report, retry.
    if (error.status === 500) return `the Eviction API failed: ${error.message}`;
    throw error;
  }
}

/** Gone, or replaced by a new pod of the same name (a StatefulSet's), as kubectl drain decides. */
async function isGone(client: KubeClient, entry: Pending): Promise<boolean> {
  try {
    const current = await client.get<Pod>(`/api/v1/namespaces/${entry.pod.namespace}/pods/${entry.pod.name}`);
    return entry.uid !== undefined && current.metadata.uid !== entry.uid;
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 404) return true;
    throw error;
  }
}

/** Deletes a Node object once its machine is gone; an absent Node is fine. */
export async function deleteNode(client: KubeClient, node: string): Promise<"deleted" | "absent"> {
  try {
    await client.delete(`/api/v1/nodes/${node}`);
    return "deleted";
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 404) return "absent";
    throw error;
  }
}

/** One line per report, for logs and the PR comment. */
export function describeDrain(report: DrainReport): string[] {
  if (report.absent) return [`${report.node}: no Node object, nothing to drain`];
  const seconds = (report.elapsedMs / 1000).toFixed(1);
  const head = report.drained
    ? `${report.node}: drained in ${seconds}s (${report.evicted.length} evicted, ${report.skipped.length} skipped)`
    : `${report.node}: NOT drained after ${seconds}s; blocked by:`;
  return [head, ...report.blocking.map(({ pod, reason }) => `  ${formatPodRef(pod)}: ${reason}`)];
}
