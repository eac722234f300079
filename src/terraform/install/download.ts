import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { fetch } from "undici";
import { createProxyAgent, describeFetchError } from "../../net/proxy-agent.js";
import { ProxySettingError, proxyFromEnvironment } from "../../net/proxy-from-environment.js";
import { redactUrl } from "../../secrets/redact.js";
import { InstallError } from "./install-error.js";

/** Bounds on one file's transfer, so a slow or silent server ends in an error, never a hang. */
export interface DownloadLimits {
  /** Longest wait for the answer, and then between two pieces of the body. */
  stallTimeoutMs: number;
  /** Longest one file may take altogether. */
  totalTimeoutMs: number;
}

export const DEFAULT_LIMITS: DownloadLimits = { stallTimeoutMs: 30_000, totalTimeoutMs: 10 * 60_000 };

/** How often a transient failure is tried again; attempt n waits n × delayMs first. */
export interface RetryPolicy {
  attempts: number;
  delayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, delayMs: 2_000 };

export interface DownloadOptions {
  limits: DownloadLimits;
  retry: RetryPolicy;
  log: (line: string) => void;
}

/** Download options from partial settings, the rest defaulted; log defaults to nowhere. */
export function downloadOptions(settings: {
  limits?: Partial<DownloadLimits>;
  retry?: Partial<RetryPolicy>;
  log?: (line: string) => void;
}): DownloadOptions {
  return {
    limits: { ...DEFAULT_LIMITS, ...settings.limits },
    retry: { ...DEFAULT_RETRY, ...settings.retry },
    log: settings.log ?? (() => {}),
  };
}

export interface DownloadedFile {
  path: string;
  bytes: number;
  /** Lower-case hex, computed while the file was written. */
  sha256: string;
}

/**
 * Whether a failure may pass on its own: a dropped connection, a cut-off body, a 5xx, 408 or 429.
 * Timeouts are not retried, so the limits bound the wait; nor are 404s and other client errors.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof InstallError)) return false;
  if (error.reason === "truncated") return true;
  if (error.reason !== "download-failed") return false;
  const status = error.httpStatus;
  return status === undefined || status >= 500 || status === 408 || status === 429;
}

/** Streams `url` into `path`, hashing it on the way. */
export async function downloadFile(
  url: string,
  path: string,
  options: DownloadOptions,
): Promise<DownloadedFile> {
  return withRetry(options, async () => {
    const file = await open(path, "w");
    const hash = createHash("sha256");
    try {
      const bytes = await transfer(url, options.limits, async (chunk) => {
        hash.update(chunk);
        await file.write(chunk);
      });
      return { path, bytes, sha256: hash.digest("hex") };
    } finally {
      await file.close();
    }
  });
}

/** Reads a small file (checksums, signature, release list) into memory, refusing more than `maxBytes`. */
export async function downloadBytes(
  url: string,
  maxBytes: number,
  options: DownloadOptions,
): Promise<Uint8Array> {
  return withRetry(options, async () => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    await transfer(url, options.limits, (chunk) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        throw new InstallError("too-large", `${redactUrl(url)} is larger than ${maxBytes} bytes`, {
          url: redactUrl(url),
        });
      }
      chunks.push(chunk);
    });
    return Buffer.concat(chunks);
  });
}

async function withRetry<T>(options: DownloadOptions, action: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (attempt >= options.retry.attempts || !isRetryable(error)) throw error;
      const wait = options.retry.delayMs * attempt;
      options.log(
        `${(error as Error).message}; trying again in ${wait} ms (${attempt + 1}/${options.retry.attempts})`,
      );
      await sleep(wait);
    }
  }
}

/**
 * One GET, its body handed to `onChunk` piece by piece. Returns the body's size. Every way it can
 * fail becomes an InstallError naming the URL (credentials removed).
 */
async function transfer(
  url: string,
  limits: DownloadLimits,
  onChunk: (chunk: Uint8Array) => void | Promise<void>,
): Promise<number> {
  const shown = redactUrl(url);
  const { target, headers } = withBasicAuth(url);
  // Runners behind a proxy name it in HTTPS_PROXY/HTTP_PROXY, NO_PROXY for exceptions (loopback
  // never goes through it). Node's own fetch ignores them.
  let proxy: URL | undefined;
  try {
    proxy = proxyFromEnvironment(new URL(target));
  } catch (error) {
    if (!(error instanceof ProxySettingError)) throw error;
    throw new InstallError("bad-proxy", `cannot download ${shown}: ${error.message}`, { url: shown });
  }
  const controller = new AbortController();
  const dispatcher = proxy && createProxyAgent(proxy);
  const via = proxy ? ` through the proxy ${redactUrl(proxy.href)}` : "";
  let expired: string | undefined;
  const expire = (why: string) => () => {
    expired = why;
    controller.abort();
  };
  const total = setTimeout(
    expire(`took more than ${limits.totalTimeoutMs} ms in all`),
    limits.totalTimeoutMs,
  );
  let stall: NodeJS.Timeout | undefined;
  const awaitProgress = () => {
    clearTimeout(stall);
    stall = setTimeout(expire(`sent nothing for ${limits.stallTimeoutMs} ms`), limits.stallTimeoutMs);
  };
  const timeoutError = () =>
    new InstallError("timeout", `${shown}: the server ${expired}; giving up`, { url: shown });
  let received = 0;
  let finished = false;
  try {
    awaitProgress();
    let response: Awaited<ReturnType<typeof fetch>>;
    try {
      response = await fetch(target, {
        headers,
        signal: controller.signal,
        redirect: "follow",
        ...(dispatcher ? { dispatcher } : {}),
      });
    } catch (error) {
      if (expired) throw timeoutError();
      throw new InstallError(
        "download-failed",
        `cannot download ${shown}${via}: ${describeFetchError(error)}`,
        { url: shown },
      );
    }
    if (!response.ok) {
      const status = response.status;
      const reason = status === 404 || status === 410 ? "not-found" : "download-failed";
      throw new InstallError(reason, `${shown}: HTTP ${status} ${response.statusText}`.trim(), {
        url: shown,
        httpStatus: status,
      });
    }
    // With a content-encoding the announced length is that of the encoded body, not what we read.
    const length = response.headers.get("content-length");
    const announced = length && !response.headers.get("content-encoding") ? Number(length) : undefined;
    const reader = response.body?.getReader();
    while (reader) {
      let piece: ReadableStreamReadResult<Uint8Array>;
      try {
        piece = await reader.read();
      } catch (error) {
        if (expired) throw timeoutError();
        throw new InstallError(
          "truncated",
          `${shown} broke off after ${received} of ${announced ?? "?"} bytes: ${describeFetchError(error)}`,
          { url: shown },
        );
      }
      if (piece.done) break;
      awaitProgress();
      received += piece.value.byteLength;
      await onChunk(piece.value);
    }
    if (announced !== undefined && received !== announced) {
      throw new InstallError("truncated", `${shown} ended after ${received} of ${announced} bytes`, {
        url: shown,
      });
    }
    finished = true;
    return received;
  } finally {
    clearTimeout(total);
    clearTimeout(stall);
    // Drops the connection of a transfer we gave up on, so it does not linger.
    if (!finished) controller.abort();
    void dispatcher?.destroy().catch(() => undefined);
  }
}

/** fetch refuses URLs with user:password; a mirror that needs them gets a Basic header instead. */
function withBasicAuth(text: string): { target: string; headers: Record<string, string> } {
  const url = new URL(text);
  const headers: Record<string, string> = { "user-agent": "nodepool-action" };
  if (url.username || url.password) {
    const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    headers.authorization = `Basic ${Buffer.from(credentials).toString("base64")}`;
    url.username = "";
    url.password = "";
  }
  return { target: url.toString(), headers };
}
