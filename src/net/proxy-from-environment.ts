import { BlockList, isIP } from "node:net";

/**
 * Which forward proxy an outgoing connection goes through, read from the runner's environment
 * the way the official actions (`@actions/http-client`) read it, plus the NO_PROXY forms that Go's
 * `ProxyFromEnvironment` also accepts, so that we go direct wherever kubectl, terraform and the
 * providers (all Go) on the same runner go direct:
 *
 * - `https_proxy`/`HTTPS_PROXY` for https:// targets, `http_proxy`/`HTTP_PROXY` for http:// ones
 *   (lower case first, as the toolkit and curl read them); a bare `host:port` means http://.
 * - Never for loopback (`localhost`, 127.0.0.0/8, ::1), whatever NO_PROXY says.
 * - `no_proxy`/`NO_PROXY`, comma-separated: `*`; a name (`example.com`: it and its subdomains);
 *   `.example.com` or `*.example.com` (subdomains only); an IP address; an IP range
 *   (`10.0.0.0/8`, matched against addresses written in the URL, never resolved); any of these
 *   with `:port` to match that port only.
 */

/** A proxy setting that names something we cannot use (not a URL, or not an http(s) proxy). */
export class ProxySettingError extends Error {
  constructor(
    /** `HTTPS_PROXY`, `proxy-url`: where the setting came from. */
    readonly setting: string,
    readonly problem: string,
  ) {
    super(`${setting}: ${problem}`);
    this.name = "ProxySettingError";
  }
}

export type ProxyUrlResult = { ok: true; value: URL } | { ok: false; issue: string };

/**
 * An http:// or https:// forward proxy URL; anything else is an issue that never quotes the value,
 * which may hold the proxy's password. socks5 is named apart, since Go tools accept it.
 */
export function checkProxyUrl(text: string): ProxyUrlResult {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, issue: "not a URL; expected http://host:port or https://host:port" };
  }
  if (url.protocol === "socks5:" || url.protocol === "socks5h:" || url.protocol === "socks4:") {
    return {
      ok: false,
      issue: `${url.protocol.slice(0, -1)} proxies are not supported; use an http:// or https:// proxy (HTTP CONNECT)`,
    };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, issue: `the scheme ${url.protocol} is not supported; use http:// or https://` };
  }
  if (!url.hostname) return { ok: false, issue: "names no host; expected http://host:port" };
  return { ok: true, value: url };
}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The proxy the environment names for `target`, or undefined when `target` goes direct. Throws
 * ProxySettingError when the variable that applies names no usable proxy: going direct instead
 * would only fail later, at the firewall, with a less helpful message.
 */
export function proxyFromEnvironment(target: URL, env: Environment = process.env): URL | undefined {
  const names =
    target.protocol === "https:"
      ? ["https_proxy", "HTTPS_PROXY"]
      : target.protocol === "http:"
        ? ["http_proxy", "HTTP_PROXY"]
        : [];
  const name = names.find((candidate) => env[candidate]);
  const value = name ? env[name]?.trim() : undefined;
  if (!name || !value) return undefined;
  if (goesDirect(target, env.no_proxy || env.NO_PROXY || "")) return undefined;
  const checked = checkProxyUrl(value.includes("://") ? value : `http://${value}`);
  if (!checked.ok) throw new ProxySettingError(name, checked.issue);
  return checked.value;
}

/** `Proxy-Authorization` for the user:password in a proxy URL, or undefined when it has none. */
export function proxyAuthorization(proxy: URL): string | undefined {
  if (!proxy.username && !proxy.password) return undefined;
  const credentials = `${decodeComponent(proxy.username)}:${proxyPassword(proxy)}`;
  return `Basic ${Buffer.from(credentials).toString("base64")}`;
}

/** The proxy URL's password as the proxy receives it (percent-decoded), to keep out of messages. */
export function proxyPassword(proxy: URL): string {
  return decodeComponent(proxy.password);
}

/** Percent-decoded; a stray `%` that starts no escape is kept as it is rather than failing. */
function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A URL's host without the brackets URL puts around an IPv6 address. */
export function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

/** The URL's port, or its scheme's default. */
export function portOf(url: URL): string {
  return url.port || (url.protocol === "https:" ? "443" : "80");
}

function goesDirect(target: URL, noProxy: string): boolean {
  const host = bareHostname(target).toLowerCase();
  const port = portOf(target);
  const family = ipFamily(host);
  if (isLoopback(host, family)) return true;
  return noProxy
    .split(",")
    .map((entry) => entry.trim().toLowerCase())
    .some((entry) => entry === "*" || (entry !== "" && matchesEntry(entry, host, family, port)));
}

function isLoopback(host: string, family: IpFamily | undefined): boolean {
  if (host === "localhost") return true;
  return family !== undefined && addressIn(host, family, family === "ipv4" ? "127.0.0.0/8" : "::1/128");
}

function matchesEntry(entry: string, host: string, family: IpFamily | undefined, port: string): boolean {
  if (entry.includes("/")) return family !== undefined && addressIn(host, family, entry);
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
  const [entryHost, entryPort] = bracketed
    ? [bracketed[1] ?? "", bracketed[2]]
    : isIP(entry) === 6
      ? [entry, undefined]
      : splitPort(entry);
  if (entryPort !== undefined && entryPort !== port) return false;
  const entryFamily = ipFamily(entryHost);
  if (entryFamily) {
    return family === entryFamily && addressIn(host, family, `${entryHost}/${family === "ipv4" ? 32 : 128}`);
  }
  if (entryHost.startsWith("*.")) return host.endsWith(entryHost.slice(1));
  if (entryHost.startsWith(".")) return host.endsWith(entryHost);
  return entryHost !== "" && (host === entryHost || host.endsWith(`.${entryHost}`));
}

function splitPort(entry: string): [string, string | undefined] {
  const match = /^(.*):(\d+)$/.exec(entry);
  return match ? [match[1] ?? "", match[2]] : [entry, undefined];
}

type IpFamily = "ipv4" | "ipv6";

function ipFamily(host: string): IpFamily | undefined {
  const version = isIP(host);
  return version === 4 ? "ipv4" : version === 6 ? "ipv6" : undefined;
}

/** Whether `address` lies in `cidr`; false for a malformed range or one of the other family. */
function addressIn(address: string, family: IpFamily, cidr: string): boolean {
  const [network = "", bits = ""] = cidr.split("/");
  if (ipFamily(network) !== family || !/^\d+$/.test(bits)) return false;
  const prefix = Number(bits);
  if (prefix > (family === "ipv4" ? 32 : 128)) return false;
  const range = new BlockList();
  range.addSubnet(network, prefix, family);
  return range.check(address, family);
}
