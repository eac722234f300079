import type { GitHubClient } from "./client.js";
import { callGraphql } from "./minimize-comment.js";

/**
 * Who edited a comment. GitHub keeps a comment's author when anyone with write access edits it,
 * so the author alone does not vouch for the text: a plan comment's header is trusted only while
 * nobody but its author has edited it. REST does not tell editors; GraphQL's `IssueComment` does.
 */

/** Edits read in one request (GitHub's page limit); a comment with more is not verifiable. */
export const MAX_EDITS_READ = 100;

/** An editor whose account is gone: GraphQL answers null, GitHub's pages show "ghost". */
export const UNKNOWN_EDITOR = "ghost";

/**
 * `editor` is the last edit's actor, `userContentEdits` the whole history (from the first edit on
 * it includes the author's creation). `__typename` tells a bot, whose GraphQL login lacks the
 * "[bot]" suffix REST gives it.
 */
export const COMMENT_EDITORS_QUERY = `query CommentEditors($id: ID!) {
  node(id: $id) {
    __typename
    ... on IssueComment {
      lastEditedAt
      editor { __typename login }
      userContentEdits(first: ${MAX_EDITS_READ}) {
        totalCount
        nodes { editor { __typename login } }
      }
    }
  }
}`;

interface Actor {
  __typename: string;
  login: string;
}

interface CommentEditorsResponse {
  node: {
    __typename: string;
    lastEditedAt?: string | null;
    editor?: Actor | null;
    userContentEdits?: {
      totalCount: number;
      nodes: ({ editor: Actor | null } | null)[] | null;
    } | null;
  } | null;
}

/** Every login that edited the comment (REST spelling, `github-actions[bot]`), or why that is unknown. */
export type CommentEditors = { ok: true; editors: string[] } | { ok: false; problem: string };

/** Who edited one comment, in one GraphQL request. Fails on GitHub errors (an unknown node id). */
export async function readCommentEditors(
  client: GitHubClient,
  comment: { nodeId: string; url: string },
): Promise<CommentEditors> {
  const { node } = await callGraphql<CommentEditorsResponse>(
    client,
    `read who edited comment ${comment.url}`,
    "pull-requests: read",
    COMMENT_EDITORS_QUERY,
    { id: comment.nodeId },
  );
  if (!node) return { ok: false, problem: `comment ${comment.url} was not found` };
  if (node.__typename !== "IssueComment") {
    return { ok: false, problem: `${comment.nodeId} is a ${node.__typename}, not an issue comment` };
  }
  const edits = node.userContentEdits;
  const nodes = edits?.nodes ?? [];
  if (!edits || edits.totalCount > nodes.length) {
    return {
      ok: false,
      problem: `comment ${comment.url} has ${edits?.totalCount ?? "an unknown number of"} edits, more than the ${nodes.length} GitHub listed`,
    };
  }
  if (node.lastEditedAt && nodes.length === 0) {
    return {
      ok: false,
      problem: `comment ${comment.url} was edited at ${node.lastEditedAt} but GitHub lists no edits`,
    };
  }
  const editors = new Set<string>();
  if (node.editor) editors.add(restLogin(node.editor));
  // A hidden entry or a deleted account is somebody we cannot vouch for.
  for (const edit of nodes) editors.add(edit?.editor ? restLogin(edit.editor) : UNKNOWN_EDITOR);
  return { ok: true, editors: [...editors] };
}

/** The editors other than `author` (the comment's REST login); an unknown author vouches for none. */
export function commentEditedByOthers(editors: readonly string[], author: string | undefined): string[] {
  return editors.filter((login) => login !== author);
}

/** Why the comment's text may not be its author's, or undefined when only the author edited it. */
export function foreignEditProblem(read: CommentEditors, author: string | undefined): string | undefined {
  if (!read.ok) return read.problem;
  const others = commentEditedByOthers(read.editors, author);
  if (others.length === 0) return undefined;
  return `the comment was edited by ${others.join(", ")}, not only by its author ${author ?? "(unknown)"}`;
}

/** A bot's login as REST spells it, so it compares with `PlanComment.author`. */
function restLogin(actor: Actor): string {
  return actor.__typename === "Bot" ? `${actor.login}[bot]` : actor.login;
}
