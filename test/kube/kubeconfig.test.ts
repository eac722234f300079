import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { RequestOptions } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { KubeconfigError, loadKubeconfig } from "../../src/kube/kubeconfig.js";

const CA = readFileSync(new URL("../kamaji/fixtures/kubeadm-pubkeypin-test.crt", import.meta.url), "utf8");
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
      loadKubeconfig(
        kubeconfig(["server: https://h:6443", "proxy-url: socks5://u:pr0xy-s3cret@proxy:1080"], []),
      ),
    ).toThrow(
      new KubeconfigError(
        "kubeconfig",
        "cluster proxy-url: socks5 proxies are not supported; use an http:// or https:// proxy (HTTP CONNECT)",
      ),
    );
    expect(() =>
      loadKubeconfig(kubeconfig(["server: https://h:6443", "proxy-url: file:///etc/passwd"], [])),
    ).toThrow("kubeconfig: cluster proxy-url: the scheme file: is not supported; use http:// or https://");
    expect(() => loadKubeconfig(kubeconfig(["server: https://h:6443", "proxy-url: proxy:3128"], []))).toThrow(
      "kubeconfig: cluster proxy-url: the scheme proxy: is not supported; use http:// or https://",
    );
    expect(() => loadKubeconfig(kubeconfig(["certificate-authority: x"], []))).toThrow(
      'kubeconfig: context "ctx" names no cluster with a server',
    );
    expect(() => loadKubeconfig("current-context: x\ncontexts: []")).toThrow('no context "x"');
    expect(() =>
      loadKubeconfig(kubeconfig(["server: https://h", "certificate-authority: /nonexistent/ca"], [])),
    ).toThrow("kubeconfig: cannot read the certificate-authority file /nonexistent/ca");
  });
});

/**
 * A tenant's admin kubeconfig comes from a Secret in the management cluster: whoever may write that
 * Secret writes it. Read with `inlineOnly`, it may not make the runner run a command or read a file.
 */
describe("a kubeconfig read from a cluster (inlineOnly)", () => {
  const WHERE = "Secret kamaji-tenant/tcp-alpha-admin-kubeconfig key admin.conf";
  const CANARY = "canary-file-contents-must-not-leak";
  const CA_DATA = `certificate-authority-data: ${Buffer.from(CA).toString("base64")}`;

  /** The error `loadKubeconfig` throws, or a failure when it throws none. */
  function refusal(text: string): KubeconfigError {
    try {
      loadKubeconfig(text, { where: WHERE, baseDir: dir, inlineOnly: true });
    } catch (error) {
      expect(error).toBeInstanceOf(KubeconfigError);
      return error as KubeconfigError;
    }
    throw new Error("expected loadKubeconfig to refuse the kubeconfig");
  }

  /** Named by where it came from and by the field, before any value could be quoted. */
  function expectRefused(error: KubeconfigError, field: string) {
    const head = `${WHERE}: ${field} is refused: `;
    expect(error.message.slice(0, head.length)).toBe(head);
  }

  it("refuses an exec plugin when loading, and never runs it", async () => {
    const marker = join(dir, "exec-ran");
    const text = kubeconfig(
      ["server: https://h:6443", CA_DATA],
      ["exec:", "  command: /bin/sh", `  args: ["-c", "touch '${marker}'; exit 1"]`],
    );
    expect(refusal(text).message).toBe(
      `${WHERE}: user exec is refused: a kubeconfig read from a cluster may hold inline data only (certificate-authority-data, client-certificate-data, client-key-data, token, username and password)`,
    );
    expect(existsSync(marker)).toBe(false);

    // Loaded in full, the same kubeconfig runs the command: the refusal is what kept it from running.
    await expect(prepared(text)).rejects.toThrow(KubeconfigError);
    expect(existsSync(marker)).toBe(true);
  });

  const INLINE_CERT = `client-certificate-data: ${Buffer.from("CERT").toString("base64")}`;
  const INLINE_KEY = `client-key-data: ${Buffer.from("KEY").toString("base64")}`;
  it.each([
    // Each with what it pairs with inline, so that loaded in full the file would be used.
    ["cluster", "certificate-authority", []],
    ["user", "client-certificate", [INLINE_KEY]],
    ["user", "client-key", [INLINE_CERT]],
    ["user", "tokenFile", []],
  ])("refuses %s %s, a file on the runner, without naming it", async (section, field, pair) => {
    const file = join(dir, `canary-${field}`);
    writeFileSync(file, CANARY);
    const line = `${field}: ${file}`;
    const text = kubeconfig(
      section === "cluster" ? ["server: https://h:6443", line] : ["server: https://h:6443", CA_DATA],
      section === "user" ? [line, ...pair] : [],
    );
    const error = refusal(text);
    expectRefused(error, `${section} ${field}`);
    expect(error.message).not.toContain(CANARY);
    expect(error.message).not.toContain(file);

    // Loaded in full, the same kubeconfig sends the file's contents.
    expect(JSON.stringify(await prepared(text))).toContain(CANARY);
  });

  it("refuses a relative file path too, however it is spelled", () => {
    writeFileSync(join(dir, "canary-token"), CANARY);
    const error = refusal(kubeconfig(["server: https://h:6443", CA_DATA], ["tokenFile: ./canary-token"]));
    expectRefused(error, "user tokenFile");
    expect(error.message).not.toContain(CANARY);
  });

  it.each([
    ["cluster", "proxy-url: http://user:proxy-password@proxy:3128", "proxy-url"],
    ["user", "auth-provider: { name: gcp, config: { access-token: provider-secret } }", "auth-provider"],
  ])("refuses %s %s without quoting it", (section, line, field) => {
    const text = kubeconfig(
      section === "cluster" ? ["server: https://h:6443", CA_DATA, line] : ["server: https://h:6443", CA_DATA],
      section === "user" ? [line] : [],
    );
    const error = refusal(text);
    expectRefused(error, `${section} ${field}`);
    expect(error.message).not.toContain("proxy-password");
    expect(error.message).not.toContain("provider-secret");
  });

  it("still takes inline CA, client certificate, key and token", async () => {
    const text = kubeconfig(
      ["server: https://h:6443", CA_DATA, "tls-server-name: api.internal"],
      [INLINE_CERT, INLINE_KEY, "token: t0ken-value"],
    );
    const request = await prepared(text, { where: WHERE, inlineOnly: true });
    expect(request).toMatchObject({ ca: CA, cert: "CERT", key: "KEY", servername: "api.internal" });
    expect(request.headers).toEqual({ Accept: "application/json", Authorization: "Bearer t0ken-value" });
  });

  it("still takes inline basic auth", async () => {
    const text = kubeconfig(["server: https://h:6443", CA_DATA], ["username: admin", "password: pa55word"]);
    const request = await prepared(text, { where: WHERE, inlineOnly: true });
    expect(request.headers).toMatchObject({
      Authorization: `Basic ${Buffer.from("admin:pa55word").toString("base64")}`,
    });
  });
});
