import { retry } from "@octokit/plugin-retry";
import { type ThrottlingOptions, throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { type RequestInit as UndiciRequestInit, fetch as undiciFetch } from "undici";
import { createProxyAgent, describeFetchError } from "../net/proxy-agent.js";
import { proxyFromEnvironment } from "../net/proxy-from-environment.js";
import { redactUrl } from "../secrets/redact.js";
import { SecretMask } from "../secrets/secret-mask.js";
import { BodyTooLongError, GITHUB_BODY_LIMIT } from "./errors.js";

/**
 * The Octokit we use: REST methods plus octokit's retry and throttling plugins, in the order
 * octokit.js itself applies them.
 */
const PluggedOctokit = Octokit.plugin(retry, throttling);
export type GitHubOctokit = InstanceType<typeof PluggedOctokit>;

/** A client every operation in this folder takes; build it with `createGitHubClient`. */
export interface GitHubClient {
  readonly octokit: GitHubOctokit;
  /** Applied to every request's parameters before it leaves (comment, issue, GraphQL). */
  readonly mask: SecretMask;
}

export interface GitHubClientOptions {
  token: string;
  /** `https://api.github.com` unless set: GHES (`https://host/api/v3`) or a test server. */
  baseUrl?: string;
  /** Secrets to mask in everything sent; a new empty mask when left out. */
  mask?: SecretMask;
  /** Retries of a 5xx answer or a network error (never of 400, 401, 403, 404, 410, 422, 451). */
  retries?: number;
  /** Retries after GitHub's primary or secondary rate limit (403/429 with Retry-After or a reset time). */
  rateLimitRetries?: number;
  /** A rate limit asking to wait longer than this fails at once instead of stalling the job. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Milliseconds per second of waiting: GitHub's Retry-After and the retry back-off (1, 4, 9 s)
   * are multiplied by it. 1000 for real; tests pass 1 so that retries take no time.
   */
  delayUnitMs?: number;
  /**
   * GitHub asks integrations to leave a second between writes (three before a write that
   * notifies), which the throttling plugin does. Tests turn it off.
   */
  paceWrites?: boolean;
  /** A request without an answer for this long fails (and is retried like a 5xx). */
  requestTimeoutMs?: number;
  /** Warnings: rate limits hit, retries. The adapter passes `core.warning`. */
  warn?: (message: string) => void;
  userAgent?: string;
}

export const DEFAULT_BASE_URL = "https://api.github.com";
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Statuses a retry cannot fix (octokit/plugin-retry's list), plus 429 which the throttling plugin owns. */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451] as const;

/** Request options that are routing and transport, never text we wrote: left unmasked. */
const TRANSPORT_KEYS = new Set(["method", "url", "baseUrl", "headers", "mediaType", "request"]);

type PacingGroup = NonNullable<Exclude<ThrottlingOptions, { enabled: false }>["write"]>;

/**
 * Throws ProxySettingError when HTTPS_PROXY (HTTP_PROXY for an http:// baseUrl) names no usable
 * proxy. The proxy is chosen once, for baseUrl: every call goes to that host.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const mask = options.mask ?? new SecretMask();
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const proxy = proxyFromEnvironment(new URL(baseUrl));
  const warn = options.warn ?? (() => {});
  const unit = options.delayUnitMs ?? 1000;
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const retrying = retryCount < rateLimitRetries && retryAfter <= maxWait;
      warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ${
          retrying ? `retrying in ${retryAfter}s` : `giving up (asked to wait ${retryAfter}s)`
        }`,
      );
      return retrying;
    };
  const pacing: Partial<Record<"write" | "notifications", PacingGroup>> =
    options.paceWrites === false ? { write: unpaced(), notifications: unpaced() } : {};

  const octokit = new PluggedOctokit({
    auth: options.token,
    baseUrl,
    userAgent: options.userAgent ?? "nodepool-action",
    // Octokit logs every failed request as an error; ours are turned into errors the caller sees,
    // so only its warnings (deprecated endpoints) are passed on.
    log: { debug: () => {}, info: () => {}, warn, error: () => {} },
    request: {
      fetch: fetchWithTimeout(
        options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        proxy ? fetchThroughProxy(proxy) : fetch,
      ),
    },
    retry: { doNotRetry: [...DO_NOT_RETRY], retries: options.retries ?? 3, retryAfterBaseValue: unit },
    throttle: {
      onRateLimit: onLimit("primary"),
      onSecondaryRateLimit: onLimit("secondary"),
      retryAfterBaseValue: unit,
      ...pacing,
    },
  });

  // Runs before the retry and throttling wrappers (hooks added last run first), once per call:
  // what is checked here is never retried, and nothing reaches the wire unmasked.
  octokit.hook.before("request", (request) => {
    for (const [key, value] of Object.entries(request)) {
      if (!TRANSPORT_KEYS.has(key)) request[key] = mask.applyDeep(value);
    }
    const body = request.body;
    if (typeof body === "string" && body.length > GITHUB_BODY_LIMIT) {
      throw new BodyTooLongError(
        `${request.method} ${request.url}`,
        body.length,
        GITHUB_BODY_LIMIT,
        "client",
      );
    }
  });
  return { octokit, mask };
}

function fetchWithTimeout(timeoutMs: number, send: typeof fetch): typeof fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return send(input, { ...init, signal });
  };
}

/**
 * Node's fetch ignores proxy variables, so behind a proxy requests go through undici's own fetch
 * with a proxy agent. A failure names the proxy (its password removed): "fetch failed" alone would
 * not say whether GitHub or the proxy was unreachable.
 */
function fetchThroughProxy(proxy: URL): typeof fetch {
  const dispatcher = createProxyAgent(proxy);
  const shown = redactUrl(proxy.href);
  return async (input, init) => {
    // Octokit passes the URL as a string; the casts bridge undici's fetch types and the DOM's.
    const url = typeof input === "string" || input instanceof URL ? input : input.url;
    try {
      const response = await undiciFetch(url, { ...(init as UndiciRequestInit), dispatcher });
      return response as unknown as Response;
    } catch (error) {
      // Aborts and timeouts pass unchanged: Octokit and the retry plugin tell them apart by name.
      if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError"))
        throw error;
      throw new Error(`${describeFetchError(error)} through the proxy ${shown}`, { cause: error });
    }
  };
}

/**
 * Stands in for one of the throttling plugin's Bottleneck groups and runs every job at once. The
 * plugin only calls `key(id).schedule(options, job)`; its groups are shared by every client in
 * the process, so replacing them per client is the only way to switch pacing off.
 */
function unpaced(): PacingGroup {
  const limiter = {
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(job(...args)),
  };
  return { key: () => limiter } as unknown as PacingGroup;
}
