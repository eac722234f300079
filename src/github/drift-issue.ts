import type { GitHubClient } from "./client.js";
import { callGitHub } from "./errors.js";
import { formatHiddenHeader, isRecord, readHiddenHeader } from "./hidden-header.js";
import { prepareBody } from "./prepare-body.js";
import type { RepoRef } from "./pull-requests.js";

/**
 * One open issue per control plane while its pools drift: opened on the first drift, its body
 * replaced on later runs, closed with a comment once a drift check finds nothing.
 */

export const DRIFT_ISSUE_MARKER = "nodepool-action-drift";
export const DRIFT_ISSUE_VERSION = 1;

export interface DriftIssueKey extends RepoRef {
  /** The control plane, `namespace/name`: one issue per key. */
  key: string;
  /** Label the issue carries; the search goes through it (`nodepool/drift`). */
  label: string;
}

export interface DriftIssueRef {
  number: number;
  url: string;
}

export interface DriftIssue extends DriftIssueRef {
  title: string;
  /** The whole text as GitHub has it, header line included. */
  text: string;
}

export type UpsertDriftIssueResult = {
  /** `unchanged`: the open issue already says exactly this, so nothing was sent. */
  action: "created" | "updated" | "unchanged";
  issue: DriftIssueRef;
};

export type CloseDriftIssueResult = { action: "closed"; issues: DriftIssueRef[] } | { action: "none" };

const PERMISSION = "issues: write";

export function formatDriftIssueBody(key: string, body: string): string {
  return `${formatHiddenHeader(DRIFT_ISSUE_MARKER, { version: DRIFT_ISSUE_VERSION, key })}\n${body}`;
}

/** The key in a drift issue's header, or undefined when the text has no valid header. */
export function readDriftIssueKey(text: string): string | undefined {
  const read = readHiddenHeader(DRIFT_ISSUE_MARKER, text);
  if (!read.ok || !isRecord(read.value) || read.value.version !== DRIFT_ISSUE_VERSION) return undefined;
  return typeof read.value.key === "string" ? read.value.key : undefined;
}

/** Our open drift issues for `key`, oldest first (more than one only after a race). */
export async function listDriftIssues(client: GitHubClient, options: DriftIssueKey): Promise<DriftIssue[]> {
  const { owner, repo, label } = options;
  // The header went out masked, so a key holding a secret value is looked for masked too.
  const key = client.mask.apply(options.key);
  const issues = await callGitHub(`list open "${label}" issues in ${owner}/${repo}`, PERMISSION, () =>
    client.octokit.paginate(client.octokit.rest.issues.listForRepo, {
      owner,
      repo,
      labels: label,
      state: "open",
      sort: "created",
      direction: "asc",
      per_page: 100,
    }),
  );
  return issues
    .filter((issue) => issue.pull_request === undefined && readDriftIssueKey(issue.body ?? "") === key)
    .map((issue) => ({
      number: issue.number,
      url: issue.html_url,
      title: issue.title,
      text: issue.body ?? "",
    }));
}

/** Opens the drift issue for `key`, or replaces the title and body of the open one. */
export async function upsertDriftIssue(
  client: GitHubClient,
  options: DriftIssueKey & { title: string; body: string },
): Promise<UpsertDriftIssueResult> {
  const { owner, repo, label } = options;
  const title = client.mask.apply(options.title);
  const text = prepareBody(
    client,
    formatDriftIssueBody(options.key, options.body),
    `drift issue for ${options.key}`,
  );
  const [existing] = await listDriftIssues(client, options);
  if (existing) {
    if (existing.text.replace(/\r\n/g, "\n") === text && existing.title === title) {
      return { action: "unchanged", issue: { number: existing.number, url: existing.url } };
    }
    const { data } = await callGitHub(
      `update drift issue ${owner}/${repo}#${existing.number}`,
      PERMISSION,
      () =>
        client.octokit.rest.issues.update({ owner, repo, issue_number: existing.number, title, body: text }),
    );
    return { action: "updated", issue: { number: data.number, url: data.html_url } };
  }
  const { data } = await callGitHub(
    `open drift issue for ${options.key} in ${owner}/${repo}`,
    PERMISSION,
    () => client.octokit.rest.issues.create({ owner, repo, title, body: text, labels: [label] }),
  );
  return { action: "created", issue: { number: data.number, url: data.html_url } };
}

/** Comments `comment` on every open drift issue for `key`, then closes it as completed. */
export async function closeDriftIssue(
  client: GitHubClient,
  options: DriftIssueKey & { comment: string },
): Promise<CloseDriftIssueResult> {
  const { owner, repo } = options;
  const open = await listDriftIssues(client, options);
  if (open.length === 0) return { action: "none" };
  const closed: DriftIssueRef[] = [];
  for (const issue of open) {
    const where = `drift issue ${owner}/${repo}#${issue.number}`;
    const comment = prepareBody(client, options.comment, `comment on ${where}`);
    await callGitHub(`comment on ${where}`, PERMISSION, () =>
      client.octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: comment }),
    );
    await callGitHub(`close ${where}`, PERMISSION, () =>
      client.octokit.rest.issues.update({
        owner,
        repo,
        issue_number: issue.number,
        state: "closed",
        state_reason: "completed",
      }),
    );
    closed.push({ number: issue.number, url: issue.url });
  }
  return { action: "closed", issues: closed };
}
