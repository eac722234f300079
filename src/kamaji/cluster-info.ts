import { parse } from "yaml";
import type { BootstrapToken } from "./bootstrap-token.js";
import { CaCertificateError, computeCaPins, normalizeCaPin } from "./ca-pin.js";
import { verifyDetachedJws } from "./jws.js";

/**
 * The `kube-public/cluster-info` ConfigMap, checked as kubeadm's token discovery checks it
 * (cmd/kubeadm/app/discovery/token): the token's JWS over the `kubeconfig` value, then the CA in
 * that kubeconfig against the pin. Pure: the caller fetched the ConfigMap.
 */

export const CLUSTER_INFO = { namespace: "kube-public", name: "cluster-info", key: "kubeconfig" } as const;
export const JWS_KEY_PREFIX = "jws-kubeconfig-";

export interface ClusterInfoKubeconfig {
  /** The API server URL the kubelet uses after discovery: kubeadm takes it from here, not from the join URL. */
  server: string;
  caPem: string;
}

export type ClusterInfoCheck =
  | { ok: true; kubeconfig: ClusterInfoKubeconfig; caPins: string[] }
  | { ok: false; step: "kubeconfig" | "signature" | "ca-pin"; problem: string };

export function parseClusterInfoKubeconfig(text: string): ClusterInfoKubeconfig | undefined {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return undefined;
  }
  const clusters = (doc as { clusters?: { cluster?: Record<string, unknown> }[] } | null)?.clusters;
  // kubeadm's cluster-info holds exactly one cluster, named "".
  const cluster = Array.isArray(clusters) ? clusters[0]?.cluster : undefined;
  const server = cluster?.server;
  const caData = cluster?.["certificate-authority-data"];
  if (typeof server !== "string" || typeof caData !== "string") return undefined;
  return { server, caPem: Buffer.from(caData, "base64").toString("utf8") };
}

export function checkClusterInfo(
  data: Readonly<Record<string, string>>,
  token: BootstrapToken,
  caPin: string,
): ClusterInfoCheck {
  const kubeconfigText = data[CLUSTER_INFO.key];
  if (!kubeconfigText) {
    return {
      ok: false,
      step: "kubeconfig",
      problem: `cluster-info has no "${CLUSTER_INFO.key}" key: the tenant is not set up for token bootstrapping`,
    };
  }
  const jws = data[`${JWS_KEY_PREFIX}${token.id}`];
  if (!jws) {
    return {
      ok: false,
      step: "signature",
      problem:
        `cluster-info carries no signature for token id ${token.id}: the token is unknown, expired or ` +
        "deleted, or the tenant's bootstrapsigner controller is not running",
    };
  }
  const verified = verifyDetachedJws(jws, kubeconfigText, token);
  if (!verified.ok) {
    return {
      ok: false,
      step: "signature",
      problem: `the cluster-info signature of token id ${token.id} does not match: ${verified.problem} (wrong token secret?)`,
    };
  }
  const kubeconfig = parseClusterInfoKubeconfig(kubeconfigText);
  if (!kubeconfig) {
    return {
      ok: false,
      step: "kubeconfig",
      problem: "cluster-info's kubeconfig has no cluster with server and certificate-authority-data",
    };
  }
  let caPins: string[];
  try {
    caPins = computeCaPins(kubeconfig.caPem, "cluster-info's certificate-authority-data");
  } catch (error) {
    if (!(error instanceof CaCertificateError)) throw error;
    return { ok: false, step: "kubeconfig", problem: error.message };
  }
  const wanted = normalizeCaPin(caPin);
  if (!wanted || !caPins.includes(wanted)) {
    return {
      ok: false,
      step: "ca-pin",
      problem: `none of the public keys of cluster-info's CA (${caPins.join(", ")}) is pinned by ${caPin}`,
    };
  }
  return { ok: true, kubeconfig, caPins };
}
