import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getCACertificates, setDefaultCACertificates } from "node:tls";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { KubeConnectionError } from "../../src/kube/kube-client.js";
import { loadKubeconfig } from "../../src/kube/kubeconfig.js";
import {
  type ControlPlane,
  controlPlaneMissing,
  startControlPlane,
} from "../support/control-plane/control-plane.js";
import { keepEnv } from "../support/env.js";
import { forwardTcp, nonLoopbackIpv4, type TcpForwarder } from "../support/tcp-forwarder.js";
import { type ForwardProxy, startTinyproxy, tinyproxyMissing } from "../support/tinyproxy.js";

/**
 * The Kubernetes client behind a forward proxy: a real kube-apiserver reached through a real
 * tinyproxy, by the kubeconfig's proxy-url or by HTTPS_PROXY. The proxy must see nothing but
 * `CONNECT host:port`: TLS, with the kubeconfig's CA and client certificate, runs inside the tunnel.
 *
 * The API server is seen through a TCP forwarder that counts connections: a request that went
 * through the tunnel adds one (the proxy's), one that opened a tunnel and then went direct would
 * add two.
 */

const skip = controlPlaneMissing() || tinyproxyMissing();
const PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"];
const OTHER_CA = readFileSync(
  new URL("../kamaji/fixtures/kubeadm-pubkeypin-test.crt", import.meta.url),
  "utf8",
);
const ADMIN = /^kubernetes-super-admin in system:masters,/;

interface SelfSubjectReview {
  status: { userInfo: { username: string; groups: string[] } };
}

describe.skipIf(skip)(`Kubernetes API through a forward proxy${skip ? ` (skipped: ${skip})` : ""}`, () => {
  let cp: ControlPlane;
  let proxy: ForwardProxy;
  /** The API server at another loopback port, its connections counted. */
  let api: TcpForwarder;
  let server: string;
  const restoreEnv = keepEnv(...PROXY_VARIABLES);

  beforeAll(async () => {
    for (const name of PROXY_VARIABLES) delete process.env[name];
    [cp, proxy] = await Promise.all([startControlPlane(), startTinyproxy()]);
    api = await forwardTcp({ host: "127.0.0.1", toPort: Number(new URL(cp.server).port) });
    server = `https://127.0.0.1:${api.port}`;
  });
  afterEach(() => {
    restoreEnv();
    for (const name of PROXY_VARIABLES) delete process.env[name];
  });
  afterAll(async () => {
    await api?.close();
    await proxy?.stop();
    await cp?.stop();
    restoreEnv();
  });

  /** The control plane's admin kubeconfig for `server`, its cluster entry changed. */
  function adminKubeconfig(cluster: Record<string, string>): string {
    const doc = parse(cp.adminKubeconfig) as { clusters: { cluster: Record<string, string> }[] };
    for (const entry of doc.clusters) Object.assign(entry.cluster, { server }, cluster);
    return stringify(doc);
  }

  /** Who the API server says the client is: proves the client certificate crossed the tunnel. */
  async function whoAmI(kubeconfig: string): Promise<string> {
    const review = await loadKubeconfig(kubeconfig)
      .connect()
      .post<SelfSubjectReview>("/apis/authentication.k8s.io/v1/selfsubjectreviews", {
        apiVersion: "authentication.k8s.io/v1",
        kind: "SelfSubjectReview",
      });
    return `${review.status.userInfo.username} in ${review.status.userInfo.groups.join(",")}`;
  }

  async function connectionError(promise: Promise<unknown>): Promise<KubeConnectionError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(error instanceof KubeConnectionError))
      throw new Error(`expected a KubeConnectionError, got ${String(error)}`);
    return error;
  }

  /** What `action` made the proxy forward, and how many connections the API server got meanwhile. */
  async function traffic(action: () => Promise<unknown>, through = proxy, at = api) {
    const [forwarded, connections] = [through.forwarded().length, at.connections()];
    await action();
    return { forwarded: through.forwarded().slice(forwarded), connections: at.connections() - connections };
  }

  it("goes through the kubeconfig's proxy-url, which sees only CONNECT, with TLS and the client certificate inside", async () => {
    const seen = await traffic(async () =>
      expect(await whoAmI(adminKubeconfig({ "proxy-url": proxy.url }))).toMatch(ADMIN),
    );
    expect(seen).toEqual({ forwarded: [`CONNECT 127.0.0.1:${api.port}`], connections: 1 });
  });

  it("verifies the API server's certificate inside the tunnel: another CA is refused", async () => {
    const kubeconfig = adminKubeconfig({
      "proxy-url": proxy.url,
      "certificate-authority-data": Buffer.from(OTHER_CA).toString("base64"),
    });
    const seen = await traffic(async () => {
      const error = await connectionError(whoAmI(kubeconfig));
      expect(error.message).toBe(
        `cannot reach ${server} through the proxy ${proxy.url}/: the server certificate is not signed by the trusted CA [UNABLE_TO_VERIFY_LEAF_SIGNATURE]`,
      );
    });
    expect(seen).toEqual({ forwarded: [`CONNECT 127.0.0.1:${api.port}`], connections: 1 });
  });

  it("sends the proxy's user:password as Proxy-Authorization; a refusal names the proxy, never the password", async () => {
    const guarded = await startTinyproxy({ user: "runner", password: "pr0xy-s3cret" });
    try {
      const at = (credentials: string) => guarded.url.replace("//", `//${credentials}@`);
      const refusal = await traffic(async () => {
        const refused = await connectionError(
          whoAmI(adminKubeconfig({ "proxy-url": at("runner:wr0ng-pass") })),
        );
        expect(refused.code).toBe("PROXY_REFUSED");
        expect(refused.message).toBe(
          `cannot reach ${server} through the proxy http://***@${new URL(guarded.url).host}/: the proxy answered 401 Unauthorized (its credentials, user:password in the proxy URL, are missing or wrong)`,
        );
      }, guarded);
      expect(refusal.connections).toBe(0);

      const seen = await traffic(
        async () =>
          expect(await whoAmI(adminKubeconfig({ "proxy-url": at("runner:pr0xy-s3cret") }))).toMatch(ADMIN),
        guarded,
      );
      expect(seen).toEqual({ forwarded: [`CONNECT 127.0.0.1:${api.port}`], connections: 1 });
    } finally {
      await guarded.stop();
    }
  });

  it("says the proxy is unreachable, not the API server, and never quotes its password", async () => {
    const error = await connectionError(
      whoAmI(adminKubeconfig({ "proxy-url": "http://runner:pr0xy-s3cret@127.0.0.1:9" })),
    );
    expect(error.message).toBe(
      `cannot reach ${server} through the proxy http://***@127.0.0.1:9/: connecting to the proxy: connection refused (nothing listens on that port) [ECONNREFUSED]`,
    );
    expect(error.proxy).toBe("http://***@127.0.0.1:9/");
  });

  it("reaches an https:// proxy over TLS, verified against Node's trusted CAs", async () => {
    // A TLS front for tinyproxy, with a certificate for 127.0.0.1 that the cluster CA signed.
    const front = await forwardTcp({
      host: "127.0.0.1",
      toPort: Number(new URL(proxy.url).port),
      tls: {
        cert: readFileSync(join(cp.dir, "pki", "apiserver.crt"), "utf8"),
        key: readFileSync(join(cp.dir, "pki", "apiserver.key"), "utf8"),
      },
    });
    const trusted = getCACertificates("default");
    try {
      const kubeconfig = adminKubeconfig({ "proxy-url": `https://127.0.0.1:${front.port}` });
      const untrusted = await connectionError(whoAmI(kubeconfig));
      expect(untrusted.message).toBe(
        `cannot reach ${server} through the proxy https://127.0.0.1:${front.port}/: connecting to the proxy: the server certificate is not signed by the trusted CA [UNABLE_TO_VERIFY_LEAF_SIGNATURE]`,
      );
      // As NODE_EXTRA_CA_CERTS would: the proxy's CA joins Node's trusted ones.
      setDefaultCACertificates([...trusted, cp.caPem]);
      const seen = await traffic(async () => expect(await whoAmI(kubeconfig)).toMatch(ADMIN));
      expect(seen).toEqual({ forwarded: [`CONNECT 127.0.0.1:${api.port}`], connections: 1 });
    } finally {
      setDefaultCACertificates(trusted);
      await front.close();
    }
  });

  it("leaves a loopback API server out of HTTPS_PROXY, as kubectl does", async () => {
    process.env.HTTPS_PROXY = "http://127.0.0.1:9"; // nothing listens: any use of it would fail
    expect(await whoAmI(adminKubeconfig({}))).toMatch(ADMIN);
  });

  const external = nonLoopbackIpv4();
  describe.skipIf(!external && "no non-loopback IPv4 address to reach the API server at")(
    "HTTPS_PROXY",
    () => {
      let apiAtExternal: TcpForwarder;
      let authority: string;
      beforeAll(async () => {
        apiAtExternal = await forwardTcp({ host: external ?? "", toPort: Number(new URL(cp.server).port) });
        authority = `${apiAtExternal.host}:${apiAtExternal.port}`;
      });
      afterAll(() => apiAtExternal?.close());

      /** The admin kubeconfig for the API server at the non-loopback address; its certificate names `kubernetes`. */
      const atExternal = (cluster: Record<string, string> = {}) =>
        adminKubeconfig({ server: `https://${authority}`, "tls-server-name": "kubernetes", ...cluster });

      it("goes through HTTPS_PROXY, and straight to a server NO_PROXY lists, by address or range", async () => {
        process.env.HTTPS_PROXY = proxy.url;
        const proxied = await traffic(
          async () => expect(await whoAmI(atExternal())).toMatch(ADMIN),
          proxy,
          apiAtExternal,
        );
        expect(proxied).toEqual({ forwarded: [`CONNECT ${authority}`], connections: 1 });

        for (const noProxy of [apiAtExternal.host, `${apiAtExternal.host.split(".")[0]}.0.0.0/8`]) {
          process.env.NO_PROXY = noProxy;
          const direct = await traffic(
            async () => expect(await whoAmI(atExternal())).toMatch(ADMIN),
            proxy,
            apiAtExternal,
          );
          expect(direct, noProxy).toEqual({ forwarded: [], connections: 1 });
        }
      });

      it("refuses a socks5 HTTPS_PROXY in one line, naming the variable and not the password", async () => {
        process.env.HTTPS_PROXY = "socks5://runner:pr0xy-s3cret@127.0.0.1:1080";
        const error = await connectionError(whoAmI(atExternal()));
        expect(error.code).toBe("BAD_PROXY");
        expect(error.message).toBe(
          `cannot reach https://${authority}: HTTPS_PROXY: socks5 proxies are not supported; use an http:// or https:// proxy (HTTP CONNECT)`,
        );
      });

      it("prefers the kubeconfig's proxy-url to HTTPS_PROXY and NO_PROXY, as client-go does", async () => {
        process.env.HTTPS_PROXY = "http://127.0.0.1:9";
        process.env.NO_PROXY = "*";
        const seen = await traffic(
          async () => expect(await whoAmI(atExternal({ "proxy-url": proxy.url }))).toMatch(ADMIN),
          proxy,
          apiAtExternal,
        );
        expect(seen).toEqual({ forwarded: [`CONNECT ${authority}`], connections: 1 });
      });
    },
  );
});
