import { TOKEN_NAMESPACE, TOKEN_SECRET_TYPE } from "../../../src/kamaji/bootstrap-token.js";
import type { List, Secret } from "../../../src/kube/kube-types.js";
import type { ControlPlane } from "./control-plane.js";
import { run } from "./processes.js";

/**
 * Sets the control plane up as Kamaji sets up every tenant, with the same kubeadm phases:
 * kubeadm-config and kubelet-config ConfigMaps, cluster-info in kube-public, and the bootstrap
 * RBAC. kubeadm's defaulting adds a bootstrap token, which a Kamaji tenant does not have: it is
 * deleted, so that only the tokens a test creates exist.
 */
export async function prepareTenant(cp: ControlPlane): Promise<{ ms: number }> {
  const started = Date.now();
  for (const phase of [
    ["upload-config", "kubeadm"],
    ["upload-config", "kubelet"],
    ["bootstrap-token", "--skip-token-print"],
  ]) {
    const result = await run(cp.bin("kubeadm"), [
      "init",
      "phase",
      ...phase,
      "--config",
      cp.kubeadmConfigPath,
      "--kubeconfig",
      cp.adminKubeconfigPath,
    ]);
    if (result.code !== 0) throw new Error(`kubeadm init phase ${phase.join(" ")}: ${result.stderr}`);
  }
  const tokens = await cp.admin.get<List<Secret>>(`/api/v1/namespaces/${TOKEN_NAMESPACE}/secrets`, {
    fieldSelector: `type=${TOKEN_SECRET_TYPE}`,
  });
  for (const token of tokens.items) {
    await cp.admin.delete(`/api/v1/namespaces/${TOKEN_NAMESPACE}/secrets/${token.metadata.name}`);
  }
  return { ms: Date.now() - started };
}
