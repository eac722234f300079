import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { ADMIN_KUBECONFIG_KEY, TCP_API } from "../../../src/kamaji/tenant-control-plane.js";
import { KubeApiError, type KubeClient } from "../../../src/kube/kube-client.js";
import { waitFor } from "./processes.js";

/**
 * Plays the Kamaji management cluster on the same API server, in another namespace: the
 * TenantControlPlane CRD (tenantcontrolplane-crd.yaml), TenantControlPlanes with the status Kamaji
 * would report, and their admin kubeconfig Secrets (`<name>-admin-kubeconfig`, key admin.conf).
 */

const CRD = parse(readFileSync(new URL("tenantcontrolplane-crd.yaml", import.meta.url), "utf8")) as unknown;

export async function installTenantControlPlaneCrd(client: KubeClient): Promise<void> {
  await client.post("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", CRD);
  // The API appears once the CRD is Established.
  await waitFor(
    "TenantControlPlane API served",
    async () => {
      await client.get(`/apis/${TCP_API.group}/${TCP_API.version}/${TCP_API.plural}`);
      return true;
    },
    { timeoutMs: 20_000 },
  );
}

export interface TenantControlPlaneFixture {
  namespace: string;
  name: string;
  version: string;
  /** Value of status.kubernetesResources.version.status. */
  status: string;
  endpoint: string;
  adminKubeconfig: string;
}

export async function createTenantControlPlane(
  client: KubeClient,
  tcp: TenantControlPlaneFixture,
): Promise<void> {
  await client
    .post("/api/v1/namespaces", { apiVersion: "v1", kind: "Namespace", metadata: { name: tcp.namespace } })
    .catch((error: unknown) => {
      if (!(error instanceof KubeApiError && error.status === 409)) throw error;
    });
  const secretName = `${tcp.name}-admin-kubeconfig`;
  await client.post(`/api/v1/namespaces/${tcp.namespace}/secrets`, {
    apiVersion: "v1",
    kind: "Secret",
    metadata: { name: secretName, namespace: tcp.namespace },
    data: { [ADMIN_KUBECONFIG_KEY]: Buffer.from(tcp.adminKubeconfig).toString("base64") },
  });
  const [host, port] = tcp.endpoint.split(":");
  const base = `/apis/${TCP_API.group}/${TCP_API.version}/namespaces/${tcp.namespace}/${TCP_API.plural}`;
  await client.post(base, {
    apiVersion: `${TCP_API.group}/${TCP_API.version}`,
    kind: "TenantControlPlane",
    metadata: { name: tcp.name, namespace: tcp.namespace },
    spec: {
      controlPlane: { deployment: { replicas: 1 }, service: { serviceType: "LoadBalancer" } },
      kubernetes: { version: tcp.version, kubelet: { cgroupfs: "systemd" } },
      networkProfile: { address: host, port: Number(port) },
      addons: { coreDNS: {}, kubeProxy: {}, konnectivity: {} },
    },
  });
  // What Kamaji's controller reports once the control plane runs; written through the status subresource.
  await client.patch(
    `${base}/${tcp.name}/status`,
    {
      status: {
        controlPlaneEndpoint: tcp.endpoint,
        kubernetesResources: { version: { version: tcp.version, status: tcp.status } },
        kubeconfig: { admin: { secretName, lastUpdate: new Date().toISOString().replace(/\.\d+Z$/, "Z") } },
      },
    },
    "application/merge-patch+json",
  );
}
