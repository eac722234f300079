import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type RunResult, run } from "./processes.js";

/**
 * The real `kubeadm join --dry-run`: token discovery against the tenant (cluster-info, JWS, CA
 * pin) and the kubeadm-config and kubelet-config reads, without touching this machine.
 * KUBEADM_JOIN_DRYRUN_DIR keeps what it would write in a temporary folder.
 */

export interface JoinDryRun extends RunResult {
  output: string;
  /**
   * kubeadm's dry run swaps in a fake token, CA hash and endpoint when cluster-info never carries
   * the token's signature ("Mutating the JoinConfiguration.Discovery"), and can then pass against
   * its own fake data: a run that did this proves nothing.
   */
  usedFakeDiscovery: boolean;
}

export async function runKubeadmJoinDryRun(
  kubeadm: string,
  data: { endpoint: string; token: string; caPin: string; nodeName: string } | { config: string },
  options: { timeoutMs?: number } = {},
): Promise<JoinDryRun> {
  const dryRunDir = mkdtempSync(join(tmpdir(), "kubeadm-join-dry-run-"));
  try {
    const args =
      "config" in data
        ? ["join", "--config", data.config]
        : [
            "join",
            data.endpoint,
            "--token",
            data.token,
            "--discovery-token-ca-cert-hash",
            data.caPin,
            "--node-name",
            data.nodeName,
          ];
    const result = await run(kubeadm, [...args, "--dry-run", "--ignore-preflight-errors=all", "-v=1"], {
      env: { ...process.env, KUBEADM_JOIN_DRYRUN_DIR: dryRunDir },
      timeoutMs: options.timeoutMs ?? 60_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    return {
      ...result,
      output,
      usedFakeDiscovery: output.includes("Mutating the JoinConfiguration.Discovery"),
    };
  } finally {
    rmSync(dryRunDir, { recursive: true, force: true });
  }
}
