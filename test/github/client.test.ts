import { describe, expect, it } from "vitest";
import { createGitHubClient } from "../../src/github/client.js";
import { BodyTooLongError, GITHUB_BODY_LIMIT, GitHubApiError } from "../../src/github/errors.js";
import { findComment } from "../../src/github/plan-comment.js";
import {
  httpError,
  primaryRateLimit,
  secondaryRateLimit,
  serverError,
} from "../support/github-server/index.js";
import { OWNER, REPO, useGitHubServer } from "./helpers.js";

const gh = useGitHubServer();

const LIST = "issues/list-comments";

function seedPull(): number {
  return gh.server.github.addPullRequest(OWNER, REPO).number;
}

function find(client = gh.client(), pullNumber = 1) {
  return findComment(client, { owner: OWNER, repo: REPO, pullNumber, key: "pools" });
}

describe("retry policy", () => {
  it("retries a 5xx and then succeeds", async () => {
    seedPull();
    gh.server.failNext({ ...serverError(502, LIST), times: 2 });
    await expect(find()).resolves.toBeUndefined();
    expect(gh.server.requestsFor(LIST).map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it("gives up after the retries allowed, with an error naming the call and status", async () => {
    seedPull();
    gh.server.failNext({ ...serverError(503, LIST), times: 10 });
    const attempt = find(gh.client({ retries: 2 }));
    await expect(attempt).rejects.toThrow(GitHubApiError);
    await expect(attempt).rejects.toThrow(
      /^list comments on octo\/fleet#1: GitHub answered 503 Server Error \(GitHub failed, and the retries allowed were used up\)$/,
    );
    expect(gh.server.requestsFor(LIST)).toHaveLength(3);
  });

  it.each([
    [400, "Problems parsing JSON"],
    [401, "Bad credentials"],
    [403, "Resource not accessible by integration"],
    [404, "Not Found"],
    [410, "Issues are disabled for this repo"],
    [422, "Validation Failed"],
    [451, "Repository access blocked"],
  ])("never retries %i", async (status, message) => {
    seedPull();
    gh.server.failNext({ ...httpError(status, message, LIST), times: 5 });
    await expect(find()).rejects.toMatchObject({ name: "GitHubApiError", status, githubMessage: message });
    expect(gh.server.requestsFor(LIST)).toHaveLength(1);
  });

  it("says which permission a 403 or 404 may lack", async () => {
    seedPull();
    gh.server.failNext(httpError(403, "Resource not accessible by integration", LIST));
    await expect(find()).rejects.toThrow(/needs the "pull-requests: write" permission/);
    await expect(find(gh.client(), 99)).rejects.toThrow(
      /^list comments on octo\/fleet#99: GitHub answered 404 Not Found \(not found, or the token cannot see it/,
    );
    expect(gh.server.requestsFor(LIST)).toHaveLength(2);
  });

  it("retries a 429 secondary rate limit after its Retry-After", async () => {
    seedPull();
    const warnings: string[] = [];
    gh.server.failNext(secondaryRateLimit(3, 429, LIST));
    const started = performance.now();
    await find(gh.client({ delayUnitMs: 20, warn: (m) => warnings.push(m) }));
    // Retry-After 3 at 20 ms per second: the retry waited at least 60 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(55);
    expect(gh.server.requestsFor(LIST).map((r) => r.status)).toEqual([429, 200]);
    expect(warnings).toEqual([expect.stringMatching(/secondary rate limit on GET .*: retrying in 3s/)]);
  });

  it("retries a 403 secondary rate limit, and a primary one after its reset time", async () => {
    seedPull();
    gh.server.failNext(secondaryRateLimit(1, 403, LIST));
    gh.server.failNext(primaryRateLimit(1, 403, LIST));
    await find();
    expect(gh.server.requestsFor(LIST).map((r) => r.status)).toEqual([403, 403, 200]);
  });

  it("fails at once when a rate limit asks to wait longer than allowed", async () => {
    seedPull();
    gh.server.failNext(secondaryRateLimit(3600, 429, LIST));
    const warnings: string[] = [];
    await expect(find(gh.client({ warn: (m) => warnings.push(m) }))).rejects.toMatchObject({ status: 429 });
    expect(gh.server.requestsFor(LIST)).toHaveLength(1);
    expect(warnings).toEqual([expect.stringMatching(/giving up \(asked to wait 3600s\)/)]);
  });

  it("stops retrying rate limits after rateLimitRetries", async () => {
    seedPull();
    gh.server.failNext({ ...secondaryRateLimit(1, 429, LIST), times: 10 });
    await expect(find(gh.client({ rateLimitRetries: 2 }))).rejects.toMatchObject({ status: 429 });
    expect(gh.server.requestsFor(LIST)).toHaveLength(3);
  });

  it("sends the token it was given, and a wrong token gets 401 once", async () => {
    seedPull();
    await find();
    expect(gh.server.requests[0]?.headers.authorization).toMatch(/^token ghs_fake/);
    await expect(find(gh.client({ token: "ghs_wrong" }))).rejects.toMatchObject({ status: 401 });
    expect(gh.server.requestsFor(LIST)).toHaveLength(1);
  });

  it("abandons a request that gets no answer within the timeout, and retries it", async () => {
    seedPull();
    gh.server.failNext({ ...serverError(502, LIST), delayMs: 2_000 });
    const started = performance.now();
    await expect(find(gh.client({ requestTimeoutMs: 100 }))).resolves.toBeUndefined();
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(gh.server.requestsFor(LIST)).toHaveLength(2);
  });

  it("reports an unreachable GitHub after its retries", async () => {
    const client = createGitHubClient({
      token: "t",
      baseUrl: "http://127.0.0.1:9",
      delayUnitMs: 1,
      retries: 1,
    });
    await expect(find(client)).rejects.toMatchObject({ name: "GitHubApiError", status: 500 });
  });
});

describe("the client's own checks", () => {
  it("refuses an over-long body even when a caller uses Octokit directly", async () => {
    const pullNumber = seedPull();
    const client = gh.client();
    const attempt = client.octokit.rest.issues.createComment({
      owner: OWNER,
      repo: REPO,
      issue_number: pullNumber,
      body: "x".repeat(GITHUB_BODY_LIMIT + 1),
    });
    await expect(attempt).rejects.toThrow(BodyTooLongError);
    expect(gh.server.requests).toHaveLength(0);
  });
});
