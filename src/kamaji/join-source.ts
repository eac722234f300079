import { KubeApiError, type KubeClient } from "../kube/kube-client.js";
import type { Secret } from "../kube/kube-types.js";
import { KubeconfigError, loadKubeconfig } from "../kube/kubeconfig.js";
import { computeCaPins, normalizeCaPin } from "./ca-pin.js";
import { endpointOf } from "./join-command.js";
import {
  ADMIN_KUBECONFIG_KEY,
  readTenantControlPlane,
  TCP_API,
  type TenantControlPlane,
} from "./tenant-control-plane.js";

/** Where a control plane's join data comes from (secrets reach us through environment variables). */
export type JoinSource =
  | {
      kind: "management";
      /** Kubeconfig of the Kamaji management cluster (text). */
      kubeconfig: string;
      /** Its context to use; its current-context when absent. */
      context?: string;
      /** The namespace of the TenantControlPlane. */
      tenant: string;
      controlPlane: string;
    }
  | { kind: "tenant" /** Kubeconfig of the tenant cluster itself (text). */; kubeconfig: string }
  | { kind: "explicit"; url: string; caHash: string };

export interface JoinTarget {
  /** `host:port` the machines join. */
  endpoint: string;
  caPin: string;
  kubernetesVersion?: string;
  /**
   * Admin kubeconfig of the tenant (text), to create tokens and watch nodes; absent for explicit
   * join data. Not enumerable, so that logging or serialising the target leaves it out.
   */
  tenantKubeconfig?: string;
  /** Where `tenantKubeconfig` was read, for messages (`Secret <namespace>/<name> key admin.conf`). */
  tenantKubeconfigWhere?: string;
}

export class JoinSourceError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
    this.name = "JoinSourceError";
  }
}

export async function resolveJoinSource(
  source: JoinSource,
  options: { timeoutMs?: number } = {},
): Promise<JoinTarget> {
  switch (source.kind) {
    case "explicit":
      return resolveExplicit(source.url, source.caHash);
    case "tenant":
      return resolveTenant(source.kubeconfig, options.timeoutMs);
    case "management":
      return resolveManagement(source, options.timeoutMs);
  }
}

function resolveExplicit(url: string, caHash: string): JoinTarget {
  const caPin = normalizeCaPin(caHash);
  if (!caPin) {
    throw new JoinSourceError("join CA hash", 'expected "sha256:" and 64 hex digits, as kubeadm prints it');
  }
  const endpoint = endpointOf(url);
  if (!/^[^\s/:]+:\d+$|^\[[0-9a-fA-F:]+\]:\d+$/.test(endpoint)) {
    throw new JoinSourceError("join URL", `"${url}" is not host:port (for example 10.0.0.10:6443)`);
  }
  return { endpoint, caPin };
}

async function resolveTenant(kubeconfigText: string, timeoutMs: number | undefined): Promise<JoinTarget> {
  const kubeconfig = loadKubeconfig(kubeconfigText, { where: "tenant kubeconfig" });
  const caPin = pinOf(kubeconfig.caPem, "tenant kubeconfig");
  const version = await kubeconfig.connect(timeoutMs).get<{ gitVersion?: string }>("/version");
  return withKubeconfig(
    {
      endpoint: endpointOf(kubeconfig.server),
      caPin,
      ...(version.gitVersion ? { kubernetesVersion: version.gitVersion } : {}),
    },
    kubeconfigText,
    "tenant kubeconfig",
  );
}

async function resolveManagement(
  source: Extract<JoinSource, { kind: "management" }>,
  timeoutMs: number | undefined,
): Promise<JoinTarget> {
  const management = loadKubeconfig(source.kubeconfig, {
    where: "management kubeconfig",
    ...(source.context ? { context: source.context } : {}),
  }).connect(timeoutMs);
  const where = `TenantControlPlane ${source.tenant}/${source.controlPlane}`;
  const tcp = await getOrExplain(
    management,
    `/apis/${TCP_API.group}/${TCP_API.version}/namespaces/${source.tenant}/${TCP_API.plural}/${source.controlPlane}`,
    where,
  );
  const checked = readTenantControlPlane(tcp as TenantControlPlane);
  if (!checked.ok) throw new JoinSourceError(where, checked.message.replace(`${where} `, ""));
  const { endpoint, kubernetesVersion, adminSecretName } = checked.value;

  const secretWhere = `Secret ${source.tenant}/${adminSecretName}`;
  const secret = (await getOrExplain(
    management,
    `/api/v1/namespaces/${source.tenant}/secrets/${adminSecretName}`,
    secretWhere,
  )) as Secret;
  const encoded = secret.data?.[ADMIN_KUBECONFIG_KEY];
  if (!encoded) throw new JoinSourceError(secretWhere, `has no key ${ADMIN_KUBECONFIG_KEY}`);
  const tenantKubeconfig = Buffer.from(encoded, "base64").toString("utf8");
  const kubeconfigWhere = `${secretWhere} key ${ADMIN_KUBECONFIG_KEY}`;
  // Whoever may write the Secret wrote this kubeconfig: inline data only, nothing run or read here.
  const admin = loadKubeconfig(tenantKubeconfig, { where: kubeconfigWhere, inlineOnly: true });
  const caPin = pinOf(admin.caPem, kubeconfigWhere);
  return withKubeconfig(
    { endpoint: endpointOf(endpoint), caPin, kubernetesVersion },
    tenantKubeconfig,
    kubeconfigWhere,
  );
}

async function getOrExplain(client: KubeClient, path: string, where: string): Promise<unknown> {
  try {
    return await client.get(path);
  } catch (error) {
    if (!(error instanceof KubeApiError)) throw error;
    if (error.status === 404) throw new JoinSourceError(where, "not found in the management cluster");
    if (error.status === 403 || error.status === 401) {
      throw new JoinSourceError(
        where,
        `the management kubeconfig may not read it (${error.status} ${error.reason})`,
      );
    }
    throw error;
  }
}

function pinOf(caPem: string | undefined, where: string): string {
  if (!caPem) {
    throw new KubeconfigError(
      where,
      "its cluster has no certificate-authority-data: the CA to pin is unknown",
    );
  }
  const [pin] = computeCaPins(caPem, `${where} certificate-authority-data`);
  // computeCaPins throws when there is none; this satisfies the type checker.
  if (!pin) throw new KubeconfigError(where, "no CA certificate");
  return pin;
}

function withKubeconfig(target: JoinTarget, kubeconfig: string, where: string): JoinTarget {
  return Object.defineProperties(target, {
    tenantKubeconfig: { value: kubeconfig, enumerable: false },
    // Not enumerable either, so that the target compares and serialises as before.
    tenantKubeconfigWhere: { value: where, enumerable: false },
  });
}
