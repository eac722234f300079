import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJoinCommand } from "../../src/kamaji/create-join-command.js";
import { resolveJoinSource } from "../../src/kamaji/join-source.js";
import { preflightJoin } from "../../src/kamaji/preflight.js";
import { createJoinToken } from "../../src/kamaji/tokens.js";
import { connectWithToken, KubeApiError, KubeConnectionError } from "../../src/kube/kube-client.js";
import { KubeconfigError, loadKubeconfig } from "../../src/kube/kubeconfig.js";

/**
 * Error paths that need no control plane: unreachable servers, unreadable kubeconfigs, and an API
 * server message that quotes the caller's credentials. None may put a secret into an error.
 */

const TOKEN = "abcdef.0123456789abcdef";
const CLIENT_TOKEN = "kubeconfig-user-token-must-not-leak";
const URL_PASSWORD = "server-url-password-must-not-leak";
const CA = readFileSync(new URL("fixtures/kubeadm-pubkeypin-test.crt", import.meta.url), "utf8");

/** A port that was free a moment ago: nothing listens there. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function kubeconfigFor(server: string, secretLine = `    token: ${CLIENT_TOKEN}`): string {
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "- name: tenant",
    "  cluster:",
    `    server: ${server}`,
    `    certificate-authority-data: ${Buffer.from(CA).toString("base64")}`,
    "users:",
    "- name: admin",
    "  user:",
    secretLine,
    "contexts:",
    "- name: tenant",
    "  context: { cluster: tenant, user: admin }",
    "current-context: tenant",
    "",
  ].join("\n");
}

async function caught(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

describe("an unreachable server", () => {
  let port: number;
  beforeAll(async () => {
    port = await closedPort();
  });

  it("is a clear error at once when nothing listens", async () => {
    const started = Date.now();
    const error = await caught(createJoinCommand(kubeconfigFor(`https://127.0.0.1:${port}`)));
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(KubeConnectionError);
    expect(error.message).toBe(
      `cannot reach https://127.0.0.1:${port}: connection refused (nothing listens on that port) [ECONNREFUSED]`,
    );
    expect(error.message).not.toContain(CLIENT_TOKEN);
  });

  it("is a clear error within the deadline when packets go nowhere", async () => {
    const started = Date.now();
    // TEST-NET-3 (RFC 5737) is never routed: the connection hangs or fails at once.
    const client = connectWithToken("https://203.0.113.1:6443", TOKEN, CA, 1_500);
    const error = await caught(client.get("/version"));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(error).toBeInstanceOf(KubeConnectionError);
    expect(error.message).toMatch(/^cannot reach https:\/\/203\.0\.113\.1:6443: /);
    expect(error.message).not.toContain(TOKEN);
  });

  it("fails the join preflight at its first step, with a verdict that holds no secret", async () => {
    const verdict = await preflightJoin({ endpoint: `127.0.0.1:${port}`, token: TOKEN, caPin: "sha256:00" });
    expect(verdict).toMatchObject({ ok: false, tokenId: "abcdef", checks: [{ step: "reach", ok: false }] });
    expect(JSON.stringify(verdict)).not.toContain("0123456789abcdef");
  });

  it.each([
    ["user:password", `admin:${URL_PASSWORD}`],
    ["token as user name", URL_PASSWORD],
    ["password holding an @", `admin:${URL_PASSWORD}@x`],
  ])("masks credentials in the server URL (%s) wherever the error is shown", async (_, userinfo) => {
    const error = await caught(
      loadKubeconfig(kubeconfigFor(`https://${userinfo}@127.0.0.1:${port}`))
        .connect()
        .get("/version"),
    );
    expect(error).toBeInstanceOf(KubeConnectionError);
    expect(error.message).toBe(
      `cannot reach https://***@127.0.0.1:${port}: connection refused (nothing listens on that port) [ECONNREFUSED]`,
    );
    expect(`${error.stack} ${inspect(error)}`).not.toContain(URL_PASSWORD);
  });

  it("masks a server URL that does not parse, whose password holds a slash", async () => {
    const error = await caught(
      loadKubeconfig(kubeconfigFor(`https://admin:${URL_PASSWORD}/x@127.0.0.1:${port}`))
        .connect()
        .get("/version"),
    );
    expect(error).toBeInstanceOf(KubeConnectionError);
    expect(error.message).toBe(`cannot reach https://***@127.0.0.1:${port}: the server is not a valid URL`);
    expect(`${error.stack} ${inspect(error)}`).not.toContain(URL_PASSWORD);
  });

  it("fails a tenant join source clearly", async () => {
    const error = await caught(
      resolveJoinSource({ kind: "tenant", kubeconfig: kubeconfigFor(`https://127.0.0.1:${port}`) }),
    );
    expect(error).toBeInstanceOf(KubeConnectionError);
    expect(error.message).not.toContain(CLIENT_TOKEN);
  });
});

describe("an API server message quoting credentials", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // Echoes the Authorization header into a Status message, the worst an error body could do.
    server = createServer((request, response) => {
      response.writeHead(403, { "Content-Type": "application/json" });
      response.end(
        JSON.stringify({
          kind: "Status",
          status: "Failure",
          reason: "Forbidden",
          code: 403,
          message: `user with ${request.headers.authorization} and ${TOKEN} cannot get resource`,
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("is redacted in the error", async () => {
    const other = "some-other-bearer-value";
    const error = await caught(connectWithToken(url, other, CA).get("/api/v1/nodes"));
    expect(error).toBeInstanceOf(KubeApiError);
    expect((error as KubeApiError).status).toBe(403);
    expect(error.message).toBe(
      "GET /api/v1/nodes: 403 Forbidden: user with Bearer *** and *** cannot get resource",
    );
  });
});

describe("an unreadable kubeconfig", () => {
  it("is named by where it came from, never quoted", () => {
    const broken = kubeconfigFor("https://127.0.0.1:6443", `    token: ${CLIENT_TOKEN}\n   bad: [indent`);
    let error: unknown;
    try {
      loadKubeconfig(broken, { where: "tenant kubeconfig (NODEPOOL_TENANT_KUBECONFIG)" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KubeconfigError);
    expect((error as Error).message).toMatch(
      /^tenant kubeconfig \(NODEPOOL_TENANT_KUBECONFIG\): not valid YAML \(line \d+\)$/,
    );
    expect((error as Error).message).not.toContain(CLIENT_TOKEN);
  });

  it("without a CA cannot give a pin, and says so without contacting anything", async () => {
    const noCa = kubeconfigFor("https://127.0.0.1:1").replace(/ {4}certificate-authority-data: .*\n/, "");
    await expect(createJoinCommand(noCa, { caHashOnly: true })).rejects.toThrow(
      "kubeconfig: its cluster has no certificate-authority-data: the CA to pin is unknown",
    );
  });

  it("gives the CA pin without contacting the (unreachable) server", async () => {
    expect(await createJoinCommand(kubeconfigFor("https://203.0.113.1:6443"), { caHashOnly: true })).toBe(
      "sha256:345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3",
    );
  });
});

describe("a token Secret the API server refuses", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // Quotes the posted token secret back in a validation message.
    server = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        const secret = (JSON.parse(body) as { stringData: Record<string, string> }).stringData[
          "token-secret"
        ];
        response.writeHead(422, { "Content-Type": "application/json" });
        response.end(
          JSON.stringify({
            kind: "Status",
            reason: "Invalid",
            code: 422,
            message: `token-secret "${secret}" is invalid`,
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("never gets the secret into the error", async () => {
    const random = () => Uint8Array.from({ length: 16 }, (_, i) => i);
    const error = await caught(createJoinToken(connectWithToken(url, "bearer-value", CA), { random }));
    expect(error).toBeInstanceOf(KubeApiError);
    expect(error.message).toBe(
      'POST /api/v1/namespaces/kube-system/secrets: 422 Invalid: token-secret "***" is invalid',
    );
  });
});

describe("an admin kubeconfig Secret written to attack the runner", () => {
  const TENANT = "kamaji-tenant";
  const SECRET = "tcp-alpha-admin-kubeconfig";
  const dir = mkdtempSync(join(tmpdir(), "secret-safety-"));
  const marker = join(dir, "exec-ran");
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // Whoever may write the Secret chose an exec plugin: run on the runner, it would leave a marker.
    const attack = kubeconfigFor(
      "https://127.0.0.1:6443",
      `    exec: { command: /bin/sh, args: ["-c", "touch '${marker}'"] }`,
    );
    // The management cluster: a Ready TenantControlPlane, and its admin kubeconfig Secret.
    server = createServer((request, response) => {
      const tcp = `/apis/kamaji.clastix.io/v1alpha1/namespaces/${TENANT}/tenantcontrolplanes/tcp-alpha`;
      const body =
        request.url === tcp
          ? {
              metadata: { name: "tcp-alpha", namespace: TENANT },
              status: {
                controlPlaneEndpoint: "127.0.0.1:6443",
                kubernetesResources: { version: { version: "v1.31.0", status: "Ready" } },
                kubeconfig: { admin: { secretName: SECRET } },
              },
            }
          : request.url === `/api/v1/namespaces/${TENANT}/secrets/${SECRET}`
            ? { metadata: { name: SECRET }, data: { "admin.conf": Buffer.from(attack).toString("base64") } }
            : undefined;
      response.writeHead(body ? 200 : 404, { "Content-Type": "application/json" });
      response.end(JSON.stringify(body ?? { kind: "Status", reason: "NotFound", code: 404 }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it("is refused by the join source, naming the Secret and key, and its command never runs", async () => {
    const error = await caught(
      resolveJoinSource({
        kind: "management",
        kubeconfig: kubeconfigFor(url),
        tenant: TENANT,
        controlPlane: "tcp-alpha",
      }),
    );
    expect(error).toBeInstanceOf(KubeconfigError);
    expect(error.message).toMatch(
      /^Secret kamaji-tenant\/tcp-alpha-admin-kubeconfig key admin\.conf: user exec is refused: /,
    );
    expect(error.message).not.toContain(marker);
    expect(existsSync(marker)).toBe(false);
  });
});
