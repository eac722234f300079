import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  poolKey
} from "./chunk-4MKPOM5Z.js";
import {
  createJoinToken,
  deleteJoinTokens,
  describeToken,
  describeVerdict,
  loadKubeconfig,
  preflightJoin,
  resolveJoinSource,
  resolvePoolVersion,
  waitForTokenSignature
} from "./chunk-LUOMSCS6.js";

// src/workflow/control-planes.ts
function controlPlaneKey(pool) {
  return `${pool.tenant}/${pool.controlPlane}`;
}
async function connectControlPlanes(settings, pools, registerSecret) {
  const access = /* @__PURE__ */ new Map();
  for (const pool of pools) {
    const key = controlPlaneKey(pool);
    if (access.has(key)) continue;
    const target = await resolveJoinSource({
      kind: "management",
      kubeconfig: settings.managementKubeconfig,
      ...settings.managementContext ? { context: settings.managementContext } : {},
      tenant: pool.tenant,
      controlPlane: pool.controlPlane
    });
    if (!target.tenantKubeconfig) throw new Error(`${key}: the management cluster gave no tenant kubeconfig`);
    registerSecret(target.tenantKubeconfig);
    access.set(key, {
      key,
      target,
      // Read from a Secret in the management cluster: inline data only (see KubeconfigOptions).
      client: loadKubeconfig(target.tenantKubeconfig, {
        where: target.tenantKubeconfigWhere ?? `${key} admin kubeconfig`,
        inlineOnly: true
      }).connect(1e4)
    });
  }
  return access;
}
async function mintJoinData(settings, access, keys, log, registerSecret) {
  const join = /* @__PURE__ */ new Map();
  const created = [];
  let deleting;
  const cleanup = () => {
    deleting ??= deleteCreated();
    return deleting;
  };
  const deleteCreated = async () => {
    const lines = [];
    for (const { client, id, key } of created) {
      const result = await deleteJoinTokens(client, [id]);
      lines.push(
        `${key}: token ${id} ${result.deleted.length > 0 ? "deleted" : result.absent.length > 0 ? "already gone" : "NOT deleted (it expires by itself)"}`
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
        description: describeToken({ tenant, controlPlane, runId: settings.runId })
      });
      created.push({ client: cp.client, id: token.id, key });
      registerSecret(token.reveal());
      const signedMs = await waitForTokenSignature(cp.client, token.id);
      const verdict = await preflightJoin({
        endpoint: cp.target.endpoint,
        token: token.reveal(),
        caPin: cp.target.caPin
      });
      log(
        `${key}: token ${token.id} signed after ${signedMs} ms; preflight ${verdict.ok ? "passed" : "FAILED"}`
      );
      if (!verdict.ok)
        throw new Error(`${key}: join preflight failed, nothing applied:
${describeVerdict(verdict)}`);
      join.set(key, { url: cp.target.endpoint, token: token.reveal(), caCertHash: cp.target.caPin });
    }
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { join, cleanup };
}
function checkVersions(pools, access) {
  const allowed = [];
  const refused = [];
  for (const pool of pools) {
    const version = access?.get(controlPlaneKey(pool))?.target.kubernetesVersion;
    const verdict = version ? resolvePoolVersion(pool.spec.kubernetes.version, version, poolKey(pool)) : void 0;
    if (verdict && !verdict.ok)
      refused.push({ pool, status: "error", diagnostics: [{ severity: "error", summary: verdict.message }] });
    else allowed.push(pool);
  }
  return { allowed, refused };
}

export {
  controlPlaneKey,
  connectControlPlanes,
  mintJoinData,
  checkVersions
};
