import { stringify } from "yaml";
import type { ControlPlane } from "./control-plane.js";

/**
 * A ServiceAccount allowed only Secrets and Leases of the state namespace (README, "State
 * backends"), and a kubeconfig of a token of it: what NODEPOOL_STATE_KUBECONFIG holds.
 */
export async function stateServiceAccount(
  cp: Pick<ControlPlane, "admin" | "server" | "caPem">,
  namespace: string,
): Promise<{ kubeconfig: string; token: string }> {
  const ns = `/api/v1/namespaces/${namespace}`;
  const rbac = `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}`;
  await cp.admin
    .post("/api/v1/namespaces", { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace } })
    .catch((error: { status?: number }) => {
      if (error.status !== 409) throw error; // it may exist already
    });
  await cp.admin.post(`${ns}/serviceaccounts`, { metadata: { name: "nodepool-state" } });
  await cp.admin.post(`${rbac}/roles`, {
    metadata: { name: "nodepool-state" },
    rules: [
      { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "create", "update", "delete"] },
      {
        apiGroups: ["coordination.k8s.io"],
        resources: ["leases"],
        verbs: ["get", "create", "update", "delete"],
      },
    ],
  });
  await cp.admin.post(`${rbac}/rolebindings`, {
    metadata: { name: "nodepool-state" },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "nodepool-state" },
    subjects: [{ kind: "ServiceAccount", name: "nodepool-state", namespace: namespace }],
  });
  const { status } = await cp.admin.post<{ status: { token: string } }>(
    `${ns}/serviceaccounts/nodepool-state/token`,
    { apiVersion: "authentication.k8s.io/v1", kind: "TokenRequest", spec: { expirationSeconds: 3600 } },
  );
  const kubeconfig = stringify({
    apiVersion: "v1",
    kind: "Config",
    clusters: [
      {
        name: "management",
        cluster: {
          server: cp.server,
          "certificate-authority-data": Buffer.from(cp.caPem).toString("base64"),
        },
      },
    ],
    users: [{ name: "nodepool-state", user: { token: status.token } }],
    contexts: [
      {
        name: "state",
        context: { cluster: "management", user: "nodepool-state", namespace: namespace },
      },
    ],
    "current-context": "state",
  });
  return { kubeconfig, token: status.token };
}
