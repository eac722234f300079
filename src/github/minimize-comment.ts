import type { GitHubClient } from "./client.js";
import { callGitHub, GitHubGraphqlError } from "./errors.js";
import { isRecord } from "./hidden-header.js";

/** REST cannot collapse a comment; GraphQL's minimizeComment can, and OUTDATED says why. */
export const MINIMIZE_OUTDATED_MUTATION = `mutation MinimizeOutdatedComment($subjectId: ID!) {
  minimizeComment(input: { subjectId: $subjectId, classifier: OUTDATED }) {
    minimizedComment { isMinimized minimizedReason }
  }
}`;

interface MinimizeResponse {
  minimizeComment: {
    minimizedComment: { isMinimized: boolean; minimizedReason: string | null } | null;
  } | null;
}

/** Collapses a comment (by GraphQL node id) as outdated. */
export async function minimizeComment(
  client: GitHubClient,
  nodeId: string,
  operation: string,
): Promise<void> {
  await callGraphql<MinimizeResponse>(client, operation, "pull-requests: write", MINIMIZE_OUTDATED_MUTATION, {
    subjectId: nodeId,
  });
}

/**
 * One GraphQL request, its failures worded as `callGitHub` words REST ones: an error status as
 * `GitHubApiError`, a 200 answer with `errors` (an unknown node id) as `GitHubGraphqlError`.
 */
export async function callGraphql<T>(
  client: GitHubClient,
  operation: string,
  permission: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  try {
    return await callGitHub(operation, permission, () => client.octokit.graphql<T>(query, variables));
  } catch (error) {
    throw toGraphqlError(error, operation);
  }
}

/** octokit's GraphqlResponseError (a 200 answer with `errors`) as our error; others unchanged. */
function toGraphqlError(error: unknown, operation: string): unknown {
  const errors = isRecord(error) && Array.isArray(error.errors) ? error.errors : undefined;
  if (!(error instanceof Error) || error.name !== "GraphqlResponseError" || !errors) return error;
  return new GitHubGraphqlError(
    operation,
    errors.filter(isRecord).map((e) => ({
      message: typeof e.message === "string" ? e.message : JSON.stringify(e),
      ...(typeof e.type === "string" ? { type: e.type } : {}),
    })),
  );
}
