import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkClusterInfo, parseClusterInfoKubeconfig } from "../../src/kamaji/cluster-info.js";
import { signDetachedJws } from "../../src/kamaji/jws.js";

const CA = readFileSync(new URL("fixtures/kubeadm-pubkeypin-test.crt", import.meta.url), "utf8");
const PIN = "sha256:345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3";
const token = { id: "abcdef", secret: "0123456789abcdef" };

/** cluster-info's kubeconfig as kubeadm writes it: one cluster named "". */
const kubeconfig = [
  "apiVersion: v1",
  "clusters:",
  "- cluster:",
  `    certificate-authority-data: ${Buffer.from(CA).toString("base64")}`,
  "    server: https://10.0.0.10:6443",
  '  name: ""',
  "contexts: null",
  'current-context: ""',
  "kind: Config",
  "users: null",
  "",
].join("\n");

const signed = { kubeconfig, "jws-kubeconfig-abcdef": signDetachedJws(kubeconfig, token) };

describe("cluster-info checks", () => {
  it("pass with the signing token and the CA's pin, giving the server and CA", () => {
    const result = checkClusterInfo(signed, token, PIN.toUpperCase().replace("SHA256", "sha256"));
    expect(result).toMatchObject({
      ok: true,
      caPins: [PIN],
      kubeconfig: { server: "https://10.0.0.10:6443" },
    });
    expect(result.ok && result.kubeconfig.caPem).toBe(CA);
  });

  it("fail without the token's signature: unknown, expired or deleted token", () => {
    expect(checkClusterInfo({ kubeconfig }, token, PIN)).toEqual({
      ok: false,
      step: "signature",
      problem:
        "cluster-info carries no signature for token id abcdef: the token is unknown, expired or deleted, or the tenant's bootstrapsigner controller is not running",
    });
  });

  it("fail with a wrong token secret, without printing either secret", () => {
    const result = checkClusterInfo(signed, { ...token, secret: "ffffffffffffffff" }, PIN);
    expect(result).toMatchObject({ ok: false, step: "signature" });
    expect(JSON.stringify(result)).not.toMatch(/0123456789abcdef|ffffffffffffffff/);
  });

  it("fail when the signed kubeconfig was changed in transit", () => {
    const tampered = { ...signed, kubeconfig: kubeconfig.replace("10.0.0.10", "10.6.6.6") };
    expect(checkClusterInfo(tampered, token, PIN)).toMatchObject({ ok: false, step: "signature" });
  });

  it("fail when the CA is not the pinned one, listing the CA's pins", () => {
    const wrong = `sha256:${"0".repeat(64)}`;
    expect(checkClusterInfo(signed, token, wrong)).toEqual({
      ok: false,
      step: "ca-pin",
      problem: `none of the public keys of cluster-info's CA (${PIN}) is pinned by ${wrong}`,
    });
  });

  it("fail when the tenant has no kubeconfig in cluster-info", () => {
    expect(checkClusterInfo({}, token, PIN)).toMatchObject({ ok: false, step: "kubeconfig" });
  });

  it("read only a kubeconfig with server and CA data", () => {
    expect(parseClusterInfoKubeconfig("clusters: []")).toBeUndefined();
    expect(parseClusterInfoKubeconfig(": : :")).toBeUndefined();
  });
});
