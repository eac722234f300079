import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KubeClient } from "../../../src/kube/kube-client.js";
import { loadKubeconfig } from "../../../src/kube/kubeconfig.js";
import { missing, toolchain } from "../toolchain.js";
import { freePorts, type Managed, run, startProcess, stopProcess, waitFor } from "./processes.js";

/**
 * A real Kubernetes control plane on loopback for one test file: etcd, kube-apiserver and
 * kube-controller-manager from the toolchain (scripts/toolchain.sh), with certificates and
 * kubeconfigs made by the real kubeadm. About two seconds to ready.
 */

export const BINARIES = ["etcd", "kube-apiserver", "kube-controller-manager", "kubeadm"] as const;
export const KUBERNETES_VERSION = "v1.36.3";

/** `describe.skipIf(controlPlaneMissing())`: why the suite cannot run, or false. */
export function controlPlaneMissing(): string | false {
  return missing(...BINARIES);
}

export interface ControlPlane {
  dir: string;
  /** `https://127.0.0.1:<port>` */
  server: string;
  /** `127.0.0.1:<port>`, the join endpoint. */
  endpoint: string;
  caPem: string;
  /** kubeadm's super-admin.conf: user kubernetes-super-admin in system:masters. */
  adminKubeconfig: string;
  adminKubeconfigPath: string;
  /** InitConfiguration + ClusterConfiguration the kubeadm phases ran with. */
  kubeadmConfigPath: string;
  admin: KubeClient;
  bin(name: (typeof BINARIES)[number]): string;
  /** Milliseconds: certs, etcd, apiserver, controllerManager, total. */
  timings: Record<string, number>;
  stop(): Promise<void>;
}

export async function startControlPlane(): Promise<ControlPlane> {
  const started = Date.now();
  const bin = (name: (typeof BINARIES)[number]) => {
    const path = toolchain().bin(name);
    if (!path) throw new Error(`${name} is not built (run scripts/toolchain.sh)`);
    return path;
  };
  const dir = mkdtempSync(join(tmpdir(), "nodepool-cp-"));
  const processes: Managed[] = [];
  const stop = async () => {
    for (const managed of [...processes].reverse()) await stopProcess(managed);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [etcdClient = 0, etcdPeer = 0, apiPort = 0, kcmPort = 0] = await freePorts(4);
    const pki = join(dir, "pki");
    mkdirSync(pki);
    const kubeadmConfigPath = join(dir, "kubeadm.yaml");
    writeFileSync(kubeadmConfigPath, kubeadmConfig(apiPort, pki));
    const timings: Record<string, number> = {};

    let phaseStart = Date.now();
    for (const phase of [
      ["certs", "ca"],
      ["certs", "apiserver"],
      ["certs", "sa"],
      ["kubeconfig", "super-admin", "--kubeconfig-dir", dir],
      ["kubeconfig", "controller-manager", "--kubeconfig-dir", dir],
    ]) {
      const result = await run(bin("kubeadm"), ["init", "phase", ...phase, "--config", kubeadmConfigPath]);
      if (result.code !== 0) throw new Error(`kubeadm init phase ${phase.join(" ")}: ${result.stderr}`);
    }
    timings.certs = Date.now() - phaseStart;

    phaseStart = Date.now();
    const etcd = startProcess(
      "etcd",
      bin("etcd"),
      [
        "--name=default",
        `--data-dir=${join(dir, "etcd")}`,
        `--listen-client-urls=http://127.0.0.1:${etcdClient}`,
        `--advertise-client-urls=http://127.0.0.1:${etcdClient}`,
        `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`,
        `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
        `--initial-cluster=default=http://127.0.0.1:${etcdPeer}`,
        // A throwaway store: durability buys nothing and costs seconds on slow disks.
        "--unsafe-no-fsync",
        "--log-level=warn",
      ],
      dir,
    );
    processes.push(etcd);
    await waitFor("etcd ready", async () => (await fetch(`http://127.0.0.1:${etcdClient}/health`)).ok, {
      timeoutMs: 20_000,
      process: etcd,
    });
    timings.etcd = Date.now() - phaseStart;

    phaseStart = Date.now();
    const caPem = readFileSync(join(pki, "ca.crt"), "utf8");
    const apiserver = startProcess(
      "kube-apiserver",
      bin("kube-apiserver"),
      [
        `--etcd-servers=http://127.0.0.1:${etcdClient}`,
        "--bind-address=127.0.0.1",
        "--advertise-address=127.0.0.1",
        `--secure-port=${apiPort}`,
        `--cert-dir=${join(dir, "apiserver")}`,
        `--tls-cert-file=${join(pki, "apiserver.crt")}`,
        `--tls-private-key-file=${join(pki, "apiserver.key")}`,
        `--client-ca-file=${join(pki, "ca.crt")}`,
        `--service-account-key-file=${join(pki, "sa.pub")}`,
        `--service-account-signing-key-file=${join(pki, "sa.key")}`,
        "--service-account-issuer=https://kubernetes.default.svc.cluster.local",
        "--service-cluster-ip-range=10.96.0.0/12",
        "--enable-bootstrap-token-auth=true",
        "--authorization-mode=Node,RBAC",
        "--enable-admission-plugins=NodeRestriction",
        // The default reconciler would publish 127.0.0.1 as the kubernetes Service's endpoint,
        // which Endpoints validation refuses (loopback); nothing here needs that Service.
        "--endpoint-reconciler-type=none",
        "--profiling=false",
      ],
      dir,
    );
    processes.push(apiserver);
    const server = `https://127.0.0.1:${apiPort}`;
    await waitFor("kube-apiserver ready", () => httpsOk(`${server}/readyz`, caPem), {
      timeoutMs: 60_000,
      process: apiserver,
    });
    timings.apiserver = Date.now() - phaseStart;

    phaseStart = Date.now();
    const kcmKubeconfig = join(dir, "controller-manager.conf");
    writeFileSync(
      kcmKubeconfig,
      readFileSync(kcmKubeconfig, "utf8").replace(`https://${ADVERTISE_ADDRESS}:${apiPort}`, server),
    );
    const kcm = startProcess(
      "kube-controller-manager",
      bin("kube-controller-manager"),
      [
        `--kubeconfig=${kcmKubeconfig}`,
        `--authentication-kubeconfig=${kcmKubeconfig}`,
        `--authorization-kubeconfig=${kcmKubeconfig}`,
        "--bind-address=127.0.0.1",
        `--secure-port=${kcmPort}`,
        `--cert-dir=${join(dir, "controller-manager")}`,
        "--controllers=*,bootstrapsigner,tokencleaner",
        "--use-service-account-credentials=true",
        `--service-account-private-key-file=${join(pki, "sa.key")}`,
        `--root-ca-file=${join(pki, "ca.crt")}`,
        `--cluster-signing-cert-file=${join(pki, "ca.crt")}`,
        `--cluster-signing-key-file=${join(pki, "ca.key")}`,
        "--leader-elect=false",
        // No kubelet posts heartbeats here: keep the node lifecycle controller from declaring
        // test Nodes unreachable (and tainting them) in the middle of a test.
        "--node-monitor-grace-period=10m",
      ],
      dir,
    );
    processes.push(kcm);
    await waitFor("kube-controller-manager healthy", () => httpsOk(`https://127.0.0.1:${kcmPort}/healthz`), {
      timeoutMs: 60_000,
      process: kcm,
    });
    timings.controllerManager = Date.now() - phaseStart;

    const adminKubeconfigPath = join(dir, "super-admin.conf");
    const adminKubeconfig = readFileSync(adminKubeconfigPath, "utf8");
    timings.total = Date.now() - started;
    return {
      dir,
      server,
      endpoint: `127.0.0.1:${apiPort}`,
      caPem,
      adminKubeconfig,
      adminKubeconfigPath,
      kubeadmConfigPath,
      admin: loadKubeconfig(adminKubeconfig, { where: "super-admin.conf" }).connect(),
      bin,
      timings,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * kubeadm takes a loopback advertise address to mean "the global address on lo" and fails without
 * one, so it gets a documentation address (RFC 5737) that nothing connects to: it only lands in the
 * serving certificate's SANs and in controller-manager.conf, which is pointed at 127.0.0.1 below.
 * Machines reach the API server through controlPlaneEndpoint, 127.0.0.1:<port>, as in a tenant.
 */
const ADVERTISE_ADDRESS = "198.51.100.10";

function kubeadmConfig(apiPort: number, pki: string): string {
  return `apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
localAPIEndpoint:
  advertiseAddress: ${ADVERTISE_ADDRESS}
  bindPort: ${apiPort}
nodeRegistration:
  name: control-plane
  criSocket: unix:///var/run/containerd/containerd.sock
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: ${KUBERNETES_VERSION}
clusterName: tenant
controlPlaneEndpoint: 127.0.0.1:${apiPort}
certificatesDir: ${pki}
encryptionAlgorithm: ECDSA-P256
networking:
  serviceSubnet: 10.96.0.0/12
  dnsDomain: cluster.local
`;
}

/** GET that succeeds on 200; without a CA, any certificate is accepted (health checks only). */
function httpsOk(url: string, caPem?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      url,
      { ...(caPem ? { ca: caPem } : { rejectUnauthorized: false }), timeout: 2_000, agent: false },
      (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      },
    );
    req.on("error", () => resolve(false));
    req.on("timeout", () => req.destroy());
    req.end();
  });
}
