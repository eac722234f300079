import type { GitHubClient } from "./client.js";
import { foreignEditProblem, readCommentEditors } from "./comment-edits.js";
import { callGitHub } from "./errors.js";
import { formatHiddenHeader, isRecord, readHiddenHeader } from "./hidden-header.js";
import { minimizeComment } from "./minimize-comment.js";
import { prepareBody } from "./prepare-body.js";

/**
 * One plan comment per pull request and configuration key, found again through its hidden first
 * line. The header carries what apply-on-merge needs: the plan hash of every pool as reviewed.
 */

export const PLAN_COMMENT_MARKER = "nodepool-action";
export const PLAN_COMMENT_VERSION = 1;
export const PLAN_COMMENT_STATUSES = [
  "planned",
  "no-changes",
  "plan-failed",
  "plan-cancelled",
  "applying",
  "applied",
  "apply-failed",
  "apply-cancelled",
] as const;
export type PlanCommentStatus = (typeof PLAN_COMMENT_STATUSES)[number];

export interface PlanCommentHeader {
  version: typeof PLAN_COMMENT_VERSION;
  /** Which configuration the plan is for (pools folder, environment): one comment per key. */
  key: string;
  /** Pool key -> hash of its full plan (never of the truncated text). */
  hashes: Readonly<Record<string, string>>;
  /** The pull request's head commit the plan was made for. */
  sha: string;
  status: PlanCommentStatus;
}

/**
 * `update` edits our comment in place (one someone else has edited is treated as `new`), `new`
 * posts another and collapses the old, `off` posts nothing.
 */
/** `changes-only`: as `update`, but a plan without changes posts nothing unless a comment exists. */
export type CommentMode = "update" | "new" | "off" | "changes-only";
export const COMMENT_MODES: readonly CommentMode[] = ["update", "new", "off", "changes-only"];

export interface PullRequestRef {
  owner: string;
  repo: string;
  pullNumber: number;
}

export interface CommentRef {
  id: number;
  /** GraphQL node id, for minimizeComment. */
  nodeId: string;
  url: string;
}

export interface PlanComment extends CommentRef {
  header: PlanCommentHeader;
  /** The whole text as GitHub has it, header line included. */
  text: string;
  author: string | undefined;
}

export interface FindCommentOptions extends PullRequestRef {
  key: string;
  /**
   * Only comments by this login count (`github-actions[bot]` for the workflow token), so that a
   * header pasted by someone else is never taken for ours.
   */
  author?: string;
}

export interface UpsertPlanCommentOptions extends PullRequestRef {
  header: Omit<PlanCommentHeader, "version">;
  /** Markdown under the header, already cut to fit (see `GITHUB_BODY_LIMIT`). */
  body: string;
  mode: CommentMode;
  author?: string;
}

export type UpsertPlanCommentResult =
  | { action: "skipped" }
  | {
      /** `unchanged`: our latest comment already says exactly this, so nothing was sent. */
      action: "created" | "updated" | "unchanged";
      comment: CommentRef;
      /** Older comments collapsed as outdated (mode `new`). */
      minimized: CommentRef[];
      /**
       * What went wrong without failing the job: an old comment that could not be collapsed, or
       * one not edited in place because someone else had edited it.
       */
      warnings: string[];
    };

export type CommentHeaderRead = { ok: true; value: PlanCommentHeader } | { ok: false; problem: string };

const PERMISSION = "pull-requests: write";

export function formatCommentHeader(header: Omit<PlanCommentHeader, "version">): string {
  const { key, hashes, sha, status } = header;
  return formatHiddenHeader(PLAN_COMMENT_MARKER, { version: PLAN_COMMENT_VERSION, key, hashes, sha, status });
}

/** The whole comment text: header line, then the Markdown body. */
export function formatPlanComment(header: Omit<PlanCommentHeader, "version">, body: string): string {
  return `${formatCommentHeader(header)}\n${body}`;
}

/**
 * The header of a comment's text. A comment without one, or whose header a person edited into
 * something else, is not ours: the problem says why, for debugging.
 */
export function readCommentHeader(text: string): CommentHeaderRead {
  const read = readHiddenHeader(PLAN_COMMENT_MARKER, text);
  if (!read.ok) return read;
  const value = read.value;
  if (!isRecord(value)) return { ok: false, problem: "header is not a JSON object" };
  if (value.version !== PLAN_COMMENT_VERSION) {
    return {
      ok: false,
      problem: `header version ${JSON.stringify(value.version)} is not ${PLAN_COMMENT_VERSION}`,
    };
  }
  const { key, sha, status, hashes } = value;
  if (typeof key !== "string" || key === "")
    return { ok: false, problem: "header key is not a non-empty string" };
  if (typeof sha !== "string") return { ok: false, problem: "header sha is not a string" };
  if (!PLAN_COMMENT_STATUSES.includes(status as PlanCommentStatus)) {
    return {
      ok: false,
      problem: `header status ${JSON.stringify(status)} is not one of ${PLAN_COMMENT_STATUSES.join(", ")}`,
    };
  }
  if (!isRecord(hashes) || !Object.values(hashes).every((hash) => typeof hash === "string")) {
    return { ok: false, problem: "header hashes is not an object of strings" };
  }
  return {
    ok: true,
    value: {
      version: PLAN_COMMENT_VERSION,
      key,
      sha,
      status: status as PlanCommentStatus,
      hashes: hashes as Record<string, string>,
    },
  };
}

/** Our comments for `key` on a pull request, oldest first, over every page of comments. */
export async function listPlanComments(
  client: GitHubClient,
  options: FindCommentOptions,
): Promise<PlanComment[]> {
  const { owner, repo, pullNumber } = options;
  // The header went out masked, so a key holding a secret value is looked for masked too.
  const key = client.mask.apply(options.key);
  const comments = await callGitHub(`list comments on ${owner}/${repo}#${pullNumber}`, PERMISSION, () =>
    client.octokit.paginate(client.octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pullNumber,
      per_page: 100,
    }),
  );
  const ours: PlanComment[] = [];
  for (const comment of comments) {
    const author = comment.user?.login;
    if (options.author !== undefined && author !== options.author) continue;
    const text = comment.body ?? "";
    const header = readCommentHeader(text);
    if (!header.ok || header.value.key !== key) continue;
    ours.push({
      id: comment.id,
      nodeId: comment.node_id,
      url: comment.html_url,
      header: header.value,
      text,
      author,
    });
  }
  return ours;
}

/** Our latest comment for `key`, or undefined when there is none yet. */
export async function findComment(
  client: GitHubClient,
  options: FindCommentOptions,
): Promise<PlanComment | undefined> {
  return (await listPlanComments(client, options)).at(-1);
}

/** Posts or edits the plan comment as `mode` says. */
export async function upsertPlanComment(
  client: GitHubClient,
  options: UpsertPlanCommentOptions,
): Promise<UpsertPlanCommentResult> {
  if (options.mode === "off") return { action: "skipped" };
  const { owner, repo, pullNumber } = options;
  const target = `comment on ${owner}/${repo}#${pullNumber}`;
  const text = prepareBody(client, formatPlanComment(options.header, options.body), target);
  const findOptions: FindCommentOptions = { owner, repo, pullNumber, key: options.header.key };
  if (options.author !== undefined) findOptions.author = options.author;
  const existing = await findComment(client, findOptions);
  // Nothing to review and nothing shown before: a quiet pull request stays quiet.
  if (!existing && options.mode === "changes-only" && options.header.status === "no-changes")
    return { action: "skipped" };

  if (existing && normalizeNewlines(existing.text) === text) {
    return { action: "unchanged", comment: refOf(existing), minimized: [], warnings: [] };
  }
  const warnings: string[] = [];
  if (existing && (options.mode === "update" || options.mode === "changes-only")) {
    const untrusted = await untrustedEdits(client, existing);
    if (untrusted === undefined) {
      const { data } = await callGitHub(`update ${target} (id ${existing.id})`, PERMISSION, () =>
        client.octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: text }),
      );
      return { action: "updated", comment: toRef(data), minimized: [], warnings };
    }
    // Its history keeps the other edit whatever we write over it, so apply could never trust
    // it again: a new comment takes its place.
    warnings.push(`${target} (id ${existing.id}) not edited in place, posted anew: ${untrusted}`);
  }
  const { data } = await callGitHub(`create ${target}`, PERMISSION, () =>
    client.octokit.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body: text }),
  );
  const result = {
    action: "created" as const,
    comment: toRef(data),
    minimized: [] as CommentRef[],
    warnings,
  };
  if (existing) {
    // Only the latest older comment: earlier ones were collapsed when it was posted.
    try {
      await minimizeComment(client, existing.nodeId, `collapse outdated ${target} (id ${existing.id})`);
      result.minimized.push(refOf(existing));
    } catch (error) {
      result.warnings.push((error as Error).message);
    }
  }
  return result;
}

/**
 * Why our comment must not be edited in place: someone other than its author edited it, or that
 * could not be checked. Undefined when only its author did.
 */
async function untrustedEdits(client: GitHubClient, comment: PlanComment): Promise<string | undefined> {
  try {
    return foreignEditProblem(await readCommentEditors(client, comment), comment.author);
  } catch (error) {
    return `who edited it could not be checked: ${(error as Error).message}`;
  }
}

function refOf(comment: CommentRef): CommentRef {
  return { id: comment.id, nodeId: comment.nodeId, url: comment.url };
}

function toRef(data: { id: number; node_id: string; html_url: string }): CommentRef {
  return { id: data.id, nodeId: data.node_id, url: data.html_url };
}

/** GitHub's web editor saves CRLF line ends; our text never has them. */
function normalizeNewlines(text: string): string {
  return text.replace(/\r\n/g, "\n");
}
