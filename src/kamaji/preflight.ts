import {
  connectAnonymous,
  connectWithToken,
  KubeApiError,
  KubeConnectionError,
} from "../kube/kube-client.js";
import type { ConfigMap, UserInfo } from "../kube/kube-types.js";
import {
  BOOTSTRAPPERS_GROUP,
  type BootstrapToken,
  DEFAULT_NODE_TOKEN_GROUP,
  InvalidBootstrapTokenError,
  parseBootstrapToken,
} from "./bootstrap-token.js";
import { CLUSTER_INFO, checkClusterInfo } from "./cluster-info.js";
import { endpointOf } from "./join-command.js";

/**
 * What a joining machine does first, done from here at the API level before any machine exists:
 * kubeadm's token discovery (fetch cluster-info without trusting anything, verify the token's
 * signature over it, check its CA against the pin, fetch it again over TLS verified with that CA),
 * then the TLS bootstrap's first need: the token authenticates, in kubeadm's bootstrap groups.
 */

export type PreflightStep =
  | "token"
  | "reach"
  | "cluster-info"
  | "signature"
  | "ca-pin"
  | "tls"
  | "authentication";

export interface PreflightCheck {
  step: PreflightStep;
  ok: boolean;
  detail: string;
}

export interface JoinVerdict {
  /** `host:port` the machines are given. */
  endpoint: string;
  tokenId?: string;
  ok: boolean;
  /** In order; the first failure ends the list. */
  checks: PreflightCheck[];
  /** cluster-info's server: where kubeadm and the kubelet go after discovery. */
  apiServer?: string;
  serverVersion?: string;
  user?: { username: string; groups: string[] };
}

export interface JoinData {
  endpoint: string;
  /** `<id>.<secret>`; never part of the verdict. */
  token: string;
  caPin: string;
}

const CLUSTER_INFO_PATH = `/api/v1/namespaces/${CLUSTER_INFO.namespace}/configmaps/${CLUSTER_INFO.name}`;

export async function preflightJoin(
  join: JoinData,
  options: { timeoutMs?: number } = {},
): Promise<JoinVerdict> {
  const endpoint = endpointOf(join.endpoint);
  const verdict: JoinVerdict = { endpoint, ok: false, checks: [] };
  const pass = (step: PreflightStep, detail: string) => verdict.checks.push({ step, ok: true, detail });
  const fail = (step: PreflightStep, detail: string): JoinVerdict => {
    verdict.checks.push({ step, ok: false, detail });
    return verdict;
  };

  let token: BootstrapToken;
  try {
    token = parseBootstrapToken(join.token);
  } catch (error) {
    if (error instanceof InvalidBootstrapTokenError) return fail("token", error.message);
    throw error;
  }
  verdict.tokenId = token.id;

  let insecure: ConfigMap;
  try {
    insecure = await connectAnonymous(endpoint, { insecure: true }, options.timeoutMs).get<ConfigMap>(
      CLUSTER_INFO_PATH,
    );
  } catch (error) {
    if (error instanceof KubeConnectionError) return fail("reach", error.message);
    if (error instanceof KubeApiError) return fail("cluster-info", explainClusterInfoError(error));
    throw error;
  }
  pass("reach", `https://${endpoint} answers`);

  const checked = checkClusterInfo(insecure.data ?? {}, token, join.caPin);
  if (!checked.ok)
    return fail(checked.step === "kubeconfig" ? "cluster-info" : checked.step, checked.problem);
  pass("signature", `cluster-info is signed by token id ${token.id}`);
  pass("ca-pin", `cluster-info's CA matches ${join.caPin}`);
  const { kubeconfig } = checked;
  verdict.apiServer = kubeconfig.server;

  try {
    const secure = await connectAnonymous(
      endpoint,
      { caPem: kubeconfig.caPem },
      options.timeoutMs,
    ).get<ConfigMap>(CLUSTER_INFO_PATH);
    if (secure.data?.[CLUSTER_INFO.key] !== insecure.data?.[CLUSTER_INFO.key]) {
      return fail("tls", "cluster-info read over verified TLS differs from the first read");
    }
  } catch (error) {
    if (error instanceof KubeConnectionError) {
      return fail("tls", `the pinned CA does not verify https://${endpoint}: ${error.message}`);
    }
    throw error;
  }
  pass("tls", `https://${endpoint} presents a certificate of the pinned CA`);

  const moved = endpointOf(kubeconfig.server) !== endpoint;
  try {
    const user = await reviewSelf(kubeconfig.server, join.token, kubeconfig.caPem, options.timeoutMs);
    verdict.user = user;
    const expected = `system:bootstrap:${token.id}`;
    const missingGroups = [BOOTSTRAPPERS_GROUP, DEFAULT_NODE_TOKEN_GROUP].filter(
      (g) => !user.groups.includes(g),
    );
    if (user.username !== expected || missingGroups.length > 0) {
      return fail(
        "authentication",
        `the token authenticates as ${user.username} in [${user.groups.join(", ")}]; a joining node needs ${expected} in ${BOOTSTRAPPERS_GROUP} and ${DEFAULT_NODE_TOKEN_GROUP} (kubeadm's bootstrap RBAC is bound to that group)`,
      );
    }
  } catch (error) {
    const where = moved ? ` at ${kubeconfig.server} (cluster-info's server, used after discovery)` : "";
    if (error instanceof KubeConnectionError) return fail("authentication", `${error.message}${where}`);
    if (error instanceof KubeApiError)
      return fail("authentication", explainReviewError(error, token.id) + where);
    throw error;
  }
  pass(
    "authentication",
    `the token authenticates as system:bootstrap:${token.id} in ${DEFAULT_NODE_TOKEN_GROUP}${moved ? ` at ${kubeconfig.server}` : ""}`,
  );

  const version = await connectAnonymous(kubeconfig.server, { caPem: kubeconfig.caPem }, options.timeoutMs)
    .get<{ gitVersion?: string }>("/version")
    .catch(() => undefined);
  if (version?.gitVersion) verdict.serverVersion = version.gitVersion;
  verdict.ok = true;
  return verdict;
}

/** `SelfSubjectReview`: who the API server takes the token for. */
async function reviewSelf(
  server: string,
  token: string,
  caPem: string,
  timeoutMs: number | undefined,
): Promise<{ username: string; groups: string[] }> {
  const client = connectWithToken(server, token, caPem, timeoutMs);
  let review: { status?: { userInfo?: UserInfo } };
  try {
    review = await client.post("/apis/authentication.k8s.io/v1/selfsubjectreviews", {
      apiVersion: "authentication.k8s.io/v1",
      kind: "SelfSubjectReview",
    });
  } catch (error) {
    // v1 since Kubernetes 1.28; 1.27 serves it as v1beta1.
    if (!(error instanceof KubeApiError && error.status === 404)) throw error;
    review = await client.post("/apis/authentication.k8s.io/v1beta1/selfsubjectreviews", {
      apiVersion: "authentication.k8s.io/v1beta1",
      kind: "SelfSubjectReview",
    });
  }
  const info = review.status?.userInfo ?? {};
  return { username: info.username ?? "", groups: info.groups ?? [] };
}

function explainClusterInfoError(error: KubeApiError): string {
  switch (error.status) {
    case 401:
      return "anonymous requests are refused (401): token discovery needs --anonymous-auth on the API server";
    case 403:
      return "anonymous users may not read kube-public/cluster-info (403): the Role and RoleBinding kubeadm:bootstrap-signer-clusterinfo are missing";
    case 404:
      return "there is no kube-public/cluster-info ConfigMap: the tenant is not set up for token bootstrapping";
    default:
      return `reading kube-public/cluster-info failed: ${error.message}`;
  }
}

function explainReviewError(error: KubeApiError, tokenId: string): string {
  if (error.status === 401) {
    return `the token (id ${tokenId}) does not authenticate (401 Unauthorized): it expired, was deleted, or is not meant for authentication`;
  }
  if (error.status === 403) {
    return `the token (id ${tokenId}) authenticates but may not create a SelfSubjectReview (403)`;
  }
  return `reviewing the token (id ${tokenId}) failed: ${error.message}`;
}

/** One line per check, for logs and reports. */
export function describeVerdict(verdict: JoinVerdict): string[] {
  const head = `${verdict.endpoint}: ${verdict.ok ? "ready to join" : "cannot join"}${verdict.serverVersion ? ` (Kubernetes ${verdict.serverVersion})` : ""}`;
  return [head, ...verdict.checks.map((c) => `  ${c.ok ? "ok  " : "FAIL"} ${c.step}: ${c.detail}`)];
}
