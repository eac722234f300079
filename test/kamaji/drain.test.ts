import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cordonNode, type DrainEvent, deleteNode, describeDrain, drainNode } from "../../src/kamaji/drain.js";
import { KubeApiError } from "../../src/kube/kube-client.js";
import type { List, Node, Pod } from "../../src/kube/kube-types.js";
import {
  type ControlPlane,
  controlPlaneMissing,
  startControlPlane,
} from "../support/control-plane/control-plane.js";
import { waitFor } from "../support/control-plane/processes.js";

/**
 * Safe scale-down against a real API server: the real Eviction API and PodDisruptionBudgets
 * (the controller manager's disruption controller computes what each budget allows), a real
 * DaemonSet, a mirror pod. No kubelet runs here, so the test plays its two parts: pods are made
 * Running and Ready through the status subresource, and pods being deleted are finished off
 * (a kubelet deletes them with grace period 0 once their containers stopped).
 */

const skip = controlPlaneMissing();
const NS = "apps";

describe.skipIf(skip)(`scale-down against a real control plane${skip ? ` (skipped: ${skip})` : ""}`, () => {
  let cp: ControlPlane;
  let finishing: ReturnType<typeof setInterval> | undefined;

  beforeAll(async () => {
    cp = await startControlPlane();
    await cp.admin.post("/api/v1/namespaces", {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: NS },
    });
    // Pod admission wants the namespace's default ServiceAccount; the controller manager creates it
    // some seconds after start, so create it now (it leaves an existing one alone).
    await cp.admin
      .post(`/api/v1/namespaces/${NS}/serviceaccounts`, {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name: "default", namespace: NS },
      })
      .catch((error: unknown) => {
        if (!(error instanceof KubeApiError && error.status === 409)) throw error;
      });
    finishing = setInterval(() => void finishTerminatingPods(cp), 100);
  });

  afterAll(async () => {
    if (finishing) clearInterval(finishing);
    await cp?.stop();
  });

  it("stops at the deadline while a PodDisruptionBudget allows no disruption, and says which", async () => {
    await createNode(cp, "blocked-node");
    for (const name of ["db-0", "db-1"]) await createReadyPod(cp, name, "blocked-node", { app: "db" });
    await createBudget(cp, "db-pdb", { app: "db" }, 2);

    const started = Date.now();
    const report = await drainNode(cp.admin, "blocked-node", { timeoutMs: 3_000, intervalMs: 200 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(3_000);
    expect(elapsed).toBeLessThan(6_000);
    expect(report).toMatchObject({ node: "blocked-node", drained: false, evicted: [] });
    expect(report.blocking).toEqual(
      ["db-0", "db-1"].map((name) => ({
        pod: { namespace: NS, name },
        reason: expect.stringContaining(`PodDisruptionBudget ${NS}/db-pdb allows no disruption`),
      })),
    );
    expect(describeDrain(report)[0]).toMatch(/^blocked-node: NOT drained after 3\.\d+s; blocked by:$/);
    // Cordoned, and nothing was evicted.
    expect((await getNode(cp, "blocked-node")).spec?.unschedulable).toBe(true);
    expect((await podsOn(cp, "blocked-node")).map((p) => p.metadata.name).sort()).toEqual(["db-0", "db-1"]);
  });

  it("cordons, drains through a budget that allows it (DaemonSet and mirror pods skipped), then deletes the Node", async () => {
    const node = await createNode(cp, "old-node", { pool: "old" });
    await createNode(cp, "other-node");
    await createReadyPod(cp, "web-0", "old-node", { app: "web" });
    await createReadyPod(cp, "web-1", "other-node", { app: "web" });
    await createReadyPod(cp, "bare", "old-node", { app: "bare" });
    await createBudget(cp, "web-pdb", { app: "web" }, 1);
    // The DaemonSet controller adopts the running pod as old-node's daemon pod (no scheduler runs here).
    await createReadyPod(cp, "agent-old-node", "old-node", { app: "agent" });
    await createDaemonSet(cp, "agent", { pool: "old" });
    await waitFor(
      "DaemonSet pod adopted",
      async () => {
        const pod = await cp.admin.get<Pod>(`/api/v1/namespaces/${NS}/pods/agent-old-node`);
        return pod.metadata.ownerReferences?.some((o) => o.kind === "DaemonSet" && o.controller) ?? false;
      },
      { timeoutMs: 20_000 },
    );
    await createReadyPod(
      cp,
      "static-old-node",
      "old-node",
      { app: "static" },
      {
        annotations: {
          "kubernetes.io/config.mirror": "0123456789abcdef",
          "kubernetes.io/config.source": "file",
        },
        ownerReferences: [{ apiVersion: "v1", kind: "Node", name: "old-node", uid: node, controller: true }],
      },
    );

    const events: string[] = [];
    const record = (event: DrainEvent) =>
      events.push("pod" in event ? `${event.type} ${event.pod.name}` : event.type);
    const report = await drainNode(cp.admin, "old-node", {
      timeoutMs: 20_000,
      intervalMs: 200,
      onEvent: record,
    });
    expect(report).toMatchObject({ drained: true, blocking: [] });
    expect(report.evicted.map((p) => p.name).sort()).toEqual(["bare", "web-0"]);
    expect(report.skipped).toEqual([
      { pod: { namespace: NS, name: "agent-old-node" }, why: "daemonset" },
      { pod: { namespace: NS, name: "static-old-node" }, why: "mirror" },
    ]);
    // Only the skipped pods are left on the node; web-1 still runs elsewhere.
    expect((await podsOn(cp, "old-node")).map((p) => p.metadata.name).sort()).toEqual([
      "agent-old-node",
      "static-old-node",
    ]);
    expect((await podsOn(cp, "other-node")).map((p) => p.metadata.name)).toEqual(["web-1"]);
    expect((await getNode(cp, "old-node")).spec?.unschedulable).toBe(true);

    // Terraform destroys the machine here; then the Node object goes.
    expect(await deleteNode(cp.admin, "old-node")).toBe("deleted");
    events.push("deleted");
    await expect(getNode(cp, "old-node")).rejects.toMatchObject({ status: 404 });

    expect(events[0]).toBe("cordoned");
    expect(events.slice(1, 3).sort()).toEqual(["skipped agent-old-node", "skipped static-old-node"]);
    expect(events.indexOf("drained")).toBe(events.length - 2);
    expect(events.at(-1)).toBe("deleted");
    for (const pod of ["web-0", "bare"]) {
      expect(events.indexOf(`evicted ${pod}`)).toBeGreaterThan(0);
      expect(events.indexOf(`gone ${pod}`)).toBeGreaterThan(events.indexOf(`evicted ${pod}`));
    }
  });

  it("treats a Node that is already gone as nothing to do", async () => {
    expect(await cordonNode(cp.admin, "never-existed")).toBe("absent");
    expect(await drainNode(cp.admin, "never-existed", { timeoutMs: 1_000 })).toMatchObject({
      drained: true,
      absent: true,
    });
    expect(await deleteNode(cp.admin, "never-existed")).toBe("absent");
  });
});

async function createNode(
  cp: ControlPlane,
  name: string,
  labels: Record<string, string> = {},
): Promise<string> {
  const node = await cp.admin.post<Node>("/api/v1/nodes", {
    apiVersion: "v1",
    kind: "Node",
    metadata: { name, labels: { "kubernetes.io/hostname": name, ...labels } },
  });
  return node.metadata.uid ?? "";
}

function getNode(cp: ControlPlane, name: string): Promise<Node> {
  return cp.admin.get<Node>(`/api/v1/nodes/${name}`);
}

async function podsOn(cp: ControlPlane, node: string): Promise<Pod[]> {
  return (await cp.admin.get<List<Pod>>("/api/v1/pods", { fieldSelector: `spec.nodeName=${node}` })).items;
}

/** A pod bound to `node` and, as its kubelet would report, Running and Ready. */
async function createReadyPod(
  cp: ControlPlane,
  name: string,
  node: string,
  labels: Record<string, string>,
  metadata: Record<string, unknown> = {},
): Promise<void> {
  await cp.admin.post(`/api/v1/namespaces/${NS}/pods`, {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: NS, labels, ...metadata },
    spec: { nodeName: node, containers: [{ name: "main", image: "registry.k8s.io/pause:3.10" }] },
  });
  const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  await cp.admin.patch(
    `/api/v1/namespaces/${NS}/pods/${name}/status`,
    {
      status: {
        phase: "Running",
        startTime: now,
        conditions: ["PodScheduled", "Initialized", "ContainersReady", "Ready"].map((type) => ({
          type,
          status: "True",
          lastTransitionTime: now,
        })),
      },
    },
    "application/strategic-merge-patch+json",
  );
}

/** A budget, and the wait until the disruption controller has computed what it allows. */
async function createBudget(
  cp: ControlPlane,
  name: string,
  selector: Record<string, string>,
  minAvailable: number,
): Promise<void> {
  await cp.admin.post(`/apis/policy/v1/namespaces/${NS}/poddisruptionbudgets`, {
    apiVersion: "policy/v1",
    kind: "PodDisruptionBudget",
    metadata: { name, namespace: NS },
    spec: { minAvailable, selector: { matchLabels: selector } },
  });
  await waitFor(
    `PodDisruptionBudget ${name} observed`,
    async () => {
      const pdb = await cp.admin.get<{
        metadata: { generation?: number };
        status?: { observedGeneration?: number; currentHealthy?: number; expectedPods?: number };
      }>(`/apis/policy/v1/namespaces/${NS}/poddisruptionbudgets/${name}`);
      return (
        pdb.status?.observedGeneration === pdb.metadata.generation &&
        (pdb.status?.expectedPods ?? 0) > 0 &&
        pdb.status?.currentHealthy === pdb.status?.expectedPods
      );
    },
    { timeoutMs: 20_000 },
  );
}

/** A DaemonSet for nodes labelled `selector`, for pods labelled `app: <name>`. */
async function createDaemonSet(
  cp: ControlPlane,
  name: string,
  selector: Record<string, string>,
): Promise<void> {
  await cp.admin.post(`/apis/apps/v1/namespaces/${NS}/daemonsets`, {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name, namespace: NS },
    spec: {
      selector: { matchLabels: { app: name } },
      // A rolling update would replace the adopted pod, which lacks the template's revision label.
      updateStrategy: { type: "OnDelete" },
      template: {
        metadata: { labels: { app: name } },
        spec: { nodeSelector: selector, containers: [{ name: "main", image: "registry.k8s.io/pause:3.10" }] },
      },
    },
  });
}

/** The kubelet's last step for a pod being deleted: remove it for good once it has stopped. */
async function finishTerminatingPods(cp: ControlPlane): Promise<void> {
  try {
    const pods = await cp.admin.get<List<Pod>>(`/api/v1/namespaces/${NS}/pods`);
    for (const pod of pods.items.filter((p) => p.metadata.deletionTimestamp)) {
      await cp.admin
        .request("DELETE", `/api/v1/namespaces/${NS}/pods/${pod.metadata.name}`, {
          query: { gracePeriodSeconds: 0 },
        })
        .catch((error: unknown) => {
          if (!(error instanceof KubeApiError && error.status === 404)) throw error;
        });
    }
  } catch {
    // The control plane may be stopping; the next tick tries again.
  }
}
