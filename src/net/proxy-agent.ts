import { ProxyAgent } from "undici";
import { proxyAuthorization } from "./proxy-from-environment.js";

/**
 * An undici dispatcher that tunnels every request through `proxy` (HTTP CONNECT, also for http://
 * targets), the proxy's user:password sent as Proxy-Authorization. Give it to undici's own `fetch`:
 * Node's built-in fetch ignores proxy variables, and may be another undici version than ours.
 */
export function createProxyAgent(proxy: URL): ProxyAgent {
  const uri = new URL(proxy.href);
  uri.username = "";
  uri.password = "";
  const token = proxyAuthorization(proxy);
  return new ProxyAgent({ uri: uri.href, ...(token ? { token } : {}) });
}

/**
 * undici wraps the reason ("other side closed", ECONNREFUSED, the proxy's refusal) in a generic
 * "fetch failed", sometimes two levels down: the message with the innermost cause's after it.
 */
export function describeFetchError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  let innermost: unknown = error;
  while (innermost instanceof Error && innermost.cause instanceof Error) innermost = innermost.cause;
  const cause = innermost instanceof Error ? innermost.message : undefined;
  return cause && cause !== error.message ? `${error.message} (${cause})` : error.message;
}
