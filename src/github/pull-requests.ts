import type { GitHubClient } from "./client.js";
import { callGitHub } from "./errors.js";

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface MergedPullRequest {
  number: number;
  title: string;
  url: string;
  headSha: string;
  headRef: string;
  baseRef: string;
  mergeCommitSha: string;
  labels: string[];
}

export type MergedPullRequestResult =
  | { found: true; pullRequest: MergedPullRequest }
  | {
      found: false;
      /** Why, naming the pull requests that contain the commit without having merged it. */
      reason: string;
    };

/**
 * The pull request whose merge produced `sha` (merge, squash or rebase), for apply-on-merge: only
 * a merged pull request whose `merge_commit_sha` is exactly `sha` counts. A push that did not come
 * from a merge (a direct push, a commit that open pull requests merely contain) finds none.
 */
export async function findMergedPullRequest(
  client: GitHubClient,
  options: RepoRef & { sha: string },
): Promise<MergedPullRequestResult> {
  const { owner, repo, sha } = options;
  const pulls = await callGitHub(
    `list pull requests of commit ${sha} in ${owner}/${repo}`,
    "contents: read",
    () =>
      client.octokit.paginate(client.octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
        owner,
        repo,
        commit_sha: sha,
        per_page: 100,
      }),
  );
  const merged = pulls.find((pull) => pull.merged_at !== null && pull.merge_commit_sha === sha);
  if (merged) {
    return {
      found: true,
      pullRequest: {
        number: merged.number,
        title: merged.title,
        url: merged.html_url,
        headSha: merged.head.sha,
        headRef: merged.head.ref,
        baseRef: merged.base.ref,
        mergeCommitSha: sha,
        labels: merged.labels.map((label) => label.name),
      },
    };
  }
  const short = sha.slice(0, 7);
  if (pulls.length === 0) {
    return {
      found: false,
      reason: `commit ${short} in ${owner}/${repo} belongs to no pull request (a direct push?)`,
    };
  }
  const others = pulls.map(
    (pull) =>
      `#${pull.number} (${pull.merged_at ? `merged as ${pull.merge_commit_sha?.slice(0, 7)}` : pull.state})`,
  );
  return {
    found: false,
    reason: `commit ${short} in ${owner}/${repo} is not the merge commit of any pull request; it is in ${others.join(", ")}`,
  };
}

/** Whether an issue or pull request carries `label` (GitHub label names ignore case). */
export async function hasLabel(
  client: GitHubClient,
  options: RepoRef & { number: number; label: string },
): Promise<boolean> {
  const { owner, repo, number } = options;
  const labels = await callGitHub(`list labels of ${owner}/${repo}#${number}`, "pull-requests: read", () =>
    client.octokit.paginate(client.octokit.rest.issues.listLabelsOnIssue, {
      owner,
      repo,
      issue_number: number,
      per_page: 100,
    }),
  );
  const wanted = options.label.toLowerCase();
  return labels.some((label) => label.name.toLowerCase() === wanted);
}

/** Another open pull request and the files it changes. */
export interface OpenPullRequest {
  number: number;
  files: string[];
}

/**
 * The other open pull requests of the repository and the files each changes (the newest first,
 * at most `limit` of them: one request each), for telling a pull request who else edits its pools.
 */
export async function listOpenPullRequests(
  client: GitHubClient,
  options: RepoRef & { except: number; limit?: number },
): Promise<OpenPullRequest[]> {
  const { owner, repo, except, limit = 50 } = options;
  const pulls = await callGitHub(`list open pull requests of ${owner}/${repo}`, "pull-requests: read", () =>
    client.octokit.rest.pulls.list({
      owner,
      repo,
      state: "open",
      sort: "updated",
      direction: "desc",
      per_page: 100,
    }),
  );
  const others = pulls.data.filter((pull) => pull.number !== except).slice(0, limit);
  return Promise.all(
    others.map(async (pull) => ({
      number: pull.number,
      files: (
        await callGitHub(`list files of ${owner}/${repo}#${pull.number}`, "pull-requests: read", () =>
          client.octokit.paginate(client.octokit.rest.pulls.listFiles, {
            owner,
            repo,
            pull_number: pull.number,
            per_page: 100,
          }),
        )
      ).map((file) => file.filename),
    })),
  );
}
