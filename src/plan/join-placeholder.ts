/**
 * Join data for plans that create no machine, or that are only reviewed (pull requests): well
 * formed, so the modules accept it, but unable to join anything (`.invalid` never resolves and
 * the token was never created).
 */
export const PLACEHOLDER_JOIN = {
  url: "join.invalid:6443",
  token: "000000.0000000000000000",
  caCertHash: `sha256:${"0".repeat(64)}`,
} as const;

export interface JoinData {
  url: string;
  token: string;
  caCertHash: string;
  kubernetesVersion?: string;
}

/** The TF_VAR_* environment that feeds join data to a rendered workspace. */
export function joinEnvironment(join: JoinData): Record<string, string> {
  const env: Record<string, string> = {
    TF_VAR_join_url: join.url,
    TF_VAR_join_token: join.token,
    TF_VAR_join_ca_cert_hash: join.caCertHash,
  };
  if (join.kubernetesVersion) env.TF_VAR_kubernetes_version = join.kubernetesVersion;
  return env;
}
