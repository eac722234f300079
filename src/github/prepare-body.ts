import type { GitHubClient } from "./client.js";
import { BodyTooLongError, GITHUB_BODY_LIMIT } from "./errors.js";

// Apart from client.ts, so that what only formats and checks a body does not load Octokit.

/**
 * Masks `text` and checks it against GitHub's limit, so a too-long body fails before any request
 * with a message naming what was being sent. Returns the text to send.
 */
export function prepareBody(client: GitHubClient, text: string, target: string): string {
  const masked = client.mask.apply(text);
  if (masked.length > GITHUB_BODY_LIMIT) {
    throw new BodyTooLongError(target, masked.length, GITHUB_BODY_LIMIT, "client");
  }
  return masked;
}
