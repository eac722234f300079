import { describe, expect, it } from "vitest";
import { blockingBudget, planDrain } from "../../src/kamaji/drain-plan.js";
import { absentNode, assessNode, describeReadiness } from "../../src/kamaji/node-readiness.js";
import { comparePoolNodes, poolNodePattern } from "../../src/kamaji/pool-nodes.js";
import { readTenantControlPlane } from "../../src/kamaji/tenant-control-plane.js";
import type { Node, Pod } from "../../src/kube/kube-types.js";

const node = (name: string, ready: "True" | "False" | "Unknown" | undefined): Node => ({
  metadata: { name },
  status: ready
    ? {
        conditions: [
          { type: "MemoryPressure", status: "False", reason: "KubeletHasSufficientMemory" },
          {
            type: "Ready",
            status: ready,
            reason: ready === "True" ? "KubeletReady" : "KubeletNotReady",
            message:
              ready === "True"
                ? ""
                : "container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized",
          },
        ],
      }
    : {},
});

const pod = (name: string, extra: Partial<Pod["metadata"]> = {}): Pod => ({
  metadata: { name, namespace: "apps", ...extra },
});

describe("node readiness", () => {
  it("is Ready, NotReady with the telling conditions, or absent with the join log to look at", () => {
    expect(assessNode(node("n0", "True"))).toEqual({ name: "n0", state: "ready" });
    const notReady = assessNode(node("n1", "False"));
    expect(notReady).toMatchObject({ state: "not-ready", conditions: [{ type: "Ready", status: "False" }] });
    expect(describeReadiness(notReady)).toBe(
      "n1: NotReady (Ready=False `KubeletNotReady: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized`)",
    );
    // A tenant's words stay inside one code span: no link, image or line of their own.
    const hostile = assessNode({
      metadata: { name: "n9" },
      status: {
        conditions: [
          {
            type: "Ready",
            status: "False",
            reason: "X",
            message: "`[click](https://evil.example)`\n# heading",
          },
        ],
      },
    });
    expect(describeReadiness(hostile)).toBe(
      "n9: NotReady (Ready=False `X:  [click](https://evil.example) # heading`)",
    );
    expect(assessNode(node("n2", undefined))).toMatchObject({
      state: "not-ready",
      conditions: [{ type: "Ready", status: "Unknown" }],
    });
    expect(describeReadiness(absentNode("n3"))).toBe(
      "n3: never registered: see /var/log/nodepool-join.log on the machine (and /var/log/cloud-init-output.log)",
    );
  });
});

describe("pool status", () => {
  it("sorts machines into ready, NotReady and missing, and finds orphan Nodes of the pool", () => {
    const nodes = [
      node("tcp-alpha-workers-node-00", "True"),
      node("tcp-alpha-workers-node-01", "False"),
      node("tcp-alpha-workers-node-07", "True"),
      node("tcp-alpha-workers-gpu-node-00", "True"),
      node("tcp-alpha-other-node-00", "True"),
    ];
    const machines = ["tcp-alpha-workers-node-02", "tcp-alpha-workers-node-01", "tcp-alpha-workers-node-00"];
    const status = comparePoolNodes(machines, nodes, { controlPlane: "tcp-alpha", name: "workers" });
    expect(status.ready).toEqual(["tcp-alpha-workers-node-00"]);
    expect(status.notReady.map((n) => n.name)).toEqual(["tcp-alpha-workers-node-01"]);
    expect(status.missing).toEqual(["tcp-alpha-workers-node-02"]);
    expect(status.orphans).toEqual(["tcp-alpha-workers-node-07"]);
  });

  it("match names literally, dots included", () => {
    expect(poolNodePattern("tcp.a", "w").test("tcp.a-w-node-00")).toBe(true);
    expect(poolNodePattern("tcp.a", "w").test("tcpxa-w-node-00")).toBe(false);
    expect(poolNodePattern("tcp", "w").test("tcp-w-node-0")).toBe(false);
  });
});

describe("drain plan", () => {
  it("evicts ordinary pods and skips DaemonSet and mirror pods", () => {
    const plan = planDrain([
      pod("web-0", {
        ownerReferences: [
          { apiVersion: "apps/v1", kind: "StatefulSet", name: "web", uid: "1", controller: true },
        ],
      }),
      pod("agent-x", {
        ownerReferences: [
          { apiVersion: "apps/v1", kind: "DaemonSet", name: "agent", uid: "2", controller: true },
        ],
      }),
      pod("etcd-n0", { annotations: { "kubernetes.io/config.mirror": "abc" } }),
      pod("bare"),
    ]);
    expect(plan.evict.map((p) => p.name)).toEqual(["web-0", "bare"]);
    expect(plan.skip).toEqual([
      { pod: { namespace: "apps", name: "agent-x" }, why: "daemonset" },
      { pod: { namespace: "apps", name: "etcd-n0" }, why: "mirror" },
    ]);
  });

  it("reads the blocking budget from a 429's causes", () => {
    expect(
      blockingBudget([
        {
          reason: "DisruptionBudget",
          message: "The disruption budget db-pdb needs 2 healthy pods and has 2 currently",
        },
      ]),
    ).toBe("db-pdb");
    expect(blockingBudget([])).toBeUndefined();
  });
});

describe("TenantControlPlane status", () => {
  const tcp = (status: string, extra = {}) => ({
    metadata: { name: "tcp-alpha", namespace: "kamaji-tenant" },
    status: {
      controlPlaneEndpoint: "203.0.113.10:6443",
      kubernetesResources: { version: { version: "v1.33.2", status } },
      kubeconfig: { admin: { secretName: "tcp-alpha-admin-kubeconfig" } },
      ...extra,
    },
  });

  it("gives endpoint, version and admin Secret when Ready", () => {
    expect(readTenantControlPlane(tcp("Ready"))).toEqual({
      ok: true,
      value: {
        endpoint: "203.0.113.10:6443",
        kubernetesVersion: "v1.33.2",
        adminSecretName: "tcp-alpha-admin-kubeconfig",
      },
    });
  });

  it("refuses any other status, saying which", () => {
    expect(readTenantControlPlane(tcp("Provisioning"))).toEqual({
      ok: false,
      status: "Provisioning",
      message:
        "TenantControlPlane kamaji-tenant/tcp-alpha is Provisioning, not Ready: nodes join only a Ready control plane (status.kubernetesResources.version.status)",
    });
    expect(readTenantControlPlane({ metadata: { name: "x" } })).toMatchObject({
      ok: false,
      status: "Unknown",
    });
  });

  it("names missing status fields", () => {
    expect(readTenantControlPlane(tcp("Ready", { controlPlaneEndpoint: "" }))).toMatchObject({
      ok: false,
      message: "TenantControlPlane kamaji-tenant/tcp-alpha is Ready but has no status.controlPlaneEndpoint",
    });
  });
});
