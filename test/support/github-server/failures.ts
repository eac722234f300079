import { bodyTooLong } from "./handlers.js";
import type { FailureRule } from "./server.js";

/** Scripted answers GitHub gives under trouble, for `server.failNext`. */

/** A 5xx, as during an incident. */
export function serverError(status = 502, operationId?: string): FailureRule {
  return withOperation({ status, body: { message: "Server Error" } }, operationId);
}

/**
 * GitHub's secondary rate limit: 403 or 429, this message, and usually Retry-After.
 * https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit
 */
export function secondaryRateLimit(
  retryAfterSeconds: number,
  status: 403 | 429 = 429,
  operationId?: string,
): FailureRule {
  return withOperation(
    {
      status,
      headers: { "retry-after": String(retryAfterSeconds) },
      body: {
        message:
          "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE.",
        documentation_url:
          "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
      },
    },
    operationId,
  );
}

/** GitHub's primary rate limit: nothing left until `x-ratelimit-reset` (epoch seconds). */
export function primaryRateLimit(
  resetInSeconds: number,
  status: 403 | 429 = 403,
  operationId?: string,
): FailureRule {
  return withOperation(
    {
      status,
      headers: {
        "x-ratelimit-limit": "5000",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-used": "5000",
        "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + resetInSeconds),
      },
      body: {
        message: "API rate limit exceeded for installation ID 1.",
        documentation_url: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
      },
    },
    operationId,
  );
}

/** The 422 GitHub gives a comment body over 65,536 characters. */
export function bodyTooLongFailure(operationId?: string): FailureRule {
  const answer = bodyTooLong();
  return withOperation({ status: answer.status, body: answer.body }, operationId);
}

/** A plain error status (404, 403, 401) with GitHub's error body. */
export function httpError(status: number, message: string, operationId?: string): FailureRule {
  return withOperation(
    { status, body: { message, documentation_url: "https://docs.github.com/rest", status: String(status) } },
    operationId,
  );
}

function withOperation(rule: FailureRule, operationId: string | undefined): FailureRule {
  return operationId === undefined ? rule : { ...rule, operationId };
}
