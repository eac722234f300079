/**
 * Kamaji's TenantControlPlane (kamaji.clastix.io/v1alpha1, api/v1alpha1/tenantcontrolplane_status.go):
 * the status fields that tell where workers join and with which version.
 */

export const TCP_API = {
  group: "kamaji.clastix.io",
  version: "v1alpha1",
  plural: "tenantcontrolplanes",
} as const;
export const ADMIN_KUBECONFIG_KEY = "admin.conf";

export interface TenantControlPlane {
  metadata: { name: string; namespace?: string };
  status?: {
    controlPlaneEndpoint?: string;
    kubernetesResources?: { version?: { version?: string; status?: string } };
    kubeconfig?: { admin?: { secretName?: string } };
  };
}

export interface TenantControlPlaneJoinInfo {
  endpoint: string;
  kubernetesVersion: string;
  adminSecretName: string;
}

export type TenantControlPlaneCheck =
  | { ok: true; value: TenantControlPlaneJoinInfo }
  | { ok: false; status: string; message: string };

/** Ready with endpoint, version and admin kubeconfig Secret; otherwise why not. */
export function readTenantControlPlane(tcp: TenantControlPlane): TenantControlPlaneCheck {
  const where = `TenantControlPlane ${tcp.metadata.namespace ?? ""}/${tcp.metadata.name}`;
  const version = tcp.status?.kubernetesResources?.version;
  const status = version?.status ?? "Unknown";
  if (status !== "Ready") {
    return {
      ok: false,
      status,
      message: `${where} is ${status}, not Ready: nodes join only a Ready control plane (status.kubernetesResources.version.status)`,
    };
  }
  const endpoint = tcp.status?.controlPlaneEndpoint;
  const kubernetesVersion = version?.version;
  const adminSecretName = tcp.status?.kubeconfig?.admin?.secretName;
  if (!endpoint || !kubernetesVersion || !adminSecretName) {
    const missing = [
      endpoint ? "" : "status.controlPlaneEndpoint",
      kubernetesVersion ? "" : "status.kubernetesResources.version.version",
      adminSecretName ? "" : "status.kubeconfig.admin.secretName",
    ].filter(Boolean);
    return { ok: false, status, message: `${where} is Ready but has no ${missing.join(", ")}` };
  }
  return { ok: true, value: { endpoint, kubernetesVersion, adminSecretName } };
}
