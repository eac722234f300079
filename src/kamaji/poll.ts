import { setTimeout as sleep } from "node:timers/promises";
import { KubeApiError } from "../kube/kube-client.js";

export interface PollOptions {
  timeoutMs: number;
  intervalMs: number;
}

/**
 * Calls `check` until it returns a value or the time is up (then `undefined`). One call always
 * happens, and the last one starts before the deadline.
 */
export async function pollUntil<T>(
  check: () => Promise<T | undefined>,
  options: PollOptions,
): Promise<T | undefined> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    const left = deadline - Date.now();
    if (left <= 0) return undefined;
    await sleep(Math.min(options.intervalMs, left));
  }
}

/**
 * Runs `action` again while `isRetryable` says its error is passing, until the time is up; then the
 * last error is thrown. The policy stays beside the call, as in @actions/toolkit's RetryHelper.
 */
export async function retryUntil<T>(
  action: () => Promise<T>,
  isRetryable: (error: unknown) => boolean,
  options: PollOptions,
): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    try {
      return await action();
    } catch (error) {
      const left = deadline - Date.now();
      if (!isRetryable(error) || left <= 0) throw error;
      await sleep(Math.min(options.intervalMs, left));
    }
  }
}

/**
 * What a freshly set-up tenant answers while it settles: RBAC bindings not yet in the
 * authorizer's cache (403), namespaces still being created (404), throttling (429), an API
 * server busy or restarting behind its load balancer (5xx). A server that does not answer at all
 * is not settling: that fails at once, so that a wrong address is an error within seconds.
 */
export function isSettlingError(error: unknown): boolean {
  return error instanceof KubeApiError && [403, 404, 429, 500, 502, 503, 504].includes(error.status);
}
