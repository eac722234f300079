/**
 * The line `kubeadm token create --print-join-command` prints (cmd/kubeadm/app/cmd/util/join.go):
 * the kubeconfig's server with every "https://" removed, the token, and one
 * `--discovery-token-ca-cert-hash` per CA certificate. kubeadm's template leaves a space after
 * each hash; we return the command without trailing whitespace.
 */
export function formatJoinCommand(server: string, token: string, caPins: readonly string[]): string {
  const hashes = caPins.map((pin) => ` --discovery-token-ca-cert-hash ${pin}`).join("");
  return `kubeadm join ${server.replaceAll("https://", "")} --token ${token}${hashes}`;
}

/** `host:port` of an API server URL, the form `kubeadm join` and yaki's JOIN_URL take. */
export function endpointOf(server: string): string {
  return server.replaceAll("https://", "").replace(/\/+$/, "");
}
