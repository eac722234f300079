import { connectWithToken, KubeApiError, KubeClient } from "../../../src/kube/kube-client.js";
import type { List, Secret } from "../../../src/kube/kube-types.js";
import { type ControlPlane, KUBERNETES_VERSION } from "./control-plane.js";
import { createNodeCsr, generateNodeKey } from "./csr.js";
import { waitFor } from "./processes.js";

/**
 * Does what a joined machine's kubelet does after `kubeadm join` hands it the bootstrap token:
 * asks for a client certificate (a CSR for system:node:<name>, signer
 * kubernetes.io/kube-apiserver-client-kubelet), which the controller manager's csrapprover approves
 * and its signer issues, then registers the Node with that certificate and reports Ready.
 */

export const KUBELET_SIGNER = "kubernetes.io/kube-apiserver-client-kubelet";

interface Csr {
  metadata: { name: string };
  status?: { certificate?: string; conditions?: { type: string; status: string }[] };
}

export interface JoinedNode {
  name: string;
  /** The node's own client, authenticated with the issued certificate. */
  client: KubeClient;
  csrName: string;
  /** From CSR creation to issued certificate. */
  csrIssueMs: number;
  certificatePem: string;
}

async function nodeExists(admin: Pick<ControlPlane, "admin">["admin"], name: string): Promise<boolean> {
  try {
    await admin.get(`/api/v1/nodes/${name}`);
    return true;
  } catch (error) {
    if (error instanceof KubeApiError && error.status === 404) return false;
    throw error;
  }
}

export async function joinAsKubelet(
  server: string,
  caPem: string,
  bootstrapToken: string,
  nodeName: string,
  options: { timeoutMs?: number; kubeletVersion?: string } = {},
): Promise<JoinedNode> {
  const bootstrap = connectWithToken(server, bootstrapToken, caPem);
  const key = generateNodeKey();
  const started = Date.now();
  const csr = await bootstrap.post<Csr>("/apis/certificates.k8s.io/v1/certificatesigningrequests", {
    apiVersion: "certificates.k8s.io/v1",
    kind: "CertificateSigningRequest",
    metadata: { generateName: "node-csr-" },
    spec: {
      request: Buffer.from(createNodeCsr(key, nodeName)).toString("base64"),
      signerName: KUBELET_SIGNER,
      // What the kubelet asks for with an ECDSA key.
      usages: ["digital signature", "client auth"],
    },
  });
  let certificatePem = "";
  await waitFor(
    `certificate for ${nodeName} issued`,
    async () => {
      const current = await bootstrap.get<Csr>(
        `/apis/certificates.k8s.io/v1/certificatesigningrequests/${csr.metadata.name}`,
      );
      if (current.status?.conditions?.some((c) => c.type === "Denied" || c.type === "Failed")) {
        throw new Error(`CSR ${csr.metadata.name} was denied or failed: ${JSON.stringify(current.status)}`);
      }
      certificatePem = current.status?.certificate
        ? Buffer.from(current.status.certificate, "base64").toString()
        : "";
      return certificatePem !== "";
    },
    { timeoutMs: options.timeoutMs ?? 30_000, intervalMs: 100 },
  );
  const csrIssueMs = Date.now() - started;

  const client = new KubeClient({
    server,
    secrets: [],
    prepare: async (request) => {
      request.agent = false;
      request.ca = caPem;
      request.cert = certificatePem;
      request.key = key.privateKeyPem;
    },
  });
  await client.post("/api/v1/nodes", {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name: nodeName,
      labels: {
        "kubernetes.io/hostname": nodeName,
        "kubernetes.io/os": "linux",
        "kubernetes.io/arch": "amd64",
      },
    },
  });
  await reportReady(client, nodeName, options.kubeletVersion ?? "v1.36.3");
  return { name: nodeName, client, csrName: csr.metadata.name, csrIssueMs, certificatePem };
}

/** The kubelet's status update: Ready, plus the node info a real one reports. */
export async function reportReady(
  client: KubeClient,
  nodeName: string,
  kubeletVersion: string,
): Promise<void> {
  const now = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  await client.patch(
    `/api/v1/nodes/${nodeName}/status`,
    {
      status: {
        conditions: [
          {
            type: "Ready",
            status: "True",
            reason: "KubeletReady",
            message: "kubelet is posting ready status",
            lastHeartbeatTime: now,
            lastTransitionTime: now,
          },
        ],
        nodeInfo: {
          kubeletVersion,
          architecture: "amd64",
          operatingSystem: "linux",
          containerRuntimeVersion: "containerd://2.0.0",
          kernelVersion: "6.1.0",
          osImage: "kubelet stand-in",
          machineID: "",
          systemUUID: "",
          bootID: "",
          kubeProxyVersion: "",
        },
      },
    },
    "application/strategic-merge-patch+json",
  );
}

/**
 * Plays the machines a run creates, while `running` runs: once a bootstrap token appears in the
 * tenant, joins each of `nodes` with it and reports it Ready, as their cloud-init would. Resolves
 * with what `running` gives; `onJoined` hears each node and the token it used. A node whose Node
 * object still exists (a machine replaced under its name) joins only once that object is gone: a
 * real kubelet would take over the old object, cordoned and still Ready from the old machine, which
 * is what a run must prevent by deleting it first; left there, the node never joins here.
 */
export async function joinMachinesWhileRunning<T>(
  cp: Pick<ControlPlane, "admin" | "server" | "caPem">,
  nodes: readonly string[],
  running: Promise<T>,
  onJoined: (node: string, token: string) => void = () => undefined,
): Promise<T> {
  let done = false;
  const result = running.finally(() => {
    done = true;
  });
  const waiting = [...nodes];
  while (!done && waiting.length > 0) {
    const secrets = await cp.admin.get<List<Secret>>("/api/v1/namespaces/kube-system/secrets");
    const secret = secrets.items.find((s) => s.type === "bootstrap.kubernetes.io/token");
    if (secret?.data) {
      const field = (name: string) => Buffer.from(secret.data?.[name] ?? "", "base64").toString();
      const token = `${field("token-id")}.${field("token-secret")}`;
      for (const name of [...waiting]) {
        if (await nodeExists(cp.admin, name)) continue;
        waiting.splice(waiting.indexOf(name), 1);
        const node = await joinAsKubelet(cp.server, cp.caPem, token, name, {
          kubeletVersion: KUBERNETES_VERSION,
        });
        await reportReady(node.client, name, KUBERNETES_VERSION);
        onJoined(name, token);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return result;
}
