import {
  createJoinToken,
  deleteJoinTokens,
  describeToken,
  describeVerdict,
  type JoinTarget,
  type KubeClient,
  loadKubeconfig,
  preflightJoin,
  resolveJoinSource,
  resolvePoolVersion,
  waitForTokenSignature,
} from "../kamaji/index.js";
import type { JoinData } from "../plan/join-placeholder.js";
import { type PoolResult, poolKey } from "../plan/pool-result.js";
import type { NodePool } from "../pool-format/types.js";

/** Kamaji settings of a run: the management cluster, and the bounds of what the run waits for. */
export interface KamajiSettings {
  managementKubeconfig: string;
  /** A context of that kubeconfig other than its current one (the CLI's --context). */
  managementContext?: string;
  tokenTtlMs: number;
  drainTimeoutMs: number;
  readyTimeoutMs: number;
  /** Names the run in token descriptions. */
  runId: string;
}

/** One tenant control plane as the run reaches it. */
export interface ControlPlaneAccess {
  key: string;
  target: JoinTarget;
  /** Admin client of the tenant: tokens, drains, nodes. */
  client: KubeClient;
}

export function controlPlaneKey(pool: Pick<NodePool, "tenant" | "controlPlane">): string {
  return `${pool.tenant}/${pool.controlPlane}`;
}

/** Reads each control plane of the pools from the management cluster (it must be Ready). */
export async function connectControlPlanes(
  settings: KamajiSettings,
  pools: readonly NodePool[],
  registerSecret: (value: string) => void,
): Promise<Map<string, ControlPlaneAccess>> {
  const access = new Map<string, ControlPlaneAccess>();
  for (const pool of pools) {
    const key = controlPlaneKey(pool);
    if (access.has(key)) continue;
    const target = await resolveJoinSource({
      kind: "management",
      kubeconfig: settings.managementKubeconfig,
      ...(settings.managementContext ? { context: settings.managementContext } : {}),
      tenant: pool.tenant,
      controlPlane: pool.controlPlane,
    });
    if (!target.tenantKubeconfig) throw new Error(`${key}: the management cluster gave no tenant kubeconfig`);
    registerSecret(target.tenantKubeconfig);
    access.set(key, {
      key,
      target,
      // Read from a Secret in the management cluster: inline data only (see KubeconfigOptions).
      client: loadKubeconfig(target.tenantKubeconfig, {
        where: target.tenantKubeconfigWhere ?? `${key} admin kubeconfig`,
        inlineOnly: true,
      }).connect(10_000),
    });
  }
  return access;
}

/** Tokens a run created, to delete when it ends whatever happened. */
export interface MintedTokens {
  join: Map<string, JoinData>;
  cleanup(): Promise<string[]>;
}

/**
 * A fresh bootstrap token per control plane that gets new machines: created in the tenant, seen
 * signed in cluster-info, and checked the way a joining machine checks it before it is used.
 */
export async function mintJoinData(
  settings: KamajiSettings,
  access: ReadonlyMap<string, ControlPlaneAccess>,
  keys: readonly string[],
  log: (line: string) => void,
  registerSecret: (value: string) => void,
): Promise<MintedTokens> {
  const join = new Map<string, JoinData>();
  const created: { client: KubeClient; id: string; key: string }[] = [];
  // Once: a cancelled run deletes its tokens at the signal, and again as it unwinds.
  let deleting: Promise<string[]> | undefined;
  const cleanup = () => {
    deleting ??= deleteCreated();
    return deleting;
  };
  const deleteCreated = async () => {
    const lines: string[] = [];
    for (const { client, id, key } of created) {
      const result = await deleteJoinTokens(client, [id]);
      lines.push(
        `${key}: token ${id} ${result.deleted.length > 0 ? "deleted" : result.absent.length > 0 ? "already gone" : "NOT deleted (it expires by itself)"}`,
      );
    }
    return lines;
  };
  try {
    for (const key of keys) {
      const cp = access.get(key);
      if (!cp) continue;
      const [tenant = "", controlPlane = ""] = key.split("/");
      const token = await createJoinToken(cp.client, {
        ttlMs: settings.tokenTtlMs,
        description: describeToken({ tenant, controlPlane, runId: settings.runId }),
      });
      created.push({ client: cp.client, id: token.id, key });
      registerSecret(token.reveal());
      const signedMs = await waitForTokenSignature(cp.client, token.id);
      const verdict = await preflightJoin({
        endpoint: cp.target.endpoint,
        token: token.reveal(),
        caPin: cp.target.caPin,
      });
      log(
        `${key}: token ${token.id} signed after ${signedMs} ms; preflight ${verdict.ok ? "passed" : "FAILED"}`,
      );
      if (!verdict.ok)
        throw new Error(`${key}: join preflight failed, nothing applied:\n${describeVerdict(verdict)}`);
      join.set(key, { url: cp.target.endpoint, token: token.reveal(), caCertHash: cp.target.caPin });
    }
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { join, cleanup };
}

/**
 * Pools whose Kubernetes version breaks the skew policy against their control plane (newer, or
 * more minors older than kubelets may be) are refused before anything is planned.
 */
export function checkVersions(
  pools: readonly NodePool[],
  access: ReadonlyMap<string, ControlPlaneAccess> | undefined,
): { allowed: NodePool[]; refused: PoolResult[] } {
  const allowed: NodePool[] = [];
  const refused: PoolResult[] = [];
  for (const pool of pools) {
    const version = access?.get(controlPlaneKey(pool))?.target.kubernetesVersion;
    const verdict = version
      ? resolvePoolVersion(pool.spec.kubernetes.version, version, poolKey(pool))
      : undefined;
    if (verdict && !verdict.ok)
      refused.push({ pool, status: "error", diagnostics: [{ severity: "error", summary: verdict.message }] });
    else allowed.push(pool);
  }
  return { allowed, refused };
}
