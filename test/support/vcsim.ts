import { type ChildProcess, spawn } from "node:child_process";
import { freePorts, untilListening } from "./control-plane/processes.js";

/** vcsim, the vCenter simulator from govmomi, on loopback: inventory DC0, DC0_C0, LocalDS_0, "VM Network". */
export interface Vcsim {
  /** Environment the vSphere provider reads. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/** `methodDelay` slows vCenter methods down, e.g. `{ CloneVM_Task: 8000 }` for an apply that takes a while. */
export async function startVcsim(binary: string, methodDelay: Record<string, number> = {}): Promise<Vcsim> {
  const [port = 0] = await freePorts(1);
  const delays = Object.entries(methodDelay).map(([method, ms]) => `${method}:${ms}`);
  const args = ["-l", `127.0.0.1:${port}`, ...(delays.length > 0 ? ["-method-delay", delays.join(",")] : [])];
  const child: ChildProcess = spawn(binary, args, { stdio: "ignore" });
  await untilListening(child, port, "vcsim");
  return {
    env: {
      VSPHERE_SERVER: `127.0.0.1:${port}`,
      VSPHERE_USER: "user",
      VSPHERE_PASSWORD: "pass",
      VSPHERE_ALLOW_UNVERIFIED_SSL: "true",
    },
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill();
      }),
  };
}

/**
 * A vSphere NodePool document placed on vcsim's inventory (its template VM, LocalDS_0) in tenant
 * `acme`. Without a version the pool takes its control plane's.
 */
export function vcsimPool(pool: {
  name: string;
  controlPlane: string;
  replicas: number;
  cpus?: number;
  version?: string | undefined;
  datastore?: string;
}): string {
  const kubernetes = pool.version ? `\n  kubernetes: { version: ${pool.version} }` : "";
  return `apiVersion: nodepool.kamaji.io/v1alpha1
kind: NodePool
metadata: { name: ${pool.name}, tenant: acme, controlPlane: ${pool.controlPlane} }
spec:
  provider: vsphere
  replicas: ${pool.replicas}
  machine: { cpus: ${pool.cpus ?? 1}, memoryMiB: 1024, diskGiB: 10 }${kubernetes}
  vsphere: { datacenter: DC0, cluster: DC0_C0, datastore: ${pool.datastore ?? "LocalDS_0"}, network: VM Network, template: DC0_C0_RP0_VM0, waitForGuestNetMinutes: 0 }
`;
}
