import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { RequestOptions } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KubeconfigError, loadKubeconfig } from "../../src/kamaji/kubeconfig.js";

const CA = readFileSync(new URL("fixtures/kubeadm-pubkeypin-test.crt", import.meta.url), "utf8");
const dir = mkdtempSync(join(tmpdir(), "kubeconfig-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function kubeconfig(cluster: string[], user: string[], extra: string[] = []): string {
  return [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "- name: c",
    "  cluster:",
    ...cluster.map((line) => `    ${line}`),
    "users:",
    "- name: u",
    "  user:",
    ...(user.length > 0 ? user.map((line) => `    ${line}`) : ["    {}"]),
    "contexts:",
    "- name: ctx",
    "  context: { cluster: c, user: u }",
    "- name: other",
    "  context: { cluster: c, user: u }",
    "current-context: ctx",
    ...extra,
  ].join("\n");
}

/** What a request would carry: the options a KubeClient sends. */
async function prepared(text: string, options = {}): Promise<RequestOptions> {
  const config = loadKubeconfig(text, options);
  const request: RequestOptions = { headers: { Accept: "application/json" } };
  await config.connect().connection.prepare(request);
  return request;
}

describe("kubeconfig loading", () => {
  it("takes server and CA data of the current context, and a bearer token", async () => {
    const text = kubeconfig(
      [
        "server: https://10.0.0.10:6443/",
        `certificate-authority-data: ${Buffer.from(CA).toString("base64")}`,
      ],
      ["token: t0ken-value"],
    );
    const config = loadKubeconfig(text);
    expect(config.server).toBe("https://10.0.0.10:6443");
    expect(config.caPem).toBe(CA);
    const request = await prepared(text);
    expect(request.ca).toBe(CA);
    expect(request.headers).toEqual({ Accept: "application/json", Authorization: "Bearer t0ken-value" });
  });

  it("reads CA, client certificate and token files relative to the kubeconfig's folder", async () => {
    writeFileSync(join(dir, "ca.crt"), CA);
    writeFileSync(join(dir, "client.crt"), "CERT");
    writeFileSync(join(dir, "client.key"), "KEY");
    writeFileSync(join(dir, "token"), "file-token\n");
    const text = kubeconfig(
      ["server: https://h:6443", "certificate-authority: ca.crt", "tls-server-name: api.internal"],
      ["client-certificate: client.crt", "client-key: client.key", "tokenFile: token"],
    );
    const request = await prepared(text, { baseDir: dir });
    expect(request).toMatchObject({ ca: CA, cert: "CERT", key: "KEY", servername: "api.internal" });
    expect(request.headers).toMatchObject({ Authorization: "Bearer file-token" });
  });

  it("runs an exec credential plugin and reuses its credential until it expires", async () => {
    const counter = join(dir, "calls");
    const plugin = join(dir, "plugin.sh");
    writeFileSync(
      plugin,
      `#!/bin/sh\necho x >> '${counter}'\nprintf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"%s-%s","expirationTimestamp":"2999-01-01T00:00:00Z"}}' "$PREFIX" "$(echo $KUBERNETES_EXEC_INFO | grep -c interactive)"\n`,
    );
    chmodSync(plugin, 0o755);
    const text = kubeconfig(
      ["server: https://h:6443", "insecure-skip-tls-verify: true"],
      [
        "exec:",
        "  apiVersion: client.authentication.k8s.io/v1",
        "  command: ./plugin.sh",
        "  env: [{ name: PREFIX, value: exec }]",
      ],
    );
    const client = loadKubeconfig(text, { baseDir: dir }).connect();
    for (let i = 0; i < 3; i++) {
      const request: RequestOptions = {};
      await client.connection.prepare(request);
      expect(request.rejectUnauthorized).toBe(false);
      expect(request.headers).toEqual({ Authorization: "Bearer exec-1" });
    }
    expect(readFileSync(counter, "utf8")).toBe("x\n");
    expect(client.connection.secrets).toContain("exec-1");
  });

  it("reports a failing exec plugin by command and exit code", async () => {
    const text = kubeconfig(["server: https://h:6443"], ["exec:", "  command: /bin/false"]);
    await expect(prepared(text)).rejects.toThrow("kubeconfig: exec plugin /bin/false failed (1)");
  });

  it("uses another context when asked, and names the known ones when it does not exist", () => {
    const text = kubeconfig(["server: https://h:6443"], []);
    expect(loadKubeconfig(text, { context: "other" }).server).toBe("https://h:6443");
    expect(() => loadKubeconfig(text, { context: "nope", where: "management kubeconfig" })).toThrow(
      'management kubeconfig: no context "nope" (contexts: ctx, other)',
    );
  });

  it("refuses what it cannot honour instead of ignoring it", () => {
    expect(() =>
      loadKubeconfig(kubeconfig(["server: https://h:6443", "proxy-url: http://proxy:3128"], [])),
    ).toThrow(KubeconfigError);
    expect(() => loadKubeconfig(kubeconfig(["certificate-authority: x"], []))).toThrow(
      'kubeconfig: context "ctx" names no cluster with a server',
    );
    expect(() => loadKubeconfig("current-context: x\ncontexts: []")).toThrow('no context "x"');
    expect(() =>
      loadKubeconfig(kubeconfig(["server: https://h", "certificate-authority: /nonexistent/ca"], [])),
    ).toThrow("kubeconfig: cannot read the certificate-authority file /nonexistent/ca");
  });
});
