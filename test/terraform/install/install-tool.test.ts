import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as toolCache from "@actions/tool-cache";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { InstallError } from "../../../src/terraform/install/install-error.js";
import { type InstallOptions, installTool } from "../../../src/terraform/install/install-tool.js";
import { keepEnv } from "../../support/env.js";
import { nonLoopbackIpv4 } from "../../support/tcp-forwarder.js";
import { type ForwardProxy, startTinyproxy, tinyproxyMissing } from "../../support/tinyproxy.js";
import { publish, releasePaths, writeFakeBinary, zipAs } from "./support/publish.js";
import { cutOffAfter, type ReleaseServer, stallAfter, startReleaseServer } from "./support/release-server.js";
import { createSigner, type TestSigner } from "./support/signing.js";
import { findZip, ZIP_MISSING } from "./support/zip.js";

// Every refusal and every transport failure, against a loopback mirror serving a small stand-in
// binary. The real terraform build is exercised in install-terraform-binary.test.ts.

const PLATFORM = { os: "linux", arch: "amd64" };
const zip = findZip();
const restoreEnv = keepEnv("RUNNER_TOOL_CACHE", "RUNNER_TEMP");

let work: string;
let server: ReleaseServer;
let publisher: TestSigner;
let stranger: TestSigner;
let archive: Uint8Array;
let lines: string[];

function install(overrides: Partial<InstallOptions> = {}) {
  return installTool({
    tool: "terraform",
    version: "1.8.5",
    downloadUrl: server.url,
    platform: PLATFORM,
    searchPath: "",
    trustedKeys: [publisher.trusted],
    limits: { stallTimeoutMs: 2_000, totalTimeoutMs: 5_000 },
    retry: { attempts: 1, delayMs: 10 },
    log: (line) => lines.push(line),
    ...overrides,
  });
}

async function refusal(promise: Promise<unknown>): Promise<InstallError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof InstallError)) throw new Error(`expected an InstallError, got ${String(error)}`);
  return error;
}

const paths = releasePaths("terraform", "1.8.5");

beforeAll(async () => {
  if (!zip) throw new Error(ZIP_MISSING);
  work = await mkdtemp(join(tmpdir(), "install-tool-"));
  await writeFakeBinary(join(work, "fake-terraform"), "1.8.5");
  archive = await zipAs(zip, join(work, "fake-terraform"), "terraform", work);
  [publisher, stranger] = await Promise.all([createSigner("Test Publisher"), createSigner("Stranger")]);
  server = await startReleaseServer();
  process.env.RUNNER_TEMP = join(work, "temp");
  await mkdir(process.env.RUNNER_TEMP);
});

afterAll(async () => {
  await server?.close();
  restoreEnv();
  if (work) await rm(work, { recursive: true, force: true });
});

beforeEach(async () => {
  process.env.RUNNER_TOOL_CACHE = await mkdtemp(join(work, "cache-"));
  server.routes.clear();
  server.requests.length = 0;
  lines = [];
});

describe("installTool from a mirror", () => {
  it("installs a release whose signature and checksum verify, then reuses the tool cache", async () => {
    await publish(server, { tool: "terraform", version: "1.8.5", archive, signer: publisher });

    const first = await install();
    expect(first.source).toBe("download");
    expect(server.requests).toEqual([paths.sums, paths.signature, paths.archive]);
    expect(JSON.parse(execFileSync(first.path, ["version", "-json"], { encoding: "utf8" }))).toMatchObject({
      terraform_version: "1.8.5",
    });
    expect(lines.join("\n")).toContain(`good signature by Test Publisher ${publisher.trusted.fingerprint}`);

    const second = await install();
    expect(second).toMatchObject({ source: "cache", path: first.path });
    expect(server.requests).toHaveLength(3);
  });

  it("refuses an archive whose sha256 differs from the signed SHA256SUMS, and caches nothing", async () => {
    const wrong = "0".repeat(64);
    await publish(server, {
      tool: "terraform",
      version: "1.8.5",
      archive,
      signer: publisher,
      sums: `${wrong}  terraform_1.8.5_linux_amd64.zip\n`,
    });
    const error = await refusal(install());
    expect(error.reason).toBe("checksum-mismatch");
    expect(error.message).toContain(`the signed terraform_1.8.5_SHA256SUMS says ${wrong}`);
    expect(toolCache.find("terraform", "1.8.5", "amd64")).toBe("");
  });

  it("refuses SHA256SUMS signed by a key other than the pinned one, before downloading the archive", async () => {
    await publish(server, { tool: "terraform", version: "1.8.5", archive, signer: stranger });
    const error = await refusal(install());
    expect(error.reason).toBe("bad-signature");
    expect(error.message).toContain(`does not verify with Test Publisher ${publisher.trusted.fingerprint}`);
    expect(server.requests).not.toContain(paths.archive);
  });

  it("refuses SHA256SUMS changed after it was signed", async () => {
    await publish(server, {
      tool: "terraform",
      version: "1.8.5",
      archive,
      signer: publisher,
      tamper: (sums) => sums.replace(/^[0-9a-f]/m, (c) => (c === "0" ? "1" : "0")),
    });
    expect((await refusal(install())).reason).toBe("bad-signature");
  });

  it("refuses SHA256SUMS without a signature", async () => {
    await publish(server, { tool: "terraform", version: "1.8.5", archive, signer: null });
    const error = await refusal(install());
    expect(error.reason).toBe("unsigned");
    expect(error.url).toBe(`${server.url}${paths.signature}`);
  });

  it("refuses when SHA256SUMS has no line for the archive", async () => {
    await publish(server, {
      tool: "terraform",
      version: "1.8.5",
      archive,
      signer: publisher,
      sums: `${"a".repeat(64)}  terraform_1.8.5_darwin_arm64.zip\n`,
    });
    const error = await refusal(install());
    expect(error.reason).toBe("not-listed");
    expect(error.message).toBe("terraform_1.8.5_SHA256SUMS has no line for terraform_1.8.5_linux_amd64.zip");
  });

  it("reports a version the mirror does not have as not-found, without retrying a 404", async () => {
    const error = await refusal(install({ version: "1.8.99", retry: { attempts: 3, delayMs: 10 } }));
    expect(error).toMatchObject({ reason: "not-found", httpStatus: 404 });
    expect(error.message).toContain("/terraform/1.8.99/terraform_1.8.99_SHA256SUMS: HTTP 404");
    expect(server.requests).toHaveLength(1);
  });

  it("reports a missing archive as not-found", async () => {
    await publish(server, { tool: "terraform", version: "1.8.5", archive, signer: publisher });
    server.routes.delete(paths.archive);
    const error = await refusal(install());
    expect(error).toMatchObject({ reason: "not-found", url: `${server.url}${paths.archive}` });
  });

  it("refuses a SHA256SUMS larger than any real one", async () => {
    server.routes.set(paths.sums, new Uint8Array(2 * 1024 * 1024));
    expect(await refusal(install())).toMatchObject({
      reason: "too-large",
      url: `${server.url}${paths.sums}`,
    });
  });

  it("gives up on a server that stops sending, within the stall limit", async () => {
    await publish(server, { tool: "terraform", version: "1.8.5", archive, signer: publisher });
    server.routes.set(paths.archive, stallAfter(archive, 100));
    const started = Date.now();
    const error = await refusal(install({ limits: { stallTimeoutMs: 300, totalTimeoutMs: 5_000 } }));
    expect(error.reason).toBe("timeout");
    expect(error.message).toContain("sent nothing for 300 ms");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("gives up on a server that never answers", async () => {
    server.routes.set(paths.sums, () => {});
    const error = await refusal(install({ limits: { stallTimeoutMs: 300, totalTimeoutMs: 5_000 } }));
    expect(error).toMatchObject({ reason: "timeout", url: `${server.url}${paths.sums}` });
  });

  it("enforces the total limit on a server that trickles bytes", async () => {
    await publish(server, { tool: "terraform", version: "1.8.5", archive, signer: publisher });
    server.routes.set(paths.archive, (_req, res) => {
      res.writeHead(200, { "content-length": archive.byteLength });
      let sent = 0;
      const timer = setInterval(() => {
        if (res.destroyed || sent >= archive.byteLength) return clearInterval(timer);
        res.write(archive.subarray(sent, ++sent));
      }, 20);
    });
    const error = await refusal(install({ limits: { stallTimeoutMs: 1_000, totalTimeoutMs: 400 } }));
    expect(error.reason).toBe("timeout");
    expect(error.message).toContain("took more than 400 ms in all");
  });

  it("reports a body cut off before its announced length as truncated, after retrying it", async () => {
    await publish(server, { tool: "terraform", version: "1.8.5", archive, signer: publisher });
    server.routes.set(paths.archive, cutOffAfter(archive, Math.floor(archive.byteLength / 2)));
    const error = await refusal(install({ retry: { attempts: 2, delayMs: 10 } }));
    expect(error.reason).toBe("truncated");
    expect(server.requests.filter((path) => path === paths.archive)).toHaveLength(2);
    expect(toolCache.find("terraform", "1.8.5", "amd64")).toBe("");
  });

  it("tries a 503 again and succeeds when the server recovers", async () => {
    await publish(server, { tool: "terraform", version: "1.8.5", archive, signer: publisher });
    let calls = 0;
    server.routes.set(paths.archive, (_req, res) => {
      if (++calls === 1) res.writeHead(503).end("busy");
      else res.writeHead(200, { "content-length": archive.byteLength }).end(archive);
    });
    const installed = await install({ retry: { attempts: 3, delayMs: 10 } });
    expect(installed.source).toBe("download");
    expect(calls).toBe(2);
    expect(lines.join("\n")).toMatch(/HTTP 503 Service Unavailable; trying again in 10 ms \(2\/3\)/);
  });

  it("sends credentials of the download-url as Basic auth and never logs them", async () => {
    await publish(server, { tool: "terraform", version: "1.8.5", archive, signer: publisher });
    const files = new Map(server.routes);
    const expected = `Basic ${Buffer.from("ci:s3cr#t").toString("base64")}`;
    for (const [path, body] of files) {
      server.routes.set(path, (req, res) => {
        if (req.headers.authorization !== expected) return void res.writeHead(401).end();
        res.writeHead(200).end(body as Uint8Array);
      });
    }
    const mirror = server.url.replace("http://", "http://ci:s3cr%23t@");
    expect((await install({ downloadUrl: mirror })).source).toBe("download");
    expect(lines.join("\n")).not.toContain("s3cr");

    process.env.RUNNER_TOOL_CACHE = await mkdtemp(join(work, "cache-"));
    const denied = await refusal(install({ downloadUrl: server.url.replace("http://", "http://ci:wrong@") }));
    expect(denied).toMatchObject({ reason: "download-failed", httpStatus: 401 });
    expect(denied.message).not.toContain("wrong");
  });

  it("uses OpenTofu's layout (v<version>/, .gpgsig) and follows redirects as GitHub's do", async () => {
    const tofuPaths = releasePaths("tofu", "1.6.3");
    await writeFakeBinary(join(work, "fake-tofu"), "1.6.3");
    const tofuArchive = await zipAs(zip as string, join(work, "fake-tofu"), "tofu", work);
    await publish(server, { tool: "tofu", version: "1.6.3", archive: tofuArchive, signer: publisher });
    server.routes.set("/storage/blob", tofuArchive);
    server.routes.set(tofuPaths.archive, (_req, res) =>
      res.writeHead(302, { location: "/storage/blob" }).end(),
    );

    const installed = await install({ tool: "tofu", version: "1.6.3" });
    expect(installed).toMatchObject({ tool: "tofu", version: "1.6.3", source: "download" });
    expect(server.requests).toEqual([
      "/v1.6.3/tofu_1.6.3_SHA256SUMS",
      "/v1.6.3/tofu_1.6.3_SHA256SUMS.gpgsig",
      "/v1.6.3/tofu_1.6.3_linux_amd64.zip",
      "/storage/blob",
    ]);
    expect(execFileSync(installed.path, ["version", "-json"], { encoding: "utf8" })).toContain('"1.6.3"');
  });

  it("reuses a binary on PATH that reports the version, and ignores one that does not", async () => {
    const bin = join(work, "path-bin");
    await mkdir(bin, { recursive: true });
    await writeFakeBinary(join(bin, "terraform"), "1.8.5");
    const onPath = await install({ searchPath: `relative/dir:${bin}` });
    expect(onPath).toMatchObject({ source: "path", path: join(bin, "terraform"), dir: bin });
    expect(server.requests).toEqual([]);

    await publish(server, { tool: "terraform", version: "1.8.5", archive, signer: publisher });
    await writeFakeBinary(join(bin, "terraform"), "1.7.0");
    expect((await install({ searchPath: bin })).source).toBe("download");
    expect(lines).toContain(`not using ${join(bin, "terraform")}: it is 1.7.0`);
  });

  it("refuses a download-url that is not http(s), and works only with a tool cache", async () => {
    expect((await refusal(install({ downloadUrl: "ftp://mirror.example/terraform" }))).reason).toBe(
      "bad-download-url",
    );
    delete process.env.RUNNER_TOOL_CACHE;
    expect((await refusal(install())).reason).toBe("no-tool-cache");
  });
});

const external = nonLoopbackIpv4();

describe.skipIf(tinyproxyMissing() || (!external && "no non-loopback IPv4 address to serve from"))(
  "installTool behind a forward proxy (tinyproxy)",
  () => {
    let proxy: ForwardProxy;
    let mirror: ReleaseServer;
    beforeAll(async () => {
      proxy = await startTinyproxy();
      mirror = await startReleaseServer(external);
    });
    afterEach(keepEnv("HTTP_PROXY", "NO_PROXY"));
    afterAll(async () => {
      await proxy?.stop();
      await mirror?.close();
    });

    it("downloads through the proxy HTTP_PROXY names, and straight when NO_PROXY lists the mirror", async () => {
      await publish(mirror, { tool: "terraform", version: "1.8.5", archive, signer: publisher });
      const host = new URL(mirror.url).host;
      process.env.HTTP_PROXY = proxy.url;
      delete process.env.NO_PROXY;
      expect((await install({ downloadUrl: mirror.url })).source).toBe("download");
      expect(proxy.forwarded()).toEqual(Array(3).fill(`CONNECT ${host}`));

      process.env.RUNNER_TOOL_CACHE = await mkdtemp(join(work, "cache-"));
      process.env.NO_PROXY = new URL(mirror.url).hostname;
      expect((await install({ downloadUrl: mirror.url })).source).toBe("download");
      expect(proxy.forwarded()).toHaveLength(3);
      expect(mirror.requests).toHaveLength(6);
    });

    it("passes the proxy's credentials from HTTP_PROXY to a proxy that requires them", async () => {
      const guarded = await startTinyproxy({ user: "runner", password: "pr0xy-s3cret" });
      try {
        await publish(mirror, { tool: "terraform", version: "1.8.5", archive, signer: publisher });
        const host = new URL(mirror.url).host;
        delete process.env.NO_PROXY;
        process.env.HTTP_PROXY = guarded.url.replace("//", "//runner:wrong@");
        const refused = await refusal(install({ downloadUrl: mirror.url }));
        expect(refused.message).toContain(
          `through the proxy http://***@${new URL(guarded.url).host}/: fetch failed (Proxy response (401) !== 200 when HTTP Tunneling)`,
        );
        expect(refused.message).not.toContain("wrong");
        process.env.HTTP_PROXY = guarded.url.replace("//", "//runner:pr0xy-s3cret@");
        expect((await install({ downloadUrl: mirror.url })).source).toBe("download");
        expect(guarded.forwarded()).toContain(`CONNECT ${host}`);
        expect(lines.join("\n")).not.toContain("pr0xy-s3cret");
      } finally {
        await guarded.stop();
      }
    });

    it("refuses a socks5 proxy before any download, naming the variable and not its password", async () => {
      mirror.requests.length = 0;
      process.env.HTTP_PROXY = "socks5://proxyuser:pr0xy-s3cret@127.0.0.1:1080";
      delete process.env.NO_PROXY;
      const error = await refusal(install({ downloadUrl: mirror.url }));
      expect(error.reason).toBe("bad-proxy");
      expect(error.message).toBe(
        `cannot download ${mirror.url}${paths.sums}: HTTP_PROXY: socks5 proxies are not supported; use an http:// or https:// proxy (HTTP CONNECT)`,
      );
      expect(mirror.requests).toEqual([]);
    });

    it("says which download failed when the proxy does not answer, never its password", async () => {
      await publish(mirror, { tool: "terraform", version: "1.8.5", archive, signer: publisher });
      mirror.requests.length = 0;
      process.env.HTTP_PROXY = "http://proxyuser:pr0xy-s3cret@127.0.0.1:9";
      delete process.env.NO_PROXY;
      const error = await refusal(install({ downloadUrl: mirror.url }));
      expect(error.reason).toBe("download-failed");
      expect(error.message).toContain(
        `cannot download ${mirror.url}${paths.sums} through the proxy http://***@127.0.0.1:9/`,
      );
      expect(`${error.message}\n${lines.join("\n")}`).not.toContain("pr0xy-s3cret");
      expect(mirror.requests).toEqual([]);
    });
  },
);
