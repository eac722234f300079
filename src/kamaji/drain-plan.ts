import type { Pod } from "../kube/kube-types.js";

/**
 * Which pods of a node a drain evicts, as `kubectl drain --ignore-daemonsets` decides: DaemonSet
 * pods would be recreated on the same node at once, and mirror pods belong to the kubelet's static
 * manifests, so evicting either achieves nothing.
 */

export const MIRROR_POD_ANNOTATION = "kubernetes.io/config.mirror";

export interface PodRef {
  namespace: string;
  name: string;
}

export type SkipReason = "daemonset" | "mirror";

export interface DrainPlan {
  evict: PodRef[];
  skip: { pod: PodRef; why: SkipReason }[];
}

export function planDrain(pods: readonly Pod[]): DrainPlan {
  const plan: DrainPlan = { evict: [], skip: [] };
  for (const pod of pods) {
    const ref = podRef(pod);
    const why = skipReason(pod);
    if (why) plan.skip.push({ pod: ref, why });
    else plan.evict.push(ref);
  }
  return plan;
}

export function skipReason(pod: Pod): SkipReason | undefined {
  if (pod.metadata.annotations?.[MIRROR_POD_ANNOTATION] !== undefined) return "mirror";
  const controller = pod.metadata.ownerReferences?.find((owner) => owner.controller);
  if (controller?.kind === "DaemonSet" && controller.apiVersion.startsWith("apps/")) return "daemonset";
  return undefined;
}

export function podRef(pod: Pod): PodRef {
  return { namespace: pod.metadata.namespace ?? "default", name: pod.metadata.name };
}

export function formatPodRef(pod: PodRef): string {
  return `${pod.namespace}/${pod.name}`;
}

/**
 * The PodDisruptionBudget named in a 429 from the Eviction API. The API server puts it in a cause:
 * "The disruption budget <name> needs <n> healthy pods and has <m> currently".
 */
export function blockingBudget(causes: readonly { reason?: string; message?: string }[]): string | undefined {
  for (const cause of causes) {
    if (cause.reason !== "DisruptionBudget") continue;
    const match = /disruption budget (\S+)/.exec(cause.message ?? "");
    if (match?.[1]) return match[1];
  }
  return undefined;
}
