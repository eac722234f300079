import { KubeconfigError, type KubeconfigOptions, loadKubeconfig } from "../kube/kubeconfig.js";
import { computeCaPins } from "./ca-pin.js";
import { parseDuration } from "./duration.js";
import { formatJoinCommand } from "./join-command.js";
import { createJoinToken, waitForTokenSignature } from "./tokens.js";

export interface JoinCommandOptions extends KubeconfigOptions {
  /** Go duration, as `kubeadm token create --ttl` takes it; default 2h. */
  ttl?: string;
  /** Print only the CA pin(s), one per line; contacts nothing. */
  caHashOnly?: boolean;
  description?: string;
  /** Per request; an unreachable server fails after this long. */
  timeoutMs?: number;
}

/**
 * `nodepool join-command`: what `kubeadm token create --print-join-command` prints, for the current
 * context of a tenant kubeconfig. Unlike kubeadm it waits until cluster-info carries the token's
 * signature, so that the line works the moment it is printed.
 */
export async function createJoinCommand(
  kubeconfigText: string,
  options: JoinCommandOptions = {},
): Promise<string> {
  const kubeconfig = loadKubeconfig(kubeconfigText, options);
  const where = options.where ?? "kubeconfig";
  if (!kubeconfig.caPem) {
    throw new KubeconfigError(
      where,
      "its cluster has no certificate-authority-data: the CA to pin is unknown",
    );
  }
  const pins = computeCaPins(kubeconfig.caPem, `${where} certificate-authority-data`);
  if (options.caHashOnly) return pins.join("\n");

  const ttlMs = options.ttl === undefined ? undefined : parseDuration(options.ttl, "--ttl");
  const client = kubeconfig.connect(options.timeoutMs ?? 5_000);
  const token = await createJoinToken(client, {
    ...(ttlMs === undefined ? {} : { ttlMs }),
    description: options.description ?? "nodepool-action: nodepool join-command",
    // A person is waiting: fail fast on a server that does not answer, but ride out RBAC lag.
    retry: { timeoutMs: 20_000, intervalMs: 1_000 },
  });
  await waitForTokenSignature(client, token.id);
  return formatJoinCommand(kubeconfig.server, token.reveal(), pins);
}
