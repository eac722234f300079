import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createGitHubClient } from "../../src/github/client.js";
import { findComment, upsertPlanComment } from "../../src/github/plan-comment.js";
import { ProxySettingError } from "../../src/net/proxy-from-environment.js";
import { keepEnv } from "../support/env.js";
import { fakeSha, type GitHubServer, startGitHubServer } from "../support/github-server/index.js";
import { nonLoopbackIpv4 } from "../support/tcp-forwarder.js";
import { type ForwardProxy, startTinyproxy, tinyproxyMissing } from "../support/tinyproxy.js";
import { OWNER, REPO, TOKEN } from "./helpers.js";

/**
 * The GitHub client on a runner behind a forward proxy: the OpenAPI-checked fake GitHub, at a
 * non-loopback address of this machine (loopback never goes through a proxy), reached through a
 * real tinyproxy. The fake speaks http://, so HTTP_PROXY is the variable that applies; for
 * https://api.github.com it is HTTPS_PROXY (test/net/proxy-from-environment.test.ts).
 */

const external = nonLoopbackIpv4();
const PROXY_VARIABLES = ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"];

describe.skipIf(tinyproxyMissing() || (!external && "no non-loopback IPv4 address to serve from"))(
  "the GitHub client behind a forward proxy (tinyproxy)",
  () => {
    let proxy: ForwardProxy;
    let server: GitHubServer;
    const restoreEnv = keepEnv(...PROXY_VARIABLES);

    beforeAll(async () => {
      proxy = await startTinyproxy();
    });
    beforeEach(async () => {
      for (const name of PROXY_VARIABLES) delete process.env[name];
      server = await startGitHubServer({ token: TOKEN, host: external ?? "" });
      server.github.addRepo(OWNER, REPO);
    });
    afterEach(async () => {
      restoreEnv();
      await server.close();
      expect(server.violations, "requests that break GitHub's OpenAPI description").toEqual([]);
    });
    afterAll(() => proxy?.stop());

    const client = () =>
      createGitHubClient({
        token: TOKEN,
        baseUrl: server.url,
        delayUnitMs: 1,
        paceWrites: false,
        retries: 0,
      });
    const find = (pullNumber: number) =>
      findComment(client(), { owner: OWNER, repo: REPO, pullNumber, key: "pools" });

    it("posts the plan comment through the proxy HTTP_PROXY names, and goes straight to a host NO_PROXY lists", async () => {
      const pullNumber = server.github.addPullRequest(OWNER, REPO).number;
      const before = proxy.forwarded().length;
      process.env.HTTP_PROXY = proxy.url;
      const posted = await upsertPlanComment(client(), {
        owner: OWNER,
        repo: REPO,
        pullNumber,
        header: { key: "pools", sha: fakeSha("head"), status: "planned", hashes: {} },
        body: "## Plan: +1 node",
        mode: "update",
      });
      expect(posted.action).toBe("created");
      expect(server.github.commentsOn(OWNER, REPO, pullNumber)).toHaveLength(1);
      const tunnels = proxy.forwarded().slice(before);
      expect(tunnels.length).toBeGreaterThan(0);
      expect(new Set(tunnels)).toEqual(new Set([`CONNECT ${new URL(server.url).host}`]));

      process.env.NO_PROXY = `localhost,${external}`;
      const forwarded = proxy.forwarded().length;
      const received = server.requests.length;
      expect((await find(pullNumber))?.header.sha).toBe(fakeSha("head"));
      expect(server.requests).toHaveLength(received + 1);
      expect(proxy.forwarded()).toHaveLength(forwarded);
    });

    it("sends the proxy's credentials from HTTP_PROXY; a refusal names the proxy, never its password", async () => {
      const guarded = await startTinyproxy({ user: "runner", password: "pr0xy-s3cret" });
      try {
        const pullNumber = server.github.addPullRequest(OWNER, REPO).number;
        const shown = `http://***@${new URL(guarded.url).host}/`;
        process.env.HTTP_PROXY = guarded.url.replace("//", "//runner:wr0ng-pass@");
        const refused = await find(pullNumber).then(
          () => undefined,
          (error: unknown) => error as Error,
        );
        expect(refused?.message).toContain(
          `(Proxy response (401) !== 200 when HTTP Tunneling) through the proxy ${shown}`,
        );
        expect(refused?.message).not.toContain("wr0ng-pass");
        expect(server.requests).toHaveLength(0);

        process.env.HTTP_PROXY = guarded.url.replace("//", "//runner:pr0xy-s3cret@");
        await expect(find(pullNumber)).resolves.toBeUndefined();
        expect(guarded.forwarded()).toContain(`CONNECT ${new URL(server.url).host}`);
      } finally {
        await guarded.stop();
      }
    });

    it("refuses a socks5 proxy when the client is made, naming the variable", () => {
      process.env.HTTP_PROXY = "socks5://runner:pr0xy-s3cret@127.0.0.1:1080";
      expect(client).toThrow(
        new ProxySettingError(
          "HTTP_PROXY",
          "socks5 proxies are not supported; use an http:// or https:// proxy (HTTP CONNECT)",
        ),
      );
    });
  },
);
