import http from "node:http";
import https from "node:https";
import { isIP, type Socket } from "node:net";
import tls from "node:tls";
import { bareHostname, portOf, proxyAuthorization } from "./proxy-from-environment.js";

/**
 * A TCP tunnel through an HTTP forward proxy (`CONNECT host:port`), for clients built on node:http
 * and node:https rather than undici. The proxy sees only the target's host and port: TLS to the
 * target runs inside the tunnel, end to end.
 */

/**
 * The proxy answered the CONNECT with something other than 200. Wrong credentials are a 407, or a
 * 401 from some proxies (tinyproxy).
 */
export class ProxyTunnelError extends Error {
  constructor(
    readonly status: number,
    statusText: string,
  ) {
    super(
      `the proxy answered ${status} ${statusText}${
        status === 407 || status === 401
          ? " (its credentials, user:password in the proxy URL, are missing or wrong)"
          : ""
      }`.trim(),
    );
    this.name = "ProxyTunnelError";
  }
}

/**
 * Opens a tunnel to `target`'s host and port. An https:// proxy is itself reached over TLS,
 * verified against Node's trusted CAs (NODE_EXTRA_CA_CERTS adds a company CA). `signal` aborts
 * the CONNECT too.
 */
export function openConnectTunnel(proxy: URL, target: URL, signal?: AbortSignal): Promise<Socket> {
  const authority = `${target.hostname}:${portOf(target)}`;
  const authorization = proxyAuthorization(proxy);
  const proxyHost = bareHostname(proxy);
  const options: https.RequestOptions = {
    host: proxyHost,
    port: portOf(proxy),
    method: "CONNECT",
    path: authority,
    headers: { host: authority, ...(authorization ? { "proxy-authorization": authorization } : {}) },
    agent: false,
    ...(signal ? { signal } : {}),
    ...(proxy.protocol === "https:" && !isIP(proxyHost) ? { servername: proxyHost } : {}),
  };
  const transport = proxy.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(options);
    request.once("connect", (response, socket, head) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        reject(new ProxyTunnelError(response.statusCode ?? 0, response.statusMessage ?? ""));
        return;
      }
      // Bytes the proxy sent after its answer belong to the tunnel.
      if (head.length > 0) socket.unshift(head);
      resolve(socket);
    });
    request.once("error", reject);
    request.end();
  });
}

/** What the TLS handshake to the target checks: a kubeconfig's CA, client certificate, server name. */
export type TargetTls = Pick<
  tls.ConnectionOptions,
  "ca" | "cert" | "key" | "servername" | "rejectUnauthorized"
>;

/**
 * TLS to `target` inside an open tunnel, verified as a direct connection would be: against `ca`
 * and for `servername`, or else the target's own host name or address. Takes only the TargetTls
 * keys of `settings` (a whole request's options may be given).
 */
export function startTlsInTunnel(tunnel: Socket, target: URL, settings: TargetTls): tls.TLSSocket {
  const host = bareHostname(target);
  // Only these keys: a request's other options (`path`, `headers`) mean other things to tls.connect.
  const picked: TargetTls = {};
  if (settings.ca !== undefined) picked.ca = settings.ca;
  if (settings.cert !== undefined) picked.cert = settings.cert;
  if (settings.key !== undefined) picked.key = settings.key;
  if (settings.rejectUnauthorized !== undefined) picked.rejectUnauthorized = settings.rejectUnauthorized;
  // SNI takes names only; an address is still checked against the certificate's IP SANs.
  const servername = settings.servername ?? (isIP(host) ? undefined : host);
  if (servername !== undefined) picked.servername = servername;
  return tls.connect({ ...picked, socket: tunnel, host });
}
