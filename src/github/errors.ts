/**
 * GitHub refuses comment and issue bodies longer than this many characters (422 "body is too
 * long"). It counts characters; JavaScript's `length` counts UTF-16 code units, never fewer, so a
 * body that passes here also passes there.
 */
export const GITHUB_BODY_LIMIT = 65_536;

/** A body over GitHub's limit: refused before sending (`client`), or by GitHub itself (`github`). */
export class BodyTooLongError extends Error {
  constructor(
    /** What was being sent: `comment on o/r#12`, `create comment on o/r#12`. */
    readonly target: string,
    /** Characters in the body, after secret masking; unknown when GitHub refused it. */
    readonly length: number | undefined,
    readonly limit: number,
    readonly detectedBy: "client" | "github",
  ) {
    const what =
      detectedBy === "client"
        ? `body is too long (${length} characters), not sent`
        : "GitHub refused the body as too long";
    super(`${target}: ${what}; the limit is ${limit} characters, so cut the text (by whole lines) to fit`);
    this.name = "BodyTooLongError";
  }
}

/** GitHub answered with an error status, after any retries. */
export class GitHubApiError extends Error {
  constructor(
    /** What we were doing: `update comment 123 on o/r#12`. */
    readonly operation: string,
    readonly status: number,
    /** GitHub's own message (`Not Found`, `Resource not accessible by integration`). */
    readonly githubMessage: string,
    /** `x-github-request-id`, for GitHub support. */
    readonly requestId: string | undefined,
    hint: string,
  ) {
    super(`${operation}: GitHub answered ${status} ${githubMessage}${hint ? ` (${hint})` : ""}`);
    this.name = "GitHubApiError";
  }
}

/** A GraphQL request answered 200 with errors (an unknown node id, a missing permission). */
export class GitHubGraphqlError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: readonly { type?: string; message: string }[],
  ) {
    super(`${operation}: GitHub GraphQL answered with errors: ${errors.map(formatGraphqlError).join("; ")}`);
    this.name = "GitHubGraphqlError";
  }
}

function formatGraphqlError(error: { type?: string; message: string }): string {
  return error.type ? `${error.type}: ${error.message}` : error.message;
}

/** What an error from Octokit carries: a status, and GitHub's answer when there was one. */
interface HttpFailure {
  status: number;
  message: string;
  response?: { data?: unknown; headers?: Record<string, string | undefined> };
}

function isHttpFailure(error: unknown): error is HttpFailure {
  return error instanceof Error && typeof (error as { status?: unknown }).status === "number";
}

/**
 * Runs one API call and turns GitHub's error answers into our errors: a 422 "body is too long"
 * into `BodyTooLongError`, other statuses into `GitHubApiError` with a hint naming the token
 * permission the call needs. Anything else (our own errors, a bug) passes through unchanged.
 */
export async function callGitHub<T>(
  operation: string,
  permission: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toGitHubError(error, operation, permission);
  }
}

export function toGitHubError(error: unknown, operation: string, permission: string): unknown {
  if (!isHttpFailure(error) || error instanceof BodyTooLongError) return error;
  const data = error.response?.data;
  if (error.status === 422 && /body is too long/i.test(JSON.stringify(data ?? error.message))) {
    return new BodyTooLongError(operation, undefined, GITHUB_BODY_LIMIT, "github");
  }
  const message =
    typeof data === "object" && data !== null && typeof (data as { message?: unknown }).message === "string"
      ? (data as { message: string }).message
      : error.message;
  return new GitHubApiError(
    operation,
    error.status,
    message,
    error.response?.headers?.["x-github-request-id"],
    hintFor(error.status, permission),
  );
}

function hintFor(status: number, permission: string): string {
  switch (status) {
    case 401:
      return "the token is missing, invalid or expired";
    case 403:
      return `the token needs the "${permission}" permission (the workflow's permissions: block), or a rate limit was hit`;
    case 404:
      return `not found, or the token cannot see it (it needs "${permission}" on this repository)`;
    case 410:
      return "gone: issues may be disabled for this repository";
    case 429:
      return "rate limited, and the retries allowed were used up";
    default:
      return status >= 500 ? "GitHub failed, and the retries allowed were used up" : "";
  }
}
