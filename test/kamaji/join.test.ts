import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  formatBootstrapToken,
  generateBootstrapToken,
  renderBootstrapTokenSecret,
  TOKEN_NAMESPACE,
  TOKEN_SECRET_TYPE,
} from "../../src/kamaji/bootstrap-token.js";
import { computeCaPin } from "../../src/kamaji/ca-pin.js";
import { CLUSTER_INFO } from "../../src/kamaji/cluster-info.js";
import { createJoinCommand } from "../../src/kamaji/create-join-command.js";
import { JoinSourceError, resolveJoinSource } from "../../src/kamaji/join-source.js";
import { readPoolStatus, waitForNodesReady } from "../../src/kamaji/node-status.js";
import { describeVerdict, preflightJoin } from "../../src/kamaji/preflight.js";
import {
  createJoinToken,
  deleteJoinTokens,
  type JoinToken,
  waitForTokenSignature,
} from "../../src/kamaji/tokens.js";
import { KubeApiError } from "../../src/kube/kube-client.js";
import type { ConfigMap, List, Secret } from "../../src/kube/kube-types.js";
import {
  type ControlPlane,
  controlPlaneMissing,
  KUBERNETES_VERSION,
  startControlPlane,
} from "../support/control-plane/control-plane.js";
import { runKubeadmJoinDryRun } from "../support/control-plane/kubeadm-join.js";
import { joinAsKubelet } from "../support/control-plane/kubelet-stand-in.js";
import {
  createTenantControlPlane,
  installTenantControlPlaneCrd,
} from "../support/control-plane/management.js";
import { run, waitFor } from "../support/control-plane/processes.js";
import { prepareTenant } from "../support/control-plane/tenant.js";

/**
 * Joins against a real control plane (etcd, kube-apiserver, kube-controller-manager v1.36.3) set up
 * as Kamaji sets up a tenant, with the same API server playing the management cluster: join
 * sources, tokens, cluster-info signatures, the preflight, the real `kubeadm join --dry-run`, a
 * kubelet stand-in through the real CSR approver and signer, node readiness and pool status.
 */

const skip = controlPlaneMissing();
const TENANT = "kamaji-tenant";

describe.skipIf(skip)(`joins against a real control plane${skip ? ` (skipped: ${skip})` : ""}`, () => {
  let cp: ControlPlane;
  let caPin: string;
  let token: JoinToken;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    cp = await startControlPlane();
    Object.assign(timings, cp.timings);
    timings.tenantPhases = (await prepareTenant(cp)).ms;
    await installTenantControlPlaneCrd(cp.admin);
    for (const [name, status] of [
      ["tcp-alpha", "Ready"],
      ["tcp-bravo", "Provisioning"],
    ] as const) {
      await createTenantControlPlane(cp.admin, {
        namespace: TENANT,
        name,
        version: KUBERNETES_VERSION,
        status,
        endpoint: cp.endpoint,
        adminKubeconfig: cp.adminKubeconfig,
      });
    }
    caPin = computeCaPin(cp.caPem);
  });

  afterAll(async () => {
    await cp?.stop();
    console.info(`control plane timings (ms): ${JSON.stringify(timings)}`);
  });

  it("is set up as a Kamaji tenant: cluster-info, kubeadm-config, kubelet-config, bootstrap RBAC, no token", async () => {
    const clusterInfo = await cp.admin.get<ConfigMap>(
      `/api/v1/namespaces/${CLUSTER_INFO.namespace}/configmaps/${CLUSTER_INFO.name}`,
    );
    expect(Object.keys(clusterInfo.data ?? {})).toEqual([CLUSTER_INFO.key]);
    for (const name of ["kubeadm-config", "kubelet-config"]) {
      await cp.admin.get(`/api/v1/namespaces/kube-system/configmaps/${name}`);
    }
    for (const name of [
      "kubeadm:kubelet-bootstrap",
      "kubeadm:node-autoapprove-bootstrap",
      "kubeadm:get-nodes",
    ]) {
      await cp.admin.get(`/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/${name}`);
    }
    const tokens = await cp.admin.get<List<Secret>>(`/api/v1/namespaces/${TOKEN_NAMESPACE}/secrets`, {
      fieldSelector: `type=${TOKEN_SECRET_TYPE}`,
    });
    expect(tokens.items).toEqual([]);
  });

  describe("join sources", () => {
    it("read a Ready TenantControlPlane and its admin kubeconfig from the management cluster", async () => {
      const target = await resolveJoinSource({
        kind: "management",
        kubeconfig: cp.adminKubeconfig,
        tenant: TENANT,
        controlPlane: "tcp-alpha",
      });
      expect(target).toEqual({ endpoint: cp.endpoint, caPin, kubernetesVersion: KUBERNETES_VERSION });
      expect(target.tenantKubeconfig).toBe(cp.adminKubeconfig);
      // Not enumerable: logging or serialising the target leaves the kubeconfig out.
      expect(JSON.stringify(target)).not.toContain("client-key-data");
    });

    it("refuse a TenantControlPlane that is not Ready, or does not exist", async () => {
      const source = { kind: "management" as const, kubeconfig: cp.adminKubeconfig, tenant: TENANT };
      await expect(resolveJoinSource({ ...source, controlPlane: "tcp-bravo" })).rejects.toThrow(
        new JoinSourceError(
          `TenantControlPlane ${TENANT}/tcp-bravo`,
          "is Provisioning, not Ready: nodes join only a Ready control plane (status.kubernetesResources.version.status)",
        ),
      );
      await expect(resolveJoinSource({ ...source, controlPlane: "tcp-nope" })).rejects.toThrow(
        `TenantControlPlane ${TENANT}/tcp-nope: not found in the management cluster`,
      );
    });

    it("read a tenant kubeconfig, asking the API server for its version", async () => {
      expect(await resolveJoinSource({ kind: "tenant", kubeconfig: cp.adminKubeconfig })).toEqual({
        endpoint: cp.endpoint,
        caPin,
        kubernetesVersion: KUBERNETES_VERSION,
      });
    });

    it("take explicit join data as given, contacting nothing", async () => {
      expect(
        await resolveJoinSource({ kind: "explicit", url: `https://${cp.endpoint}`, caHash: caPin }),
      ).toEqual({
        endpoint: cp.endpoint,
        caPin,
      });
      await expect(
        resolveJoinSource({ kind: "explicit", url: cp.endpoint, caHash: "md5:00" }),
      ).rejects.toThrow(JoinSourceError);
    });
  });

  describe("bootstrap tokens", () => {
    it("are created as kubeadm creates them and sign cluster-info within seconds", async () => {
      const client = cp.admin;
      token = await createJoinToken(client, {
        ttlMs: 3_600_000,
        description: "nodepool-action: join kamaji-tenant/tcp-alpha/workers, run 1",
      });
      const secret = await client.get<Secret>(
        `/api/v1/namespaces/kube-system/secrets/bootstrap-token-${token.id}`,
      );
      const data = Object.fromEntries(
        Object.entries(secret.data ?? {}).map(([key, value]) => [
          key,
          Buffer.from(value, "base64").toString(),
        ]),
      );
      expect(secret.type).toBe("bootstrap.kubernetes.io/token");
      expect(data).toEqual({
        "token-id": token.id,
        "token-secret": token.reveal().split(".")[1],
        description: "nodepool-action: join kamaji-tenant/tcp-alpha/workers, run 1",
        expiration: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        "usage-bootstrap-authentication": "true",
        "usage-bootstrap-signing": "true",
        "auth-extra-groups": "system:bootstrappers:kubeadm:default-node-token",
      });
      timings.tokenSigned = await waitForTokenSignature(client, token.id);
      expect(timings.tokenSigned).toBeLessThan(10_000);
      // The token's value never shows when the object is logged or serialised.
      expect(JSON.stringify(token)).not.toContain(token.reveal());
    });

    it("pass the join preflight: signed cluster-info, pinned CA, TLS, bootstrap identity", async () => {
      const verdict = await preflightJoin({ endpoint: cp.endpoint, token: token.reveal(), caPin });
      expect(verdict).toMatchObject({
        ok: true,
        endpoint: cp.endpoint,
        tokenId: token.id,
        apiServer: cp.server,
        serverVersion: KUBERNETES_VERSION,
        user: {
          username: `system:bootstrap:${token.id}`,
          groups: expect.arrayContaining([
            "system:bootstrappers",
            "system:bootstrappers:kubeadm:default-node-token",
          ]),
        },
      });
      expect(describeVerdict(verdict)[0]).toBe(
        `${cp.endpoint}: ready to join (Kubernetes ${KUBERNETES_VERSION})`,
      );
      expect(verdict.checks.map((c) => [c.step, c.ok])).toEqual([
        ["reach", true],
        ["signature", true],
        ["ca-pin", true],
        ["tls", true],
        ["authentication", true],
      ]);
    });

    it("fail the preflight with a wrong pin, a wrong secret or an unknown id, saying which, without secrets", async () => {
      const [id, secret] = token.reveal().split(".") as [string, string];
      const wrongPin = await preflightJoin({
        endpoint: cp.endpoint,
        token: token.reveal(),
        caPin: `sha256:${"1".repeat(64)}`,
      });
      expect(wrongPin.checks.at(-1)).toMatchObject({ step: "ca-pin", ok: false });
      expect(wrongPin.checks.at(-1)?.detail).toContain(
        `none of the public keys of cluster-info's CA (${caPin})`,
      );

      const wrongSecret = `${id}.${secret.split("").reverse().join("")}`;
      const badSecret = await preflightJoin({ endpoint: cp.endpoint, token: wrongSecret, caPin });
      expect(badSecret.checks.at(-1)).toMatchObject({ step: "signature", ok: false });
      expect(badSecret.checks.at(-1)?.detail).toContain("does not match");

      const unknown = await preflightJoin({ endpoint: cp.endpoint, token: "zzzzzz.0123456789abcdef", caPin });
      expect(unknown.checks.at(-1)?.detail).toContain(
        "cluster-info carries no signature for token id zzzzzz",
      );

      for (const verdict of [wrongPin, badSecret, unknown]) {
        expect(verdict.ok).toBe(false);
        const text = JSON.stringify(verdict);
        expect(text).not.toContain(secret);
        expect(text).not.toContain(wrongSecret);
      }
    });

    it("expire: cluster-info loses the signature, the tokencleaner deletes the Secret, the preflight refuses", async () => {
      const shortLived = await createJoinToken(cp.admin, { ttlMs: 5_000 });
      await waitForTokenSignature(cp.admin, shortLived.id);
      let last = await preflightJoin({ endpoint: cp.endpoint, token: shortLived.reveal(), caPin });
      expect(last.ok).toBe(true);
      await waitFor(
        "expired token refused",
        async () => {
          last = await preflightJoin({ endpoint: cp.endpoint, token: shortLived.reveal(), caPin });
          return !last.ok;
        },
        { timeoutMs: 30_000, intervalMs: 250 },
      );
      expect(Date.now()).toBeGreaterThanOrEqual(shortLived.expiresAt.getTime());
      expect(last.checks.at(-1)).toEqual({
        step: "signature",
        ok: false,
        detail: `cluster-info carries no signature for token id ${shortLived.id}: the token is unknown, expired or deleted, or the tenant's bootstrapsigner controller is not running`,
      });
      await waitFor(
        "tokencleaner deleted the Secret",
        async () => {
          const gone = await cp.admin
            .get(`/api/v1/namespaces/kube-system/secrets/bootstrap-token-${shortLived.id}`)
            .then(() => false)
            .catch((error: unknown) => error instanceof KubeApiError && error.status === 404);
          return gone;
        },
        { timeoutMs: 15_000 },
      );
      // The API server caches successful token authentications for 10 s, so the SelfSubjectReview
      // alone could still pass right after expiry; the signature check is what refuses at once.
    });

    it("fail the preflight at authentication for a token that signs but may not authenticate", async () => {
      const signingOnly = generateBootstrapToken();
      const secret = renderBootstrapTokenSecret(signingOnly, { expiresAt: new Date(Date.now() + 600_000) });
      delete secret.stringData?.["usage-bootstrap-authentication"];
      await cp.admin.post("/api/v1/namespaces/kube-system/secrets", secret);
      await waitForTokenSignature(cp.admin, signingOnly.id);
      const value = formatBootstrapToken(signingOnly);
      const verdict = await preflightJoin({ endpoint: cp.endpoint, token: value, caPin });
      expect(verdict.ok).toBe(false);
      expect(verdict.checks.map((c) => c.step)).toEqual([
        "reach",
        "signature",
        "ca-pin",
        "tls",
        "authentication",
      ]);
      expect(verdict.checks.at(-1)).toEqual({
        step: "authentication",
        ok: false,
        detail: `the token (id ${signingOnly.id}) does not authenticate (401 Unauthorized): it expired, was deleted, or is not meant for authentication`,
      });
      expect(JSON.stringify(verdict)).not.toContain(signingOnly.secret);
      await deleteJoinTokens(cp.admin, [signingOnly.id]);
    });
  });

  describe("the join command", () => {
    let line: string;

    it("is the line kubeadm token create --print-join-command prints", async () => {
      line = await createJoinCommand(cp.adminKubeconfig, { ttl: "10m" });
      expect(line).toMatch(
        new RegExp(
          `^kubeadm join ${cp.endpoint} --token [a-z0-9]{6}\\.[a-z0-9]{16} --discovery-token-ca-cert-hash ${caPin}$`,
        ),
      );
      const kubeadm = await run(cp.bin("kubeadm"), [
        "token",
        "create",
        "--print-join-command",
        "--ttl",
        "10m",
        "--kubeconfig",
        cp.adminKubeconfigPath,
      ]);
      expect(kubeadm.code).toBe(0);
      const placeholder = (text: string) => text.replace(/[a-z0-9]{6}\.[a-z0-9]{16}/, "<token>");
      // kubeadm's template leaves a space after the hash; the rest is identical.
      expect(placeholder(line)).toBe(placeholder(kubeadm.stdout.trimEnd()));
    });

    it("is accepted by the real kubeadm join (dry run, real discovery)", async () => {
      const [, , endpoint, , tokenValue, , pin] = line.split(" ") as string[];
      const result = await runKubeadmJoinDryRun(cp.bin("kubeadm"), {
        endpoint: endpoint ?? "",
        token: tokenValue ?? "",
        caPin: pin ?? "",
        nodeName: "tcp-alpha-workers-node-09",
      });
      expect(result.usedFakeDiscovery).toBe(false);
      expect(result.output).toContain(
        "Cluster info signature and contents are valid and TLS certificate validates against pinned roots",
      );
      expect(result.code, result.output).toBe(0);
    });

    it("works as the discovery of a JoinConfiguration (labelled or tainted pools), real kubeadm dry run", async () => {
      const [, , endpoint, , tokenValue, , pin] = line.split(" ") as string[];
      const config = join(cp.dir, "join-configuration.yaml");
      writeFileSync(
        config,
        stringify({
          apiVersion: "kubeadm.k8s.io/v1beta4",
          kind: "JoinConfiguration",
          discovery: {
            bootstrapToken: { apiServerEndpoint: endpoint, token: tokenValue, caCertHashes: [pin] },
          },
          nodeRegistration: {
            name: "tcp-alpha-gpu-node-00",
            taints: [{ key: "nvidia.com/gpu", value: "true", effect: "NoSchedule" }],
            kubeletExtraArgs: [{ name: "node-labels", value: "nodepool.kamaji.io/pool=gpu" }],
          },
        }),
      );
      const result = await runKubeadmJoinDryRun(cp.bin("kubeadm"), { config });
      expect(result.usedFakeDiscovery).toBe(false);
      expect(result.code, result.output).toBe(0);
    });

    it("is refused by the real kubeadm join with a wrong pin or a wrong token secret", async () => {
      const [, , endpoint, , tokenValue] = line.split(" ") as string[];
      const wrongPin = await runKubeadmJoinDryRun(cp.bin("kubeadm"), {
        endpoint: endpoint ?? "",
        token: tokenValue ?? "",
        caPin: `sha256:${"1".repeat(64)}`,
        nodeName: "n",
      });
      expect(wrongPin.code).not.toBe(0);
      expect(wrongPin.output).toMatch(/none of the public keys .* are pinned/);

      const [id, secret] = (tokenValue ?? "").split(".") as [string, string];
      const wrongToken = await runKubeadmJoinDryRun(cp.bin("kubeadm"), {
        endpoint: endpoint ?? "",
        token: `${id}.${secret.split("").reverse().join("")}`,
        caPin,
        nodeName: "n",
      });
      expect(wrongToken.code).not.toBe(0);
      expect(wrongToken.output).toContain("failed to verify JWS signature");
    });
  });

  describe("after the join", () => {
    const nodes = ["tcp-alpha-workers-node-00", "tcp-alpha-workers-node-01"];

    it("the kubelet stand-in gets a certificate from the real approver and signer, and its Node turns Ready", async () => {
      const joined = [];
      for (const name of nodes) joined.push(await joinAsKubelet(cp.server, cp.caPem, token.reveal(), name));
      timings.csrIssued = Math.max(...joined.map((j) => j.csrIssueMs));
      expect(timings.csrIssued).toBeLessThan(15_000);
      const readiness = await waitForNodesReady(cp.admin, nodes, { timeoutMs: 10_000, intervalMs: 200 });
      expect(readiness).toEqual(nodes.map((name) => ({ name, state: "ready" })));
    });

    it("reports a node that never registered, with the join log to read", async () => {
      const started = Date.now();
      const readiness = await waitForNodesReady(cp.admin, [...nodes, "tcp-alpha-workers-node-02"], {
        timeoutMs: 1_000,
        intervalMs: 200,
      });
      expect(Date.now() - started).toBeLessThan(3_000);
      expect(readiness.at(-1)).toEqual({
        name: "tcp-alpha-workers-node-02",
        state: "absent",
        hint: "never registered: see /var/log/nodepool-join.log on the machine (and /var/log/cloud-init-output.log)",
      });
    });

    it("pool status compares machines with Nodes: missing, NotReady, orphans", async () => {
      for (const name of ["tcp-alpha-workers-node-03", "tcp-alpha-workers-node-07"]) {
        await cp.admin.post("/api/v1/nodes", { apiVersion: "v1", kind: "Node", metadata: { name } });
      }
      const status = await readPoolStatus(cp.admin, {
        controlPlane: "tcp-alpha",
        name: "workers",
        machines: [...nodes, "tcp-alpha-workers-node-02", "tcp-alpha-workers-node-03"],
      });
      expect(status.ready).toEqual(nodes);
      expect(status.notReady.map((n) => n.name)).toEqual(["tcp-alpha-workers-node-03"]);
      expect(status.missing).toEqual(["tcp-alpha-workers-node-02"]);
      // node-09 only ever existed in kubeadm's dry run.
      expect(status.orphans).toEqual(["tcp-alpha-workers-node-07"]);
    });
  });

  it("deletes the tokens a run created; their signatures leave cluster-info", async () => {
    const cleanup = await deleteJoinTokens(cp.admin, [token.id, "zzzzzz"]);
    expect(cleanup).toEqual({ deleted: [token.id], absent: ["zzzzzz"], failed: [] });
    await waitFor(
      "signature removed",
      async () => {
        const info = await cp.admin.get<ConfigMap>(`/api/v1/namespaces/kube-public/configmaps/cluster-info`);
        return info.data?.[`jws-kubeconfig-${token.id}`] === undefined;
      },
      { timeoutMs: 15_000 },
    );
    const verdict = await preflightJoin({ endpoint: cp.endpoint, token: token.reveal(), caPin });
    expect(verdict.ok).toBe(false);
  });
});
