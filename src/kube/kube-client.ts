import http from "node:http";
import https from "node:https";
import { openConnectTunnel, ProxyTunnelError, startTlsInTunnel } from "../net/connect-tunnel.js";
import { ProxySettingError, proxyFromEnvironment, proxyPassword } from "../net/proxy-from-environment.js";
import { maskUrlUserinfo, redactSecrets, redactUrl } from "../secrets/redact.js";
import type { Status } from "./kube-types.js";

/**
 * A thin JSON client for the few Kubernetes API calls we make. Connections come from a kubeconfig
 * (kubeconfig.ts) or are built for discovery (anonymous, or a bootstrap token as bearer). Every
 * request has a deadline, so an unreachable server is an error within seconds, never a hang.
 *
 * Proxies: the kubeconfig cluster's `proxy-url`, else HTTPS_PROXY/HTTP_PROXY/NO_PROXY as
 * net/proxy-from-environment.ts reads them (loopback goes direct, as with kubectl). Through a
 * proxy the request runs in a CONNECT tunnel, TLS to the API server inside it.
 */

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface Connection {
  /** `https://host:port`, no trailing slash. */
  server: string;
  /** Adds TLS material and credentials to one request's options (exec plugins may refresh them). */
  prepare: (options: https.RequestOptions) => Promise<void>;
  /** Values that must never appear in an error message (the bearer token, for one). */
  secrets: readonly string[];
  /** A kubeconfig's `proxy-url`: every request goes through it, NO_PROXY notwithstanding. */
  proxy?: URL;
}

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Content type of `body`; PATCH needs one of the patch types. */
  contentType?:
    | "application/json"
    | "application/merge-patch+json"
    | "application/strategic-merge-patch+json";
  /** Secrets in this request's body, kept out of any error message about it. */
  secrets?: readonly string[];
}

/** The API server answered with an error status. */
export class KubeApiError extends Error {
  constructor(
    readonly method: HttpMethod,
    readonly path: string,
    readonly status: number,
    /** `metav1.Status.reason`: NotFound, AlreadyExists, Forbidden, TooManyRequests, ... */
    readonly reason: string,
    readonly causes: readonly { reason?: string; message?: string }[],
    detail: string,
  ) {
    super(`${method} ${path}: ${status} ${reason}${detail ? `: ${detail}` : ""}`);
    this.name = "KubeApiError";
  }
}

/** No answer: refused, unresolvable, unroutable, TLS failure, or the deadline passed. */
export class KubeConnectionError extends Error {
  /** The API server URL, credentials in it masked. */
  readonly server: string;
  /** The proxy the request went through, its credentials masked. */
  readonly proxy: string | undefined;

  constructor(
    server: string,
    /**
     * Node's error code (ECONNREFUSED, ENOTFOUND, ...), `TIMEOUT`, `INVALID_URL`, a TLS code,
     * `PROXY_REFUSED` (the proxy answered the CONNECT with an error) or `BAD_PROXY` (a proxy
     * variable names no usable proxy).
     */
    readonly code: string,
    detail: string,
    proxy?: URL,
  ) {
    const shownProxy = proxy ? redactUrl(proxy.href) : undefined;
    super(
      `cannot reach ${maskUrlUserinfo(server)}${shownProxy ? ` through the proxy ${shownProxy}` : ""}: ${detail}`,
    );
    this.name = "KubeConnectionError";
    this.server = maskUrlUserinfo(server);
    this.proxy = shownProxy;
  }
}

const CONNECTION_HINTS: Record<string, string> = {
  ECONNREFUSED: "connection refused (nothing listens on that port)",
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "the host name does not resolve (DNS lookup failed)",
  EHOSTUNREACH: "no route to host",
  ENETUNREACH: "network unreachable",
  ECONNRESET: "the connection was reset",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server certificate is self-signed and not trusted",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server certificate is not signed by the trusted CA",
  SELF_SIGNED_CERT_IN_CHAIN: "the server certificate chain is not trusted",
  ERR_TLS_CERT_ALTNAME_INVALID: "the server certificate is not valid for this host name",
  CERT_HAS_EXPIRED: "the server certificate has expired",
};

export class KubeClient {
  constructor(
    readonly connection: Connection,
    readonly timeoutMs: number = DEFAULT_REQUEST_TIMEOUT_MS,
  ) {}

  get server(): string {
    return this.connection.server;
  }

  get<T>(path: string, query?: RequestOptions["query"]): Promise<T> {
    return this.request<T>("GET", path, query ? { query } : {});
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>("POST", path, { body });
  }

  patch<T>(path: string, body: unknown, contentType: RequestOptions["contentType"]): Promise<T> {
    return this.request<T>("PATCH", path, contentType ? { body, contentType } : { body });
  }

  delete<T>(path: string, body?: unknown): Promise<T> {
    return this.request<T>("DELETE", path, body === undefined ? {} : { body });
  }

  async request<T>(method: HttpMethod, path: string, options: RequestOptions = {}): Promise<T> {
    let url: URL;
    try {
      url = new URL(`${this.server}${path}${formatQuery(options.query)}`);
    } catch {
      // Node's TypeError keeps the whole URL (its `input`), a password in the user info included.
      throw new KubeConnectionError(this.server, "INVALID_URL", "the server is not a valid URL");
    }
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const signal = AbortSignal.timeout(this.timeoutMs);
    const requestOptions: https.RequestOptions = {
      method,
      headers: {
        Accept: "application/json",
        ...(body === undefined
          ? {}
          : {
              "Content-Type": options.contentType ?? "application/json",
              "Content-Length": Buffer.byteLength(body),
            }),
      },
      signal,
    };
    await this.connection.prepare(requestOptions);
    const proxy = this.proxyFor(url);
    if (proxy) {
      const tunnel = await openConnectTunnel(proxy, url, signal).catch((error: Error) => {
        throw this.connectionError(error, proxy, "connecting to the proxy: ");
      });
      // Without an agent, node:http takes the connection from createConnection as it is; the TLS
      // settings prepare() put in the request options go to the handshake inside the tunnel.
      requestOptions.agent = undefined;
      requestOptions.createConnection = () =>
        url.protocol === "https:" ? startTlsInTunnel(tunnel, url, requestOptions) : tunnel;
    }
    const transport = url.protocol === "http:" ? http : https;
    const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const request = transport.request(url, requestOptions, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
        response.on("error", (error) => reject(this.connectionError(error, proxy)));
      });
      request.on("error", (error) => reject(this.connectionError(error, proxy)));
      request.end(body);
    });
    if (status >= 400) throw this.apiError(method, path, status, text, options.secrets ?? []);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  private apiError(
    method: HttpMethod,
    path: string,
    status: number,
    text: string,
    secrets: readonly string[],
  ): KubeApiError {
    let parsed: Partial<Status> = {};
    try {
      parsed = JSON.parse(text) as Status;
    } catch {
      // Not a Status (a proxy's HTML page, say): keep only its first line.
      parsed = { message: text.split("\n")[0]?.slice(0, 200) ?? "" };
    }
    const reason = parsed.reason ?? (status === 401 ? "Unauthorized" : `HTTP${status}`);
    const detail = redactSecrets(parsed.message ?? "", [...this.connection.secrets, ...secrets]);
    return new KubeApiError(method, path, status, reason, parsed.details?.causes ?? [], detail);
  }

  /** The kubeconfig's proxy, else the environment's for this URL; undefined to go direct. */
  private proxyFor(url: URL): URL | undefined {
    if (this.connection.proxy) return this.connection.proxy;
    try {
      return proxyFromEnvironment(url);
    } catch (error) {
      if (error instanceof ProxySettingError) {
        throw new KubeConnectionError(this.server, "BAD_PROXY", error.message);
      }
      throw error;
    }
  }

  /** `stage` prefixes the detail: which hop failed, when it was the one to the proxy. */
  private connectionError(error: Error & { code?: string }, proxy?: URL, stage = ""): KubeConnectionError {
    if (error instanceof ProxyTunnelError) {
      return new KubeConnectionError(this.server, "PROXY_REFUSED", error.message, proxy);
    }
    const timedOut = error.name === "AbortError" || error.name === "TimeoutError";
    const code = timedOut ? "TIMEOUT" : (error.code ?? "UNKNOWN");
    const secrets = [...this.connection.secrets, ...(proxy ? [proxyPassword(proxy)] : [])];
    const detail = timedOut
      ? `no answer within ${this.timeoutMs / 1000}s (a firewall, a wrong address, or the server is down)`
      : (CONNECTION_HINTS[code] ?? redactSecrets(error.message, secrets));
    return new KubeConnectionError(
      this.server,
      code,
      `${stage}${timedOut ? detail : `${detail} [${code}]`}`,
      proxy,
    );
  }
}

function formatQuery(query: RequestOptions["query"]): string {
  const entries = Object.entries(query ?? {}).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return "";
  return `?${new URLSearchParams(entries.map(([key, value]) => [key, String(value)])).toString()}`;
}

/** A client for discovery: anonymous (no credentials), trusting `caPem` or, before the pin is checked, nothing. */
export function connectAnonymous(
  server: string,
  trust: { caPem: string } | { insecure: true },
  timeoutMs?: number,
): KubeClient {
  return new KubeClient(
    {
      server: trimServer(server),
      secrets: [],
      prepare: async (options) => {
        options.agent = false;
        if ("caPem" in trust) options.ca = trust.caPem;
        else options.rejectUnauthorized = false;
      },
    },
    timeoutMs,
  );
}

/** A client that authenticates with a bearer token (a bootstrap token, as the kubelet's TLS bootstrap does). */
export function connectWithToken(
  server: string,
  token: string,
  caPem: string,
  timeoutMs?: number,
): KubeClient {
  return new KubeClient(
    {
      server: trimServer(server),
      secrets: [token],
      prepare: async (options) => {
        options.agent = false;
        options.ca = caPem;
        options.headers = { ...options.headers, Authorization: `Bearer ${token}` };
      },
    },
    timeoutMs,
  );
}

/** `host:port` or a URL, as `https://host:port`. */
export function trimServer(server: string): string {
  const url = /^[a-z]+:\/\//.test(server) ? server : `https://${server}`;
  return url.replace(/\/+$/, "");
}
