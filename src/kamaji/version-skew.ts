/**
 * Which Kubernetes version a pool's machines install, under the version skew policy
 * (kubernetes.io/releases/version-skew-policy): a kubelet must never be newer than the API server,
 * and may be up to three minor versions older since 1.28 (two before).
 */

export interface KubernetesVersion {
  major: number;
  minor: number;
  patch: number;
}

export type PoolVersion =
  | { ok: true; version: string; source: "pool" | "control-plane"; warnings: string[] }
  | { ok: false; message: string };

const VERSION_PATTERN = /^v?(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/;

export function parseKubernetesVersion(text: string): KubernetesVersion | undefined {
  const match = VERSION_PATTERN.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/** How many minor versions a kubelet may lag behind an API server of this version. */
export function allowedKubeletSkew(apiServer: KubernetesVersion): number {
  return apiServer.major === 1 && apiServer.minor < 28 ? 2 : 3;
}

/**
 * The version for a pool's machines: the pool's own when set and allowed, else the control
 * plane's. `where` names the pool in messages (e.g. `kamaji-tenant/tcp-alpha/workers`).
 */
export function resolvePoolVersion(
  poolVersion: string | undefined,
  controlPlaneVersion: string,
  where: string,
): PoolVersion {
  const cp = parseKubernetesVersion(controlPlaneVersion);
  if (!cp) {
    return {
      ok: false,
      message: `${where}: the control plane reports version "${controlPlaneVersion}", which is not vMAJOR.MINOR.PATCH`,
    };
  }
  const cpText = `v${cp.major}.${cp.minor}.${cp.patch}`;
  if (poolVersion === undefined) return { ok: true, version: cpText, source: "control-plane", warnings: [] };
  const pool = parseKubernetesVersion(poolVersion);
  if (!pool) {
    return { ok: false, message: `${where}: kubernetes.version "${poolVersion}" is not vMAJOR.MINOR.PATCH` };
  }
  const poolText = `v${pool.major}.${pool.minor}.${pool.patch}`;
  const skew = allowedKubeletSkew(cp);
  const oldest = `v${cp.major}.${Math.max(0, cp.minor - skew)}`;
  if (pool.major !== cp.major) {
    return {
      ok: false,
      message: `${where}: kubernetes.version ${poolText} has another major version than the control plane (${cpText}); use v${cp.major}.${Math.max(0, cp.minor - skew)} to v${cp.major}.${cp.minor}, or leave it out to use ${cpText}`,
    };
  }
  if (pool.minor > cp.minor) {
    return {
      ok: false,
      message: `${where}: kubernetes.version ${poolText} is newer than the control plane (${cpText}); a kubelet must never be newer than its API server. Use ${oldest} to v${cp.major}.${cp.minor}, or leave it out to use ${cpText}`,
    };
  }
  if (cp.minor - pool.minor > skew) {
    return {
      ok: false,
      message: `${where}: kubernetes.version ${poolText} is ${cp.minor - pool.minor} minor versions older than the control plane (${cpText}); a kubelet may be at most ${skew} older. Use ${oldest} to v${cp.major}.${cp.minor}, or leave it out to use ${cpText}`,
    };
  }
  const warnings =
    pool.minor === cp.minor && pool.patch > cp.patch
      ? [
          `${where}: kubernetes.version ${poolText} is a newer patch release than the control plane (${cpText}); kubeadm accepts it, but the control plane should be patched first`,
        ]
      : [];
  return { ok: true, version: poolText, source: "pool", warnings };
}
