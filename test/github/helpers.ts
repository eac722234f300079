import { afterEach, beforeEach, expect } from "vitest";
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from "../../src/github/client.js";
import { type GitHubServer, startGitHubServer } from "../support/github-server/index.js";

export const OWNER = "octo";
export const REPO = "fleet";
export const TOKEN = "ghs_faketoken0123456789abcdefghijklmnopq";

export interface GitHubTestContext {
  /** A fresh server per test; the spec behind it is parsed once per file. */
  readonly server: GitHubServer;
  /** A client for the server, without pacing and with millisecond retry delays. */
  client(options?: Partial<GitHubClientOptions>): GitHubClient;
}

/**
 * Starts a server before each test and, after it, fails the test if any request broke GitHub's
 * OpenAPI description (tests that break it on purpose call `takeViolations()`).
 */
export function useGitHubServer(): GitHubTestContext {
  let server: GitHubServer | undefined;
  beforeEach(async () => {
    server = await startGitHubServer({ token: TOKEN });
    server.github.addRepo(OWNER, REPO);
  });
  afterEach(async () => {
    const current = server;
    server = undefined;
    if (!current) return;
    await current.close();
    expect(current.violations, "requests that break GitHub's OpenAPI description").toEqual([]);
  });
  return {
    get server() {
      if (!server) throw new Error("the GitHub test server runs only inside a test");
      return server;
    },
    client(options = {}) {
      if (!server) throw new Error("the GitHub test server runs only inside a test");
      return createGitHubClient({
        token: TOKEN,
        baseUrl: server.url,
        delayUnitMs: 1,
        paceWrites: false,
        ...options,
      });
    },
  };
}
