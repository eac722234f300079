import { getProxyUrl } from "@actions/http-client";
import { afterEach, describe, expect, it } from "vitest";
import {
  checkProxyUrl,
  ProxySettingError,
  proxyAuthorization,
  proxyFromEnvironment,
} from "../../src/net/proxy-from-environment.js";
import { keepEnv } from "../support/env.js";

const PROXY = "http://proxy.corp:3128";

/** The proxy for `target` under `env`, as its href, or "direct". */
function route(target: string, env: Record<string, string>): string {
  return proxyFromEnvironment(new URL(target), env)?.href ?? "direct";
}

describe("proxyFromEnvironment", () => {
  it("takes HTTPS_PROXY for https:// and HTTP_PROXY for http://, never one for the other", () => {
    const env = { HTTPS_PROXY: "http://secure.corp:3128", HTTP_PROXY: "http://plain.corp:3128" };
    expect(route("https://api.github.com/repos", env)).toBe("http://secure.corp:3128/");
    expect(route("http://mirror.corp/terraform", env)).toBe("http://plain.corp:3128/");
    expect(route("https://api.github.com", { HTTP_PROXY: PROXY })).toBe("direct");
    expect(route("https://api.github.com", {})).toBe("direct");
  });

  it("prefers the lower-case variable, as the actions toolkit and curl do", () => {
    expect(route("https://h.example", { https_proxy: "http://lower:1", HTTPS_PROXY: "http://upper:2" })).toBe(
      "http://lower:1/",
    );
  });

  it("reads a bare host:port as an http:// proxy, as Go and the toolkit do", () => {
    expect(route("https://h.example", { HTTPS_PROXY: "proxy.corp:3128" })).toBe("http://proxy.corp:3128/");
  });

  it("never proxies loopback, whatever NO_PROXY says", () => {
    for (const target of [
      "https://localhost:6443",
      "https://127.0.0.1:6443",
      "https://127.8.9.10",
      "https://[::1]:6443",
    ]) {
      expect(route(target, { HTTPS_PROXY: PROXY }), target).toBe("direct");
    }
  });

  it.each([
    ["*", "https://anything.example", "direct"],
    ["example.com", "https://example.com", "direct"],
    ["example.com", "https://api.example.com", "direct"],
    ["example.com", "https://notexample.com", PROXY],
    [".example.com", "https://api.example.com", "direct"],
    [".example.com", "https://example.com", PROXY],
    ["*.example.com", "https://api.example.com", "direct"],
    ["*.example.com", "https://example.com", PROXY],
    ["EXAMPLE.com", "https://Api.Example.COM", "direct"],
    ["example.com:8443", "https://example.com:8443", "direct"],
    ["example.com:8443", "https://example.com", PROXY],
    ["example.com:443", "https://example.com", "direct"],
    // Addresses and ranges, as kubectl and terraform read them: private clusters sit at these.
    ["10.0.0.0/8", "https://10.20.30.40:6443", "direct"],
    ["10.0.0.0/8", "https://11.0.0.1:6443", PROXY],
    ["10.0.0.0/8", "https://ten.example:6443", PROXY],
    ["192.168.1.7", "https://192.168.1.7:6443", "direct"],
    ["192.168.1.7:6443", "https://192.168.1.7:6443", "direct"],
    ["192.168.1.7:6443", "https://192.168.1.7:443", PROXY],
    ["fd00::/8", "https://[fd00::1]:6443", "direct"],
    ["fd00::1", "https://[fd00:0::1]:6443", "direct"],
    ["[fd00::1]:6443", "https://[fd00::1]:6443", "direct"],
    ["fd00::/8", "https://10.0.0.1:6443", PROXY],
    [" , registry.corp , ", "https://registry.corp", "direct"],
  ])("NO_PROXY=%s sends %s %s", (noProxy, target, expected) => {
    expect(route(target, { HTTPS_PROXY: PROXY, NO_PROXY: noProxy })).toBe(
      expected === "direct" ? "direct" : `${expected}/`,
    );
  });

  it("reads no_proxy before NO_PROXY", () => {
    expect(
      route("https://a.example", { HTTPS_PROXY: PROXY, no_proxy: "a.example", NO_PROXY: "b.example" }),
    ).toBe("direct");
  });

  it("refuses a socks5 proxy or a non-URL by the variable's name, never quoting its password", () => {
    const refusal = (value: string) => {
      try {
        proxyFromEnvironment(new URL("https://h.example"), { HTTPS_PROXY: value });
      } catch (error) {
        expect(error).toBeInstanceOf(ProxySettingError);
        return (error as Error).message;
      }
      throw new Error("expected a ProxySettingError");
    };
    expect(refusal("socks5://user:pr0xy-s3cret@proxy.corp:1080")).toBe(
      "HTTPS_PROXY: socks5 proxies are not supported; use an http:// or https:// proxy (HTTP CONNECT)",
    );
    expect(refusal("http://user:pr0xy-s3cret@[bad")).toBe(
      "HTTPS_PROXY: not a URL; expected http://host:port or https://host:port",
    );
  });

  it("does not read a broken proxy variable for a target that goes direct", () => {
    expect(route("https://127.0.0.1:6443", { HTTPS_PROXY: "socks5://proxy.corp:1080" })).toBe("direct");
  });
});

describe("the same choice as the official actions (@actions/http-client) for every form both read", () => {
  afterEach(keepEnv("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"));

  const targets = [
    "https://api.github.com/repos/o/r",
    "https://ghe.example.com:8443/api/v3",
    "http://mirror.corp/terraform",
    "https://10.1.2.3:6443",
    "https://localhost:6443",
    "https://127.0.0.1:6443",
  ];
  it.each([
    "",
    "*",
    "github.com",
    ".github.com",
    "api.github.com:443",
    "mirror.corp,ghe.example.com:8443",
    "10.1.2.3",
    "GITHUB.COM",
  ])("NO_PROXY=%s", (noProxy) => {
    for (const name of ["https_proxy", "http_proxy", "no_proxy"]) delete process.env[name];
    process.env.HTTPS_PROXY = "http://secure.corp:3128";
    process.env.HTTP_PROXY = "http://plain.corp:3128";
    process.env.NO_PROXY = noProxy;
    for (const target of targets) {
      expect(proxyFromEnvironment(new URL(target))?.href ?? "", target).toBe(getProxyUrl(target));
    }
  });
});

describe("checkProxyUrl and proxyAuthorization", () => {
  it("accepts http:// and https:// proxies only", () => {
    expect(checkProxyUrl("https://proxy.corp:3129")).toEqual({
      ok: true,
      value: new URL("https://proxy.corp:3129"),
    });
    expect(checkProxyUrl("ftp://proxy.corp")).toEqual({
      ok: false,
      issue: "the scheme ftp: is not supported; use http:// or https://",
    });
  });

  it("turns user:password (percent-decoded) into Basic credentials, and nothing into none", () => {
    expect(proxyAuthorization(new URL("http://ci%40corp:p%3Ass@proxy.corp:3128"))).toBe(
      `Basic ${Buffer.from("ci@corp:p:ss").toString("base64")}`,
    );
    expect(proxyAuthorization(new URL("http://ci:50%zz@proxy.corp:3128"))).toBe(
      `Basic ${Buffer.from("ci:50%zz").toString("base64")}`,
    );
    expect(proxyAuthorization(new URL(PROXY))).toBeUndefined();
  });
});
