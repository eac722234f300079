import { type ChildProcess, spawn } from "node:child_process";
import { freePorts, untilListening } from "./control-plane/processes.js";

/** vcsim, the vCenter simulator from govmomi, on loopback: inventory DC0, DC0_C0, LocalDS_0, "VM Network". */
export interface Vcsim {
  /** Environment the vSphere provider reads. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startVcsim(binary: string): Promise<Vcsim> {
  const [port = 0] = await freePorts(1);
  const child: ChildProcess = spawn(binary, ["-l", `127.0.0.1:${port}`], { stdio: "ignore" });
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
